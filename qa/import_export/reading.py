"""Reading a file of questions and answers one record at a time, with the line each
record starts on. JSON Lines are read as the bookshelf import reads them; CSV has its
own columns (``schema.KEYS``)."""

import csv

from bookshelf.import_export.reading import BOM, Record, SourceError
from bookshelf.import_export.reading import read_records as read_json_lines
from bookshelf.import_export.schema import CSV, JSONL, format_for_path
from core.spreadsheets import unguard_formula

from .schema import KEYS, REQUIRED_KEYS

__all__ = ["CSV", "JSONL", "Record", "SourceError", "format_for_path", "read_records"]


def read_records(path, file_format):
    """Yield the file's records in order; SourceError when the file cannot be read."""
    if file_format == CSV:
        yield from _csv_records(path)
    else:
        yield from read_json_lines(path, JSONL)


def _csv_records(path):
    try:
        handle = open(path, "rb")  # noqa: SIM115 (closed by the generator's ``with``)
    except OSError as error:
        raise SourceError([f"Không mở được tệp '{path}': {error.strerror}."]) from error
    with handle:
        reader = csv.reader(_decoded_lines(handle), strict=True)
        header = None
        while True:
            # A quoted cell may hold line breaks: a record starts on the line after the
            # last one the reader consumed, as a text editor numbers it.
            start = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                break
            except csv.Error as error:
                raise SourceError([f"dòng {start}: CSV sai cấu trúc ({error})."]) from error
            if not any(cell.strip() for cell in cells):
                continue
            if header is None:
                header = _check_header(cells, start)
                continue
            if len(cells) != len(header):
                yield Record(start, None, [f"có {len(cells)} ô, dòng tiêu đề có {len(header)} cột"])
                continue
            yield Record(start, dict(zip(header, map(unguard_formula, cells), strict=True)))
        if header is None:
            raise SourceError(["Tệp CSV trống: cần dòng tiêu đề với tên các cột."])


def _decoded_lines(handle):
    for line, raw in enumerate(handle, start=1):
        if line == 1:
            raw = raw.removeprefix(BOM)
        try:
            yield raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise SourceError(
                [f"dòng {line}: không phải văn bản UTF-8 (byte thứ {error.start + 1})."]
            ) from error


def _check_header(cells, line):
    header = [cell.strip() for cell in cells]
    problems = []
    unknown = [name for name in header if name not in KEYS]
    if unknown:
        problems.append(
            f"dòng {line}: cột không có trong lược đồ: {_quoted(unknown)} "
            f"(các cột: {', '.join(KEYS)})."
        )
    repeated = sorted({name for name in header if header.count(name) > 1})
    if repeated:
        problems.append(f"dòng {line}: cột lặp lại: {_quoted(repeated)}.")
    missing = [key for key in REQUIRED_KEYS if key not in header]
    if missing:
        problems.append(f"dòng {line}: thiếu cột bắt buộc: {_quoted(missing)}.")
    if problems:
        raise SourceError(problems)
    return header


def _quoted(names):
    return ", ".join(f"'{name}'" for name in names)
