"""PostgreSQL: folded words in two ``tsvector`` columns of the entry table itself, with
GIN indexes, so the rows a full-text match finds carry their facet values with them
(and their legal fields, as an array).

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

from django.db import connection

from search.numbers import number_core, number_key
from search.text import distinct_tokens, tokens

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
        list(dict.fromkeys(entry.field_ids)),
        "|".join(sorted(set(head).union(_pairs(head)))),
        "|".join(sorted(distinct_tokens(entry.body).union(head))),
    )


class PostgresBackend(DatabaseBackend):
    grouping_sets = True
    matched_columns = "e.field_ids, "

    def has_field(self, field_id):
        return Sql("%s = ANY(m.field_ids)", [field_id])

    def field_counts(self):
        return (
            Sql("SELECT 'facet', 'field', CAST(f AS TEXT), COUNT(*), CAST(NULL AS INTEGER)")
            + " FROM matched m CROSS JOIN LATERAL unnest(m.field_ids) AS f",
            " GROUP BY f",
        )

    def add(self, entries):
        """Write the entries' rows with their text in one statement per batch."""
        names = ", ".join(COLUMNS)
        arrays = ", ".join(f"%s::{kind}[]" for kind in (*TYPES, "text", "text", "text"))
        insert = (
            f"INSERT INTO {ENTRY} ({names}, field_ids, head_vec, body_vec) "
            f"SELECT {names}, string_to_array(fields, ',')::integer[], "
            "array_to_tsvector(string_to_array(head, '|')), "
            "array_to_tsvector(string_to_array(body, '|')) "
            f"FROM unnest({arrays}) AS t({names}, fields, head, body) "
            "RETURNING id, kind, object_id"
        )
        ids = {}
        with connection.cursor() as cursor:
            for start in range(0, len(entries), BATCH):
                rows = [_row(entry) for entry in entries[start : start + BATCH]]
                columns = [list(column) for column in zip(*rows, strict=True)]
                # Field id lists go as text: arrays of arrays must be rectangular.
                columns[len(COLUMNS)] = [",".join(map(str, ids_)) for ids_ in columns[len(COLUMNS)]]
                cursor.execute(insert, columns)
                ids.update({(kind, object_id): pk for pk, kind, object_id in cursor.fetchall()})
        save_entry_fields(entries, ids)
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

    def text_match(self, query):
        return Sql("e.body_vec @@ %s::tsquery", [all_of(query.words)])

    def _title(self, tsquery):
        # An id list from the GIN index rather than a test of each row's vector, which
        # would open every matching row's out-of-line ``head_vec``.
        return Sql(f"e.id IN (SELECT id FROM {ENTRY} WHERE head_vec @@ %s::tsquery)", [tsquery])

    def title_phrase(self, query):
        return self._title(all_of(_pairs(list(query.words))))

    def title_words(self, query):
        return self._title(all_of(query.words))

    def title_prefix(self, query):
        words = [_lexeme(word) for word in query.words[:-1]]
        words.append(_lexeme(query.words[-1]) + ":*")
        return self._title(" & ".join(words))
