"""Writing the suggestions index: entries, the postings of their terms, and how many
entries hold each term.

An object (an answer's page, a document) is always rewritten whole: its entries are
removed and written again, in one transaction, with new ids. Writes of one kind of
object wait for one another (a lock on the row counting that kind's entries), so two
writes of the same document never both add it, and the counts stay exact.

A term held by more than ``POSTINGS_CAP`` entries loses its postings for good
(``SuggestionTerm.postings_kept``): candidates are never looked up by such a word, and
the commonest words would make most of the index.

PostgreSQL gets its rows in a few array statements and COPY; SQLite, whose statements
cost little, row by row.
"""

from collections import Counter

import numpy as np

from django.db import connection, transaction

from core import content_version
from qa.models import SuggestionEntry, SuggestionPosting, SuggestionTerm

from . import terms as names
from .packing import TERM as TERM_TYPE
from .packing import unpack_many

Kind = names.Kind
ENTRY = SuggestionEntry._meta.db_table
TERM = SuggestionTerm._meta.db_table
POSTING = SuggestionPosting._meta.db_table
# Parameters per statement on SQLite (older builds allow 999).
SQLITE_CHUNK = 900
BATCH = 2000
# Postings are kept for terms held by at most this many entries.
POSTINGS_CAP = 20_000

ANSWERS = (Kind.ANSWER,)
DOCUMENTS = (Kind.DOCUMENT, Kind.ARTICLE)
# A temporary table of the postings a write removes.
GONE = "qa_suggestion_gone"
# The columns of an entry's row, as written here and read back by the queries.
ENTRY_COLUMNS = (
    "id",
    "kind",
    "object_id",
    "parent_id",
    "anchor",
    "label",
    "snippet",
    "language",
    "day",
    "current",
    "legal_fields",
    "terms",
    "question_weight",
)


def _postgresql():
    return connection.vendor == "postgresql"


def _chunks(items, size=SQLITE_CHUNK):
    items = list(items)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def replace(kinds, object_ids, entries):
    """Remove the entries of ``kinds`` (``ANSWERS`` or ``DOCUMENTS``) made from
    ``object_ids`` and write ``entries`` (``entries.NewEntry``, made from those objects
    still published) in their place."""
    with transaction.atomic():
        _lock(kinds)
        counts = Counter()
        _delete(kinds, object_ids, counts)
        if entries:
            _insert(entries, counts)
        _add_to_counts(counts)
        if counts:
            # Cached API responses may hold suggestions rendered before this write.
            transaction.on_commit(content_version.bump)


def clear():
    """Empty the index."""
    with transaction.atomic(), connection.cursor() as cursor:
        if _postgresql():
            cursor.execute(f"TRUNCATE {POSTING}, {ENTRY}, {TERM} RESTART IDENTITY")
        else:
            for table in (POSTING, ENTRY, TERM):
                cursor.execute(f"DELETE FROM {table}")


def finish_bulk_write():
    """Refresh the planner's statistics after a large write."""
    with connection.cursor() as cursor:
        for table in (TERM, ENTRY, POSTING):
            cursor.execute(f"ANALYZE {table}")


def _lock(kinds):
    """Wait for the other writes of this kind of object, until the transaction ends."""
    text = names.count_term(kinds[0])
    _term_rows([text])
    if _postgresql():
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT id FROM {TERM} WHERE text = %s FOR UPDATE", [text])


def _term_rows(texts):
    """{text: (id, entries, postings kept)} for ``texts``, adding the terms not met
    before."""
    texts = sorted(set(texts))
    found = _read_terms(texts)
    missing = [text for text in texts if text not in found]
    if missing:
        with connection.cursor() as cursor:
            if _postgresql():
                cursor.execute(
                    f"INSERT INTO {TERM} (text, entries, postings_kept) "
                    "SELECT unnest(%s::text[]), 0, true ON CONFLICT (text) DO NOTHING",
                    [missing],
                )
            else:
                cursor.executemany(
                    f"INSERT OR IGNORE INTO {TERM} (text, entries, postings_kept) "
                    "VALUES (%s, 0, 1)",
                    [(text,) for text in missing],
                )
        found.update(_read_terms(missing))
    return found


def _read_terms(texts):
    rows = []
    select = f"SELECT id, text, entries, postings_kept FROM {TERM}"
    with connection.cursor() as cursor:
        if _postgresql():
            cursor.execute(f"{select} WHERE text = ANY(%s)", [texts])
            rows = cursor.fetchall()
        else:
            for chunk in _chunks(texts):
                cursor.execute(f"{select} WHERE text IN ({', '.join(['%s'] * len(chunk))})", chunk)
                rows += cursor.fetchall()
    return {text: (term_id, entries, bool(kept)) for term_id, text, entries, kept in rows}


def _existing(kinds, object_ids):
    """(id, kind, packed terms) of the entries of ``kinds`` made from ``object_ids``."""
    select = f"SELECT id, kind, terms FROM {ENTRY}"
    kinds = [int(kind) for kind in kinds]
    with connection.cursor() as cursor:
        if _postgresql():
            cursor.execute(
                f"{select} WHERE kind = ANY(%s) AND object_id = ANY(%s)", [kinds, list(object_ids)]
            )
            return cursor.fetchall()
        rows = []
        for chunk in _chunks(object_ids, SQLITE_CHUNK - len(kinds)):
            cursor.execute(
                f"{select} WHERE kind IN ({', '.join(['%s'] * len(kinds))}) "
                f"AND object_id IN ({', '.join(['%s'] * len(chunk))})",
                [*kinds, *chunk],
            )
            rows += cursor.fetchall()
        return rows


def _delete(kinds, object_ids, counts):
    rows = _existing(kinds, object_ids)
    if not rows:
        return
    by_kind = Counter(kind for _id, kind, _terms in rows)
    count_ids = _term_rows([names.count_term(kind) for kind in by_kind])
    for kind, number in by_kind.items():
        counts[count_ids[names.count_term(kind)][0]] -= number
    terms, owner = unpack_many([packed for _id, _kind, packed in rows])
    term_ids = terms["term"].astype(np.int64)
    held, times = np.unique(term_ids, return_counts=True)
    for term_id, number in zip(held.tolist(), times.tolist(), strict=True):
        counts[term_id] -= number
    entry_ids = np.array([entry_id for entry_id, _kind, _terms in rows], dtype=np.int64)
    _delete_postings(term_ids, entry_ids[owner])
    with connection.cursor() as cursor:
        if _postgresql():
            cursor.execute(f"DELETE FROM {ENTRY} WHERE id = ANY(%s)", [entry_ids.tolist()])
        else:
            cursor.executemany(
                f"DELETE FROM {ENTRY} WHERE id = %s", [(i,) for i in entry_ids.tolist()]
            )


def _insert(entries, counts):
    """Write ``entries`` and their articles: their rows, their postings, and what they add
    to ``counts``. The terms of a whole batch are handled as arrays."""
    everything, parent_of = [], []
    for entry in entries:
        parent = len(everything)
        everything.append(entry)
        parent_of.append(-1)
        for article in entry.articles:
            everything.append(article)
            parent_of.append(parent)
    sizes = np.array([len(entry.terms) for entry in everything], dtype=np.int64)
    texts = [text for entry in everything for text in entry.terms]
    weights = np.fromiter(
        (weight for entry in everything for weight in entry.terms.values()),
        dtype=np.uint8,
        count=len(texts),
    )
    distinct = list(dict.fromkeys(texts))
    place = {text: position for position, text in enumerate(distinct)}
    which = np.fromiter((place[text] for text in texts), dtype=np.int64, count=len(texts))
    kinds = Counter(int(entry.kind) for entry in everything)
    rows = _term_rows(distinct + [names.count_term(kind) for kind in kinds])
    for kind, number in kinds.items():
        counts[rows[names.count_term(kind)][0]] += number
    ids_of = np.array([rows[text][0] for text in distinct], dtype=np.int64)
    kept = np.array([rows[text][2] for text in distinct], dtype=bool)
    held = np.bincount(which, minlength=len(distinct))
    # How many entries hold each term once this write is done.
    after = (
        np.array(
            [
                rows[text][1] + counts[term_id]
                for text, term_id in zip(distinct, ids_of.tolist(), strict=True)
            ],
            dtype=np.int64,
        )
        + held
    )
    saturated = kept & (after > POSTINGS_CAP)
    for term_id, number in zip(ids_of.tolist(), held.tolist(), strict=True):
        counts[term_id] += number

    entry_ids = np.array(_reserve_ids(len(everything)), dtype=np.int64)
    owner = np.repeat(np.arange(len(everything)), sizes)
    term_ids = ids_of[which]
    order = np.lexsort((term_ids, owner))
    packed = np.empty(len(texts), dtype=TERM_TYPE)
    packed["term"] = term_ids[order]
    packed["weight"] = weights[order]
    raw = packed.tobytes()
    bounds = (np.concatenate([[0], np.cumsum(sizes)]) * TERM_TYPE.itemsize).tolist()
    question_weights = np.zeros(len(everything))
    if Kind.ANSWER in kinds:
        total = (
            rows[names.count_term(Kind.ANSWER)][1] + counts[rows[names.count_term(Kind.ANSWER)][0]]
        )
        rarity = names.rarities(after, total)
        asked = (weights == names.QUESTION) * rarity[which]
        question_weights = np.bincount(owner, weights=asked, minlength=len(everything))
    stored = []
    for position, entry in enumerate(everything):
        parent = parent_of[position]
        stored.append(
            (
                int(entry_ids[position]),
                int(entry.kind),
                entry.object_id,
                int(entry_ids[parent]) if parent >= 0 else None,
                entry.anchor,
                entry.label,
                entry.snippet,
                entry.language,
                entry.day,
                entry.current,
                entry.legal_fields,
                raw[bounds[position] : bounds[position + 1]],
                float(question_weights[position]),
            )
        )
    _insert_entries(stored)
    listed = (kept & ~saturated)[which]
    _insert_postings(term_ids[listed], entry_ids[owner][listed])
    _drop_postings(set(ids_of[saturated].tolist()))


def _reserve_ids(count):
    """Ids for ``count`` new entries."""
    if not count:
        return []
    with connection.cursor() as cursor:
        if _postgresql():
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)",
                [ENTRY, count],
            )
            return [row[0] for row in cursor.fetchall()]
        cursor.execute(f"SELECT COALESCE(MAX(id), 0) FROM {ENTRY}")
        last = cursor.fetchone()[0]
    return list(range(last + 1, last + 1 + count))


def _insert_entries(rows):
    columns = ", ".join(ENTRY_COLUMNS)
    with connection.cursor() as cursor:
        if _postgresql():
            with cursor.copy(f"COPY {ENTRY} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join(["%s"] * len(ENTRY_COLUMNS))
            cursor.executemany(f"INSERT INTO {ENTRY} ({columns}) VALUES ({marks})", rows)


def _insert_postings(term_ids, entry_ids):
    with connection.cursor() as cursor:
        if _postgresql():
            with cursor.copy(f"COPY {POSTING} (term_id, entry_id) FROM STDIN") as copy:
                copy.write(_copy_text(term_ids, entry_ids))
        else:
            cursor.executemany(
                f"INSERT INTO {POSTING} (term_id, entry_id) VALUES (%s, %s)",
                list(zip(term_ids.tolist(), entry_ids.tolist(), strict=True)),
            )


def _delete_postings(term_ids, entry_ids):
    with connection.cursor() as cursor:
        if not _postgresql():
            cursor.executemany(
                f"DELETE FROM {POSTING} WHERE term_id = %s AND entry_id = %s",
                list(zip(term_ids.tolist(), entry_ids.tolist(), strict=True)),
            )
            return
        # Pairs go in with COPY: as array parameters, the driver would spell out every
        # number of a large write in the statement's text.
        cursor.execute(f"CREATE TEMPORARY TABLE {GONE} (term_id int, entry_id int) ON COMMIT DROP")
        with cursor.copy(f"COPY {GONE} (term_id, entry_id) FROM STDIN") as copy:
            copy.write(_copy_text(term_ids, entry_ids))
        cursor.execute(
            f"DELETE FROM {POSTING} p USING {GONE} g "
            "WHERE p.term_id = g.term_id AND p.entry_id = g.entry_id"
        )
        cursor.execute(f"DROP TABLE {GONE}")


def _copy_text(term_ids, entry_ids):
    """Pairs of integers in COPY's text format."""
    rows = map("{}\t{}\n".format, term_ids.tolist(), entry_ids.tolist())
    return "".join(rows)


def _drop_postings(term_ids):
    """These terms are now too common to find candidates by: their postings go."""
    if not term_ids:
        return
    term_ids = sorted(term_ids)
    with connection.cursor() as cursor:
        if _postgresql():
            cursor.execute(
                f"UPDATE {TERM} SET postings_kept = false WHERE id = ANY(%s)", [term_ids]
            )
            cursor.execute(f"DELETE FROM {POSTING} WHERE term_id = ANY(%s)", [term_ids])
            return
        each = [(term_id,) for term_id in term_ids]
        cursor.executemany(f"UPDATE {TERM} SET postings_kept = 0 WHERE id = %s", each)
        cursor.executemany(f"DELETE FROM {POSTING} WHERE term_id = %s", each)


def _add_to_counts(counts):
    changes = [(term_id, change) for term_id, change in sorted(counts.items()) if change]
    if not changes:
        return
    with connection.cursor() as cursor:
        if _postgresql():
            cursor.execute(
                f"UPDATE {TERM} SET entries = entries + d.change "
                "FROM unnest(%s::int[], %s::int[]) AS d(id, change) "
                f"WHERE {TERM}.id = d.id",
                [[term_id for term_id, _ in changes], [change for _, change in changes]],
            )
        else:
            cursor.executemany(
                f"UPDATE {TERM} SET entries = entries + %s WHERE id = %s",
                [(change, term_id) for term_id, change in changes],
            )
