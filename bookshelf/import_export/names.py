"""Matching the names a file gives (document types, issuing bodies, legal fields) to the
rows administrators keep, so that "Chính phủ", "CHÍNH PHỦ" and "chinh phu" are one body.

A name matches a row whose name is the same ignoring case (on NFC text); failing that, the
one row whose folded name is the same (no tone marks, đ as d). A name matching nothing is
new: it is created once, with the first spelling the file uses, and later spellings in
the file match it like any other row.
"""

import unicodedata
from collections import defaultdict

from core.vietnamese import fold


class AmbiguousName(Exception):
    def __init__(self, names):
        self.names = sorted(names)
        super().__init__(", ".join(self.names))


class Entry:
    """A row of the list, or a new one to create (``pk`` None until it is)."""

    __slots__ = ("name", "pk", "wanted")

    def __init__(self, name, pk=None):
        self.name = name
        self.pk = pk
        self.wanted = False


def _exact_key(name):
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def _folded_key(name):
    return " ".join(fold(name).split())


class NameMatcher:
    def __init__(self, model):
        self.model = model
        self._exact = defaultdict(list)
        self._folded = defaultdict(list)
        self._new = []
        # A file names the same few types and bodies thousands of times. An answer never
        # changes: a name is added only when it matches nothing, even without diacritics.
        self._matched = {}
        for pk, name in model._default_manager.values_list("pk", "name"):
            self._add(Entry(name, pk))

    def _add(self, entry):
        self._exact[_exact_key(entry.name)].append(entry)
        self._folded[_folded_key(entry.name)].append(entry)

    def find(self, name):
        """The existing row for ``name``, or None; AmbiguousName if several could be meant."""
        for index, key in ((self._exact, _exact_key(name)), (self._folded, _folded_key(name))):
            entries = index.get(key, ())
            if len(entries) == 1:
                return entries[0]
            if entries:
                raise AmbiguousName(entry.name for entry in entries)
        return None

    def match(self, name):
        """The entry for ``name``, adding a new one when nothing matches."""
        entry = self._matched.get(name)
        if entry is not None:
            return entry
        entry = self.find(name)
        if entry is None:
            entry = Entry(name)
            self._add(entry)
            self._new.append(entry)
        self._matched[name] = entry
        return entry

    def create_wanted(self):
        """Create the new entries a valid row uses; return how many were created."""
        created = 0
        for entry in self._new:
            if entry.wanted and entry.pk is None:
                # Saved one by one so each gets its slug (and search entry) as in the admin;
                # a file names a handful of new types, bodies or fields, not thousands.
                item = self.model(name=entry.name)
                item.save()
                entry.pk = item.pk
                created += 1
        return created
