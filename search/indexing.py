"""Keeping the public search index in step with published content.

Only live, public content is written; anything else is removed. Each function takes
ids or pages, rebuilds their entries in bulk, and is safe to call again.
"""

import logging

from django.db import transaction

from .index import get_backend
from .index.columns import mark_changed
from .index.entries import delete_entries
from .kinds import LEGAL_DOCUMENT, PAGE_KINDS, page_kind
from .sources import document_entry, page_entry

logger = logging.getLogger(__name__)

BATCH = 1000
# Large jobs (imports, rebuilds) go in bigger batches, whose text is folded on every
# core, and end by tidying the index (``finish_bulk_write``).
BULK_FROM = 5000
BULK_BATCH = 4000


def _replace(keys, entries):
    backend = get_backend()
    with transaction.atomic():
        delete_entries(keys, backend)
        if entries:
            backend.add(entries)


def index_legal_documents(document_ids, progress=None):
    """(Re)index these legal documents: live ones are written, others removed.

    ``progress`` is called with the number of documents done after each batch."""
    from publications.models import LegalDocument

    document_ids = list(document_ids)
    batch_size = BULK_BATCH if len(document_ids) >= BULK_FROM else BATCH
    for start in range(0, len(document_ids), batch_size):
        batch = document_ids[start : start + batch_size]
        documents = (
            LegalDocument.objects.filter(pk__in=batch, live=True)
            .select_related("doc_type", "issuer")
            .prefetch_related("legal_fields")
        )
        _replace([(LEGAL_DOCUMENT, pk) for pk in batch], [document_entry(doc) for doc in documents])
        if progress:
            progress(len(batch))
    if len(document_ids) >= BULK_FROM:
        get_backend().finish_bulk_write()


def searchable_pages(pages):
    """Those of ``pages`` (specific) that citizens may find: live, public, searchable types."""
    from wagtail.models import Page

    candidates = [page for page in pages if page.live and page_kind(page)]
    if not candidates:
        return []
    public = set(
        Page.objects.filter(pk__in=[page.pk for page in candidates])
        .public()
        .values_list("pk", flat=True)
    )
    return [page for page in candidates if page.pk in public]


def index_pages(pages):
    """(Re)index these pages (specific instances): searchable ones written, others removed."""
    pages = list(pages)
    keep = searchable_pages(pages)
    keys = [(kind, page.pk) for page in pages for kind in _kinds_of(page)]
    _replace(keys, [page_entry(page) for page in keep])


def _kinds_of(page):
    kind = page_kind(page)
    return [kind] if kind else []


def remove_pages(page_ids):
    keys = [(kind, pk) for pk in page_ids for kind in PAGE_KINDS.values()]
    delete_entries(keys, get_backend())


def rebuild(progress=None):
    """Empty the index and write every searchable document and page again."""
    from wagtail.models import Page

    from publications.models import ContentPage, LegalDocument
    from search.models import SearchEntry

    backend = get_backend()
    with transaction.atomic():
        backend.clear()
        SearchEntry.objects.all().delete()
        mark_changed()
    index_legal_documents(
        LegalDocument.objects.filter(live=True).order_by("pk").values_list("pk", flat=True),
        progress=progress,
    )
    pages = Page.objects.live().public().type(ContentPage).specific().order_by("pk")
    for start in range(0, pages.count(), BATCH):
        batch = list(pages[start : start + BATCH])
        index_pages(batch)
        if progress:
            progress(len(batch))
