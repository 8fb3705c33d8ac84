"""The keys of an imported question and answer, and how each is written in the files."""

# Every key, in the order the documentation lists them.
KEYS = (
    "external_id",
    "title",
    "question",
    "answer",
    "summary",
    "legal_fields",
    "unit",
    "asked_on",
    "answered_on",
    "references",
)
REQUIRED_KEYS = ("title", "question", "answer")
DATE_KEYS = ("asked_on", "answered_on")
LIST_KEYS = ("legal_fields", "references")

# Longest values the pages keep (None: no limit).
MAX_LENGTHS = {
    "external_id": 100,
    "title": 255,
    "summary": 600,
    "unit": 255,
    "question": None,
    "answer": None,
}
# In CSV a list is one cell: "Đất đai;Xây dựng", "31/2024/QH15 Điều 56;52/2015/NĐ-CP".
CSV_LIST_SEPARATOR = ";"
# Slugs are cut to this length so that addresses stay readable on a phone.
SLUG_LENGTH = 80
