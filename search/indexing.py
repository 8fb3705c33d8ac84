"""Keeping the public search index in step with published content.

Only live, public content is written; anything else is removed. Each function takes
ids or pages, rebuilds their entries in bulk, and is safe to call again. Pages are
indexed by the types registered as kinds, other objects by their source
(``registry``).
"""

import logging

from django.apps import apps
from django.db import transaction

from . import registry
from .index import get_backend
from .index.columns import mark_changed
from .index.entries import delete_entries, delete_entry_ids
from .models import SearchEntry
from .sources import page_entry

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


def index_objects(kind, object_ids, progress=None):
    """(Re)index these objects of the source ``kind``: live ones are written, others
    removed.

    ``progress`` is called with the number of objects done after each batch."""
    source = registry.source(kind)
    object_ids = list(object_ids)
    batch_size = BULK_BATCH if len(object_ids) >= BULK_FROM else BATCH
    for start in range(0, len(object_ids), batch_size):
        batch = object_ids[start : start + batch_size]
        _replace([(kind, pk) for pk in batch], source.entries(batch))
        if progress:
            progress(len(batch))
    if len(object_ids) >= BULK_FROM:
        get_backend().finish_bulk_write()


def remove_objects(kind, object_ids):
    """Remove these objects of the source ``kind`` from the index (deleted)."""
    delete_entries([(kind, pk) for pk in object_ids], get_backend())


def _page_models():
    return [apps.get_model(label) for label in registry.page_kinds()]


def public_pages():
    """The pages citizens may find: live, public (no view restriction on them or above
    them) and of a type the search holds."""
    from wagtail.models import Page

    return Page.objects.live().public().type(*_page_models())


def _page_entries(page_ids):
    """The index rows of these pages (a queryset of ids or a list)."""
    return SearchEntry.objects.filter(kind__in=registry.page_kind_codes(), object_id__in=page_ids)


def index_page_ids(page_ids, progress=None):
    """(Re)index these pages from their rows: those citizens may find are written, every
    other one (unpublished, private, deleted, of a type not searched) is removed."""
    page_ids = list(page_ids)
    for start in range(0, len(page_ids), BATCH):
        batch = page_ids[start : start + BATCH]
        pages = (
            public_pages()
            .filter(pk__in=batch)
            .specific()
            .prefetch_related("locale", "legal_fields", "tags", for_specific_subqueries=True)
        )
        backend = get_backend()
        with transaction.atomic():
            delete_entry_ids(list(_page_entries(batch).values_list("id", flat=True)), backend)
            entries = [page_entry(page) for page in pages]
            if entries:
                backend.add(entries)
        if progress:
            progress(len(batch))


def branch(root_id):
    """The page ``root_id`` and every page below it, or None when it no longer exists."""
    from wagtail.models import Page

    root = Page.objects.filter(pk=root_id).only("path").first()
    return None if root is None else Page.objects.filter(path__startswith=root.path)


def remove_private_pages(pages):
    """Remove from the index those of ``pages`` (a queryset) that citizens may no longer
    find. Only ids are read, so a large branch costs a few statements."""
    private = _page_entries(pages.values("pk")).exclude(
        object_id__in=public_pages().filter(pk__in=pages.values("pk")).values("pk")
    )
    return delete_entry_ids(list(private.values_list("id", flat=True)), get_backend())


def unindexed_public_pages(pages):
    """Ids of those of ``pages`` (a queryset) citizens may find but the index lacks.
    A page already indexed keeps its entry: moving it or opening its section again
    does not change what it says."""
    indexed = SearchEntry.objects.filter(kind__in=registry.page_kind_codes()).values("object_id")
    return list(
        public_pages()
        .filter(pk__in=pages.values("pk"))
        .exclude(pk__in=indexed)
        .values_list("pk", flat=True)
    )


def sync_branch(root_id):
    """Make the index agree with who may now see the page ``root_id`` and every page
    below it (after a move or a change of view restriction)."""
    pages = branch(root_id)
    if pages is not None:
        remove_private_pages(pages)
        index_page_ids(unindexed_public_pages(pages))


def rebuild(progress=None):
    """Empty the index and write every searchable object and page again."""
    backend = get_backend()
    with transaction.atomic():
        backend.clear()
        SearchEntry.objects.all().delete()
        mark_changed()
    for kind, source in registry.sources().items():
        index_objects(kind, source.live_ids(), progress=progress)
    index_page_ids(public_pages().order_by("pk").values_list("pk", flat=True), progress=progress)
