"""SQLite: folded words in an FTS5 table (``search_entry_fts``) whose rowid is the entry id.

FTS5 keeps word positions, so phrases are FTS5 phrase queries; the ``head`` column is
the title side and ``body`` the full text.
"""

import numpy as np

from django.db import connection

from core.vietnamese import tokens

from .database import ENTRY, DatabaseBackend, Sql
from .entries import head_text

FTS = "search_entry_fts"
BATCH = 500


def _quoted(words):
    # Words are folded [a-z0-9] runs: quoting keeps FTS5 from reading them as operators.
    return [f'"{word}"' for word in words]


def _prepare(entry):
    return " ".join(tokens(head_text(entry))), " ".join(tokens(entry.body))


class SqliteBackend(DatabaseBackend):
    # FTS5 answers a MATCH from its whole posting lists whatever rowids it is limited to,
    # so testing a chunk of candidates costs as much as reading a title set: read the sets.
    walks_title_tiers = False

    def write(self, entries, entry_ids):
        rows = [(entry_ids[(entry.kind, entry.object_id)], *_prepare(entry)) for entry in entries]
        insert = f"INSERT INTO {FTS} (rowid, head, body) VALUES (%s, %s, %s)"
        with connection.cursor() as cursor:
            for start in range(0, len(rows), BATCH):
                cursor.executemany(insert, rows[start : start + BATCH])

    def delete(self, entry_ids):
        with connection.cursor() as cursor:
            cursor.executemany(f"DELETE FROM {FTS} WHERE rowid = %s", [(i,) for i in entry_ids])

    def clear(self):
        with connection.cursor() as cursor:
            cursor.execute(f"DELETE FROM {FTS}")

    def finish_bulk_write(self):
        with connection.cursor() as cursor:
            # Merge the index's segments after a large write, as FTS5 would over time.
            cursor.execute(f"INSERT INTO {FTS} ({FTS}) VALUES ('optimize')")
            cursor.execute("ANALYZE")

    def _ids(self, cursor, sql, params):
        cursor.execute(sql, params)
        return np.fromiter((row[0] for row in cursor.fetchall()), dtype=np.int64)

    def _head(self, query, phrase):
        if phrase:
            return 'head : "' + " ".join(query.words) + '"'
        return "head : (" + " AND ".join(_quoted(query.words)) + ")"

    def match_ids(self, cursor, query):
        parts, params = [], []
        if query.words:
            parts.append(f"SELECT rowid FROM {FTS} WHERE {FTS} MATCH %s")
            params.append(" AND ".join(_quoted(query.words)))
        if query.number:
            parts.append(f"SELECT id FROM {ENTRY} WHERE number_core = %s")
            params.append(query.number.core)
        return self._ids(cursor, " UNION ".join(parts), params)

    def title_ids(self, cursor, query, phrase):
        sql = f"SELECT rowid FROM {FTS} WHERE {FTS} MATCH %s"
        return self._ids(cursor, sql, [self._head(query, phrase)])

    def title_flags(self, cursor, query, ids):
        ids = [int(entry_id) for entry_id in ids]
        marks = ", ".join(["%s"] * len(ids))
        flags = []
        for phrase in (False, True):
            sql = f"SELECT rowid FROM {FTS} WHERE {FTS} MATCH %s AND rowid IN ({marks})"
            found = set(self._ids(cursor, sql, [self._head(query, phrase), *ids]).tolist())
            flags.append(np.array([entry_id in found for entry_id in ids], dtype=bool))
        return flags[0], flags[1]

    def title_prefix(self, query):
        words = _quoted(query.words[:-1]) + [f'"{query.words[-1]}" *']
        expression = "head : (" + " AND ".join(words) + ")"
        return Sql(f"e.id IN (SELECT rowid FROM {FTS} WHERE {FTS} MATCH %s)", [expression])
