"""Content API filters beyond Wagtail's: section, unit, legal field, tag, publication
dates, and search that forgives missing Vietnamese diacritics."""

import datetime

from rest_framework.filters import BaseFilterBackend

from django.apps import apps
from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from wagtail.api.v2.utils import BadRequestError
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.base import FilterFieldError, OrderByFieldError

from core.vietnamese import fold
from home.models import BasePage, PageTag, SectionPage

from .parameters import is_number


def classified_page_models():
    """Concrete page models carrying unit, legal fields and tags (BasePage subclasses)."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, BasePage) and not model._meta.abstract
    ]


def filter_classified(queryset, condition):
    """Filter on BasePage fields; Page-typed listings match through each page type."""
    if issubclass(queryset.model, BasePage):
        return queryset.filter(pk__in=queryset.model.objects.filter(condition).values("pk"))
    matching = Q()
    for model in classified_page_models():
        matching |= Q(pk__in=model.objects.filter(condition).values("pk"))
    return queryset.filter(matching)


class SectionFilter(BaseFilterBackend):
    """``?section=<id or slug>``: content below a section (chuyên mục)."""

    def filter_queryset(self, request, queryset, view):
        value = request.GET.get("section")
        if not value:
            return queryset
        sections = SectionPage.objects.filter(**_id_or_slug(value))
        if "locale" in request.GET:
            sections = sections.filter(locale__language_code=request.GET["locale"])
        section = sections.order_by("pk").first()
        if section is None:
            raise BadRequestError(f"section not found: {value}")
        return queryset.descendant_of(section)


class ClassificationFilter(BaseFilterBackend):
    """``?unit=``, ``?legal_field=`` (id or slug) and ``?tag=`` (slug or name)."""

    def filter_queryset(self, request, queryset, view):
        for parameter, field in (("unit", "unit"), ("legal_field", "legal_fields")):
            value = request.GET.get(parameter)
            if value:
                lookup = {f"{field}__{key}": item for key, item in _id_or_slug(value).items()}
                queryset = filter_classified(queryset, Q(**lookup))
        tag = request.GET.get("tag")
        if tag:
            # One tag table serves every page type, so this works on any listing.
            tagged = PageTag.objects.filter(Q(tag__slug=tag) | Q(tag__name=tag))
            queryset = queryset.filter(pk__in=tagged.values("content_object_id"))
        return queryset


class PublishedDateFilter(BaseFilterBackend):
    """``?published_after=`` / ``?published_before=``: first publication date, inclusive
    calendar days in the site's time zone (YYYY-MM-DD)."""

    def filter_queryset(self, request, queryset, view):
        after = _parse_date(request, "published_after")
        before = _parse_date(request, "published_before")
        if after and before and after > before:
            raise BadRequestError("published_after must not be later than published_before")
        if after:
            queryset = queryset.filter(first_published_at__gte=_start_of(after))
        if before:
            queryset = queryset.filter(
                first_published_at__lt=_start_of(before + datetime.timedelta(days=1))
            )
        return queryset


class FoldedSearchFilter(BaseFilterBackend):
    """``?search=``: full-text search with the query folded like the index (page types
    index a folded copy of their text), so "luat dat dai" finds "Luật Đất đai".

    The operator is explicit ("and" unless ``search_operator=or``), because the search
    backends' defaults differ.
    """

    def filter_queryset(self, request, queryset, view):
        query = request.GET.get("search")
        if query is None:
            return queryset
        if not getattr(settings, "WAGTAILAPI_SEARCH_ENABLED", True):
            raise BadRequestError("search is disabled")
        operator = request.GET.get("search_operator", "and")
        if operator not in ("and", "or"):
            raise BadRequestError("search_operator must be 'and' or 'or'")
        try:
            return get_search_backend().search(
                fold(query),
                queryset,
                operator=operator,
                order_by_relevance="order" not in request.GET,
            )
        except (FilterFieldError, OrderByFieldError) as error:
            raise BadRequestError(
                f"cannot combine this filter or order with search: {error}"
            ) from error


def _id_or_slug(value):
    return {"pk": int(value)} if is_number(value) else {"slug": value}


def _parse_date(request, parameter):
    value = request.GET.get(parameter)
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as error:
        raise BadRequestError(f"{parameter} must be a date as YYYY-MM-DD, got '{value}'") from error


def _start_of(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
