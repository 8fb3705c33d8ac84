"""Every search entry's facet and ordering values, held in memory as columns (numpy).

A broad query ("quy định") matches most of the shelf. Counting six facets exactly over
100,000 matches in SQL reads every matching row again and groups it six ways; here the
database only says *which* entries match (ids from its full-text index) and the counts
and the ordering are array operations over columns loaded once per process.

The columns are a snapshot of the ``SearchEntry`` table. Every write to the index
gives ``IndexState`` a new token in the same transaction (``mark_changed``); a search
reads the token first and reloads the snapshot when it has moved on, so a snapshot is
never used after the table has changed (a rolled-back write restores the old token,
which differs from whatever the snapshot saw, so it is reloaded too).
"""

import threading
import uuid

import numpy as np

from django.db import connection

from search.models import IndexState, SearchEntry, SearchEntryField

# Statuses under which a document no longer applies; what still applies (in force,
# partly in force, not yet in force, or a page) ranks first among equals.
NO_LONGER_APPLIES = ("het_hieu_luc_toan_bo", "ngung_hieu_luc", "khong_con_phu_hop")


def mark_changed():
    """Call in the transaction of every write to the index: snapshots become stale."""
    token = uuid.uuid4().hex
    if not IndexState.objects.filter(pk=IndexState.SINGLETON).update(token=token):
        IndexState.objects.update_or_create(pk=IndexState.SINGLETON, defaults={"token": token})


def _token():
    # Read on every search: plain SQL, a fifth of the ORM's cost.
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT token FROM {IndexState._meta.db_table} WHERE id = %s", [IndexState.SINGLETON]
        )
        row = cursor.fetchone()
    return row[0] if row else ""


class Coded:
    """A column of values stored as small integer codes; ``values[code]`` is the value
    (``None`` for an entry without one)."""

    def __init__(self, raw, missing=None):
        distinct = sorted({value for value in raw if value != missing})
        self.values = [None, *distinct]
        index = {value: code for code, value in enumerate(self.values)}
        index[missing] = 0
        self.codes = np.fromiter((index[value] for value in raw), dtype=np.int32, count=len(raw))
        self._index = index

    def code(self, value):
        """The code of ``value``, or -1 when no entry holds it (matches nothing)."""
        return self._index.get(value, -1) if value is not None else -1

    def counts(self, codes):
        """{value: count} over these codes, leaving out entries without a value."""
        found = np.bincount(codes, minlength=len(self.values))
        return {self.values[c]: int(n) for c, n in enumerate(found) if c and n}


class Columns:
    """One snapshot. Entry ``i`` of every array is the entry whose id is ``ids[i]``."""

    def __init__(self, token, rows, field_rows):
        self.token = token
        rows.sort(key=lambda row: row[0])
        (ids, kinds, languages, statuses, years, dates, doc_types, issuers, units) = (
            zip(*rows, strict=True) if rows else ([],) * 9
        )
        self.ids = np.array(ids, dtype=np.int64)
        self.kind = Coded(kinds, missing="")
        self.language = Coded(languages, missing="")
        self.status = Coded(statuses, missing="")
        self.year = Coded(years)
        self.year_number = np.fromiter((y or 0 for y in years), dtype=np.int64, count=len(rows))
        self.doc_type = Coded(doc_types)
        self.issuer = Coded(issuers)
        self.unit = Coded(units)
        # Days since 0001-01-01, 0 for no date: what "newest" and "oldest" sort by.
        self.day = np.fromiter(
            (date.toordinal() if date else 0 for date in dates), dtype=np.int64, count=len(rows)
        )
        applies = (status not in NO_LONGER_APPLIES for status in statuses)
        self.current = np.fromiter(applies, dtype=np.int64, count=len(rows))
        # Legal fields: one row per (entry position, field code).
        entry_ids = np.array([entry_id for entry_id, _ in field_rows], dtype=np.int64)
        self.field = Coded([field_id for _, field_id in field_rows])
        positions, known = self.locate(entry_ids)
        self.field_entry = positions[known]
        self.field.codes = self.field.codes[known]

    def __len__(self):
        return len(self.ids)

    def locate(self, ids):
        """(positions, found): the position of each of ``ids`` (an int64 array) and
        whether it is in this snapshot at all; positions of missing ids are meaningless."""
        if not len(self.ids):
            return np.zeros(len(ids), dtype=np.int64), np.zeros(len(ids), dtype=bool)
        positions = np.minimum(np.searchsorted(self.ids, ids), len(self.ids) - 1)
        return positions, self.ids[positions] == ids

    def positions(self, ids):
        """Positions of those of ``ids`` in this snapshot; the second value is False when
        some are not (a write committed since it was taken)."""
        positions, found = self.locate(ids)
        return positions[found], bool(found.all())

    def with_field(self, field_id):
        """A mask over all entries: those in the legal field ``field_id``."""
        mask = np.zeros(len(self.ids), dtype=bool)
        code = self.field.code(field_id)
        if code >= 0:
            mask[self.field_entry[self.field.codes == code]] = True
        return mask

    def field_counts(self, positions):
        """{field id: count} over the entries at ``positions``."""
        chosen = np.zeros(len(self.ids), dtype=bool)
        chosen[positions] = True
        return self.field.counts(self.field.codes[chosen[self.field_entry]])


_lock = threading.Lock()
_snapshots = {}


def current():
    """The snapshot for the database's present state, loaded if the index has changed.

    Kept per process; a thread that finds it stale reloads it while others wait rather
    than loading it twice."""
    alias = connection.alias
    token = _token()
    snapshot = _snapshots.get(alias)
    if snapshot is not None and snapshot.token == token:
        return snapshot
    with _lock:
        snapshot = _snapshots.get(alias)
        if snapshot is None or snapshot.token != token:
            snapshot = _load(token)
            _snapshots[alias] = snapshot
    return snapshot


def reload():
    """A fresh snapshot, whatever the token says (ids were found that it lacks)."""
    alias = connection.alias
    with _lock:
        snapshot = _load(_token())
        _snapshots[alias] = snapshot
    return snapshot


def _load(token):
    columns = ("id", "kind", "language", "status", "year", "date")
    rows = list(SearchEntry.objects.values_list(*columns, "doc_type_id", "issuer_id", "unit_id"))
    field_rows = list(SearchEntryField.objects.values_list("entry_id", "field_id"))
    return Columns(token, rows, field_rows)
