"""``/api/taxonomy/``: the lists district sites filter content by (units, legal fields,
sections, tags), with the values the content API's filters accept."""

from ninja import Query, Router, Schema
from ninja.errors import HttpError

from django.conf import settings
from django.db.models import Count

from wagtail.models import Page

from home.models import LegalField, PageTag, SectionPage, Unit

# Operation ids are those the endpoints had before the API moved to the delivery app:
# clients generated from /api/openapi.json name their methods after them.
router = Router(tags=["Phân loại"])


class UnitOut(Schema):
    id: int
    name: str
    short_name: str
    slug: str
    kind: Unit.Kind
    kind_label: str


class UnitQuery(Schema):
    kind: Unit.Kind | None = None
    include_inactive: bool = False


class LegalFieldOut(Schema):
    id: int
    name: str
    slug: str
    description: str


class SectionOut(Schema):
    id: int
    title: str
    slug: str
    url: str | None
    parent_id: int | None
    unit: str | None


class TagOut(Schema):
    name: str
    slug: str
    pages: int


class LocaleQuery(Schema):
    locale: str = "vi"

    def language_code(self):
        if self.locale not in dict(settings.WAGTAIL_CONTENT_LANGUAGES):
            raise HttpError(400, f"Ngôn ngữ không hợp lệ: '{self.locale}'.")
        return self.locale


@router.get(
    "/units",
    response=list[UnitOut],
    summary="Đơn vị (sở, ngành, xã, phường)",
    operation_id="home_api_taxonomy_units",
)
def units(request, filters: Query[UnitQuery]):
    queryset = Unit.objects.all()
    if filters.kind:
        queryset = queryset.filter(kind=filters.kind)
    if not filters.include_inactive:
        queryset = queryset.filter(is_active=True)
    return [
        UnitOut(
            id=unit.pk,
            name=unit.name,
            short_name=unit.short_name,
            slug=unit.slug,
            kind=unit.kind,
            kind_label=unit.get_kind_display(),
        )
        for unit in queryset
    ]


@router.get(
    "/legal-fields",
    response=list[LegalFieldOut],
    summary="Lĩnh vực pháp luật",
    operation_id="home_api_taxonomy_legal_fields",
)
def legal_fields(request):
    return list(LegalField.objects.all())


@router.get(
    "/sections",
    response=list[SectionOut],
    summary="Chuyên mục đang xuất bản",
    operation_id="home_api_taxonomy_sections",
)
def sections(request, filters: Query[LocaleQuery]):
    queryset = (
        SectionPage.objects.live()
        .public()
        .filter(locale__language_code=filters.language_code())
        .select_related("unit")
        .order_by("path")
    )
    parents = {
        page.path: page.pk
        for page in Page.objects.filter(
            path__in={section.path[: -SectionPage.steplen] for section in queryset}
        )
    }
    return [
        SectionOut(
            id=section.pk,
            title=section.title,
            slug=section.slug,
            url=section.get_full_url(request),
            parent_id=parents.get(section.path[: -SectionPage.steplen]),
            unit=section.unit.slug if section.unit else None,
        )
        for section in queryset
    ]


@router.get(
    "/tags",
    response=list[TagOut],
    summary="Thẻ của nội dung đang xuất bản",
    operation_id="home_api_taxonomy_tags",
)
def tags(request, filters: Query[LocaleQuery]):
    public_pages = (
        Page.objects.live().public().filter(locale__language_code=filters.language_code())
    )
    counts = (
        PageTag.objects.filter(content_object__in=public_pages)
        .values("tag__name", "tag__slug")
        .annotate(pages=Count("content_object", distinct=True))
        .order_by("-pages", "tag__name")
    )
    return [
        TagOut(name=row["tag__name"], slug=row["tag__slug"], pages=row["pages"]) for row in counts
    ]
