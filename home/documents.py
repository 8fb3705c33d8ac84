"""Documents leave the site only through Wagtail's document view, which checks the
privacy of their collection (a shared password, signed-in users, or groups).

The reverse proxy serves images from ``/media/`` but never documents; in production the
view hands an allowed file to nginx with ``X-Accel-Redirect`` (``home.sendfile_nginx``)
instead of streaming it from Python.
"""

from django.db.models import Q
from django.utils.cache import patch_cache_control

from wagtail.documents import get_document_model
from wagtail.documents.views import serve as document_views
from wagtail.models import Collection


def private_collections():
    """Collections with a view restriction of their own or on an ancestor."""
    restricted = Collection.objects.filter(view_restrictions__isnull=False).distinct()
    within = Q(pk__in=[])
    for collection in restricted:
        within |= Q(path__startswith=collection.path)
    return Collection.objects.filter(within)


def public_documents(queryset):
    """``queryset`` without the documents of private collections."""
    return queryset.exclude(collection__in=private_collections())


def serve(request, document_id, document_filename):
    """Wagtail's view; a private document's responses are kept out of shared caches
    (a CDN caches PDFs by default), whether the file or the password form."""
    response = document_views.serve(request, document_id, document_filename)
    document = (
        get_document_model().objects.select_related("collection").filter(pk=document_id).first()
    )
    if document and document.collection.get_view_restrictions().exists():
        patch_cache_control(response, private=True, no_store=True)
    return response
