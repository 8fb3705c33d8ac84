"""Reading a file of questions and answers one record at a time, with the line each
record starts on, as the bookshelf import reads its files; a CSV file has the columns of
``schema.KEYS``."""

from bookshelf.import_export.reading import Columns, Record, SourceError
from bookshelf.import_export.reading import read_records as read_import_file
from bookshelf.import_export.schema import CSV

from .schema import KEYS, REQUIRED_KEYS

__all__ = ["CSV", "Record", "SourceError", "read_records"]

QA_COLUMNS = Columns(tuple(KEYS), tuple(REQUIRED_KEYS))


def read_records(path, file_format):
    """Yield the file's records in order; SourceError when the file cannot be read."""
    return read_import_file(path, file_format, columns=QA_COLUMNS)
