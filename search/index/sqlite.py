"""SQLite: folded words in an FTS5 table (``search_entry_fts``) whose rowid is the entry id.

FTS5 keeps word positions, so phrases are FTS5 phrase queries; the ``head`` column is
the title side and ``body`` the full text.
"""

from django.db import connection

from search.text import tokens

from .database import DatabaseBackend, Sql
from .entries import head_text

FTS = "search_entry_fts"
BATCH = 500


def _quoted(words):
    # Words are folded [a-z0-9] runs: quoting keeps FTS5 from reading them as operators.
    return [f'"{word}"' for word in words]


def _prepare(entry):
    return " ".join(tokens(head_text(entry))), " ".join(tokens(entry.body))


class SqliteBackend(DatabaseBackend):
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

    def _match(self, expression):
        return Sql(f"e.id IN (SELECT rowid FROM {FTS} WHERE {FTS} MATCH %s)", [expression])

    def text_match(self, query):
        return self._match(" AND ".join(_quoted(query.words)))

    def title_phrase(self, query):
        return self._match('head : "' + " ".join(query.words) + '"')

    def title_words(self, query):
        return self._match("head : (" + " AND ".join(_quoted(query.words)) + ")")

    def title_prefix(self, query):
        words = _quoted(query.words[:-1]) + [f'"{query.words[-1]}" *']
        return self._match("head : (" + " AND ".join(words) + ")")
