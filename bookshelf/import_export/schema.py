"""The exchange schema: its keys and how each is written in the two formats (CSV cells are
guarded against running as formulas by ``core.spreadsheets``)."""

from pathlib import Path

# Every key, in the order exports write them.
KEYS = (
    "external_id",
    "number",
    "title",
    "doc_type",
    "issuer",
    "signer",
    "signer_title",
    "issued_date",
    "effective_date",
    "expiry_date",
    "status",
    "scope",
    "fields",
    "summary",
    "body_html",
    "source_url",
    "relations",
)
REQUIRED_KEYS = ("number", "title", "doc_type", "issuer", "status")
DATE_KEYS = ("issued_date", "effective_date", "expiry_date")

# Text keys and their longest value (None: no limit). Single-line keys have their runs of
# white space collapsed; summary and body keep their line breaks.
SINGLE_LINE_KEYS = {
    "external_id": 100,
    "number": 100,
    "title": 1000,
    "doc_type": 255,
    "issuer": 255,
    "signer": 255,
    "signer_title": 255,
    "status": None,
    "scope": 255,
    "source_url": 1000,
}
MULTI_LINE_KEYS = ("summary", "body_html")
NAME_MAX_LENGTH = 255
RELATION_NUMBER_MAX_LENGTH = 100

# The model field each plain key is stored in (names, lists and status are handled apart).
MODEL_FIELDS = {
    "external_id": "external_id",
    "number": "number",
    "title": "title",
    "signer": "signer",
    "signer_title": "signer_title",
    "issued_date": "issued_date",
    "effective_date": "effective_date",
    "expiry_date": "expiry_date",
    "status": "status",
    "scope": "scope",
    "summary": "summary",
    "body_html": "body",
    "source_url": "source_url",
}
DEFAULT_SCOPE = "Toàn quốc"

# In CSV a list is one cell: "Đất đai;Xây dựng", relations "amends:52/2015/NĐ-CP;repeals:…".
CSV_LIST_SEPARATOR = ";"
CSV_RELATION_SEPARATOR = ":"

JSONL = "jsonl"
CSV = "csv"
FORMATS = (JSONL, CSV)
_FORMAT_OF_SUFFIX = {".jsonl": JSONL, ".ndjson": JSONL, ".json": JSONL, ".csv": CSV}


def format_for_path(path):
    """JSONL or CSV from the file's extension, or None when the extension says neither."""
    return _FORMAT_OF_SUFFIX.get(Path(path).suffix.lower())
