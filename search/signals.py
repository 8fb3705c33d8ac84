"""Signal handlers that keep the public search index in step with the pages that are
published. (Other sources connect their own: ``bookshelf.search_index``.)

The index is written after the transaction commits, from the database rows, never
from the instance a signal carries: saving a draft of a live document passes the
draft's values in memory while the row keeps the published ones.
"""

import threading

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import indexing, wagtail_paths
from .tasks import reindex_branch, reindex_wagtail_descendants

# Pages that come back to the public after a move or a lifted restriction: up to this
# many are written before the editor's request returns, more by a background task.
PAGES_IN_REQUEST = 200


class CommitBatch:
    """Ids gathered while a transaction runs and handed to ``handle`` together once it
    commits. Deleting or unpublishing a section sends one signal for each page below
    it; one index write for all of them costs a few statements instead of a few per page.

    Each thread gathers its own ids. After a rollback the ids gathered in it go with
    the next commit, so ``handle`` must read the ids' state afresh, never assume a
    change happened.
    """

    def __init__(self, handle):
        self.handle = handle
        self.local = threading.local()

    def add(self, pk):
        if not hasattr(self.local, "ids"):
            self.local.ids = set()
        self.local.ids.add(pk)
        # The first callback to run takes every id; the rest find none.
        transaction.on_commit(self.flush)

    def flush(self):
        ids = getattr(self.local, "ids", None)
        if ids:
            del self.local.ids
            self.handle(sorted(ids))


_changed_pages = CommitBatch(indexing.index_page_ids)


def _page_changed(sender, instance, **kwargs):
    """Published, unpublished or deleted: the page's row says which once committed."""
    _changed_pages.add(instance.pk)


def _sync_branch_on_commit(root_id):
    """Pages that left the public leave the index at once; pages that came back are
    written in this request when few, else by a background task."""

    def sync():
        pages = indexing.branch(root_id)
        if pages is None:
            return
        indexing.remove_private_pages(pages)
        missing = indexing.unindexed_public_pages(pages)
        if len(missing) > PAGES_IN_REQUEST:
            reindex_branch.enqueue(root_id)
        else:
            indexing.index_page_ids(missing)

    transaction.on_commit(sync)


def _page_moved(sender, instance, url_path_before=None, url_path_after=None, **kwargs):
    # A page reordered among its siblings keeps its URL and who may see it.
    if url_path_before == url_path_after:
        return
    _sync_branch_on_commit(instance.pk)
    if instance.numchild and wagtail_paths.backends_keeping_paths():
        root_id = instance.pk
        transaction.on_commit(lambda: reindex_wagtail_descendants.enqueue(root_id))


def _restriction_changed(sender, instance, **kwargs):
    """A view restriction hides or shows a whole branch."""
    _sync_branch_on_commit(instance.page_id)


def connect():
    page_published.connect(_page_changed, dispatch_uid="search_page_published")
    page_unpublished.connect(_page_changed, dispatch_uid="search_page_unpublished")
    post_delete.connect(_page_changed, sender=Page, dispatch_uid="search_page_deleted")
    post_page_move.connect(_page_moved, dispatch_uid="search_page_moved")
    for signal in (post_save, post_delete):
        signal.connect(
            _restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"search_restriction_{signal is post_save}",
        )
