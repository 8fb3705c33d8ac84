"""Search on the database itself (PostgreSQL or SQLite): what both share.

The database's full-text index says which entries match (each backend supplies that
part: ids of the entries holding every word, of those holding them on the title side,
as a phrase there, and so on). Facet counts and the ordering are worked out here over
columns held in memory (``search.index.columns``): counting six facets over 100,000
matches in SQL means reading and grouping every match again, which is what made broad
queries take hundreds of milliseconds.

Ranking is by tiers, any stronger one outweighing every weaker one together:

1. the exact document number typed (``52/2015/NĐ-CP`` in any spelling);
2. the number's core (``52/2015``), higher still when the number also holds the
   query's other words (``nđ 52/2015``) or the type is named in words
   (``nghi dinh 52/2015``);
3. a title equal to the query, with or without its type ("luat dat dai", "dat dai");
4. the words as a phrase on the title side (type, title, number, issuer, summary);
5. all the words on the title side;
6. the words as a phrase in the full text: looked for in the text itself, among the
   first ``RERANK_WINDOW`` hits of the tiers above, which it reorders (storing word
   positions or word pairs of every document would double the index and its build
   time; a phrase in the 100th hit's text is not looked for);
7. all the words anywhere.

Within a tier, what still applies (not repealed, expired or suspended) comes first,
then the newer.

Tiers 1-3 are index lookups of a handful of rows. Tiers 4-5 can hold most of the shelf
for a common word, and reading their whole id sets costs as much as the match itself;
so when there are many candidates they are decided for the best candidates only:
candidates are walked in the order everything else gives them (tiers 1-3, still
applies, newer), a chunk at a time, testing each one's title vector, until no
candidate not yet walked could overtake the page even with both title tiers. A query
whose walk finds no such end within ``WALK_LIMIT`` candidates reads the whole sets.
The text phrase (tier 6) is likewise checked a few hits at a time, until the page is
settled.
"""

import numpy as np

from django.db import connection, transaction

from search.models import SearchEntry
from search.sources import texts_with_phrase

from . import columns as entry_columns
from .base import FACETS, SearchBackend, SearchHits

ENTRY = SearchEntry._meta.db_table

# Tier weights: any stronger signal outweighs every weaker one together.
EXACT_NUMBER = 1024
NUMBER_CORE = 256
NUMBER_EXTRA_WORD = 32  # per other query word inside the document's number (at most 3)
NUMBER_TYPE_NAMED = 96  # the query's other words are the document's type
TITLE_EXACT = 64
TITLE_PHRASE = 16
TITLE_WORDS = 8
TEXT_PHRASE = 4
# Among equals, what still applies (in force, partly in force, not yet, or a page)
# comes before what no longer does.
CURRENT = 1
# How many of the first hits the full-text phrase check reorders, and how many texts
# it reads at a time.
RERANK_WINDOW = 50
PHRASE_BATCH = 10
# Title tiers: up to FEW_CANDIDATES candidates, the index's title sets are read whole;
# above, candidates are walked WALK_CHUNK at a time, at most WALK_LIMIT of them.
FEW_CANDIDATES = 3000
WALK_CHUNK = 250
WALK_LIMIT = 1500

# A hit's place in the order as one integer, so the best few of 100,000 are picked in
# one pass (``np.argpartition``): the score, then the day (0 for none: last), then the
# entry's position in the snapshot (which orders like its id). Scores stay below 2**12,
# days below 2**20 (the year 2870), positions below 2**31.
_DAY_BITS = 20
_POSITION_BITS = 31
_SCORE_SHIFT = _DAY_BITS + _POSITION_BITS
_POSITION_MASK = (1 << _POSITION_BITS) - 1
_NO_DAY_LAST = (1 << _DAY_BITS) - 1


def _keys(score, day, positions):
    return (score << _SCORE_SHIFT) | (day << _POSITION_BITS) | positions


def _best(keys, count):
    """Indexes of the ``count`` largest keys, largest first."""
    if count < len(keys):
        chosen = np.argpartition(-keys, count - 1)[:count]
    else:
        chosen = np.arange(len(keys))
    return chosen[np.argsort(-keys[chosen])]


class Sql:
    """SQL text and its parameters, built together so they cannot drift apart."""

    def __init__(self, text="", params=()):
        self.text = text
        self.params = list(params)

    def __add__(self, other):
        if isinstance(other, str):
            return Sql(self.text + other, self.params)
        return Sql(self.text + other.text, self.params + other.params)

    @classmethod
    def join(cls, parts, separator):
        parts = list(parts)
        return Sql(separator.join(p.text for p in parts), [x for p in parts for x in p.params])


def facet_counts(snapshot, positions, filters):
    """The total and each facet's counts under every filter but its own (so a visitor
    who picked one status still sees how many documents the other statuses hold), and
    the positions that pass every filter."""
    conditions = {}
    for name in ("kind", "doc_type", "issuer", "status"):
        value = getattr(filters, name)
        if value is not None:
            column = getattr(snapshot, name)
            conditions[name] = column.codes[positions] == column.code(value)
    if filters.field is not None:
        conditions["field"] = snapshot.with_field(filters.field)[positions]
    if filters.year_from is not None or filters.year_to is not None:
        years = snapshot.year_number[positions]
        inside = years > 0
        if filters.year_from is not None:
            inside &= years >= filters.year_from
        if filters.year_to is not None:
            inside &= years <= filters.year_to
        conditions["year"] = inside

    def passing(leave_out=None):
        mask = np.ones(len(positions), dtype=bool)
        for name, condition in conditions.items():
            if name != leave_out:
                mask &= condition
        return mask

    facets = {}
    for name in FACETS:
        keep = passing(leave_out=name)
        if name == "field":
            facets[name] = snapshot.field_counts(positions[keep])
        else:
            column = getattr(snapshot, name)
            facets[name] = column.counts(column.codes[positions[keep]])
    chosen = positions[passing()]
    return facets, chosen


class DatabaseBackend(SearchBackend):
    """The shared part; subclasses say how their full-text index is written and read."""

    # Whether testing a few candidates' title side (``title_flags``) is cheaper than
    # reading the whole title sets, so that broad queries walk their best candidates.
    walks_title_tiers = True

    # -- what subclasses provide -------------------------------------------------------

    def match_ids(self, cursor, query):
        """Ids (an int64 array) of the entries holding every word of the query (title
        side or full text), or whose number has the query's number core."""
        raise NotImplementedError

    def title_ids(self, cursor, query, phrase):
        """Ids of the entries whose title side holds every word (``phrase``: side by side)."""
        raise NotImplementedError

    def title_flags(self, cursor, query, ids):
        """For each of ``ids``: (title side holds every word, holds them as a phrase),
        as two boolean arrays in the order of ``ids``."""
        raise NotImplementedError

    def title_prefix(self, query):
        """SQL condition on ``e``: the title side holds the words, the last as a prefix."""
        raise NotImplementedError

    def prepare_search(self, cursor):
        """Called on the search's cursor before its statements run."""

    def finish_bulk_write(self):
        """Called once after a large write (an import, a rebuild)."""

    # -- queries ----------------------------------------------------------------------

    def search(self, request):
        from search.query import parse

        query = parse(request.query)
        ranked = request.sort == "relevance" and not query.is_empty
        page_end = request.offset + request.limit
        rerank = ranked and bool(query.text_phrase) and request.offset < RERANK_WINDOW
        # Re-ranking needs the whole window; otherwise only the page asked for.
        wanted = max(RERANK_WINDOW, page_end) if rerank else page_end
        with transaction.atomic(), connection.cursor() as cursor:
            self.prepare_search(cursor)
            snapshot, positions = self._matched(cursor, query, request.filters)
            facets, chosen = facet_counts(snapshot, positions, request.filters)
            hits = []
            if len(chosen) > request.offset:
                if ranked:
                    hits = self._ranked(cursor, snapshot, chosen, query, wanted)
                else:
                    hits = self._by_date(snapshot, chosen, request.sort, wanted)
        if rerank:
            window = hits[:RERANK_WINDOW]
            hits = (
                _with_text_phrases_first(window, query.text_phrase, page_end) + hits[len(window) :]
            )
        hits = hits[request.offset : request.offset + request.limit]
        return SearchHits(ids=[entry_id for entry_id, _ in hits], count=len(chosen), facets=facets)

    def _matched(self, cursor, query, filters):
        """The snapshot, and the positions in it of the entries that answer the query
        (before the facet filters)."""
        snapshot = entry_columns.current()
        if query.is_empty:
            positions = np.arange(len(snapshot), dtype=np.int64)
        else:
            ids = self.match_ids(cursor, query)
            positions, complete = snapshot.positions(ids)
            if not complete:
                # Entries written since the snapshot was read: read it again.
                snapshot = entry_columns.reload()
                positions, _ = snapshot.positions(ids)
        if filters.language:
            codes = snapshot.language.codes[positions]
            language = snapshot.language.code(filters.language)
            positions = positions[(codes == 0) | (codes == language)]
        if filters.unit is not None:
            codes = snapshot.unit.codes[positions]
            positions = positions[codes == snapshot.unit.code(filters.unit)]
        return snapshot, positions

    def _by_date(self, snapshot, positions, sort, wanted):
        days = snapshot.day[positions]
        if sort == "oldest":
            keys = -_keys(0, np.where(days > 0, days, _NO_DAY_LAST), positions)
        else:
            keys = _keys(0, days, positions)
        best = positions[_best(keys, wanted)]
        return [(int(entry_id), 0) for entry_id in snapshot.ids[best]]

    def _ranked(self, cursor, snapshot, positions, query, wanted):
        """The ``wanted`` best hits as (entry id, score)."""
        lookups = np.zeros(len(snapshot), dtype=np.int64)
        weights = self._lookup_tiers(cursor, query)
        found, inside = snapshot.locate(np.array(list(weights), dtype=np.int64))
        lookups[found[inside]] = np.array(list(weights.values()), dtype=np.int64)[inside]
        score = lookups[positions] + snapshot.current[positions] * CURRENT
        keys = _keys(score, snapshot.day[positions], positions)
        if query.words:
            keys = self._with_title_tiers(cursor, snapshot, positions, keys, query, wanted)
        best = _best(keys, wanted)
        return [
            (int(snapshot.ids[key & _POSITION_MASK]), int(key >> _SCORE_SHIFT))
            for key in keys[best]
        ]

    def _lookup_tiers(self, cursor, query):
        """{entry id: weight} of tiers 1-3 (see the module), from a few indexed rows."""
        weights = {}
        number = query.number
        if number:
            cursor.execute(
                f"SELECT id, number_key, full_title_key FROM {ENTRY} WHERE number_core = %s",
                [number.core],
            )
            type_named = " ".join(number.extra) + " "
            for entry_id, key, full_title in cursor.fetchall():
                weight = NUMBER_CORE + (EXACT_NUMBER if key == number.key else 0)
                # "nđ 52/2015" names the type by its abbreviation inside the number...
                weight += NUMBER_EXTRA_WORD * sum(
                    f"-{word}-" in f"-{key}-" for word in number.extra[:3]
                )
                # ... "nghi dinh 52/2015" in words: the type the title is read with.
                if number.extra and full_title.startswith(type_named):
                    weight += NUMBER_TYPE_NAMED
                weights[entry_id] = weight
        if query.words:
            typed = " ".join(query.words)
            cursor.execute(
                f"SELECT id FROM {ENTRY} WHERE title_key = %s OR full_title_key = %s",
                [typed, typed],
            )
            for (entry_id,) in cursor.fetchall():
                weights[entry_id] = weights.get(entry_id, 0) + TITLE_EXACT
        return weights

    def _with_title_tiers(self, cursor, snapshot, positions, keys, query, wanted):
        """``keys`` with the title tiers added: every candidate's, or only those of the
        candidates found to hold the first ``wanted`` (walked, or holding the phrase)."""
        # (The walk only starts where it cannot run out of candidates before its limit.)
        if self.walks_title_tiers and len(keys) > FEW_CANDIDATES and wanted <= WALK_LIMIT // 2:
            walked = self._walk_title_tiers(cursor, snapshot, positions, keys, query, wanted)
            if walked is not None:
                return walked
        bonus = np.zeros(len(snapshot), dtype=np.int64)
        if query.is_phrase:
            # The phrase set is the smaller one. Its members hold the words too; if the
            # best of them outrank every other candidate even with the words tier, the
            # words set is not needed.
            found, _ = snapshot.positions(self.title_ids(cursor, query, True))
            bonus[found] = TITLE_PHRASE
            holds = bonus[positions] > 0
            best = keys[holds] + ((TITLE_PHRASE + TITLE_WORDS) << _SCORE_SHIFT)
            others = keys[~holds]
            if len(best) >= wanted and (
                not len(others)
                or np.partition(best, len(best) - wanted)[len(best) - wanted]
                > others.max() + (TITLE_WORDS << _SCORE_SHIFT)
            ):
                return best
        found, _ = snapshot.positions(self.title_ids(cursor, query, False))
        bonus[found] += TITLE_WORDS
        return keys + (bonus[positions] << _SCORE_SHIFT)

    def _walk_title_tiers(self, cursor, snapshot, positions, keys, query, wanted):
        """Keys of the walked candidates with their title tiers (see the module), or
        None when the walk ends before the page is settled."""
        most = (TITLE_WORDS + (TITLE_PHRASE if query.is_phrase else 0)) << _SCORE_SHIFT
        order = _best(keys, min(WALK_LIMIT, len(keys)))
        walked = []
        for start in range(0, len(order), WALK_CHUNK):
            part = order[start : start + WALK_CHUNK]
            words, phrase = self.title_flags(cursor, query, snapshot.ids[positions[part]])
            bonus = words * TITLE_WORDS + (phrase * TITLE_PHRASE if query.is_phrase else 0)
            walked.append(keys[part] + (bonus.astype(np.int64) << _SCORE_SHIFT))
            done = np.concatenate(walked)
            if start == 0:
                # Too few candidates with both title tiers (with a margin of two) for
                # the walk to settle the page before its limit: do not go on with it.
                best = np.count_nonzero((bonus << _SCORE_SHIFT) == most)
                if best * len(order) < 2 * wanted * len(part):
                    return None
            if len(done) < wanted:
                continue
            # No candidate left can rank above the one after this chunk, even with both
            # title tiers (candidates beyond the walk rank below its last one).
            following = order[min(start + WALK_CHUNK, len(order) - 1)]
            if np.partition(done, len(done) - wanted)[len(done) - wanted] > keys[following] + most:
                return done
        return None

    def suggest(self, query, limit, language=None):
        from search.query import parse

        parsed = parse(query)
        if not parsed.words:
            return []
        candidates = [self.title_prefix(parsed)]
        first = Sql()
        if parsed.number:
            # A number being typed ("52/20") is a prefix of the numbers it may become.
            prefix = parsed.number.key + "%"
            candidates.append(Sql("e.number_key LIKE %s", [prefix]))
            first = Sql("CASE WHEN e.number_key LIKE %s THEN 0 ELSE 1 END, ", [prefix])
        sql = Sql(f"SELECT e.id FROM {ENTRY} e WHERE (") + Sql.join(candidates, " OR ") + ")"
        if language:
            sql = sql + Sql(" AND e.language IN ('', %s)", [language])
        # Titles that begin with what was typed come before titles that merely hold it.
        typed = " ".join(parsed.words) + "%"
        begins = Sql(
            "CASE WHEN e.title_key LIKE %s OR e.full_title_key LIKE %s THEN 0 ELSE 1 END, ",
            [typed, typed],
        )
        sql = (
            sql
            + " ORDER BY "
            + first
            + begins
            + Sql("e.date DESC NULLS LAST, e.id DESC LIMIT %s", [limit])
        )
        with connection.cursor() as cursor:
            cursor.execute(sql.text, sql.params)
            return [row[0] for row in cursor.fetchall()]


def _with_text_phrases_first(hits, words, wanted):
    """The first ``wanted`` of ``hits`` (entry id, score), reordered so that among hits
    of the same tiers those holding the words as a phrase in their text come first.

    Texts are read a few hits at a time, in order: within a run of equal tiers, once
    enough hits with the phrase are found, the rest of the run cannot come before them.
    """
    ordered, start = [], 0
    while start < len(hits) and len(ordered) < wanted:
        # A run: the same tiers above the text phrase (scores differ only by CURRENT).
        tier = hits[start][1] // (2 * TEXT_PHRASE)
        end = start
        while end < len(hits) and hits[end][1] // (2 * TEXT_PHRASE) == tier:
            end += 1
        with_phrase, without = [], []
        for batch_start in range(start, end, PHRASE_BATCH):
            batch = hits[batch_start : min(batch_start + PHRASE_BATCH, end)]
            found = texts_with_phrase([entry_id for entry_id, _ in batch], words)
            for hit in batch:
                (with_phrase if hit[0] in found else without).append(
                    (hit[0], hit[1] + TEXT_PHRASE) if hit[0] in found else hit
                )
            if len(ordered) + len(with_phrase) >= wanted:
                break
        else:
            with_phrase.extend(without)
        ordered.extend(with_phrase)
        start = end
    return ordered[:wanted]
