"""Matching the legal fields and units a file names to those administrators keep.

A name matches by slug ("dat-dai"), then by name ignoring case, then by name without
diacritics ("dat dai"); a unit also by its short name ("STP"). Nothing is created: a
field or unit the site does not have is an error to fix (in the file, or by adding it
in the admin) before importing.
"""

import unicodedata
from collections import defaultdict

from core.vietnamese import fold
from home.models import LegalField, Unit


class AmbiguousName(Exception):
    def __init__(self, names):
        self.names = sorted(names)
        super().__init__(", ".join(f"'{name}'" for name in self.names))


def _exact(text):
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _folded(text):
    return " ".join(fold(text).split())


class _Finder:
    model = None

    def __init__(self):
        self.indexes = [defaultdict(list) for _ in self.keys]
        for row in self.rows():
            for index, (attribute, normalise) in zip(self.indexes, self.keys, strict=True):
                value = getattr(row, attribute)
                if value:
                    index[normalise(value)].append(row)

    keys = (("slug", str.lower), ("name", _exact), ("name", _folded))

    def rows(self):
        return self.model.objects.all()

    def find(self, name):
        """The row ``name`` means, None when none; AmbiguousName when several may be."""
        for index, (_attribute, normalise) in zip(self.indexes, self.keys, strict=True):
            found = index.get(normalise(name), [])
            if len(found) == 1:
                return found[0]
            if found:
                raise AmbiguousName(row.name for row in found)
        return None


class FieldFinder(_Finder):
    model = LegalField

    def missing(self, name):
        return f"không có lĩnh vực '{name}'; thêm lĩnh vực trong phần quản trị hoặc sửa tên"


class UnitFinder(_Finder):
    model = Unit
    keys = (*_Finder.keys, ("short_name", _exact))

    def missing(self, name):
        return f"không có đơn vị '{name}'; thêm đơn vị trong phần quản trị hoặc sửa tên"
