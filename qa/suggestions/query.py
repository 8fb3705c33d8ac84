"""Suggestions while a citizen types a question: published answers, and articles of the
bookshelf's documents, that share its words, the rarest and the most first.

**Scoring.** The question's words and pairs of adjacent words (its filler dropped,
``words``) are its units. A unit an entry holds counts its rarity among entries of that
kind (``terms.rarity``) times the weight of the field it is held in: a word of an
answer's question counts three times a word met only in its answer. An entry scores
the sum over its units. An article counts each unit at the better of its label and
its document's title (the title at ``TITLE_SHARE``), and must hold one in its label: it
is suggested for what it is about, not for its document's name. Entries that hold less
than ``MIN_SHARE`` of what the question's units could score are not suggested. Among
equals, what still applies and the newer come first; an entry in the legal field the
citizen chose counts ``FIELD_BOOST`` times.

**Candidates.** A common word ("quy định") is held by most entries; reading them all
would cost hundreds of milliseconds. Candidates are found by the question's rarest
terms only, as many as ``POSTINGS_BUDGET`` postings allow, best first by those terms;
each candidate is then scored on all its terms from its own row (``packing``). An
entry holding none of the rarer terms can only be missed if the common words alone
would rank it higher, which they rarely do since they count so little.

**While typing.** When the text stops inside a word, that word may still grow: after
another word, their pair also stands for the most frequent pairs of the index it
begins ("ly h" → "ly hôn"); alone, the word for the most frequent words it begins.

**Two statements.** One reads the question's terms (and what the word being typed may
become), the other the candidates with what a suggestion shows of them (the page's
title and address, the document's title, number and address), published ones only.
"""

from collections import Counter
from dataclasses import dataclass, replace

import numpy as np

from django.db import connection

from wagtail.models import Page, PageViewRestriction

from bookshelf.models import BookshelfPage, LegalDocument
from core import content_version
from home.models import LegalField
from qa.models import QuestionAnswerPage, SuggestionEntry, SuggestionPosting, SuggestionTerm

from . import terms as names
from .articles import heading, shorten
from .packing import unpack_many
from .words import (
    content_words,
    distinct,
    ends_inside_word,
    folded_words,
    legal_wordings,
    pairs,
)
from .writing import ENTRY_COLUMNS

Kind = names.Kind
ENTRY = SuggestionEntry._meta.db_table
TERM = SuggestionTerm._meta.db_table
POSTING = SuggestionPosting._meta.db_table

# A pasted page of text is read for its first words only.
MAX_WORDS = 24
# What a word being typed may become.
COMPLETIONS = 6
# Postings read to find candidates (see the module).
POSTINGS_BUDGET = 6_000
ANSWER_CANDIDATES = 100
ARTICLE_CANDIDATES = 200
DOCUMENT_CANDIDATES = 40
TITLE_SHARE = 0.5
MIN_SHARE = 0.25
FIELD_BOOST = 1.5
# A document's articles are suggested at most this many at a time.
ARTICLES_PER_DOCUMENT = 2
MAX_LIMIT = 20


@dataclass(frozen=True)
class Unit:
    # The folded word, or pair ("ly hon").
    text: str
    pair: bool
    # What is being typed: the unit also stands for the terms beginning with this.
    prefix: str | None = None
    # Everyday words the law words otherwise ("sổ đỏ"): the law's wording stands in for
    # them in what the question could score, while they still count where held.
    replaced: bool = False


@dataclass
class AnswerSuggestion:
    page_id: int
    title: str
    url: str | None
    snippet: str
    score: float


@dataclass
class ArticleSuggestion:
    document_id: int
    anchor: str
    title: str
    label: str
    document_title: str
    document_number: str
    url: str | None
    snippet: str
    score: float


@dataclass
class SimilarAnswer:
    page_id: int
    title: str
    url: str | None
    # 1 when the two questions hold the same words and pairs, 0 when they share none.
    similarity: float


@dataclass
class Suggestions:
    answers: list
    articles: list


class UnknownField(ValueError):
    """The legal field asked for does not exist."""


def suggest(text, language="vi", field=None, limit=5, request=None):
    """Published answers and articles for ``text`` (a question as typed), best first.

    ``language``: answers in this language only (None: any); ``field``: the slug of a
    legal field whose answers and documents count more (``UnknownField`` if there is
    none); URLs are absolute, for other sites and apps."""
    limit = max(1, min(limit, MAX_LIMIT))
    field_id = _field_id(field)
    units = _units(text)
    if not units:
        return Suggestions([], [])
    rows, completed = _terms(units)
    answers = _Side(Kind.ANSWER, units, rows, completed)
    labels = _Side(Kind.ARTICLE, units, rows, completed)
    titles = _Side(Kind.DOCUMENT, units, rows, completed)
    found = _candidates(answers, labels, titles)
    ranked_answers = _ranked_answers(answers, found[Kind.ANSWER], language, field_id)
    ranked_articles = _ranked_articles(
        labels, titles, found[Kind.ARTICLE], found[Kind.DOCUMENT], field_id, limit
    )
    return Suggestions(
        answers=[_answer(row, score, request) for row, score in ranked_answers[:limit]],
        articles=[_article(row, parent, score, request) for row, parent, score in ranked_articles],
    )


def similar_answers(text, language="vi", limit=5, request=None):
    """Published answers whose question resembles ``text``, most similar first, each
    with a similarity from 0 to 1 (the share of the two questions' weighted words and
    pairs they have in common) for the caller to hold against a threshold."""
    units = _units(text, typing=False)
    if not units:
        return []
    side = _Side(Kind.ANSWER, units, *_terms(units))
    entries = _public_answers(_candidates(side)[Kind.ANSWER], language)
    if not entries:
        return []
    shared = side.shares([row[COLUMN["terms"]] for row in entries], weight=names.QUESTION)
    weights = np.array([row[COLUMN["question_weight"]] for row in entries])
    asked = _possible(side.best, side.absent, side.rarest)
    similarity = 2 * shared.sum(axis=1) / np.maximum(asked + weights, 1e-9)
    found = []
    for position in np.argsort(-similarity, kind="stable")[:limit]:
        if similarity[position] <= 0:
            break
        row = entries[position]
        found.append(
            SimilarAnswer(
                page_id=row[COLUMN["object_id"]],
                title=row[COLUMN["title"]],
                url=_page(row).get_full_url(request),
                similarity=round(min(float(similarity[position]), 1.0), 4),
            )
        )
    return found


def _field_id(slug):
    if not slug:
        return None
    found = LegalField.objects.filter(slug=slug).values_list("pk", flat=True).first()
    if found is None:
        raise UnknownField(slug)
    return found


# -- the question ------------------------------------------------------------------


def _units(text, typing=True):
    """The units of ``text``, and of how the law words its everyday words; when it
    stops inside a word (and ``typing``), the unit being typed (see the module)."""
    words, count = [], 0
    for word in content_words(text):
        count += word is not None
        if count > MAX_WORDS:
            break
        words.append(word)
    typed, previous = None, None
    if typing and ends_inside_word(text) and words and words[-1] == folded_words(text)[-1]:
        typed = words[-1]
        previous = words[-2] if len(words) > 1 else None
    units = []
    for word in distinct(words):
        alone = typed is not None and previous is None and word == typed and len(word) > 1
        units.append(Unit(word, False, prefix=word if alone else None))
    for pair in dict.fromkeys(pairs(words)):
        grows = previous is not None and pair == f"{previous} {typed}"
        units.append(Unit(pair, True, prefix=pair if grows else None))
    if typing:
        units = _legal_wording_units(text, units)
    return units


def _legal_wording_units(text, units):
    """``units``, the words of an everyday phrase ("sổ đỏ") marked as replaced by how
    the law words it, and that wording's units."""
    replaced, wording = set(), {}
    for phrase, legal in legal_wordings(text):
        said = phrase.split()
        replaced.update((word, False) for word in said)
        replaced.update((pair, True) for pair in pairs(said))
        words = content_words(legal)
        wording.update({(word, False): None for word in distinct(words)})
        wording.update({(pair, True): None for pair in pairs(words)})
    if not wording:
        return units
    own = {(unit.text, unit.pair) for unit in units}
    marked = [
        replace(unit, replaced=True)
        if (unit.text, unit.pair) in replaced and (unit.text, unit.pair) not in wording
        else unit
        for unit in units
    ]
    return marked + [Unit(term, pair) for term, pair in wording if (term, pair) not in own]


def _in(sql, values):
    """``sql`` (ending with a column) and its parameters, testing that the column is one of
    ``values``: one array parameter on PostgreSQL, which spares the driver from reading a
    statement with hundreds of placeholders."""
    values = list(values)
    if connection.vendor == "postgresql":
        return f"{sql} = ANY(%s)", [values]
    return f"{sql} IN ({', '.join(['%s'] * len(values))})", values


def _terms(units):
    """({term text: (id, entries, postings kept)}, {namespace: [completion, …]}): the
    rows of every unit's term in every namespace, the counts of entries, and the most
    held terms beginning with what is being typed, in one statement."""
    texts = [names.count_term(kind) for kind in names.NAMESPACES]
    growing = []
    for word_space, pair_space in names.NAMESPACES.values():
        for unit in units:
            space = pair_space if unit.pair else word_space
            texts.append(names.term(space, unit.text))
            if unit.prefix:
                growing.append(names.term(space, unit.prefix))
    columns = "text, id, entries, postings_kept"
    sql, params = _in(f"SELECT {columns} FROM {TERM} WHERE text", texts)
    parts = [sql]
    for number, beginning in enumerate(growing):
        if connection.vendor == "postgresql":
            match, pattern = "text LIKE %s", f"{beginning}%"
        else:
            match, pattern = "text GLOB %s", f"{beginning}*"
        parts.append(
            f"SELECT * FROM (SELECT {columns} FROM {TERM} WHERE {match} AND entries > 0 "
            f"ORDER BY entries DESC LIMIT %s) AS grown{number}"
        )
        params += [pattern, COMPLETIONS]
    rows, completed = {}, {}
    with connection.cursor() as cursor:
        cursor.execute(" UNION ALL ".join(parts), params)
        for text, term_id, held, kept in cursor.fetchall():
            if text in rows:
                continue
            rows[text] = (term_id, held, bool(kept))
            if any(text.startswith(beginning) for beginning in growing):
                space, term = text.split(":", 1)
                completed.setdefault(space, []).append((held, term))
    completed = {
        space: [term for _, term in sorted(found, reverse=True)][:COMPLETIONS]
        for space, found in completed.items()
    }
    return rows, completed


class _Side:
    """The question's units as the terms of one kind of entry."""

    def __init__(self, kind, units, rows, completed):
        word_space, pair_space = names.NAMESPACES[kind]
        total = rows.get(names.count_term(kind), (0, 0))[1]
        found = {}
        for position, unit in enumerate(units):
            space = pair_space if unit.pair else word_space
            texts = [unit.text]
            if unit.prefix:
                texts += [term for term in completed.get(space, ()) if term.startswith(unit.prefix)]
            for text in texts:
                term_id, held, kept = rows.get(names.term(space, text), (None, 0, False))
                if held > 0 and term_id not in found:
                    found[term_id] = (position, names.rarity(held, total), held, kept)
        ids = sorted(found)
        self.ids = np.array(ids, dtype=np.int64)
        self.unit = np.array([found[i][0] for i in ids], dtype=np.int64)
        self.rarity = np.array([found[i][1] for i in ids], dtype=np.float64)
        self.held = np.array([found[i][2] for i in ids], dtype=np.int64)
        self.kept = np.array([found[i][3] for i in ids], dtype=bool)
        self.units = len(units)
        # What each unit counts at most: held in the strongest field (everyday words
        # the law words otherwise: nothing, their wording counts instead).
        self.best = np.zeros(len(units))
        np.maximum.at(self.best, self.unit, self.rarity)
        replaced = np.array([unit.replaced for unit in units], dtype=bool)
        self.best[replaced] = 0
        # Units no entry of this kind holds (the word being typed counts for what it may
        # become), and what such a unit counts: as rare as a term can be.
        growing = np.array([bool(unit.prefix) for unit in units], dtype=bool)
        self.absent = (self.best == 0) & ~replaced & ~growing
        self.rarest = names.rarity(1, max(total, 1))

    def __bool__(self):
        return bool(len(self.ids))

    def finding_terms(self):
        """(term id, rarity) of the rarest terms whose postings are kept, as many as
        ``POSTINGS_BUDGET`` postings allow, and at least one."""
        chosen, read = [], 0
        for index in np.argsort(self.held, kind="stable"):
            if not self.kept[index]:
                continue
            if chosen and read + self.held[index] > POSTINGS_BUDGET:
                break
            chosen.append((int(self.ids[index]), float(self.rarity[index])))
            read += self.held[index]
        return chosen

    def shares(self, blobs, weight=None):
        """[entry, unit]: what each entry (its packed terms in ``blobs``) counts for each
        unit; with ``weight``, only for terms held in fields of that weight, fully."""
        result = np.zeros((len(blobs), self.units))
        if not len(blobs) or not self:
            return result
        terms, owner = unpack_many(blobs)
        positions = np.minimum(np.searchsorted(self.ids, terms["term"]), len(self.ids) - 1)
        hit = self.ids[positions] == terms["term"]
        if weight is not None:
            hit &= terms["weight"] == weight
            counts = self.rarity[positions[hit]]
        else:
            counts = self.rarity[positions[hit]] * terms["weight"][hit] / names.FULL
        np.maximum.at(result, (owner[hit], self.unit[positions[hit]]), counts)
        return result


def _possible(best, absent, rarest):
    """What the question's units could score at most. A unit nothing holds counts as
    the rarest: a question whose telling words no entry holds is not answered by what
    it shares with everything else."""
    return float(best.sum() + absent.sum() * rarest)


# -- finding and ranking -------------------------------------------------------------

# What a suggestion shows, read with its entry: of an answer's page, of a document.
DETAIL_COLUMNS = ("title", "url_path", "path", "summary", "question_text", "slug", "number")
COLUMN = {name: position for position, name in enumerate((*ENTRY_COLUMNS, *DETAIL_COLUMNS))}


def _finding(side, limit):
    """SQL giving the ids of the ``limit`` entries holding the most of the side's rarest
    terms, and its parameters; None when no term can find any."""
    terms = side.finding_terms() if side else []
    if not terms:
        return None
    if len(terms) == 1:
        sql = f"SELECT entry_id FROM {POSTING} WHERE term_id = %s ORDER BY entry_id DESC LIMIT %s"
        return sql, [terms[0][0], limit]
    ids, rarities = [term_id for term_id, _ in terms], [rarity for _, rarity in terms]
    if connection.vendor == "postgresql":
        # Each term's rarity joined in as a float: summing a CASE of numeric literals
        # takes twice as long.
        sql = (
            f"SELECT p.entry_id FROM {POSTING} p "
            "JOIN unnest(%s::int[], %s::float8[]) AS q(term_id, rarity) "
            "ON p.term_id = q.term_id GROUP BY p.entry_id "
            "ORDER BY SUM(q.rarity) DESC, p.entry_id DESC LIMIT %s"
        )
        return sql, [ids, rarities, limit]
    marks = ", ".join(["%s"] * len(ids))
    cases = " ".join(["WHEN %s THEN %s"] * len(terms))
    sql = (
        f"SELECT entry_id FROM {POSTING} WHERE term_id IN ({marks}) GROUP BY entry_id "
        f"ORDER BY SUM(CASE term_id {cases} END) DESC, entry_id DESC LIMIT %s"
    )
    return sql, [*ids, *(value for term in terms for value in term), limit]


def _selecting(details):
    """The select list of one part of ``_candidates``: the entry's columns (``e``) and
    ``details`` (SQL for each of ``DETAIL_COLUMNS``, NULL by default)."""
    return ", ".join(
        [f"e.{column}" for column in ENTRY_COLUMNS]
        + [f"{details.get(column, 'NULL')} AS {column}" for column in DETAIL_COLUMNS]
    )


def _candidates(answers, labels=None, titles=None):
    """{kind: [row]}: the published answers found by their rare terms; articles found by
    their labels' rare terms, or as articles of the documents found by their titles'
    (only when some label holds a word of the question), with the entries of their
    documents where still published. Rows hold ``ENTRY_COLUMNS`` and
    ``DETAIL_COLUMNS``."""
    found = {Kind.ANSWER: [], Kind.ARTICLE: [], Kind.DOCUMENT: []}
    ctes, parts, params = [], [], []

    def cte(name, finding):
        if finding:
            ctes.append(f"{name} AS ({finding[0]})")
            params.extend(finding[1])
        return bool(finding)

    by_answer = cte("by_answer", _finding(answers, ANSWER_CANDIDATES))
    by_label = by_title = False
    if labels:
        by_label = cte("by_label", _finding(labels, ARTICLE_CANDIDATES))
        by_title = cte("by_title", _finding(titles, DOCUMENT_CANDIDATES))
    live = []
    if by_answer:
        page, answer = Page._meta.db_table, QuestionAnswerPage._meta.db_table
        page_link = QuestionAnswerPage._meta.pk.column
        details = {
            "title": "pg.title",
            "url_path": "pg.url_path",
            "path": "pg.path",
            "summary": "qa.summary",
            "question_text": "qa.question_text",
        }
        parts.append(
            f"SELECT {_selecting(details)} FROM {ENTRY} e "
            f"JOIN {page} pg ON pg.id = e.object_id AND pg.live = %s "
            f"JOIN {answer} qa ON qa.{page_link} = e.object_id "
            "WHERE e.id IN (SELECT entry_id FROM by_answer)"
        )
        live.append(True)
    if by_label or by_title:
        chosen = []
        if by_label:
            chosen.append(
                f"SELECT {_selecting({})} FROM {ENTRY} e "
                "WHERE e.id IN (SELECT entry_id FROM by_label)"
            )
        if by_title:
            chosen.append(
                f"SELECT {_selecting({})} FROM {ENTRY} e "
                "WHERE e.parent_id IN (SELECT entry_id FROM by_title)"
            )
        ctes.append(f"articles AS ({' UNION ALL '.join(chosen)})")
        parts.append("SELECT * FROM articles")
        details = {"title": "d.title", "slug": "d.slug", "number": "d.number"}
        parts.append(
            f"SELECT {_selecting(details)} FROM {ENTRY} e "
            f"JOIN {LegalDocument._meta.db_table} d ON d.id = e.object_id AND d.live = %s "
            "WHERE e.id IN (SELECT parent_id FROM articles)"
        )
        live.append(True)
    if not parts:
        return found
    with connection.cursor() as cursor:
        cursor.execute(f"WITH {', '.join(ctes)} {' UNION ALL '.join(parts)}", params + live)
        seen = set()
        for row in cursor.fetchall():
            if row[0] not in seen:
                seen.add(row[0])
                found[row[COLUMN["kind"]]].append(row)
    return found


def _in_field(row, field_id):
    return field_id is not None and f",{field_id}," in row[COLUMN["legal_fields"]]


def _order(scores, rows, current=None):
    """Positions by score, then what still applies, then the newer, then the last
    written (``current`` and the day are the documents' for articles)."""
    dated = current if current is not None else rows
    keys = [
        np.array([row[COLUMN["id"]] for row in rows], dtype=np.int64),
        np.array([row[COLUMN["day"]] for row in dated], dtype=np.int64),
        np.array([row[COLUMN["current"]] for row in dated], dtype=np.int64),
    ]
    return np.lexsort((*(-key for key in keys), -np.round(scores, 6)))


@content_version.per_version
def _restricted_paths():
    """Tree paths of the pages with a view restriction: below them nothing is public."""
    return tuple(PageViewRestriction.objects.values_list("page__path", flat=True))


def _public_answers(rows, language):
    """Those of ``rows`` (answers, published) in ``language`` and without a view
    restriction on them or above them."""
    restricted = _restricted_paths()
    return [
        row
        for row in rows
        if (language is None or row[COLUMN["language"]] in ("", language))
        and not (restricted and row[COLUMN["path"]].startswith(restricted))
    ]


def _ranked_answers(side, rows, language, field_id):
    """[(row, score)] of the answers worth suggesting, best first."""
    rows = _public_answers(rows, language)
    if not rows:
        return []
    scores = side.shares([row[COLUMN["terms"]] for row in rows]).sum(axis=1)
    enough = scores >= MIN_SHARE * _possible(side.best, side.absent, side.rarest)
    scores = scores * np.array([FIELD_BOOST if _in_field(row, field_id) else 1 for row in rows])
    return [(rows[i], float(scores[i])) for i in _order(scores, rows) if enough[i]]


def _ranked_articles(labels, titles, articles, documents, field_id, limit):
    """[(article row, document row, score)], best first, at most ``limit``."""
    parent_at = {row[COLUMN["id"]]: position for position, row in enumerate(documents)}
    articles = [row for row in articles if row[COLUMN["parent_id"]] in parent_at]
    if not articles:
        return []
    parents = [documents[parent_at[row[COLUMN["parent_id"]]]] for row in articles]
    label_shares = labels.shares([row[COLUMN["terms"]] for row in articles])
    title_shares = titles.shares([row[COLUMN["terms"]] for row in parents])
    scores = np.maximum(label_shares, title_shares * TITLE_SHARE).sum(axis=1)
    best = np.maximum(labels.best, titles.best * TITLE_SHARE)
    possible = _possible(best, labels.absent & titles.absent, labels.rarest)
    enough = (label_shares.sum(axis=1) > 0) & (scores >= MIN_SHARE * possible)
    scores = scores * np.array([FIELD_BOOST if _in_field(row, field_id) else 1 for row in parents])
    ranked, per_document = [], Counter()
    for i in _order(scores, articles, current=parents):
        document_id = articles[i][COLUMN["object_id"]]
        if not enough[i] or per_document[document_id] >= ARTICLES_PER_DOCUMENT:
            continue
        per_document[document_id] += 1
        ranked.append((articles[i], parents[i], float(scores[i])))
        if len(ranked) == limit:
            break
    return ranked


# -- what is shown -------------------------------------------------------------------


def _page(row):
    """An answer's page, as much of it as its address needs."""
    return QuestionAnswerPage(
        id=row[COLUMN["object_id"]], url_path=row[COLUMN["url_path"]], title=row[COLUMN["title"]]
    )


def _answer(row, score, request):
    return AnswerSuggestion(
        page_id=row[COLUMN["object_id"]],
        title=row[COLUMN["title"]],
        url=_page(row).get_full_url(request),
        snippet=shorten(row[COLUMN["summary"]] or row[COLUMN["question_text"]]),
        score=round(score, 4),
    )


def _article(row, document, score, request):
    label, anchor = row[COLUMN["label"]], row[COLUMN["anchor"]]
    url = BookshelfPage.document_url(
        LegalDocument(pk=document[COLUMN["object_id"]], slug=document[COLUMN["slug"]]),
        request=request,
        full=True,
    )
    return ArticleSuggestion(
        document_id=row[COLUMN["object_id"]],
        anchor=anchor,
        title=heading(label) or label,
        label=label,
        document_title=document[COLUMN["title"]],
        document_number=document[COLUMN["number"]],
        url=f"{url}#{anchor}" if url else None,
        snippet=row[COLUMN["snippet"]],
        score=round(score, 4),
    )
