"""PostgreSQL: folded words in two ``tsvector`` columns of the entry table itself, with
GIN indexes; a search reads from them only the ids of what matches (facet values and
dates are in memory, ``search.index.columns``).

- ``head_vec``: the words of the title side (document type, title, number, issuing
  body, summary) and every pair of adjacent words there ("luat dat", "dat dai"): a
  phrase on the title side is the AND of its pairs.
- ``body_vec``: every distinct word of the entry: it decides what matches.

Neither holds word positions, so the GIN indexes answer every query without opening a
single vector (a query with positions makes PostgreSQL re-read each candidate's vector
from TOAST). The rows are kept narrow (``toast_tuple_target``): titles, summaries and
vectors live out of line, and scanning a hundred thousand matches reads a few MB.
Lexemes are built in Python and handed over as arrays (``array_to_tsvector``): no
PostgreSQL parser or dictionary ever sees the text.
"""

import numpy as np

from django.db import connection

from core.document_numbers import number_core, number_key
from core.vietnamese import distinct_tokens, tokens

from .columns import mark_changed
from .database import ENTRY, DatabaseBackend, Sql
from .entries import head_text, save_entry_fields

# Rows per INSERT statement when writing in bulk.
BATCH = 500

COLUMNS = (
    "kind",
    "object_id",
    "language",
    "title",
    "title_key",
    "full_title_key",
    "number",
    "number_key",
    "number_core",
    "summary",
    "date",
    "year",
    "doc_type_id",
    "issuer_id",
    "status",
    "unit_id",
)
TYPES = (
    "text",
    "integer",
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "text",
    "date",
    "integer",
    "integer",
    "integer",
    "text",
    "integer",
)


def _lexeme(term):
    # Terms are folded [a-z0-9] words, or two of them and a space: nothing to escape.
    return f"'{term}'"


def all_of(terms):
    return " & ".join(_lexeme(term) for term in terms)


def _pairs(words):
    return [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


def _row(entry):
    head = tokens(head_text(entry))
    return (
        entry.kind,
        entry.object_id,
        entry.language,
        entry.title,
        " ".join(tokens(entry.title))[:255],
        " ".join(tokens(f"{entry.title_extra} {entry.title}"))[:255],
        entry.number,
        number_key(entry.number),
        number_core(entry.number),
        entry.summary,
        entry.date,
        entry.date.year if entry.date else None,
        entry.doc_type_id,
        entry.issuer_id,
        entry.status,
        entry.unit_id,
        "|".join(sorted(set(head).union(_pairs(head)))),
        "|".join(sorted(distinct_tokens(entry.body).union(head))),
    )


def _ids(cursor, condition, params):
    """Ids of the entries meeting ``condition`` (SQL on ``e``) as an int64 array. They
    travel as one binary string rather than as 100,000 rows: a third of the time."""
    cursor.execute(
        f"SELECT string_agg(int8send(e.id), ''::bytea) FROM {ENTRY} e WHERE {condition}", params
    )
    found = cursor.fetchone()[0]
    return np.frombuffer(bytes(found or b""), dtype=">i8").astype(np.int64)


class PostgresBackend(DatabaseBackend):
    def add(self, entries):
        """Write the entries' rows with their text in one statement per batch."""
        names = ", ".join(COLUMNS)
        arrays = ", ".join(f"%s::{kind}[]" for kind in (*TYPES, "text", "text"))
        insert = (
            f"INSERT INTO {ENTRY} ({names}, head_vec, body_vec) "
            f"SELECT {names}, array_to_tsvector(string_to_array(head, '|')), "
            "array_to_tsvector(string_to_array(body, '|')) "
            f"FROM unnest({arrays}) AS t({names}, head, body) "
            "RETURNING id, kind, object_id"
        )
        ids = {}
        with connection.cursor() as cursor:
            for start in range(0, len(entries), BATCH):
                rows = [_row(entry) for entry in entries[start : start + BATCH]]
                columns = [list(column) for column in zip(*rows, strict=True)]
                cursor.execute(insert, columns)
                ids.update({(kind, object_id): pk for pk, kind, object_id in cursor.fetchall()})
        save_entry_fields(entries, ids)
        mark_changed()
        return ids

    def delete(self, entry_ids):
        """Nothing to do: the text is in the entry rows, which the caller deletes."""

    def clear(self):
        """Nothing to do: the text is in the entry rows, which the caller deletes."""

    def prepare_search(self, cursor):
        # The planner does not count the cost of reading a long tsvector out of TOAST,
        # so for a common word it prefers reading every row and testing each vector
        # (hundreds of milliseconds at 100k documents) to the GIN index that answers
        # without opening one. In this transaction only, it may not.
        cursor.execute("SET LOCAL enable_seqscan = off")

    def finish_bulk_write(self):
        """Fold the GIN indexes' pending lists into the indexes after a large write, so
        the first searches do not pay for it; then refresh the planner's statistics."""
        with connection.cursor() as cursor:
            cursor.execute("SELECT gin_clean_pending_list('search_entry_body_vec'::regclass)")
            cursor.execute("SELECT gin_clean_pending_list('search_entry_head_vec'::regclass)")
            cursor.execute(f"ANALYZE {ENTRY}")
            cursor.execute("ANALYZE search_searchentryfield")

    def match_ids(self, cursor, query):
        conditions, params = [], []
        if query.words:
            conditions.append("e.body_vec @@ %s::tsquery")
            params.append(all_of(query.words))
        if query.number:
            conditions.append("e.number_core = %s")
            params.append(query.number.core)
        return _ids(cursor, " OR ".join(conditions), params)

    def _title_query(self, query, phrase):
        return all_of(_pairs(list(query.words)) if phrase else query.words)

    def title_ids(self, cursor, query, phrase):
        return _ids(cursor, "e.head_vec @@ %s::tsquery", [self._title_query(query, phrase)])

    def title_flags(self, cursor, query, ids):
        # A few hundred rows at most: testing their vectors beats reading the whole sets.
        cursor.execute(
            f"SELECT id, head_vec @@ %s::tsquery, head_vec @@ %s::tsquery FROM {ENTRY} "
            "WHERE id = ANY(%s)",
            [self._title_query(query, False), self._title_query(query, True), list(map(int, ids))],
        )
        flags = {entry_id: (words, phrase) for entry_id, words, phrase in cursor.fetchall()}
        words = np.array([flags.get(int(i), (False, False))[0] for i in ids], dtype=bool)
        phrase = np.array([flags.get(int(i), (False, False))[1] for i in ids], dtype=bool)
        return words, phrase

    def title_prefix(self, query):
        words = [_lexeme(word) for word in query.words[:-1]]
        words.append(_lexeme(query.words[-1]) + ":*")
        # An id list from the GIN index rather than a test of each row's vector.
        return Sql(
            f"e.id IN (SELECT id FROM {ENTRY} WHERE head_vec @@ %s::tsquery)", [" & ".join(words)]
        )
