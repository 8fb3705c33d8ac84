"""The legal bookshelf (Tủ sách pháp luật): one page that serves every published legal
document at a readable address, browse lists by type, issuing body, legal field, year and
effect status, and the province's e-books, e-leaflets and e-lectures.

Documents are snippets, not pages, so the page routes to them itself
(``/tu-sach-phap-luat/van-ban/<slug>/``) and gives their addresses to everyone else
(``BookshelfPage.document_url``): templates, the search API, sitemaps, structured data.
"""

import datetime

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F
from django.db.models.functions import ExtractYear
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Locale, Page, Site

from core import content_version
from home.cards import with_card_data
from home.headless_preview import MODE_PREFIX as HEADLESS_MODE_PREFIX
from home.models import BasePage, LegalField
from home.pagination import paginate
from publications.models import EBookPage, LeafletPage, LecturePage
from publications.structured_data import json_ld_script

from .legal_documents import DocumentType, EffectStatus, IssuingBody, LegalDocument

DOCUMENTS_CATEGORY = "van-ban-phap-luat"
# URL part -> (heading, page type or None for the legal documents themselves).
CATEGORIES = {
    DOCUMENTS_CATEGORY: ("Văn bản pháp luật", None),
    "sach-dien-tu": ("Sách pháp luật điện tử", EBookPage),
    "to-gap": ("Tờ gấp pháp luật điện tử", LeafletPage),
    "bai-giang": ("Bài giảng điện tử", LecturePage),
}
STATUS_SLUGS = {status: status.value.replace("_", "-") for status in EffectStatus}
STATUSES_BY_SLUG = {slug: status for status, slug in STATUS_SLUGS.items()}
NEWEST_DOCUMENTS = 10
NEWEST_PUBLICATIONS = 4
LISTING_PAGE_SIZE = 20


def live_documents():
    """Published documents, newest issued first, with what a listing row shows."""
    return (
        LegalDocument.objects.filter(live=True)
        .select_related("doc_type", "issuer")
        .order_by(F("issued_date").desc(nulls_last=True), "-pk")
    )


class BookshelfPage(RoutablePageMixin, BasePage):
    """The legal bookshelf: editors write its introduction; the documents, browse lists
    and publication listings fill themselves from what is published."""

    intro = RichTextField(
        "giới thiệu",
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text="Hiển thị đầu trang tủ sách, trên danh mục và ô tìm kiếm.",
    )

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    api_fields = [*BasePage.api_fields, APIField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    template = "bookshelf/bookshelf_page.html"
    listing_template = "bookshelf/bookshelf_listing.html"
    document_template = "bookshelf/legal_document.html"

    class Meta:
        # The table keeps the name it had before the model moved to this app.
        db_table = "publications_bookshelfpage"
        verbose_name = "tủ sách pháp luật"
        verbose_name_plural = "tủ sách pháp luật"

    @classmethod
    def document_url(cls, document, request=None, full=False):
        """The address of ``document`` on the site's bookshelf (the first live one in the
        default language), or None when there is none. Costs no query once the bookshelf
        is known, so listings and search results may call it for every document."""
        bookshelf = live_bookshelf()
        if bookshelf is None:
            return None
        base = bookshelf.get_full_url(request) if full else bookshelf.get_url(request)
        if base is None:
            return None
        return base + bookshelf.reverse_subpage("legal_document", args=[document.slug])

    def route_url(self, name, *args):
        return self.url + self.reverse_subpage(name, args=list(args))

    def serve_preview(self, request, mode_name):
        if mode_name.startswith(HEADLESS_MODE_PREFIX):
            # Headless front-ends preview the page's own fields, as for any page.
            return BasePage.serve_preview(self, request, mode_name)
        return super().serve_preview(request, mode_name)

    @path("")
    def index_route(self, request):
        return self.render(request, context_overrides=self.index_context())

    @path("van-ban/<slug:slug>/", name="legal_document")
    def legal_document_route(self, request, slug):
        document = live_documents().filter(slug=slug).first()
        if document is None:
            raise Http404("Không có văn bản này trên tủ sách.")
        context = self.get_context(request)
        context.update(document_context(document, bookshelf=self))
        context["canonical_url"] = self.document_url(document, request=request, full=True)
        context["structured_data"] = json_ld_script(document, site=Site.find_for_request(request))
        return TemplateResponse(request, self.document_template, context)

    @path("loai/<slug:slug>/", name="by_type")
    def by_type_route(self, request, slug):
        doc_type = _get_or_404(DocumentType, slug)
        return self.render_documents(
            request, live_documents().filter(doc_type=doc_type), "Loại văn bản", doc_type.name
        )

    @path("co-quan/<slug:slug>/", name="by_issuer")
    def by_issuer_route(self, request, slug):
        issuer = _get_or_404(IssuingBody, slug)
        return self.render_documents(
            request, live_documents().filter(issuer=issuer), "Cơ quan ban hành", issuer.name
        )

    @path("linh-vuc/<slug:slug>/", name="by_legal_field")
    def by_legal_field_route(self, request, slug):
        legal_field = _get_or_404(LegalField, slug)
        return self.render_documents(
            request,
            live_documents().filter(legal_fields=legal_field),
            "Lĩnh vực",
            legal_field.name,
        )

    @path("nam/<int:year>/", name="by_year")
    def by_year_route(self, request, year):
        if not datetime.MINYEAR <= year <= datetime.MAXYEAR:
            raise Http404("Không có văn bản ban hành năm này.")
        documents = live_documents().filter(issued_date__year=year)
        if not documents.exists():
            raise Http404("Không có văn bản ban hành năm này.")
        return self.render_documents(request, documents, "Năm ban hành", str(year))

    @path("hieu-luc/<slug:status>/", name="by_status")
    def by_status_route(self, request, status):
        effect_status = STATUSES_BY_SLUG.get(status)
        if effect_status is None:
            raise Http404("Không có tình trạng hiệu lực này.")
        return self.render_documents(
            request,
            live_documents().filter(status=effect_status),
            "Tình trạng hiệu lực",
            effect_status.label,
        )

    @path("danh-muc/<slug:category>/", name="category")
    def category_route(self, request, category):
        if category not in CATEGORIES:
            raise Http404("Không có danh mục này.")
        heading, page_type = CATEGORIES[category]
        if page_type is None:
            return self.render_documents(request, live_documents(), "Danh mục", heading)
        listing = paginate(request, self.publications(page_type), LISTING_PAGE_SIZE)
        listing.object_list = with_card_data(listing.object_list.specific())
        return self.render(
            request,
            template=self.listing_template,
            context_overrides={
                "listing_kind": "Danh mục",
                "listing_heading": heading,
                "listing": listing,
                "lists_documents": False,
            },
        )

    def render_documents(self, request, documents, kind, heading):
        return self.render(
            request,
            template=self.listing_template,
            context_overrides={
                "listing_kind": kind,
                "listing_heading": heading,
                "listing": paginate(request, documents, LISTING_PAGE_SIZE),
                "lists_documents": True,
            },
        )

    def publications(self, page_type=None):
        """Live, public e-books, e-leaflets and e-lectures in this page's language."""
        pages = Page.objects.live().public().filter(locale_id=self.locale_id)
        page_types = [page_type] if page_type else [EBookPage, LeafletPage, LecturePage]
        return pages.type(*page_types).order_by("-first_published_at", "-pk")

    def index_context(self):
        documents = LegalDocument.objects.filter(live=True)
        return {
            "categories": self.categories(documents),
            "newest_documents": list(live_documents()[:NEWEST_DOCUMENTS]),
            "newest_publications": with_card_data(
                self.publications().specific()[:NEWEST_PUBLICATIONS]
            ),
            "browse_lists": self.browse_lists(documents),
            "search_url": reverse("search"),
        }

    def categories(self, documents):
        """[{slug, heading, count, url}] for each category that has something in it."""
        page_types = [page_type for _, page_type in CATEGORIES.values() if page_type]
        counts = dict(
            self.publications()
            .order_by()
            .values_list("content_type")
            .annotate(count=Count("pk"))
            .values_list("content_type", "count")
        )
        type_counts = {
            page_type: sum(
                count
                for content_type, count in counts.items()
                if issubclass(_model_of(content_type), page_type)
            )
            for page_type in page_types
        }
        type_counts[None] = documents.count()
        return [
            {
                "slug": slug,
                "heading": heading,
                "count": type_counts[page_type],
                "url": self.route_url("category", slug),
            }
            for slug, (heading, page_type) in CATEGORIES.items()
            if type_counts[page_type]
        ]

    def browse_lists(self, documents):
        """The ways into the documents, each a heading and [{label, count, url}]."""
        documents = documents.order_by()
        by_type = (
            documents.values("doc_type__name", "doc_type__slug", "doc_type__sort_order")
            .annotate(count=Count("pk"))
            .order_by("doc_type__sort_order", "doc_type__name")
        )
        by_issuer = (
            documents.values("issuer__name", "issuer__slug", "issuer__sort_order")
            .annotate(count=Count("pk"))
            .order_by("issuer__sort_order", "issuer__name")
        )
        by_field = (
            LegalField.objects.filter(legal_documents__live=True)
            .annotate(count=Count("legal_documents"))
            .order_by("sort_order", "name")
        )
        by_year = (
            documents.exclude(issued_date=None)
            .annotate(year=ExtractYear("issued_date"))
            .values("year")
            .annotate(count=Count("pk"))
            .order_by("-year")
        )
        by_status = dict(documents.values_list("status").annotate(count=Count("pk")))
        return [
            (
                "Theo loại văn bản",
                [
                    _entry(row["doc_type__name"], row["count"], self.route_url("by_type", slug))
                    for row in by_type
                    if (slug := row["doc_type__slug"])
                ],
            ),
            (
                "Theo cơ quan ban hành",
                [
                    _entry(row["issuer__name"], row["count"], self.route_url("by_issuer", slug))
                    for row in by_issuer
                    if (slug := row["issuer__slug"])
                ],
            ),
            (
                "Theo lĩnh vực",
                [
                    _entry(field.name, field.count, self.route_url("by_legal_field", field.slug))
                    for field in by_field
                ],
            ),
            (
                "Theo tình trạng hiệu lực",
                [
                    _entry(
                        status.label,
                        by_status[status],
                        self.route_url("by_status", STATUS_SLUGS[status]),
                        status=status.value,
                    )
                    for status in EffectStatus
                    if by_status.get(status)
                ],
            ),
            (
                "Theo năm ban hành",
                [
                    _entry(str(row["year"]), row["count"], self.route_url("by_year", row["year"]))
                    for row in by_year
                ],
            ),
        ]


def _entry(label, count, url, status=""):
    return {"label": label, "count": count, "url": url, "status": status}


def _model_of(content_type_id):
    return ContentType.objects.get_for_id(content_type_id).model_class()


def _get_or_404(model, slug):
    try:
        return model.objects.get(slug=slug)
    except model.DoesNotExist:
        raise Http404(f"Không có {model._meta.verbose_name} này.") from None


@content_version.per_version
def live_bookshelf():
    """The first live bookshelf in the default language, or None; one query per change
    of published content, not per call."""
    return BookshelfPage.objects.live().filter(locale=Locale.get_default()).order_by("path").first()


def document_context(document, bookshelf=None):
    """Everything the document's page (and its preview in the admin) shows: table of
    contents, body with anchors, metadata links, attachments, relations both ways,
    the pages that explain it and its legal fields."""
    bookshelf = bookshelf or live_bookshelf()
    saved = document.pk is not None
    toc = document.table_of_contents
    return {
        "document": document,
        "bookshelf": bookshelf,
        "toc": toc,
        "body_html": toc.html,
        "links": _metadata_links(document, bookshelf),
        "legal_fields": _legal_fields(document, bookshelf),
        "attachments": list(document.attachments.select_related("document")),
        "outgoing_relations": _relation_groups(document.outgoing_relations(), "target"),
        "incoming_relations": (
            _relation_groups(document.incoming_relations(), "source") if saved else []
        ),
        "explained_by": _explaining_pages(document, bookshelf) if saved else [],
    }


def _metadata_links(document, bookshelf):
    if bookshelf is None:
        return {}
    links = {
        "doc_type": bookshelf.route_url("by_type", document.doc_type.slug),
        "issuer": bookshelf.route_url("by_issuer", document.issuer.slug),
        "status": bookshelf.route_url("by_status", STATUS_SLUGS[document.status]),
    }
    if document.issued_date:
        links["year"] = bookshelf.route_url("by_year", document.issued_date.year)
    return links


def _legal_fields(document, bookshelf):
    return [
        {
            "name": field.name,
            "url": bookshelf.route_url("by_legal_field", field.slug) if bookshelf else None,
        }
        for field in document.legal_fields.all()
    ]


def _relation_groups(groups, side):
    """[(label, [{number, title, url}])]: the other document of each relation, linked
    when it is published."""
    return [
        (label, [_related(relation, side) for relation in relations]) for label, relations in groups
    ]


def _related(relation, side):
    other = getattr(relation, side)
    if other is None or not other.live:
        # A document not (yet) on the bookshelf is named by its number only.
        number = relation.target_number if side == "target" else ""
        return {"number": number or (other.number if other else ""), "title": "", "url": None}
    return {
        "number": "" if other.has_no_number else other.number,
        "title": other.title,
        "url": BookshelfPage.document_url(other),
        "status": other.status,
        "status_label": other.get_status_display(),
    }


def _explaining_pages(document, bookshelf):
    """Published, public pages that introduce the document, in the bookshelf's language."""
    locale_id = bookshelf.locale_id if bookshelf else Locale.get_default().pk
    pages = (
        Page.objects.live()
        .public()
        .filter(legal_document_links__legal_document=document, locale_id=locale_id)
        .order_by("-first_published_at", "-pk")
    )
    return [{"page": page, "type": page.specific_class.get_verbose_name()} for page in pages]


def introduced_documents(page):
    """The published documents ``page`` introduces, in the editor's order; for the
    page's template, including previews of unsaved pages."""
    ids = [link.legal_document_id for link in page.legal_document_links.all()]
    if not ids:
        return []
    documents = live_documents().in_bulk(ids)
    return [documents[pk] for pk in ids if pk in documents]
