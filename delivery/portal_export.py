"""The province's published activities as a file for the national PBGDPL portal.

The national portal takes no live API: its editors import JSON or CSV files. The
endpoint ``GET /api/exports/activities`` and the ``export_national_portal`` command
build the same records with ``build_export`` and write them with ``render_export``.
The format is described in docs/national-portal-export.md.
"""

import csv
import datetime
import io
import logging
from typing import Literal
from urllib.parse import urljoin
from zoneinfo import ZoneInfo

from ninja import Field, Query, Router, Schema
from ninja.errors import HttpError
from pydantic import ConfigDict

from django.apps import apps
from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.text import capfirst

from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError
from wagtail.models import Page

from home.models import Unit

logger = logging.getLogger(__name__)
router = Router(tags=["Xuất dữ liệu"])

# Machine names the national portal maps to its own categories; they must not change.
ACTIVITY_TYPES = {
    "legal_news": "publications.LegalNewsPage",
    "infographic": "publications.InfographicPage",
    "video": "publications.VideoPage",
    "leaflet": "publications.LeafletPage",
    "ebook": "publications.EBookPage",
    "lecture": "publications.LecturePage",
    "qa": "qa.QuestionAnswerPage",
    "exchange": "qa.ExchangePage",
}

# Page types whose body is made of images, and the StreamFields holding them; each block
# has an ``image`` and an ``alt_text``.
BODY_IMAGE_STREAMS = {
    "publications.InfographicPage": ("images",),
    "publications.LeafletPage": ("panels",),
}

# Columns a record is made of; a year of pages is loaded at once, so bodies stay behind.
RECORD_FIELDS = (
    "title",
    "path",
    "url_path",
    "first_published_at",
    "summary",
    "unit",
    "cover_image",
    "social_image",
)

# The portal's contract is in Vietnam's time, whatever the server's TIME_ZONE says.
PROVINCE_TIME_ZONE = ZoneInfo("Asia/Ho_Chi_Minh")
SHARE_RENDITION = "fill-1200x630|format-jpeg"
MAX_RANGE_DAYS = 366
LIST_SEPARATOR = " | "

DEFAULT_LOCALE = "vi"
LANGUAGE_CODES = tuple(code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES)
CONTENT_TYPES = {"json": "application/json; charset=utf-8", "csv": "text/csv; charset=utf-8"}

ActivityType = Literal[tuple(ACTIVITY_TYPES)]
LanguageCode = Literal[LANGUAGE_CODES]
ExportFormat = Literal[tuple(CONTENT_TYPES)]


class ExportError(ValueError):
    """Export parameters that cannot be served; the message is shown to whoever asked."""


class BodyImage(Schema):
    url: str = Field(description="Địa chỉ tuyệt đối của ảnh gốc.")
    alt: str = Field(description="Văn bản thay thế (mô tả ảnh cho người khiếm thị).")


class ActivityImages(Schema):
    share: str | None = Field(
        description="Ảnh chia sẻ (hoặc ảnh đại diện) cắt 1200×630, định dạng JPEG."
    )
    original: str | None = Field(description="Tệp gốc của ảnh chia sẻ (hoặc ảnh đại diện).")
    body: list[BodyImage] = Field(
        description="Các ảnh của infographic hoặc các mặt tờ gấp, theo thứ tự; rỗng với loại khác."
    )


class Activity(Schema):
    id: int = Field(description="Mã trang, không đổi khi trang được sửa.")
    title: str = Field(description="Tiêu đề.")
    summary: str = Field(description="Tóm tắt.")
    url: str = Field(description="Địa chỉ tuyệt đối của trang trên cổng tỉnh.")
    unit: str | None = Field(description="Tên đơn vị thực hiện.")
    unit_code: str | None = Field(description="Mã (slug) của đơn vị thực hiện.")
    section: str = Field(description="Chuyên mục chứa trang.")
    date: datetime.date = Field(description="Ngày đăng lần đầu (giờ Việt Nam).")
    published_at: datetime.datetime = Field(
        description="Thời điểm đăng lần đầu, ISO 8601 với múi giờ +07:00."
    )
    type: ActivityType = Field(description="Loại hoạt động (tên máy).")
    type_label: str = Field(description="Tên loại hoạt động bằng tiếng Việt.")
    legal_fields: list[str] = Field(description="Lĩnh vực pháp luật.")
    tags: list[str] = Field(description="Thẻ.")
    images: ActivityImages


class ActivityExport(Schema):
    model_config = ConfigDict(populate_by_name=True)

    generated_at: datetime.datetime = Field(description="Thời điểm tạo tệp (+07:00).")
    start: datetime.date = Field(alias="from", description="Ngày đầu của khoảng xuất.")
    end: datetime.date = Field(alias="to", description="Ngày cuối của khoảng xuất.")
    count: int = Field(description="Số hoạt động.")
    items: list[Activity]


class ActivityQuery(Schema):
    start: datetime.date = Field(
        alias="from", description="Ngày đầu (YYYY-MM-DD, giờ Việt Nam), tính cả ngày này."
    )
    end: datetime.date = Field(
        alias="to",
        description=f"Ngày cuối (YYYY-MM-DD), tính cả ngày này; tối đa {MAX_RANGE_DAYS} ngày.",
    )
    format: ExportFormat = Field("json", description="json (mặc định) hoặc csv.")
    unit: str | None = Field(None, description="Chỉ lấy của một đơn vị (mã đơn vị).")
    type: ActivityType | None = Field(None, description="Chỉ lấy một loại hoạt động.")
    locale: LanguageCode = Field(DEFAULT_LOCALE, description="Ngôn ngữ của trang.")


def check_range(start, end):
    if end < start:
        raise ExportError("Ngày cuối (to) phải bằng hoặc sau ngày đầu (from).")
    if (end - start).days + 1 > MAX_RANGE_DAYS:
        raise ExportError(
            f"Mỗi lần chỉ xuất được tối đa {MAX_RANGE_DAYS} ngày; hãy chia nhỏ khoảng thời gian."
        )


def previous_month(today=None):
    """First and last day of the calendar month before ``today`` (in Vietnam)."""
    today = today or timezone.localdate(timezone=PROVINCE_TIME_ZONE)
    end = today.replace(day=1) - datetime.timedelta(days=1)
    return end.replace(day=1), end


def build_export(start, end, *, locale=DEFAULT_LOCALE, unit=None, activity_type=None):
    """The export envelope for a range of days, with its activities."""
    items = activity_records(start, end, locale=locale, unit=unit, activity_type=activity_type)
    return ActivityExport(
        generated_at=timezone.now().astimezone(PROVINCE_TIME_ZONE).replace(microsecond=0),
        start=start,
        end=end,
        count=len(items),
        items=items,
    )


def activity_records(start, end, *, locale=DEFAULT_LOCALE, unit=None, activity_type=None):
    """Published, public content pages first published between ``start`` and ``end``
    (dates in Vietnam, both included), oldest first.

    ``unit`` is a unit's slug, ``activity_type`` a key of ``ACTIVITY_TYPES``. The number
    of queries depends on the number of page types, not on the number of pages.
    """
    check_range(start, end)
    owner = None
    if unit:
        owner = Unit.objects.filter(slug=unit).first()
        if owner is None:
            raise ExportError(f"Không có đơn vị mang mã “{unit}”.")

    since = datetime.datetime.combine(start, datetime.time.min, tzinfo=PROVINCE_TIME_ZONE)
    until = datetime.datetime.combine(
        end + datetime.timedelta(days=1), datetime.time.min, tzinfo=PROVINCE_TIME_ZONE
    )
    private = Page.objects.private_q()
    pages = []
    for type_name, label in ACTIVITY_TYPES.items():
        if activity_type and type_name != activity_type:
            continue
        model = apps.get_model(label)
        queryset = (
            model.objects.live()
            .exclude(private)
            # Untranslated pages appear in other languages as aliases of the original.
            .filter(
                alias_of__isnull=True,
                locale__language_code=locale,
                first_published_at__gte=since,
                first_published_at__lt=until,
            )
            .only(*RECORD_FIELDS, *BODY_IMAGE_STREAMS.get(label, ()))
            .select_related("unit")
            .prefetch_related("legal_fields", "tags")
        )
        if owner:
            queryset = queryset.filter(unit=owner)
        pages.extend((type_name, page) for page in queryset)
    pages.sort(key=lambda entry: (entry[1].first_published_at, entry[1].pk))

    sections = _section_titles(page for _type, page in pages)
    images = _images(page for _type, page in pages)
    records = []
    for type_name, page in pages:
        url = page.get_full_url()
        if url is None:  # outside every site: citizens cannot reach it
            continue
        records.append(_activity(page, type_name, url, sections, images))
    return records


def _section_titles(pages):
    parent_paths = {page.path[: -Page.steplen] for page in pages}
    return dict(Page.objects.filter(path__in=parent_paths).values_list("path", "title"))


def _body_images(page):
    """(image id, alt text) of each image block, read from the raw stream so that images
    of every page can be fetched in one query."""
    return [
        (block["value"].get("image"), block["value"].get("alt_text") or "")
        for stream in BODY_IMAGE_STREAMS.get(page._meta.label, ())
        for block in getattr(page, stream).raw_data
    ]


def _images(pages):
    ids = set()
    for page in pages:
        ids.add(page.social_image_id or page.cover_image_id)
        ids.update(image_id for image_id, _alt in _body_images(page))
    ids.discard(None)
    queryset = get_image_model().objects.filter(pk__in=ids).prefetch_renditions(SHARE_RENDITION)
    return {image.pk: image for image in queryset}


def _activity(page, type_name, url, sections, images):
    published_at = page.first_published_at.astimezone(PROVINCE_TIME_ZONE).replace(microsecond=0)
    share = images.get(page.social_image_id or page.cover_image_id)
    return Activity(
        id=page.pk,
        title=page.title,
        summary=page.summary,
        url=url,
        unit=page.unit.name if page.unit else None,
        unit_code=page.unit.slug if page.unit else None,
        section=sections.get(page.path[: -Page.steplen], ""),
        date=published_at.date(),
        published_at=published_at,
        type=type_name,
        type_label=capfirst(page._meta.verbose_name),
        legal_fields=[field.name for field in page.legal_fields.all()],
        tags=sorted(tag.name for tag in page.tags.all()),
        images=ActivityImages(
            share=_share_rendition_url(share, url),
            original=urljoin(url, share.file.url) if share else None,
            body=[
                BodyImage(
                    url=urljoin(url, images[image_id].file.url),
                    alt=alt or images[image_id].default_alt_text,
                )
                for image_id, alt in _body_images(page)
                if image_id in images
            ],
        ),
    )


def _share_rendition_url(image, page_url):
    if image is None:
        return None
    try:
        rendition = image.get_rendition(SHARE_RENDITION)
    except SourceImageIOError:
        # One lost file must not stop the month's export; the image is left out instead.
        logger.warning("Export: the file of image %s is missing.", image.pk)
        return None
    return urljoin(page_url, rendition.url)


CSV_COLUMNS = (
    "id",
    "title",
    "summary",
    "url",
    "unit",
    "unit_code",
    "section",
    "date",
    "published_at",
    "type",
    "type_label",
    "legal_fields",
    "tags",
    "share_image",
    "original_image",
    "body_images",
    "body_image_alts",
)


def render_export(export, export_format):
    """The export as the text of a JSON or CSV file."""
    if export_format == "csv":
        return _csv(export)
    return export.model_dump_json(by_alias=True, indent=2) + "\n"


def _csv(export):
    buffer = io.StringIO()
    # Without a byte order mark Excel reads the file in the Windows code page and
    # garbles Vietnamese letters.
    buffer.write("\ufeff")
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    for item in export.items:
        writer.writerow(
            [
                item.id,
                item.title,
                item.summary,
                item.url,
                item.unit or "",
                item.unit_code or "",
                item.section,
                item.date.isoformat(),
                item.published_at.isoformat(),
                item.type,
                item.type_label,
                LIST_SEPARATOR.join(item.legal_fields),
                LIST_SEPARATOR.join(item.tags),
                item.images.share or "",
                item.images.original or "",
                LIST_SEPARATOR.join(image.url for image in item.images.body),
                LIST_SEPARATOR.join(image.alt for image in item.images.body),
            ]
        )
    return buffer.getvalue()


@router.get(
    "/activities",
    # The operation id it had before the API moved to the delivery app: clients generated
    # from /api/openapi.json name their methods after it.
    operation_id="publications_portal_export_activities",
    response=ActivityExport,
    by_alias=True,
    summary="Hoạt động PBGDPL đã xuất bản, cho Cổng PBGDPL quốc gia",
    description=(
        "Các trang nội dung đã xuất bản, công khai, đăng lần đầu trong khoảng ngày "
        "from–to (giờ Việt Nam, tính cả hai đầu), sắp theo thời điểm đăng. "
        "format=csv trả về tệp CSV UTF-8 có BOM, mỗi dòng một hoạt động, các danh sách "
        "ngăn cách bởi “ | ”."
    ),
    openapi_extra={"responses": {200: {"content": {"text/csv": {"schema": {"type": "string"}}}}}},
)
def activities(request, query: Query[ActivityQuery]):
    try:
        export = build_export(
            query.start,
            query.end,
            locale=query.locale,
            unit=query.unit,
            activity_type=query.type,
        )
    except ExportError as error:
        raise HttpError(400, str(error)) from error
    response = HttpResponse(
        render_export(export, query.format), content_type=CONTENT_TYPES[query.format]
    )
    if query.format == "csv":
        response["Content-Disposition"] = (
            f'attachment; filename="pbgdpl-quang-ninh-{query.start}-{query.end}.csv"'
        )
    patch_cache_control(response, public=True, max_age=300)
    return response
