"""Writing the suggestions index: entries, the postings of their terms, and how many
entries hold each term.

An object (an answer's page, a document) is always rewritten whole: its entries are
removed and written again, in one transaction, with new ids. Writes of one kind of
object wait for one another (a lock on the row counting that kind's entries), so two
writes of the same document never both add it, and the counts stay exact.

PostgreSQL gets its rows in a few array statements and COPY; SQLite, whose statements
are cheap, row by row.
"""

from collections import Counter

from django.db import connection, transaction

from core import content_version
from qa.models import SuggestionEntry, SuggestionPosting, SuggestionTerm

from . import terms as names
from .packing import pack, unpack

Kind = names.Kind
ENTRY = SuggestionEntry._meta.db_table
TERM = SuggestionTerm._meta.db_table
POSTING = SuggestionPosting._meta.db_table
# Parameters per statement on SQLite (older builds allow 999).
SQLITE_CHUNK = 900
BATCH = 2000

ANSWERS = (Kind.ANSWER,)
DOCUMENTS = (Kind.DOCUMENT, Kind.ARTICLE)


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
    """{text: (id, entries)} for ``texts``, adding the terms not met before."""
    texts = sorted(set(texts))
    found = _read_terms(texts)
    missing = [text for text in texts if text not in found]
    if missing:
        with connection.cursor() as cursor:
            if _postgresql():
                cursor.execute(
                    f"INSERT INTO {TERM} (text, entries) SELECT unnest(%s::text[]), 0 "
                    "ON CONFLICT (text) DO NOTHING",
                    [missing],
                )
            else:
                cursor.executemany(
                    f"INSERT OR IGNORE INTO {TERM} (text, entries) VALUES (%s, 0)",
                    [(text,) for text in missing],
                )
        found.update(_read_terms(missing))
    return found


def _read_terms(texts):
    found = {}
    with connection.cursor() as cursor:
        if _postgresql():
            cursor.execute(f"SELECT id, text, entries FROM {TERM} WHERE text = ANY(%s)", [texts])
            rows = cursor.fetchall()
        else:
            rows = []
            for chunk in _chunks(texts):
                marks = ", ".join(["%s"] * len(chunk))
                cursor.execute(
                    f"SELECT id, text, entries FROM {TERM} WHERE text IN ({marks})",
                    chunk,
                )
                rows += cursor.fetchall()
    for term_id, text, entries in rows:
        found[text] = (term_id, entries)
    return found


def _delete(kinds, object_ids, counts):
    rows = []
    for chunk in _chunks(object_ids):
        rows += SuggestionEntry.objects.filter(kind__in=kinds, object_id__in=chunk).values_list(
            "id", "kind", "terms"
        )
    if not rows:
        return
    by_kind = Counter(kind for _id, kind, _terms in rows)
    count_ids = _term_rows([names.count_term(kind) for kind in by_kind])
    for kind, number in by_kind.items():
        counts[count_ids[names.count_term(kind)][0]] -= number
    posting_terms, posting_entries = [], []
    for entry_id, _kind, packed in rows:
        held = unpack(packed)["term"].tolist()
        counts.update(dict.fromkeys(held, -1))
        posting_terms += held
        posting_entries += [entry_id] * len(held)
    entry_ids = [entry_id for entry_id, _kind, _terms in rows]
    with connection.cursor() as cursor:
        if _postgresql():
            cursor.execute(
                f"DELETE FROM {POSTING} p USING unnest(%s::int[], %s::int[]) AS d(term, entry) "
                "WHERE p.term_id = d.term AND p.entry_id = d.entry",
                [posting_terms, posting_entries],
            )
            cursor.execute(f"DELETE FROM {ENTRY} WHERE id = ANY(%s)", [entry_ids])
        else:
            cursor.executemany(
                f"DELETE FROM {POSTING} WHERE term_id = %s AND entry_id = %s",
                list(zip(posting_terms, posting_entries, strict=True)),
            )
            cursor.executemany(f"DELETE FROM {ENTRY} WHERE id = %s", [(i,) for i in entry_ids])


def _insert(entries, counts):
    everything = [*entries, *(article for entry in entries for article in entry.articles)]
    kinds = Counter(entry.kind for entry in everything)
    rows = _term_rows(
        [text for entry in everything for text in entry.terms]
        + [names.count_term(kind) for kind in kinds]
    )
    for kind, number in kinds.items():
        counts[rows[names.count_term(kind)][0]] += number
    held = Counter(text for entry in everything for text in entry.terms)

    def after_write(text):
        """How many entries hold ``text`` once this write is done."""
        term_id, entries = rows[text]
        return entries + counts[term_id] + held.get(text, 0)

    def question_weight(entry):
        if entry.kind != Kind.ANSWER:
            return 0.0
        total = after_write(names.count_term(Kind.ANSWER))
        return sum(
            names.rarity(after_write(text), total)
            for text, weight in entry.terms.items()
            if weight == names.QUESTION
        )

    def stored(entry, parent_id=None):
        return SuggestionEntry(
            kind=entry.kind,
            object_id=entry.object_id,
            parent_id=parent_id,
            anchor=entry.anchor,
            label=entry.label,
            language=entry.language,
            day=entry.day,
            current=entry.current,
            legal_fields=entry.legal_fields,
            terms=pack({rows[text][0]: weight for text, weight in entry.terms.items()}),
            question_weight=question_weight(entry),
        )

    parents = SuggestionEntry.objects.bulk_create(
        [stored(entry) for entry in entries], batch_size=BATCH
    )
    children = SuggestionEntry.objects.bulk_create(
        [
            stored(article, parent.pk)
            for entry, parent in zip(entries, parents, strict=True)
            for article in entry.articles
        ],
        batch_size=BATCH,
    )
    postings = []
    for entry, row in zip(everything, [*parents, *children], strict=True):
        for text in entry.terms:
            term_id = rows[text][0]
            postings.append((term_id, row.pk))
            counts[term_id] += 1
    _insert_postings(postings)


def _insert_postings(postings):
    with connection.cursor() as cursor:
        if _postgresql():
            with cursor.copy(f"COPY {POSTING} (term_id, entry_id) FROM STDIN") as copy:
                for posting in postings:
                    copy.write_row(posting)
        else:
            cursor.executemany(
                f"INSERT INTO {POSTING} (term_id, entry_id) VALUES (%s, %s)", postings
            )


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
