"""Checking one record against the schema and turning it into clean values.

Every problem of a record is reported, not only the first, in Vietnamese, naming the key
and the value as the file has them. Keys a record leaves out are left out of the clean
row too: an update changes only what the file gives.
"""

import datetime
import functools
import re
import unicodedata
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from bookshelf.models import EffectStatus, RelationType
from core.document_numbers import NO_NUMBER, number_key
from core.vietnamese import fold, tokens

from .schema import (
    CSV_LIST_SEPARATOR,
    CSV_RELATION_SEPARATOR,
    DATE_KEYS,
    DEFAULT_SCOPE,
    KEYS,
    MODEL_FIELDS,
    MULTI_LINE_KEYS,
    NAME_MAX_LENGTH,
    RELATION_NUMBER_MAX_LENGTH,
    REQUIRED_KEYS,
    SINGLE_LINE_KEYS,
)

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_URL = URLValidator(schemes=["http", "https"])
_RELATION_KEYS = ("type", "number")
STATUS_HINT = "một mã như 'con_hieu_luc' hoặc tên như 'Còn hiệu lực'"
RELATION_TYPE_HINT = ", ".join(kind.value for kind in RelationType)


@dataclass
class CleanRow:
    """A record's values, ready to be matched and stored.

    ``values`` maps model fields to values for the keys the record gives; ``fields`` and
    ``relations`` are None when the record does not give them.
    """

    values: dict = field(default_factory=dict)
    external_id: str = ""
    number_key: str = ""
    doc_type: str = ""
    issuer: str = ""
    fields: list[str] | None = None
    relations: list[tuple[str, str]] | None = None


def clean_name(text):
    """NFC with runs of white space as one space: how names and numbers are stored."""
    return " ".join(unicodedata.normalize("NFC", text).split())


_RELATION_TYPES = {
    tuple(tokens(spelling)): kind for kind in RelationType for spelling in (kind.value, kind.label)
}


def parse_relation_type(value):
    """The relation type for a code or a Vietnamese label, with or without diacritics."""
    return _RELATION_TYPES.get(tuple(tokens(value)))


# A file spells its statuses a handful of ways; parse each spelling once.
_parse_status = functools.lru_cache(maxsize=1024)(EffectStatus.parse)


def clean_record(data, *, from_csv):
    """(CleanRow, [error, ...]) for one record read from a file."""
    row, errors = CleanRow(), []
    unknown = [key for key in data if key not in KEYS]
    if unknown:
        names = ", ".join(f"'{key}'" for key in unknown)
        errors.append(f"khóa không có trong lược đồ: {names}")
    for key, value in data.items():
        if _contains_nul(value):
            errors.append(f"{key} chứa ký tự NUL (\\x00), cơ sở dữ liệu không lưu được")
    texts = _texts(data, errors)
    for key in REQUIRED_KEYS:
        # (A value of the wrong type is reported as such, not as missing.)
        if texts.get(key) == "" or key not in data:
            errors.append(_missing(key))

    for key, text in texts.items():
        if key in ("number", "doc_type", "issuer", "status", "external_id"):
            continue
        if key == "scope":
            text = text or DEFAULT_SCOPE
        if key == "source_url" and text:
            try:
                _URL(text)
            except ValidationError:
                errors.append(f"source_url '{text}' không phải URL hợp lệ (http:// hoặc https://)")
        row.values[MODEL_FIELDS[key]] = text

    row.external_id = texts.get("external_id", "")
    row.doc_type = texts.get("doc_type", "")
    row.issuer = texts.get("issuer", "")
    if texts.get("number"):
        _clean_number(texts["number"], row, errors)
    if texts.get("status"):
        status = _parse_status(texts["status"])
        if status is None:
            errors.append(
                f"status '{texts['status']}' không phải tình trạng hiệu lực ({STATUS_HINT})"
            )
        else:
            row.values["status"] = status.value

    for key in DATE_KEYS:
        if key in data:
            row.values[key] = _date(key, data[key], errors)
    effective, expiry = row.values.get("effective_date"), row.values.get("expiry_date")
    if effective and expiry and expiry < effective:
        errors.append(f"expiry_date {expiry} trước effective_date {effective}")

    if "fields" in data:
        row.fields = _field_names(data["fields"], from_csv, errors)
    if "relations" in data:
        row.relations = _relations(data["relations"], from_csv, errors)
    return row, errors


def _missing(key):
    if key == "number":
        return f"thiếu number (văn bản không có số ghi '{NO_NUMBER}')"
    return f"thiếu {key}"


def _texts(data, errors):
    """The record's text keys, NFC, trimmed; single-line ones with spaces collapsed."""
    texts = {}
    for key in (*SINGLE_LINE_KEYS, *MULTI_LINE_KEYS):
        if key not in data:
            continue
        value = data[key]
        if value is None:
            value = ""
        elif key == "external_id" and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        elif not isinstance(value, str):
            errors.append(f"{key} phải là chuỗi, không phải {json_kind(value)}")
            continue
        if key in SINGLE_LINE_KEYS:
            text = clean_name(value)
        else:
            text = unicodedata.normalize("NFC", value).strip()
        limit = SINGLE_LINE_KEYS.get(key)
        if limit and len(text) > limit:
            errors.append(f"{key} dài {len(text)} ký tự, quá giới hạn {limit}")
            continue
        texts[key] = text
    return texts


def _clean_number(number, row, errors):
    if fold(number) == fold(NO_NUMBER):
        row.values["number"] = NO_NUMBER
        return
    key = number_key(number)
    if not key:
        errors.append(f"number '{number}' không có chữ hay số nào")
        return
    row.values["number"] = number
    row.number_key = key


def _date(key, value, errors):
    if value is None or value == "":
        return None
    if isinstance(value, str) and _ISO_DATE.fullmatch(value.strip()):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            pass  # shaped like a date but not one (2024-13-01): reported below
    errors.append(f"{key} '{value}' không phải ngày hợp lệ (YYYY-MM-DD)")
    return None


def _field_names(value, from_csv, errors):
    if value is None:
        return []
    if from_csv:
        value = value.split(CSV_LIST_SEPARATOR)
    elif not isinstance(value, list):
        errors.append(f"fields phải là danh sách tên lĩnh vực, không phải {json_kind(value)}")
        return None
    names = []
    for position, item in enumerate(value, start=1):
        if not isinstance(item, str):
            errors.append(f"fields thứ {position} phải là chuỗi, không phải {json_kind(item)}")
            continue
        name = clean_name(item)
        if len(name) > NAME_MAX_LENGTH:
            errors.append(f"fields thứ {position} dài quá {NAME_MAX_LENGTH} ký tự")
        elif name:
            names.append(name)
    return names


def _relations(value, from_csv, errors):
    if value is None:
        return []
    if from_csv:
        items = _csv_relations(value, errors)
    elif isinstance(value, list):
        items = _json_relations(value, errors)
    else:
        kind = json_kind(value)
        errors.append(f"relations phải là danh sách {{type, number}}, không phải {kind}")
        return None
    relations = []
    for position, (kind_text, number) in items:
        where = f"relations thứ {position}"
        kind = parse_relation_type(kind_text)
        if not kind_text.strip():
            errors.append(f"{where}: thiếu type")
        elif kind is None:
            errors.append(
                f"{where}: type '{kind_text}' không phải loại quan hệ ({RELATION_TYPE_HINT})"
            )
        number = clean_name(number)
        if not number:
            errors.append(f"{where}: thiếu number")
        elif len(number) > RELATION_NUMBER_MAX_LENGTH:
            errors.append(f"{where}: number dài quá {RELATION_NUMBER_MAX_LENGTH} ký tự")
        elif not number_key(number):
            errors.append(f"{where}: number '{number}' không phải số ký hiệu")
        elif kind is not None:
            relations.append((kind.value, number))
    return relations


def _csv_relations(value, errors):
    items = []
    parts = [part.strip() for part in value.split(CSV_LIST_SEPARATOR)]
    for position, part in enumerate((part for part in parts if part), start=1):
        kind, separator, number = part.partition(CSV_RELATION_SEPARATOR)
        if not separator:
            errors.append(
                f"relations thứ {position}: '{part}' phải có dạng loại:số ký hiệu "
                "(ví dụ amends:52/2015/NĐ-CP)"
            )
            continue
        items.append((position, (kind.strip(), number)))
    return items


def _json_relations(value, errors):
    items = []
    for position, item in enumerate(value, start=1):
        where = f"relations thứ {position}"
        if not isinstance(item, dict):
            kind = json_kind(item)
            errors.append(f"{where} phải là đối tượng {{type, number}}, không phải {kind}")
            continue
        unknown = [key for key in item if key not in _RELATION_KEYS]
        if unknown:
            names = ", ".join(f"'{key}'" for key in unknown)
            errors.append(f"{where}: khóa không có trong lược đồ: {names}")
        kind, number = item.get("type") or "", item.get("number") or ""
        if not isinstance(kind, str) or not isinstance(number, str):
            errors.append(f"{where}: type và number phải là chuỗi")
            continue
        items.append((position, (kind, number)))
    return items


def _contains_nul(value):
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, list):
        return any(map(_contains_nul, value))
    if isinstance(value, dict):
        return any(map(_contains_nul, value.values()))
    return False


def json_kind(value):
    """What a JSON value is, in the words of an import's error messages."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "số"
    if isinstance(value, list):
        return "danh sách"
    if isinstance(value, dict):
        return "đối tượng"
    return "chuỗi"
