"""Reading an import file one record at a time, with the line each record starts on.

Files can be hundreds of megabytes of full text, so nothing here holds more than one
record. Lines are read as bytes: progress is counted in bytes, a byte-order mark is
dropped, and a line that is not UTF-8 is reported with its number.
"""

import csv
import json
from dataclasses import dataclass, field

from core.spreadsheets import unguard_formula

from .schema import CSV, KEYS, REQUIRED_KEYS

BOM = b"\xef\xbb\xbf"
# Full texts are long; the csv module's default cell limit (128 KiB) is not.
_CSV_CELL_LIMIT = 256 * 1024 * 1024


class SourceError(Exception):
    """The file cannot be read as a whole: missing, wrong header, broken CSV quoting."""

    def __init__(self, messages):
        self.messages = list(messages)
        super().__init__("\n".join(self.messages))


@dataclass
class Record:
    """One object (JSON Lines) or row (CSV) as read, before validation."""

    line: int
    data: dict | None
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Columns:
    """The columns a CSV file may have, and those it must."""

    keys: tuple
    required: tuple


DOCUMENT_COLUMNS = Columns(tuple(KEYS), tuple(REQUIRED_KEYS))


def read_records(path, file_format, on_bytes=None, columns=DOCUMENT_COLUMNS):
    """Yield the file's records in order; ``on_bytes(n)`` is told of each ``n`` bytes read.
    A CSV file's header is checked against ``columns``; JSON Lines keys are checked by
    the importer's validation, with the record's other problems."""
    on_bytes = on_bytes or (lambda size: None)
    try:
        handle = open(path, "rb")  # noqa: SIM115 (closed by the generator's ``with``)
    except OSError as error:
        raise SourceError([f"Không mở được tệp '{path}': {error.strerror}."]) from error
    with handle:
        if file_format == CSV:
            yield from _csv_records(handle, on_bytes, columns)
        else:
            yield from _json_lines_records(handle, on_bytes)


def _json_lines_records(handle, on_bytes):
    for line, raw in enumerate(handle, start=1):
        on_bytes(len(raw))
        if line == 1:
            raw = raw.removeprefix(BOM)
        if not raw.strip():
            continue
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            yield Record(line, None, [f"không phải văn bản UTF-8 (byte thứ {error.start + 1})"])
            continue
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            yield Record(line, None, [f"không phải JSON hợp lệ ({error.msg}, cột {error.colno})"])
            continue
        if not isinstance(data, dict):
            yield Record(line, None, ["không phải một đối tượng JSON {…}"])
            continue
        yield Record(line, data)


def _decoded_lines(handle, on_bytes):
    for line, raw in enumerate(handle, start=1):
        on_bytes(len(raw))
        if line == 1:
            raw = raw.removeprefix(BOM)
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise SourceError(
                [f"dòng {line}: không phải văn bản UTF-8 (byte thứ {error.start + 1})"]
            ) from error


def _csv_records(handle, on_bytes, columns):
    csv.field_size_limit(max(csv.field_size_limit(), _CSV_CELL_LIMIT))
    reader = csv.reader(_decoded_lines(handle, on_bytes), strict=True)
    header = None
    while True:
        # A quoted cell may hold line breaks: a record starts on the line after the last
        # one the reader consumed.
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            raise SourceError([f"dòng {start}: CSV sai cấu trúc ({error})"]) from error
        if not any(cell.strip() for cell in cells):
            continue
        if header is None:
            header = _check_header(cells, start, columns)
            continue
        if len(cells) != len(header):
            yield Record(start, None, [f"có {len(cells)} ô, dòng tiêu đề có {len(header)} cột"])
            continue
        cells = [unguard_formula(cell) for cell in cells]
        yield Record(start, dict(zip(header, cells, strict=True)))
    if header is None:
        raise SourceError(["Tệp CSV trống: cần dòng tiêu đề với tên các cột."])


def _check_header(cells, line, columns):
    header = [cell.strip() for cell in cells]
    problems = []
    unknown = [name for name in header if name not in columns.keys]
    if unknown:
        problems.append(
            f"dòng {line}: cột không có trong lược đồ: {_quoted(unknown)} "
            f"(các cột: {', '.join(columns.keys)})"
        )
    repeated = sorted({name for name in header if header.count(name) > 1})
    if repeated:
        problems.append(f"dòng {line}: cột lặp lại: {_quoted(repeated)}")
    missing = [key for key in columns.required if key not in header]
    if missing:
        problems.append(f"dòng {line}: thiếu cột bắt buộc: {_quoted(missing)}")
    if problems:
        raise SourceError(problems)
    return header


def _quoted(names):
    return ", ".join(f"'{name}'" for name in names)
