"""What the suggestions index holds for a published answer and for a legal document.

- An answer: the words and word pairs of its title and question (weighted most), of
  its summary, and the words of its answer.
- A document: the words and pairs of its title, and its number; and, for each of its
  articles worth suggesting (``articles``), the words and pairs of the article's label.
  An article is found by its label and ranked with its document's title too: "Hồ sơ
  đề nghị" of a decree on building permits is what "hồ sơ xin giấy phép xây dựng" asks.
"""

from dataclasses import dataclass, field

from django.utils import timezone

from bookshelf.models import EffectStatus
from core.vietnamese import tokens
from search.sources import html_to_text

from . import terms as names
from .articles import heading, suggested_articles
from .words import analysed

Kind = names.Kind

# Statuses under which a document no longer applies: among equals, it comes last.
NO_LONGER_APPLIES = frozenset(
    {EffectStatus.EXPIRED, EffectStatus.SUSPENDED, EffectStatus.NO_LONGER_APPLICABLE}
)


@dataclass
class NewEntry:
    kind: int
    object_id: int
    # {term text: field weight}, each term at the strongest field it was met in.
    terms: dict = field(default_factory=dict)
    anchor: str = ""
    label: str = ""
    snippet: str = ""
    language: str = ""
    day: int = 0
    current: bool = True
    legal_fields: str = ""
    # A document's articles.
    articles: list = field(default_factory=list)

    def add_text(self, text, weight, with_pairs=True):
        word_space, pair_space = names.NAMESPACES[self.kind]
        words, word_pairs = analysed(text)
        self.add_words(word_space, words, weight)
        if with_pairs:
            self.add_words(pair_space, word_pairs, weight)

    def add_words(self, namespace, texts, weight):
        for text in texts:
            key = names.term(namespace, text)
            if self.terms.get(key, 0) < weight:
                self.terms[key] = weight


def _field_ids(ids):
    ids = sorted(set(ids))
    return f",{','.join(map(str, ids))}," if ids else ""


def answer_entry(page):
    """``page``: a live, public ``QuestionAnswerPage`` with ``locale`` and
    ``legal_fields`` loaded."""
    published = page.answered_on or (
        timezone.localdate(page.first_published_at) if page.first_published_at else None
    )
    entry = NewEntry(
        kind=Kind.ANSWER,
        object_id=page.pk,
        language=page.locale.language_code,
        day=published.toordinal() if published else 0,
        legal_fields=_field_ids(field.pk for field in page.legal_fields.all()),
    )
    entry.add_text(page.title, names.QUESTION)
    entry.add_text(page.question_text, names.QUESTION)
    entry.add_text(page.summary, names.SUMMARY)
    entry.add_text(html_to_text(page.answer), names.ANSWER_TEXT, with_pairs=False)
    return entry


@dataclass(frozen=True)
class DocumentRow:
    """What the index reads of a published legal document: plain values, which a worker
    process can be handed."""

    pk: int
    title: str
    number: str
    number_key: str
    issued_date: object
    status: str
    body: str
    field_ids: tuple = ()


def document_entry(document):
    """``document``: a ``DocumentRow``. Its articles worth suggesting come with it
    (``NewEntry.articles``)."""
    entry = NewEntry(
        kind=Kind.DOCUMENT,
        object_id=document.pk,
        day=document.issued_date.toordinal() if document.issued_date else 0,
        current=document.status not in NO_LONGER_APPLIES,
        legal_fields=_field_ids(document.field_ids),
    )
    entry.add_text(document.title, names.TITLE)
    if document.number_key:
        entry.add_words(names.TITLE_WORD, dict.fromkeys(tokens(document.number)), names.NUMBER)
    for article in suggested_articles(document.body):
        child = NewEntry(
            kind=Kind.ARTICLE,
            object_id=document.pk,
            anchor=article.anchor[:64],
            label=article.label[:255],
            snippet=article.snippet[:255],
        )
        child.add_text(heading(article.label), names.LABEL)
        if child.terms:
            entry.articles.append(child)
    return entry


def document_entries(rows):
    """``document_entry`` of each of ``rows`` (run in a worker process on rebuilds)."""
    return [document_entry(row) for row in rows]
