"""Keeping the suggestions index in step with what citizens may read.

Only published answers that are public (no view restriction on them or above them) and
published documents are written; everything else given is removed. Each function reads
the objects' rows afresh, so it is safe to call again or for objects that no longer
exist.
"""

import multiprocessing
from collections import deque

from django.db import connection, connections

from wagtail.models import Page

from bookshelf.models import LegalDocument
from qa.models import QuestionAnswerPage, SuggestionEntry

from . import writing
from .entries import DocumentRow, answer_entry, document_entries

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


def index_documents(document_ids, progress=None, workers=1):
    """(Re)index these legal documents: published ones are written with their articles,
    others (drafts, unpublished, deleted) removed.

    With ``workers`` > 1, their entries are made in that many processes while this one
    reads and writes the database: reading articles out of 100,000 full texts is most of
    a rebuild's work."""
    batches = list(_batches(document_ids))
    # (Forking needs this process's connection closed, which an open transaction forbids.)
    if workers <= 1 or len(batches) < 2 or connection.in_atomic_block:
        for batch in batches:
            writing.replace(writing.DOCUMENTS, batch, document_entries(_document_rows(batch)))
            if progress:
                progress(len(batch))
        return
    # The processes are forked: none may share this one's database connection.
    connections.close_all()
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        waiting = deque()
        for batch in batches:
            waiting.append((batch, pool.apply_async(document_entries, (_document_rows(batch),))))
            if len(waiting) > workers:
                _write_documents(*waiting.popleft(), progress)
        while waiting:
            _write_documents(*waiting.popleft(), progress)


def _write_documents(batch, made, progress):
    writing.replace(writing.DOCUMENTS, batch, made.get())
    if progress:
        progress(len(batch))


def _document_rows(batch):
    """``DocumentRow`` of the published documents among ``batch``."""
    fields = {}
    links = LegalDocument.legal_fields.through.objects.filter(legaldocument_id__in=batch)
    for document_id, field_id in links.values_list("legaldocument_id", "legalfield_id"):
        fields.setdefault(document_id, []).append(field_id)
    documents = LegalDocument.objects.filter(pk__in=batch, live=True).values_list(
        "pk", "title", "number", "number_key", "issued_date", "status", "body"
    )
    return [
        DocumentRow(*values, field_ids=tuple(fields.get(values[0], ()))) for values in documents
    ]


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


def rebuild(progress=None, workers=1):
    """Empty the index and write every published answer and document again."""
    writing.clear()
    index_answer_pages(public_answers().order_by("pk").values_list("pk", flat=True), progress)
    index_documents(
        LegalDocument.objects.filter(live=True).order_by("pk").values_list("pk", flat=True),
        progress,
        workers=workers,
    )
    writing.finish_bulk_write()
