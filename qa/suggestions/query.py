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

**While typing.** When the text stops inside a word, that word may still grow: it also
stands for the most frequent words (or, after another word, pairs: "ly h" → "ly hôn")
of the index that begin with it.
"""

from dataclasses import dataclass

import numpy as np

from django.db import connection

from bookshelf.models import BookshelfPage, LegalDocument
from home.models import LegalField

from . import terms as names
from .articles import heading, shorten, snippets
from .indexing import public_answers
from .packing import unpack_many
from .words import (
    content_words,
    distinct,
    ends_inside_word,
    folded_words,
    legal_wordings,
    pairs,
)

Kind = names.Kind
ENTRY = "qa_suggestionentry"
TERM = "qa_suggestionterm"
POSTING = "qa_suggestionposting"

# A pasted page of text is read for its first words only.
MAX_WORDS = 24
# What a word being typed may become.
COMPLETIONS = 6
# Postings read to find candidates (see the module).
POSTINGS_BUDGET = 20_000
ANSWER_CANDIDATES = 200
ARTICLE_CANDIDATES = 300
DOCUMENT_CANDIDATES = 60
TITLE_SHARE = 0.5
MIN_SHARE = 0.25
FIELD_BOOST = 1.5
# A document's articles are suggested at most this many at a time.
ARTICLES_PER_DOCUMENT = 2
MAX_LIMIT = 20


@dataclass(frozen=True)
class Unit:
    # The folded word or pair, then what a word being typed may become.
    texts: tuple
    pair: bool
    # From how the law words the question's everyday words ("sổ đỏ"): it may add to a
    # score, but what the question could score does not count it.
    extra: bool = False


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
    rows = _terms(units)
    with connection.cursor() as cursor:
        answers = _ranked_answers(cursor, units, rows, language, field_id, limit)
        articles = _ranked_articles(cursor, units, rows, field_id, limit)
    return Suggestions(
        answers=_dressed_answers(answers, limit, request),
        articles=_dressed_articles(articles, limit, request),
    )


def similar_answers(text, language="vi", limit=5, request=None):
    """Published answers whose question resembles ``text``, most similar first, each
    with a similarity from 0 to 1 (the share of the two questions' weighted words and
    pairs they have in common) for the caller to hold against a threshold."""
    units = _units(text, typing=False)
    if not units:
        return []
    rows = _terms(units)
    side = _Side(Kind.ANSWER, units, rows)
    if not side:
        return []
    with connection.cursor() as cursor:
        ids = _candidates(cursor, side, ANSWER_CANDIDATES)
        entries = _entries(cursor, ids, "object_id, language, question_weight, terms")
    entries = [row for row in entries if language is None or row[1] in ("", language)]
    if not entries:
        return []
    shared = side.shares([row[3] for row in entries], weight=names.QUESTION).sum(axis=1)
    asked = side.best.sum()
    similarity = 2 * shared / np.maximum(asked + np.array([row[2] for row in entries]), 1e-9)
    order = np.argsort(-similarity, kind="stable")
    found = [(entries[i][0], float(similarity[i])) for i in order if similarity[i] > 0]
    pages = {page.pk: page for page in public_answers().filter(pk__in=[pk for pk, _ in found])}
    return [
        SimilarAnswer(
            page_id=pk,
            title=pages[pk].title,
            url=pages[pk].get_full_url(request),
            similarity=round(min(value, 1.0), 4),
        )
        for pk, value in found
        if pk in pages
    ][:limit]


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
    stops inside a word (and ``typing``), that word and its pair with the word before
    also stand for what they may become."""
    words = content_words(text)
    kept, count = [], 0
    for word in words:
        count += word is not None
        if count > MAX_WORDS:
            break
        kept.append(word)
    words = kept
    partial, previous = None, None
    if typing and ends_inside_word(text):
        last = folded_words(text)[-1]
        if words and words[-1] == last:
            partial = last
            previous = words[-2] if len(words) > 1 else None
        elif len(last) == 1 and len(words) > 1 and words[-1] is None and words[-2]:
            # A first letter, which alone is not a word.
            partial, previous = last, words[-2]
            words = [*words[:-1], last]
    units = [Unit((word,), False) for word in distinct(words)]
    units += [Unit((pair,), True) for pair in dict.fromkeys(pairs(words))]
    if partial is not None:
        units = _with_completions(units, partial, previous)
    if typing:
        units += _legal_wording_units(text, units)
    return units


def _legal_wording_units(text, units):
    own = {(unit.texts[0], unit.pair) for unit in units}
    extra = {}
    for wording in legal_wordings(text):
        words = content_words(wording)
        extra.update({(word, False): None for word in distinct(words)})
        extra.update({(pair, True): None for pair in pairs(words)})
    return [Unit((term,), pair, extra=True) for term, pair in extra if (term, pair) not in own]


def _with_completions(units, partial, previous):
    """``units`` where the word being typed, and its pair with ``previous``, also stand
    for the most frequent words and pairs of the index they begin."""
    if previous:
        spaces = [pair_space for _, pair_space in names.NAMESPACES.values()]
        found = _completions(spaces, f"{previous} {partial}")
        completed_pairs = list(dict.fromkeys(text.split(":", 1)[1] for text in found))
        completed_words = [pair.split(" ", 1)[1] for pair in completed_pairs]
    else:
        if len(partial) < 2:
            return units
        spaces = [word_space for word_space, _ in names.NAMESPACES.values()]
        found = _completions(spaces, partial)
        completed_pairs = []
        completed_words = list(dict.fromkeys(text.split(":", 1)[1] for text in found))
    own = {unit.texts[0] for unit in units if not unit.pair}
    result = []
    for unit in units:
        if not unit.pair and unit.texts[0] == partial:
            extra = [word for word in completed_words if word not in own]
            unit = Unit((partial, *dict.fromkeys(extra)), False)
        elif unit.pair and previous and unit.texts[0] == f"{previous} {partial}":
            unit = Unit((unit.texts[0], *completed_pairs), True)
        result.append(unit)
    return result


def _completions(spaces, beginning):
    """Term texts beginning with ``beginning`` in each namespace, the most held first."""
    if connection.vendor == "postgresql":
        match, patterns = "text LIKE %s", [f"{space}:{beginning}%" for space in spaces]
    else:
        match, patterns = "text GLOB %s", [f"{space}:{beginning}*" for space in spaces]
    part = f"SELECT * FROM (SELECT text, entries FROM {TERM} WHERE {match} AND entries > 0 "
    part += "ORDER BY entries DESC LIMIT %s) AS t"
    sql = " UNION ALL ".join(f"{part}{number}" for number in range(len(patterns)))
    params = [value for pattern in patterns for value in (pattern, COMPLETIONS)]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        found = sorted(cursor.fetchall(), key=lambda row: -row[1])
    return [text for text, _ in found][:COMPLETIONS]


def _terms(units):
    """{term text: (id, entries)} for every unit in every namespace, and the counts."""
    texts = [names.count_term(kind) for kind in names.NAMESPACES]
    for word_space, pair_space in names.NAMESPACES.values():
        for unit in units:
            space = pair_space if unit.pair else word_space
            texts += [names.term(space, text) for text in unit.texts]
    marks = ", ".join(["%s"] * len(texts))
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT text, id, entries FROM {TERM} WHERE text IN ({marks})", texts)
        return {text: (term_id, entries) for text, term_id, entries in cursor.fetchall()}


class _Side:
    """The question's units as the terms of one kind of entry."""

    def __init__(self, kind, units, rows):
        word_space, pair_space = names.NAMESPACES[kind]
        total = rows.get(names.count_term(kind), (0, 0))[1]
        found = {}
        for position, unit in enumerate(units):
            space = pair_space if unit.pair else word_space
            for text in unit.texts:
                term_id, held = rows.get(names.term(space, text), (None, 0))
                if held > 0 and term_id not in found:
                    found[term_id] = (position, names.rarity(held, total), held)
        ids = sorted(found)
        self.ids = np.array(ids, dtype=np.int64)
        self.unit = np.array([found[i][0] for i in ids], dtype=np.int64)
        self.rarity = np.array([found[i][1] for i in ids], dtype=np.float64)
        self.held = np.array([found[i][2] for i in ids], dtype=np.int64)
        self.units = len(units)
        # What each unit counts at most: held in the strongest field (extra units: 0).
        self.best = np.zeros(len(units))
        np.maximum.at(self.best, self.unit, self.rarity)
        self.best[[position for position, unit in enumerate(units) if unit.extra]] = 0

    def __bool__(self):
        return bool(len(self.ids))

    def finding_terms(self):
        """(term id, rarity) of the rarest terms, as many as ``POSTINGS_BUDGET``
        postings allow, and at least one."""
        chosen, read = [], 0
        for index in np.argsort(self.held, kind="stable"):
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


# -- finding and ranking -------------------------------------------------------------


def _candidates(cursor, side, limit):
    """Ids of the entries holding the side's rarest terms, those holding the most of
    them first."""
    terms = side.finding_terms()
    if len(terms) == 1:
        cursor.execute(
            f"SELECT entry_id FROM {POSTING} WHERE term_id = %s ORDER BY entry_id DESC LIMIT %s",
            [terms[0][0], limit],
        )
    else:
        marks = ", ".join(["%s"] * len(terms))
        cases = " ".join(["WHEN %s THEN %s"] * len(terms))
        cursor.execute(
            f"SELECT entry_id FROM {POSTING} WHERE term_id IN ({marks}) GROUP BY entry_id "
            f"ORDER BY SUM(CASE term_id {cases} END) DESC, entry_id DESC LIMIT %s",
            [term_id for term_id, _ in terms]
            + [value for term in terms for value in term]
            + [limit],
        )
    return [row[0] for row in cursor.fetchall()]


def _entries(cursor, ids, columns, condition="id"):
    if not ids:
        return []
    marks = ", ".join(["%s"] * len(ids))
    cursor.execute(f"SELECT {columns} FROM {ENTRY} WHERE {condition} IN ({marks})", list(ids))
    return cursor.fetchall()


def _in_field(legal_fields, field_id):
    return field_id is not None and f",{field_id}," in legal_fields


def _order(scores, rows, day, current):
    """Positions of ``rows`` by score, then what still applies, then the newer."""
    return sorted(
        range(len(rows)),
        key=lambda i: (-round(float(scores[i]), 6), -int(current[i]), -day[i], -rows[i][0]),
    )


def _ranked_answers(cursor, units, rows, language, field_id, limit):
    """[(page id, score)], best first, a few more than ``limit`` (some may have left
    the public since they were indexed)."""
    side = _Side(Kind.ANSWER, units, rows)
    if not side:
        return []
    ids = _candidates(cursor, side, ANSWER_CANDIDATES)
    entries = [
        row
        for row in _entries(cursor, ids, "id, object_id, language, day, legal_fields, terms")
        if language is None or row[2] in ("", language)
    ]
    if not entries:
        return []
    scores = side.shares([row[5] for row in entries]).sum(axis=1)
    boost = np.array([FIELD_BOOST if _in_field(row[4], field_id) else 1 for row in entries])
    enough = scores >= MIN_SHARE * side.best.sum()
    scores = scores * boost
    order = _order(scores, entries, [row[3] for row in entries], np.ones(len(entries)))
    return [(entries[i][1], float(scores[i])) for i in order if enough[i]][: limit * 2]


def _ranked_articles(cursor, units, rows, field_id, limit):
    """[(document id, anchor, label, score)], best first, a few more than ``limit``."""
    labels = _Side(Kind.ARTICLE, units, rows)
    if not labels:
        return []
    titles = _Side(Kind.DOCUMENT, units, rows)
    by_label = _candidates(cursor, labels, ARTICLE_CANDIDATES)
    by_title = _candidates(cursor, titles, DOCUMENT_CANDIDATES) if titles else []
    columns = "id, parent_id, object_id, anchor, label, terms"
    articles = {row[0]: row for row in _entries(cursor, by_label, columns)}
    for row in _entries(cursor, by_title, columns, condition="parent_id"):
        articles.setdefault(row[0], row)
    articles = list(articles.values())
    if not articles:
        return []
    parent_ids = sorted({row[1] for row in articles})
    parents = _entries(cursor, parent_ids, "id, day, current, legal_fields, terms")
    parent_at = {row[0]: position for position, row in enumerate(parents)}
    placed = np.array([parent_at.get(row[1], -1) for row in articles])
    articles = [row for row, place in zip(articles, placed, strict=True) if place >= 0]
    placed = placed[placed >= 0]
    label_shares = labels.shares([row[5] for row in articles])
    title_shares = titles.shares([row[4] for row in parents])[placed] * TITLE_SHARE
    scores = np.maximum(label_shares, title_shares).sum(axis=1)
    best = np.maximum(labels.best, titles.best * TITLE_SHARE).sum()
    enough = (label_shares.sum(axis=1) > 0) & (scores >= MIN_SHARE * best)
    boost = np.array([FIELD_BOOST if _in_field(parents[p][3], field_id) else 1 for p in placed])
    scores = scores * boost
    day = [parents[p][1] for p in placed]
    current = [parents[p][2] for p in placed]
    ranked, per_document = [], {}
    for i in _order(scores, articles, day, current):
        if not enough[i]:
            continue
        document_id = articles[i][2]
        if per_document.get(document_id, 0) >= ARTICLES_PER_DOCUMENT:
            continue
        per_document[document_id] = per_document.get(document_id, 0) + 1
        ranked.append((document_id, articles[i][3], articles[i][4], float(scores[i])))
        if len(ranked) >= limit * 2:
            break
    return ranked


# -- what is shown -------------------------------------------------------------------


def _dressed_answers(ranked, limit, request):
    """Those of ``ranked`` still published and public, as they read now."""
    if not ranked:
        return []
    pages = {page.pk: page for page in public_answers().filter(pk__in=[pk for pk, _ in ranked])}
    found = []
    for pk, score in ranked:
        page = pages.get(pk)
        if page is None:
            continue
        found.append(
            AnswerSuggestion(
                page_id=pk,
                title=page.title,
                url=page.get_full_url(request),
                snippet=shorten(page.summary or page.question_text),
                score=round(score, 4),
            )
        )
    return found[:limit]


def _dressed_articles(ranked, limit, request):
    """Those of ``ranked`` whose document is still published, with its title, number,
    address and the article's first words."""
    if not ranked:
        return []
    documents = LegalDocument.objects.filter(
        pk__in={document_id for document_id, *_ in ranked}, live=True
    ).only("pk", "slug", "title", "number", "body")
    documents = {document.pk: document for document in documents}
    wanted = {}
    for document_id, anchor, *_ in ranked:
        if document_id in documents:
            wanted.setdefault(document_id, []).append(anchor)
    texts = {
        document_id: snippets(documents[document_id].body, anchors)
        for document_id, anchors in wanted.items()
    }
    found = []
    for document_id, anchor, label, score in ranked:
        document = documents.get(document_id)
        if document is None or anchor not in texts[document_id]:
            continue
        url = BookshelfPage.document_url(document, request=request, full=True)
        found.append(
            ArticleSuggestion(
                document_id=document_id,
                anchor=anchor,
                title=heading(label) or label,
                label=label,
                document_title=document.title,
                document_number=document.number,
                url=f"{url}#{anchor}" if url else None,
                snippet=texts[document_id][anchor],
                score=round(score, 4),
            )
        )
    return found[:limit]
