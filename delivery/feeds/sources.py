"""What each feed lists: the whole site, a section, a unit, a legal field or a tag, the
published legal Q&A of one legal field, and the episodes of a TV programme.

Every feed lists content in the language of the request, from the home page of that
language on the requested site.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404

from taggit.models import Tag
from wagtail.models import Locale, Site

from home.models import (
    HomePage,
    LegalField,
    PageTag,
    SectionPage,
    SiteIdentity,
    Unit,
    content_page_models,
    live_content,
)
from publications.models import ProgrammePage
from qa.models import QAIndexPage, QuestionAnswerPage


@dataclass(frozen=True)
class FeedSource:
    request: HttpRequest
    site: Site
    title: str
    link: str
    description: str
    publisher: str
    pages: QuerySet


def _home(request):
    """The site and its home page in the request's language; 404 when the site has no
    home page in that language."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404("Không có trang nào ở địa chỉ này.")
    home = (
        HomePage.objects.live()
        .filter(translation_key=site.root_page.translation_key, locale=Locale.get_active())
        .first()
    )
    if home is None:
        raise Http404("Trang chưa có nội dung bằng ngôn ngữ này.")
    return site, home


def _content_below(home):
    # Aliases repeat another page's content (an untranslated page in the English tree
    # holds the Vietnamese text), so they would show twice or in the wrong language.
    return live_content(home).filter(alias_of__isnull=True)


def _classified_as(**lookup):
    """Content pages whose own classification fields match ``lookup``. Each content type
    keeps its unit and legal fields in its own table, hence one sub-query a type."""
    condition = Q()
    for model in content_page_models():
        condition |= Q(pk__in=model.objects.filter(**lookup).values("pk"))
    return condition


def _source(request, site, home, pages, *, title="", link="", description=""):
    site_name = site.site_name or settings.WAGTAIL_SITE_NAME
    return FeedSource(
        request=request,
        site=site,
        title=f"{title} | {site_name}" if title else site_name,
        link=link or home.get_full_url(request),
        description=description or title or site_name,
        publisher=SiteIdentity.for_request(request).organisation,
        pages=pages,
    )


def whole_site(request):
    site, home = _home(request)
    return _source(
        request,
        site,
        home,
        _content_below(home),
        description=home.search_description or home.summary,
    )


def section(request, slug):
    return _branch(request, SectionPage, slug, "Không có chuyên mục này.")


def _branch(request, model, slug, missing):
    """The content below the published, public page of ``model`` with ``slug``. Slugs
    are unique among siblings only: a page below may reuse one, the shallower wins."""
    site, home = _home(request)
    found = (
        model.objects.live()
        .public()
        .descendant_of(home)
        .filter(slug=slug)
        .order_by("depth", "path")
        .first()
    )
    if found is None:
        raise Http404(missing)
    return _source(
        request,
        site,
        home,
        _content_below(found),
        title=found.title,
        link=found.get_full_url(request),
        description=found.search_description or found.summary,
    )


def unit(request, slug):
    site, home = _home(request)
    owner = get_object_or_404(Unit, slug=slug)
    pages = _content_below(home).filter(_classified_as(unit=owner))
    return _source(request, site, home, pages, title=owner.name)


def legal_field(request, slug):
    site, home = _home(request)
    field = get_object_or_404(LegalField, slug=slug)
    pages = _content_below(home).filter(_classified_as(legal_fields=field))
    return _source(request, site, home, pages, title=field.name, description=field.description)


def tag(request, slug):
    site, home = _home(request)
    found = get_object_or_404(Tag, slug=slug)
    tagged = PageTag.objects.filter(tag=found).values("content_object_id")
    pages = _content_below(home).filter(pk__in=tagged)
    return _source(request, site, home, pages, title=found.name)


def qa_legal_field(request, slug):
    """The published answers of one legal field, linked to that field's listing in the
    Q&A section."""
    site, home = _home(request)
    field = get_object_or_404(LegalField, slug=slug)
    answers = QuestionAnswerPage.objects.filter(legal_fields=field).values("pk")
    pages = _content_below(home).type(QuestionAnswerPage).filter(pk__in=answers)
    section = QAIndexPage.objects.live().public().descendant_of(home).order_by("path").first()
    if section is None:
        raise Http404("Trang chưa có chuyên mục hỏi đáp.")
    return _source(
        request,
        site,
        home,
        pages,
        title=f"{section.title}: {field.name}",
        link=section.get_full_url(request) + section.reverse_subpage("field_route", args=[slug]),
        description=field.description,
    )


def programme(request, slug):
    """The published episodes of a programme of the TV channel, for district sites that
    show it."""
    return _branch(request, ProgrammePage, slug, "Không có chương trình này.")
