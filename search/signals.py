"""Signal handlers that keep the public search index in step with what is published.

The index is written after the transaction commits, from the database rows, never
from the instance a signal carries: saving a draft of a live document passes the
draft's values in memory while the row keeps the published ones.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished

from . import indexing
from .kinds import LEGAL_DOCUMENT
from .tasks import reindex_legal_documents


def _document_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        pk = instance.pk
        transaction.on_commit(lambda: indexing.index_legal_documents([pk]))


def _document_deleted(sender, instance, **kwargs):
    pk = instance.pk
    transaction.on_commit(
        lambda: indexing.delete_entries([(LEGAL_DOCUMENT, pk)], indexing.get_backend())
    )


def _list_item_saved(sender, instance, raw=False, created=False, **kwargs):
    """A renamed document type or issuing body is indexed with every document it names."""
    if raw or created:
        return
    from publications.models import DocumentType, LegalDocument

    column = "doc_type_id" if isinstance(instance, DocumentType) else "issuer_id"
    ids = list(
        LegalDocument.objects.filter(live=True, **{column: instance.pk}).values_list(
            "pk", flat=True
        )
    )
    if ids:
        transaction.on_commit(lambda: reindex_legal_documents.enqueue(ids))


def _page_published(sender, instance, **kwargs):
    page = instance.specific
    transaction.on_commit(lambda: indexing.index_pages([page]))


def _page_removed(sender, instance, **kwargs):
    pk = instance.pk
    transaction.on_commit(lambda: indexing.remove_pages([pk]))


def _restriction_changed(sender, instance, **kwargs):
    """A view restriction hides or shows a whole branch: index it again."""
    root_id = instance.page_id

    def reindex():
        root = Page.objects.filter(pk=root_id).first()
        if root is not None:
            indexing.index_pages(Page.objects.descendant_of(root, inclusive=True).specific())

    transaction.on_commit(reindex)


def connect():
    from publications.models import DocumentType, IssuingBody, LegalDocument

    post_save.connect(_document_saved, sender=LegalDocument, dispatch_uid="search_document_saved")
    post_delete.connect(
        _document_deleted, sender=LegalDocument, dispatch_uid="search_document_deleted"
    )
    for model in (DocumentType, IssuingBody):
        post_save.connect(_list_item_saved, sender=model, dispatch_uid=f"search_{model.__name__}")
    page_published.connect(_page_published, dispatch_uid="search_page_published")
    page_unpublished.connect(_page_removed, dispatch_uid="search_page_unpublished")
    post_delete.connect(_page_removed, sender=Page, dispatch_uid="search_page_deleted")
    for signal in (post_save, post_delete):
        signal.connect(
            _restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"search_restriction_{signal is post_save}",
        )
