"""Signal handlers that keep the suggestions index in step with published answers and
the documents of the bookshelf.

The index is written once the transaction commits, from the rows as they then are,
never from the instance a signal carries (saving a draft of a live document passes the
draft's values while its row keeps the published ones). Large changes (an import, a
section of answers moved or hidden) go to a background task.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.models import PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from bookshelf.models import LegalDocument
from bookshelf.signals import documents_imported
from qa.models import QuestionAnswerPage
from search.signals import CommitBatch

from . import indexing
from .tasks import reindex_answer_pages, reindex_documents

# Up to this many objects are indexed before the request (or the import) returns; more
# go to background tasks of this many each.
IN_REQUEST = 200
TASK_SIZE = 5000

_changed_answers = CommitBatch(indexing.index_answer_pages)
_changed_documents = CommitBatch(indexing.index_documents)


def _in_tasks(task, ids):
    for start in range(0, len(ids), TASK_SIZE):
        task.enqueue(ids[start : start + TASK_SIZE])


def _answer_changed(sender, instance, **kwargs):
    """Published, unpublished or deleted: the page's row says which once committed."""
    if issubclass(sender, QuestionAnswerPage):
        _changed_answers.add(instance.pk)


def _sync_branch_on_commit(root_id):
    """Answers whose section moved, or whose view restriction changed, join or leave the
    index: a few at once, many in the background."""

    def sync():
        ids = indexing.answer_pages_in_branch(root_id)
        if len(ids) > IN_REQUEST:
            _in_tasks(reindex_answer_pages, ids)
        elif ids:
            indexing.index_answer_pages(ids)

    transaction.on_commit(sync)


def _page_moved(sender, instance, url_path_before=None, url_path_after=None, **kwargs):
    # A page reordered among its siblings keeps who may see it.
    if url_path_before != url_path_after:
        _sync_branch_on_commit(instance.pk)


def _restriction_changed(sender, instance, **kwargs):
    _sync_branch_on_commit(instance.page_id)


def _document_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        _changed_documents.add(instance.pk)


def _documents_imported(sender, document_ids, **kwargs):
    ids = sorted(document_ids)
    if len(ids) > IN_REQUEST:
        _in_tasks(reindex_documents, ids)
    else:
        indexing.index_documents(ids)


def connect():
    page_published.connect(_answer_changed, dispatch_uid="qa_suggestions_published")
    page_unpublished.connect(_answer_changed, dispatch_uid="qa_suggestions_unpublished")
    post_delete.connect(
        _answer_changed, sender=QuestionAnswerPage, dispatch_uid="qa_suggestions_deleted"
    )
    post_page_move.connect(_page_moved, dispatch_uid="qa_suggestions_moved")
    for signal in (post_save, post_delete):
        signal.connect(
            _restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"qa_suggestions_restriction_{signal is post_save}",
        )
        signal.connect(
            _document_changed,
            sender=LegalDocument,
            dispatch_uid=f"qa_suggestions_document_{signal is post_save}",
        )
    documents_imported.connect(_documents_imported, dispatch_uid="qa_suggestions_imported")
