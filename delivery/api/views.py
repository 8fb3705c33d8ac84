"""Endpoints of the content API (``/api/v2/``): Wagtail's viewsets with references
loaded in bulk, related rows prefetched, and the project's filters."""

import functools
import json

from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.signing import BadSignature
from django.db.models import Count, QuerySet, Window
from django.http import Http404, HttpResponse
from django.utils.cache import patch_cache_control

from wagtail.api import APIField
from wagtail.api.v2 import filters as wagtail_filters
from wagtail.api.v2 import views as wagtail_views
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError
from wagtail.documents.api.v2.views import DocumentsAPIViewSet as WagtailDocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet as WagtailImagesAPIViewSet

from home.api.fields import OriginalFileURLField, ReferenceField, TagNamesField
from home.api.references import References
from home.documents import public_documents

from . import page_cache, public_pages
from .filters import ClassificationFilter, FoldedSearchFilter, PublishedDateFilter, SectionFilter
from .parameters import CheckedParametersMixin
from .serializers import PageSerializer

PROJECT_FILTERS = ["section", "unit", "legal_field", "tag", "published_after", "published_before"]


class SerializerClasses:
    """Serializer classes by what Wagtail makes them from; at most ``size`` of them (the
    ``fields`` parameter is the client's to choose)."""

    def __init__(self, size):
        self.size = size
        self.classes = {}

    def get(self, key, make):
        serializer_class = self.classes.get(key)
        if serializer_class is None:
            serializer_class = make()
            if len(self.classes) >= self.size:
                self.classes.clear()
            self.classes[key] = serializer_class
        return serializer_class


serializer_classes = SerializerClasses(256)


class ReferencesMixin:
    """Hands serializers a ``References`` that has loaded, before they run, what all the
    instances of the response refer to."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        self.references = References(request)

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "references": self.references}

    def get_serializer(self, *args, **kwargs):
        serializer = super().get_serializer(*args, **kwargs)
        self.references.prepare(serializer)
        return serializer

    def get_renderer_context(self):
        # Compact JSON: Wagtail indents by 4, a third of the bytes of a listing.
        return {**super().get_renderer_context(), "indent": None}

    def handle_exception(self, exc):
        response = super().handle_exception(exc)
        # The same error shape as the project's /api/ endpoints, keeping Wagtail's key.
        if isinstance(response.data, dict) and "message" in response.data:
            response.data["detail"] = response.data["message"]
        return response


class ListingPagination(WagtailPagination):
    """Wagtail's pagination, counting only when the total is asked for and not known yet:
    a listing that reads its rows with the total beside them (``COUNT(*) OVER ()``, see
    ``PagesAPIViewSet.rendered_pages``) spares the query that counts."""

    def paginate_queryset(self, queryset, request, view=None):
        # Wagtail's own checks of ?limit= and ?offset=, on a stand-in that gives back
        # the bounds instead of slicing and counts nothing.
        bounds = super().paginate_queryset(_Bounds(), request, view)
        self.queryset = queryset
        self.total_count = None
        return queryset[bounds]

    def total(self):
        if self.total_count is None:
            self.total_count = self.queryset.count()
        return self.total_count


class _Bounds:
    def count(self):
        return None

    def __getitem__(self, bounds):
        return bounds


class PagesAPIViewSet(CheckedParametersMixin, ReferencesMixin, wagtail_views.PagesAPIViewSet):
    base_serializer_class = PageSerializer
    pagination_class = ListingPagination
    filter_backends = [
        wagtail_filters.FieldsFilter,
        wagtail_filters.ChildOfFilter,
        wagtail_filters.AncestorOfFilter,
        wagtail_filters.DescendantOfFilter,
        SectionFilter,
        ClassificationFilter,
        PublishedDateFilter,
        wagtail_filters.OrderingFilter,
        wagtail_filters.TranslationOfFilter,
        wagtail_filters.LocaleFilter,
        # Last: search results cannot be filtered further.
        FoldedSearchFilter,
    ]
    known_query_parameters = wagtail_views.PagesAPIViewSet.known_query_parameters.union(
        PROJECT_FILTERS
    )

    def get_base_queryset(self):
        # Wagtail asks for it several times a request; each time costs the queries that
        # find the site, its root page and the view restrictions.
        if not hasattr(self, "_base_queryset"):
            self._base_queryset = public_pages.get(self.request, super().get_base_queryset)
        return self._base_queryset

    def get_queryset(self):
        # Asked for by the listing and again for its serializer class; the same for
        # every request for the same site and page type (see public_pages).
        if not hasattr(self, "_queryset"):
            self._queryset = public_pages.get(
                self.request, self._build_queryset, "type", self.request.GET.get("type")
            )
        return self._queryset

    def _build_queryset(self):
        from home.models import BasePage

        queryset = super().get_queryset().select_related("locale", "alias_of")
        if issubclass(queryset.model, BasePage):
            queryset = queryset.select_related("unit").prefetch_related("legal_fields", "tags")
        return queryset

    @classmethod
    def get_available_fields(cls, model, db_fields_only=False):
        # Asked for by several filters and checks of every request; a copy, since
        # Wagtail's callers may change the list.
        return list(cls._available_fields(model, db_fields_only))

    @classmethod
    @functools.cache
    def _available_fields(cls, model, db_fields_only):
        fields = super().get_available_fields(model, db_fields_only)
        if db_fields_only:
            # Wagtail's exact-match field filter would read ?unit= as an id; the
            # classification filter handles it (id or slug) instead.
            fields = [field for field in fields if field not in PROJECT_FILTERS]
        return tuple(fields)

    def get_serializer_class(self):
        # Wagtail makes a class for each call, the same for the same model, fields and
        # view: each process keeps the ones it made.
        if not hasattr(self, "_serializer_class"):
            if self.action == "listing_view":
                model = self.get_queryset().model
            else:
                model = type(self.get_object())
            key = (type(self), model, self.action, self.request.GET.get("fields"))
            self._serializer_class = serializer_classes.get(key, super().get_serializer_class)
        return self._serializer_class

    def listing_view(self, request):
        queryset = self.get_queryset()
        self.check_query_parameters(queryset)
        queryset = self.filter_queryset(queryset)
        pages = self.paginate_queryset(queryset)
        items = self.rendered_pages(pages)
        total_count = self.paginator.total()
        # What Wagtail's pagination would render, put together from the pages' JSON.
        body = b'{"meta":{"total_count":%d},"items":[%s]}' % (total_count, b",".join(items))
        return self.json_response(
            body,
            lambda: {
                "meta": {"total_count": total_count},
                "items": [json.loads(item) for item in items],
            },
        )

    def detail_view(self, request, pk):
        [body] = self.rendered_pages([self.get_object()])
        return self.json_response(body, lambda: json.loads(body))

    def changes_with_time(self):
        """Whether the pages of this response say something that changes with the clock
        alone (an online exchange's ``state``): such pages are rendered for each request
        and their responses kept by clients and proxies only, never by the server, whose
        caches retire entries only when content is saved."""
        model = self.get_serializer_class().Meta.model
        return getattr(model, "api_changes_with_time", False)

    def rendered_pages(self, pages):
        """The JSON of each of ``pages`` (a listing's slice, or a list of loaded pages),
        in order: from the cache when it has them (see ``page_cache``), serialised and
        kept otherwise."""
        serializer_class = self.get_serializer_class()  # also checks ?fields=
        if not page_cache.enabled() or self.changes_with_time():
            return self.render(pages)
        cached = page_cache.PageCache(self, serializer_class)
        if isinstance(pages, QuerySet):
            # The key columns only (the pages themselves are loaded if they are missing),
            # and the listing's total beside them.
            rows = list(
                pages.prefetch_related(None).values_list(
                    "pk", "live_revision_id", Window(Count("*"))
                )
            )
            if rows and not pages.query.distinct:
                self.paginator.total_count = rows[0][2]
            rows = [(pk, revision_id) for pk, revision_id, _ in rows]
            loaded = None
        else:
            loaded = list(pages)
            rows = [(page.pk, page.live_revision_id) for page in loaded]
        found = cached.get_many(rows)
        missing = {pk for pk, _ in rows} - found.keys()
        if missing:
            if loaded is None:
                loaded = self.get_queryset().filter(pk__in=missing)
            by_pk = {page.pk: page for page in loaded if page.pk in missing}
            # In the listing's order; a page unpublished since its row was read is left out.
            to_render = [by_pk[pk] for pk, _ in rows if pk in by_pk]
            rendered = dict(zip(to_render, self.render(to_render), strict=True))
            if self.references.complete:
                cached.set_many(
                    {(page.pk, page.live_revision_id): body for page, body in rendered.items()}
                )
            found.update((page.pk, body) for page, body in rendered.items())
        return [found[pk] for pk, _ in rows if pk in found]

    def render(self, pages):
        """Each page's JSON, rendered as the response's renderer renders the whole."""
        renderer, context = JSONRenderer(), self.get_renderer_context()
        serializer = self.get_serializer(pages, many=True)
        return [renderer.render(item, renderer_context=context) for item in serializer.data]

    def json_response(self, body, data):
        """``body``, JSON already rendered, unless the client negotiated another format
        (the browsable API), which gets ``data()`` to render."""
        if self.request.accepted_renderer.format == JSONRenderer.format:
            response = HttpResponse(body, content_type=JSONRenderer.media_type)
        else:
            response = Response(data())
        if self.changes_with_time():
            # Set here, the header keeps the response out of the server's response cache.
            patch_cache_control(response, public=True, max_age=settings.PUBLIC_CACHE_MAX_AGE)
        return response


class PagePreviewAPIViewSet(PagesAPIViewSet):
    """``/api/v2/page_preview/?content_type=<app.model>&token=<token>``: the unsaved
    preview an editor opened for a headless front-end, shaped like a page in the API."""

    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(["content_type", "token"])

    def listing_view(self, request):
        serializer = self.get_serializer(self.get_object())
        response = Response(serializer.data)
        # A preview is for the editor who opened it: never stored by any cache.
        response["Cache-Control"] = "private, no-store"
        return response

    def detail_view(self, request, pk):
        raise Http404("use ?content_type=…&token=…")

    def get_serializer_class(self):
        # All of the page's fields, as its detail view has them.
        self.action = "detail_view"
        return super().get_serializer_class()

    def get_object(self):
        if hasattr(self, "_preview_page"):
            return self._preview_page
        content_type = self.request.GET.get("content_type", "")
        token = self.request.GET.get("token", "")
        if not content_type or not token:
            raise BadRequestError("content_type and token are required")
        try:
            app_label, model_name = content_type.split(".")
            model = ContentType.objects.get_by_natural_key(app_label, model_name).model_class()
        except (ValueError, ContentType.DoesNotExist) as error:
            raise BadRequestError(f"unknown content_type '{content_type}'") from error
        if model is None or not hasattr(model, "get_page_from_preview_token"):
            raise BadRequestError(f"'{content_type}' has no headless preview")
        try:
            page = model.get_page_from_preview_token(token)
        except BadSignature as error:
            raise Http404("invalid preview token") from error
        if page is None:
            raise Http404("preview not found or expired")
        self._preview_page = page
        return page


def _with_prefetched_tags(meta_fields):
    return [
        APIField("tags", serializer=TagNamesField()) if field == "tags" else field
        for field in meta_fields
    ]


class ImagesAPIViewSet(CheckedParametersMixin, ReferencesMixin, WagtailImagesAPIViewSet):
    meta_fields = [
        APIField("download_url", serializer=OriginalFileURLField())
        if field == "download_url"
        else field
        for field in _with_prefetched_tags(WagtailImagesAPIViewSet.meta_fields)
    ]
    body_fields = [
        *WagtailImagesAPIViewSet.body_fields,
        "alt_text",
        APIField("renditions", serializer=ReferenceField("image", part="renditions", source="pk")),
    ]
    listing_default_fields = [
        *WagtailImagesAPIViewSet.listing_default_fields,
        "alt_text",
        "renditions",
    ]

    def get_queryset(self):
        return super().get_queryset().prefetch_related("tags")


class DocumentsAPIViewSet(CheckedParametersMixin, ReferencesMixin, WagtailDocumentsAPIViewSet):
    """Public documents only: a private collection's documents are neither listed nor
    found by id (their title and file name are not for everyone either)."""

    body_fields = [*WagtailDocumentsAPIViewSet.body_fields, "file_size"]
    meta_fields = _with_prefetched_tags(WagtailDocumentsAPIViewSet.meta_fields)
    listing_default_fields = [*WagtailDocumentsAPIViewSet.listing_default_fields, "file_size"]

    def get_queryset(self):
        return public_documents(super().get_queryset()).prefetch_related("tags")
