"""Keeping the suggestions index in step with what citizens may read.

Only published answers that are public (no view restriction on them or above them) and
published documents are written; everything else given is removed. Each function reads
the objects' rows afresh, so it is safe to call again or for objects that no longer
exist.
"""

from wagtail.models import Page

from bookshelf.models import LegalDocument
from qa.models import QuestionAnswerPage, SuggestionEntry

from . import writing
from .entries import answer_entry, document_entry

Kind = writing.Kind
# Objects read and written per transaction.
BATCH = 500


def public_answers():
    """The answers citizens may read: live, public ``QuestionAnswerPage``s."""
    return QuestionAnswerPage.objects.live().public()


def _batches(ids, size=BATCH):
    ids = list(ids)
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def index_answer_pages(page_ids, progress=None):
    """(Re)index these pages: public published answers are written, any other page
    (a draft, unpublished, private, deleted, not an answer) is removed."""
    for batch in _batches(page_ids):
        pages = (
            public_answers()
            .filter(pk__in=batch)
            .select_related("locale")
            .prefetch_related("legal_fields")
        )
        writing.replace(writing.ANSWERS, batch, [answer_entry(page) for page in pages])
        if progress:
            progress(len(batch))


def index_documents(document_ids, progress=None):
    """(Re)index these legal documents: published ones are written with their articles,
    others (drafts, unpublished, deleted) removed."""
    for batch in _batches(document_ids):
        documents = (
            LegalDocument.objects.filter(pk__in=batch, live=True)
            .only("pk", "number", "number_key", "title", "issued_date", "status", "body")
            .prefetch_related("legal_fields")
        )
        writing.replace(
            writing.DOCUMENTS, batch, [document_entry(document) for document in documents]
        )
        if progress:
            progress(len(batch))


def answer_pages_in_branch(root_id):
    """Ids of the answers at or below the page ``root_id`` whose place in the index is
    wrong: indexed but no longer public, or public but not indexed."""
    root = Page.objects.filter(pk=root_id).only("path").first()
    if root is None:
        return []
    in_branch = QuestionAnswerPage.objects.filter(path__startswith=root.path).values("pk")
    public = set(public_answers().filter(pk__in=in_branch).values_list("pk", flat=True))
    indexed = set(
        SuggestionEntry.objects.filter(kind=Kind.ANSWER, object_id__in=in_branch).values_list(
            "object_id", flat=True
        )
    )
    return sorted(public ^ indexed)


def rebuild(progress=None):
    """Empty the index and write every published answer and document again."""
    writing.clear()
    index_answer_pages(public_answers().order_by("pk").values_list("pk", flat=True), progress)
    index_documents(
        LegalDocument.objects.filter(live=True).order_by("pk").values_list("pk", flat=True),
        progress,
    )
    writing.finish_bulk_write()
