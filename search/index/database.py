"""Search on the database itself (PostgreSQL or SQLite): what both share.

Each backend supplies the full-text pieces as subqueries returning entry ids (which
entries hold every word; which hold the words as a phrase in the title, and so on); the
filtering, facet counting and ordering around them are plain SQL over ``SearchEntry``,
written once here.

Ranking is by tiers, each decided by an index lookup rather than by scoring every
match (scoring every match is what makes stock database search take seconds on common
words at 100k documents):

1. the exact document number typed (``52/2015/NĐ-CP`` in any spelling);
2. the number's core (``52/2015``), higher still when the number also holds the
   query's other words (``nđ 52/2015``);
3. a title equal to the query, with or without its type ("luat dat dai", "dat dai");
4. the words as a phrase on the title side (type, title, number, issuer, summary);
5. all the words on the title side;
6. the words as a phrase in the full text: looked for in the text itself, for the
   first ``RERANK_WINDOW`` hits of the tiers above, which it reorders (storing word
   positions or word pairs of every document would double the index and its build
   time; a phrase in the 500th hit's text is not looked for);
7. all the words anywhere.

Within a tier, what still applies (not repealed, expired or suspended) comes first,
then the newer.
"""

from django.db import connection, transaction

from search.models import SearchEntry, SearchEntryField
from search.sources import texts_with_phrase

from .base import FACETS, SearchBackend, SearchHits

ENTRY = SearchEntry._meta.db_table
ENTRY_FIELD = SearchEntryField._meta.db_table

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
NO_LONGER_APPLIES = ("het_hieu_luc_toan_bo", "ngung_hieu_luc", "khong_con_phu_hop")
# How many of the first hits the full-text phrase check reorders.
RERANK_WINDOW = 200

FACET_COLUMNS = {
    "kind": "kind",
    "doc_type": "doc_type_id",
    "issuer": "issuer_id",
    "status": "status",
    "year": "year",
}


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


class DatabaseBackend(SearchBackend):
    """The shared part; subclasses say how their full-text index is written and read.

    One statement answers a search: a CTE holds the matching entries (with their tier
    when ranking), and the facet counts, the total and the page of hits are all read
    from it, so the full-text index is consulted once.
    """

    # PostgreSQL counts every facet in one pass (GROUPING SETS); SQLite cannot.
    grouping_sets = False

    # -- what subclasses provide: SQL conditions on the entry aliased ``e`` ------------

    def text_match(self, query):
        """The entry holds every word of the query (title side or full text)."""
        raise NotImplementedError

    def title_phrase(self, query):
        raise NotImplementedError

    def title_words(self, query):
        raise NotImplementedError

    def title_prefix(self, query):
        """The title side holds the words, the last one as a prefix."""
        raise NotImplementedError

    def finish_bulk_write(self):
        """Called once after a large write (an import, a rebuild)."""

    # Extra columns the matched CTE carries for this backend.
    matched_columns = ""

    def has_field(self, field_id):
        """Condition on ``m``: the entry is in this legal field."""
        return Sql(f"m.id IN (SELECT entry_id FROM {ENTRY_FIELD} WHERE field_id = %s)", [field_id])

    def field_counts(self):
        """SELECT of (field id, count) rows over ``matched m``; the caller adds WHERE."""
        return (
            Sql(
                "SELECT 'facet', 'field', CAST(f.field_id AS TEXT), COUNT(*), CAST(NULL AS INTEGER)"
            )
            + f" FROM matched m JOIN {ENTRY_FIELD} f ON f.entry_id = m.id",
            " GROUP BY f.field_id",
        )

    def prepare_search(self, cursor):
        """Called on the search's cursor before its statement runs."""

    # -- queries ----------------------------------------------------------------------

    def search(self, request):
        from search.query import parse

        query = parse(request.query)
        ranked = request.sort == "relevance" and not query.is_empty
        rerank = ranked and query.is_phrase and request.offset < RERANK_WINDOW
        # Re-ranking needs the whole window; otherwise only the page asked for.
        limit, offset = (RERANK_WINDOW, 0) if rerank else (request.limit, request.offset)
        conditions = self._facet_conditions(request.filters)
        # Two statements: the counts read every match once (PostgreSQL counts all
        # facets in one pass); the page of hits ranks them and keeps the best few,
        # without storing the matches in between.
        facets_sql = self._matched(query, request.filters, ranked=False, materialized=True) + (
            self._facets(conditions)
        )
        hits_sql = (
            self._matched(query, request.filters, ranked, materialized=False)
            + " "
            + self._hits(conditions, request.sort, ranked, limit, offset)
        )
        facets = {name: {} for name in FACETS}
        count = 0
        with transaction.atomic(), connection.cursor() as cursor:
            self.prepare_search(cursor)
            cursor.execute(facets_sql.text, facets_sql.params)
            for _, name, value, number, _ in cursor.fetchall():
                if name == "total":
                    count = number
                elif value is not None and number:
                    # Values come back as text (one column for every facet): ids and
                    # years are numbers again.
                    facets[name][value if name in ("kind", "status") else int(value)] = number
            hits = []
            if count > offset:
                cursor.execute(hits_sql.text, hits_sql.params)
                hits = [tuple(row) for row in cursor.fetchall()]
        if rerank:
            with_phrase = texts_with_phrase([entry_id for entry_id, _ in hits], query.words)
            # A stable sort keeps the order among equals.
            hits.sort(key=lambda hit: -(hit[1] + (TEXT_PHRASE if hit[0] in with_phrase else 0)))
            hits = hits[request.offset : request.offset + request.limit]
        return SearchHits(ids=[entry_id for entry_id, _ in hits], count=count, facets=facets)

    def _matched(self, query, filters, ranked, materialized):
        """The entries that answer the query, before the facet filters, as a CTE."""
        where = []
        if not query.is_empty:
            candidates = [self.text_match(query)] if query.words else []
            if query.number:
                candidates.append(Sql("e.number_core = %s", [query.number.core]))
            where.append(Sql("(") + Sql.join(candidates, " OR ") + ")")
        if filters.language:
            where.append(Sql("e.language IN ('', %s)", [filters.language]))
        if filters.unit is not None:
            where.append(Sql("e.unit_id = %s", [filters.unit]))
        score = self._rank(query) if ranked else Sql("0")
        sql = (
            Sql("SELECT e.id, e.kind, e.doc_type_id, e.issuer_id, e.status, e.year, e.date, ")
            + self.matched_columns
            + score
            + f" AS score FROM {ENTRY} e"
        )
        if where:
            sql = sql + " WHERE " + Sql.join(where, " AND ")
        return Sql(f"WITH matched AS {'MATERIALIZED ' if materialized else ''}(") + sql + ") "

    def _facet_conditions(self, filters):
        """Facet name -> condition on ``m`` (the year range counts as the year facet's)."""
        conditions = {}
        for name in ("kind", "doc_type", "issuer", "status"):
            value = getattr(filters, name)
            if value is not None:
                conditions[name] = Sql(f"m.{FACET_COLUMNS[name]} = %s", [value])
        if filters.field is not None:
            conditions["field"] = self.has_field(filters.field)
        years = []
        if filters.year_from is not None:
            years.append(Sql("m.year >= %s", [filters.year_from]))
        if filters.year_to is not None:
            years.append(Sql("m.year <= %s", [filters.year_to]))
        if years:
            conditions["year"] = Sql.join(years, " AND ")
        return conditions

    @staticmethod
    def _all_but(conditions, leave_out=None):
        chosen = [sql for name, sql in conditions.items() if name != leave_out]
        return Sql.join(chosen, " AND ") if chosen else None

    @classmethod
    def _where(cls, conditions, leave_out=None, extra=None):
        chosen = [sql for name, sql in conditions.items() if name != leave_out]
        if extra is not None:
            chosen.append(extra)
        return Sql(" WHERE ") + Sql.join(chosen, " AND ") if chosen else Sql()

    def _hits(self, conditions, sort, ranked, limit, offset):
        order = "m.date DESC NULLS LAST, m.id DESC"
        if sort == "oldest":
            order = "m.date ASC NULLS LAST, m.id ASC"
        return (
            Sql("SELECT m.id, m.score FROM matched m")
            + self._where(conditions)
            + " ORDER BY "
            + ("m.score DESC, " if ranked else "")
            + order
            + Sql(" LIMIT %s OFFSET %s", [limit, offset])
        )

    def _facets(self, conditions):
        """Rows (tag, facet, value, count, NULL): the total under every filter, and each
        facet's counts under every filter but its own (so a visitor who picked one
        status still sees how many documents the other statuses hold)."""
        select, group = self.field_counts()
        fields = select + self._where(conditions, leave_out="field") + group
        if self.grouping_sets:
            return self._facets_in_one_pass(conditions) + " UNION ALL " + fields
        parts = [
            Sql("SELECT 'facet', 'total', NULL, COUNT(*), CAST(NULL AS INTEGER) FROM matched m")
        ]
        parts[0] = parts[0] + self._where(conditions)
        for name, column in FACET_COLUMNS.items():
            present = Sql(
                f"m.{column} <> ''" if column in ("kind", "status") else f"m.{column} IS NOT NULL"
            )
            parts.append(
                Sql(f"SELECT 'facet', '{name}', CAST(m.{column} AS TEXT), COUNT(*), ")
                + "CAST(NULL AS INTEGER) FROM matched m"
                + self._where(conditions, leave_out=name, extra=present)
                + f" GROUP BY m.{column}"
            )
        parts.append(fields)
        return Sql.join(parts, " UNION ALL ")

    def _facets_in_one_pass(self, conditions):
        columns = list(FACET_COLUMNS.values())
        grouping = f"GROUPING({', '.join(f'm.{c}' for c in columns)})"
        # GROUPING() sets a bit for each column a row is NOT grouped by.
        everything = (1 << len(columns)) - 1
        counts, names, values = [], [], []
        for position, (name, column) in enumerate(FACET_COLUMNS.items()):
            mask = everything ^ (1 << (len(columns) - 1 - position))
            condition = self._all_but(conditions, leave_out=name)
            count = (
                Sql("COUNT(*)")
                if condition is None
                else Sql("COUNT(*) FILTER (WHERE ") + condition + ")"
            )
            counts.append(Sql(f"WHEN {mask} THEN ") + count)
            names.append(f"WHEN {mask} THEN '{name}'")
            values.append(f"WHEN {mask} THEN CAST(m.{column} AS TEXT)")
        condition = self._all_but(conditions)
        total = (
            Sql("COUNT(*)")
            if condition is None
            else Sql("COUNT(*) FILTER (WHERE ") + condition + ")"
        )
        counts.append(Sql(f"WHEN {everything} THEN ") + total)
        names.append(f"WHEN {everything} THEN 'total'")
        sets = ", ".join(f"(m.{column})" for column in columns)
        return (
            Sql(f"SELECT 'facet', CASE {grouping} {' '.join(names)} END, ")
            + f"CASE {grouping} {' '.join(values)} END, CASE {grouping} "
            + Sql.join(counts, " ")
            + f" END, CAST(NULL AS INTEGER) FROM matched m GROUP BY GROUPING SETS ((), {sets})"
        )

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

    def _rank(self, query):
        """The tier of an entry ``e`` as an SQL expression (see the module)."""
        terms = []
        if query.number:
            number = query.number
            terms.append(
                Sql(f"CASE WHEN e.number_key = %s THEN {EXACT_NUMBER} ELSE 0 END", [number.key])
            )
            terms.append(
                Sql(f"CASE WHEN e.number_core = %s THEN {NUMBER_CORE} ELSE 0 END", [number.core])
            )
            for word in number.extra[:3]:
                # "nđ 52/2015" names the type by its abbreviation inside the number.
                terms.append(
                    Sql(
                        "CASE WHEN e.number_core = %s AND ('-' || e.number_key || '-') LIKE %s "
                        f"THEN {NUMBER_EXTRA_WORD} ELSE 0 END",
                        [number.core, f"%-{word}-%"],
                    )
                )
            if number.extra:
                # "nghi dinh 52/2015" names it in words: the type the title is read with.
                terms.append(
                    Sql(
                        "CASE WHEN e.number_core = %s AND e.full_title_key LIKE %s "
                        f"THEN {NUMBER_TYPE_NAMED} ELSE 0 END",
                        [number.core, " ".join(number.extra) + " %"],
                    )
                )
        if query.words:
            typed = " ".join(query.words)
            terms.append(
                Sql(
                    f"CASE WHEN e.title_key = %s OR e.full_title_key = %s THEN {TITLE_EXACT} "
                    "ELSE 0 END",
                    [typed, typed],
                )
            )
            if query.is_phrase:
                terms.append(
                    Sql("CASE WHEN ")
                    + self.title_phrase(query)
                    + f" THEN {TITLE_PHRASE} ELSE 0 END"
                )
            terms.append(
                Sql("CASE WHEN ") + self.title_words(query) + f" THEN {TITLE_WORDS} ELSE 0 END"
            )
        statuses = ", ".join(f"'{status}'" for status in NO_LONGER_APPLIES)
        terms.append(Sql(f"CASE WHEN e.status IN ({statuses}) THEN 0 ELSE {CURRENT} END"))
        return Sql.join(terms, " + ")
