"""Checking one imported record and turning it into the values of a page.

Every problem of a record is reported, not only the first, each with the column (the
key) it is in, in Vietnamese. The question is kept as plain text; the answer may be
HTML, cleaned to what the answer editor allows, or plain text, whose blank lines
separate paragraphs.
"""

import datetime
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from bs4 import BeautifulSoup

from django.utils.html import escape

from wagtail.admin.rich_text.converters.editor_html import EditorHTMLConverter

from bookshelf.import_export.validation import json_kind
from core.rich_text import is_blank
from core.vietnamese import fold
from search.sources import html_to_text

from ..models.questions import ANSWER_FEATURES
from .citations import parse_article, split_citation
from .schema import CSV_LIST_SEPARATOR, DATE_KEYS, KEYS, MAX_LENGTHS, REQUIRED_KEYS

# Text is taken for HTML when it holds tags of HTML, not any "<" before a letter.
_HTML_TAG = re.compile(
    r"</?(?:p|br|b|strong|i|em|u|s|a|ul|ol|li|h[1-6]|div|span|table|thead|tbody|tr|td|th"
    r"|blockquote|img|script|style|iframe|hr|sup|sub)\b[^>]*>",
    re.IGNORECASE,
)
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y")
_SPACES = re.compile(r"[^\S\n]+")
_BLANK_LINES = re.compile(r"\n\s*\n")
_ANSWER_CONVERTER = EditorHTMLConverter(features=ANSWER_FEATURES)
# Headings the editor does not offer become the nearest it does; content that is not
# text is dropped whole, not left as loose words.
_HEADINGS = {"h1": "h3", "h2": "h3", "h5": "h4", "h6": "h4"}
_DROPPED = ("script", "style", "iframe", "object", "embed", "noscript", "template")


@dataclass
class CleanRow:
    """A record's values for its page. Optional keys the record leaves out are not in
    ``given``: an update leaves those fields as they are."""

    line: int
    external_id: str = ""
    values: dict = field(default_factory=dict)
    given: set = field(default_factory=set)
    field_names: list = field(default_factory=list)
    unit_name: str = ""
    citations: list = field(default_factory=list)  # [(number text, article)]


def clean_record(line, data, *, from_csv):
    """(CleanRow, [(column or None, message), ...])."""
    row, errors = CleanRow(line=line), []
    unknown = [key for key in data if key not in KEYS]
    if unknown:
        errors.append((None, f"khóa không có trong lược đồ: {', '.join(map(repr, unknown))}"))
    for key in REQUIRED_KEYS:
        if key not in data or _is_empty(data[key]):
            errors.append((key, "bắt buộc, không được để trống"))

    texts = {}
    for key, limit in MAX_LENGTHS.items():
        if key not in data or _is_empty(data[key]):
            continue
        value = data[key]
        if key == "external_id" and isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            errors.append((key, f"phải là chuỗi, không phải {json_kind(value)}"))
            continue
        if "\x00" in value:
            errors.append((key, "chứa ký tự NUL (\\x00), cơ sở dữ liệu không lưu được"))
            continue
        text = unicodedata.normalize("NFC", value).strip()
        if key not in ("question", "answer"):
            text = " ".join(text.split())
        if limit and len(text) > limit:
            errors.append((key, f"dài {len(text)} ký tự, quá giới hạn {limit}"))
            continue
        texts[key] = text

    if "title" in texts:
        row.values["title"] = texts["title"]
    if "question" in texts:
        question = plain_text(texts["question"])
        if question:
            row.values["question_text"] = question
        else:
            errors.append(("question", "không có chữ nào"))
    if "answer" in texts:
        answer = answer_html(texts["answer"])
        if is_blank(answer):
            errors.append(("answer", "không có chữ nào sau khi làm sạch HTML"))
        else:
            row.values["answer"] = answer
    if "summary" in data:
        row.values["summary"] = texts.get("summary", "")
        row.given.add("summary")
    if "unit" in data:
        row.unit_name = texts.get("unit", "")
        row.given.add("unit")
    row.external_id = texts.get("external_id") or _derived_id(row.values)

    for key in DATE_KEYS:
        if key in data:
            row.values[key] = _date(key, data[key], errors)
            row.given.add(key)
    asked, answered = row.values.get("asked_on"), row.values.get("answered_on")
    if asked and answered and answered < asked:
        errors.append(
            ("answered_on", f"ngày trả lời {answered:%d/%m/%Y} trước ngày hỏi {asked:%d/%m/%Y}")
        )

    if "legal_fields" in data:
        row.field_names = _names(data["legal_fields"], "legal_fields", from_csv, errors)
        row.given.add("legal_fields")
    if "references" in data:
        row.citations = _citations(data["references"], from_csv, errors)
        row.given.add("references")
    return row, errors


def plain_text(text):
    """Text without markup: paragraphs separated by one blank line, single spaces."""
    if _HTML_TAG.search(text):
        text = html_to_text(text)
    lines = [" ".join(line.split()) for line in text.replace("\r", "").split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def answer_html(text):
    """Rich text the answer editor could have made: HTML cleaned to its features, or
    plain text as paragraphs."""
    if not _HTML_TAG.search(text):
        paragraphs = [part.strip() for part in _BLANK_LINES.split(text.replace("\r", ""))]
        return "".join(
            "<p>"
            + "<br/>".join(escape(" ".join(line.split())) for line in part.split("\n"))
            + "</p>"
            for part in paragraphs
            if part
        )
    soup = BeautifulSoup(text, "html.parser")
    for tag in soup.find_all(_DROPPED):
        tag.decompose()
    for tag in soup.find_all(list(_HEADINGS)):
        tag.name = _HEADINGS[tag.name]
    for row in soup.find_all("tr"):
        cells = [cell.get_text(" ", strip=True) for cell in row.find_all(["td", "th"])]
        row.replace_with(BeautifulSoup(f"<p>{escape(' | '.join(cells))}</p>", "html.parser"))
    return _ANSWER_CONVERTER.to_database_format(str(soup)).strip()


def _escaped_lines(paragraph):
    return [escape(" ".join(line.split())) for line in paragraph.split("\n")]


def _derived_id(values):
    """An id for a record that has none: the same question (title and text, without
    diacritics, case or spacing) imported again is the same page."""
    if "title" not in values or "question_text" not in values:
        return ""
    key = "\n".join(" ".join(fold(values[name]).split()) for name in ("title", "question_text"))
    return "auto-" + hashlib.sha256(key.encode()).hexdigest()[:24]


def _is_empty(value):
    return value is None or (isinstance(value, str) and not value.strip()) or value == []


def _date(key, value, errors):
    if _is_empty(value):
        return None
    if isinstance(value, str):
        for date_format in _DATE_FORMATS:
            try:
                return datetime.datetime.strptime(value.strip(), date_format).date()
            except ValueError:
                continue
    errors.append((key, f"'{value}' không phải ngày hợp lệ (YYYY-MM-DD hoặc DD/MM/YYYY)"))
    return None


def _items(value, key, from_csv, errors):
    if _is_empty(value):
        return []
    if from_csv or isinstance(value, str):
        return [part for part in value.split(CSV_LIST_SEPARATOR) if part.strip()]
    if isinstance(value, list):
        return value
    errors.append((key, f"phải là danh sách, không phải {json_kind(value)}"))
    return []


def _names(value, key, from_csv, errors):
    names = []
    for position, item in enumerate(_items(value, key, from_csv, errors), start=1):
        if not isinstance(item, str):
            errors.append((key, f"mục thứ {position} phải là chuỗi, không phải {json_kind(item)}"))
            continue
        name = " ".join(unicodedata.normalize("NFC", item).split())
        if name and name not in names:
            names.append(name)
    return names


def _citations(value, from_csv, errors):
    citations = []
    for position, item in enumerate(_items(value, "references", from_csv, errors), start=1):
        if isinstance(item, dict):
            number, article = item.get("number"), item.get("article") or ""
            unknown = [key for key in item if key not in ("number", "article")]
            if unknown or not isinstance(number, str) or not isinstance(article, str | int):
                errors.append(
                    ("references", f"mục thứ {position} phải có dạng {{number, article}}")
                )
                continue
            parsed = parse_article(str(article)) if str(article).strip() else ""
            if parsed is None:
                errors.append(("references", f"mục thứ {position}: '{article}' không phải số điều"))
                continue
            citations.append((number, parsed))
        elif isinstance(item, str):
            citations.append(split_citation(item))
        else:
            errors.append(
                ("references", f"mục thứ {position} phải là chuỗi, không phải {json_kind(item)}")
            )
    return citations
