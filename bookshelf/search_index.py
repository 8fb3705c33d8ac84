"""The legal documents in the public search: how they are indexed, found and linked,
and the signals that keep the index in step with them."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save

from search import indexing, registry
from search.index.base import EntryData
from search.sources import html_to_text
from search.tasks import reindex_objects

from .models import BookshelfPage, DocumentType, EffectStatus, IssuingBody, LegalDocument

LEGAL_DOCUMENT = "legal_document"


def document_entry(document):
    """``document`` needs ``doc_type`` and ``issuer`` loaded and ``legal_fields`` prefetched."""
    return EntryData(
        kind=LEGAL_DOCUMENT,
        object_id=document.pk,
        title=document.title,
        number=document.number,
        summary=document.summary,
        date=document.issued_date,
        doc_type_id=document.doc_type_id,
        issuer_id=document.issuer_id,
        status=document.status,
        field_ids=[field.pk for field in document.legal_fields.all()],
        title_extra=document.doc_type.name,
        context=document.issuer.name,
        body=html_to_text(document.body),
    )


class LegalDocuments(registry.Source):
    kind = LEGAL_DOCUMENT
    label = "Văn bản pháp luật"
    dated_by_issue = True

    def live_ids(self):
        return LegalDocument.objects.filter(live=True).order_by("pk").values_list("pk", flat=True)

    def entries(self, ids):
        documents = (
            LegalDocument.objects.filter(pk__in=ids, live=True)
            .select_related("doc_type", "issuer")
            .prefetch_related("legal_fields")
        )
        return [document_entry(document) for document in documents]

    def texts(self, ids):
        documents = LegalDocument.objects.filter(pk__in=ids).values_list("pk", "body")
        return {pk: html_to_text(body) for pk, body in documents}

    def live_objects(self, ids):
        return LegalDocument.objects.filter(pk__in=ids, live=True).only("pk", "slug").in_bulk()

    def url(self, obj, request=None, full=False):
        return BookshelfPage.document_url(obj, request=request, full=full)


def index_legal_documents(document_ids, progress=None):
    """(Re)index these legal documents: live ones are written, others removed."""
    indexing.index_objects(LEGAL_DOCUMENT, document_ids, progress=progress)


# The index is written after the transaction commits, from the database rows, never
# from the instance a signal carries: saving a draft of a live document passes the
# draft's values in memory while the row keeps the published ones.


def _document_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        pk = instance.pk
        transaction.on_commit(lambda: index_legal_documents([pk]))


def _document_deleted(sender, instance, **kwargs):
    pk = instance.pk
    transaction.on_commit(lambda: indexing.remove_objects(LEGAL_DOCUMENT, [pk]))


def _list_item_saved(sender, instance, raw=False, created=False, **kwargs):
    """A renamed document type or issuing body is indexed with every document it names."""
    if raw or created:
        return
    column = "doc_type_id" if isinstance(instance, DocumentType) else "issuer_id"
    ids = list(
        LegalDocument.objects.filter(live=True, **{column: instance.pk}).values_list(
            "pk", flat=True
        )
    )
    if ids:
        transaction.on_commit(lambda: reindex_objects.enqueue(LEGAL_DOCUMENT, ids))


def register():
    registry.register_source(LegalDocuments())
    registry.register_list("doc_type", DocumentType)
    registry.register_list("issuer", IssuingBody)
    registry.register_statuses(EffectStatus.choices)
    post_save.connect(_document_saved, sender=LegalDocument, dispatch_uid="search_document_saved")
    post_delete.connect(
        _document_deleted, sender=LegalDocument, dispatch_uid="search_document_deleted"
    )
    for model in (DocumentType, IssuingBody):
        post_save.connect(_list_item_saved, sender=model, dispatch_uid=f"search_{model.__name__}")
