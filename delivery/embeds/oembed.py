"""oEmbed provider (https://oembed.com): lets other sites and tools, Wagtail's own
``OEmbedFinder`` among them, turn a link to a content page into an embeddable iframe."""

from typing import Literal

from ninja import Query, Router, Schema
from ninja.errors import HttpError
from pydantic import Field

from django.urls import reverse
from django.utils.html import format_html

from core.api_errors import ErrorOut
from home.models import SectionPage
from publications.models import ChannelPage, InfographicPage, LeafletPage, VideoPage
from qa.models import QuestionAnswerPage

from .pages import get_embeddable_page, site_name
from .routing import page_for_url

router = Router(tags=["oEmbed"])

# Editors fix titles and pictures after publishing; consumers should not keep them long.
CACHE_AGE = 3600
THUMBNAIL_FILTER = "fill-640x360|format-jpeg"
VIDEO_WIDTH = 640
# Room under the player for the title and the source line of the embed view.
VIDEO_CAPTION_HEIGHT = 96
# Default frame sizes of the other embeds; embed.js adjusts the height to the content.
RICH_SIZES = {
    InfographicPage: (600, 800),
    LeafletPage: (600, 760),
    QuestionAnswerPage: (600, 720),
    ChannelPage: (640, 560),
}
CARD_SIZE = (480, 560)
# As in embed.js: players and the leaflet viewer run, links open in a new tab, and the
# frame can neither navigate nor script the consumer's page.
SANDBOX = (
    "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-presentation"
)


class OEmbedResponse(Schema):
    version: Literal["1.0"] = "1.0"
    type: Literal["video", "rich"] = Field(description="video cho trang video, rich cho loại khác")
    title: str
    author_name: str | None = Field(None, description="Đơn vị thực hiện nội dung")
    author_url: str | None = Field(None, description="Chuyên mục của đơn vị trên cổng")
    provider_name: str
    provider_url: str
    html: str = Field(description="Mã nhúng: một <iframe> tới /embed/<id>/")
    width: int
    height: int
    thumbnail_url: str | None = None
    thumbnail_width: int | None = None
    thumbnail_height: int | None = None
    cache_age: int


class OEmbedQuery(Schema):
    url: str = Field(description="Địa chỉ đầy đủ của trang trên cổng (tiếng Việt hoặc /en/)")
    format: str = Field(
        "json", description="json (mặc định, kể cả khi để trống); định dạng khác trả về 501"
    )
    maxwidth: int | None = Field(None, gt=0, description="Chiều rộng tối đa (px)")
    maxheight: int | None = Field(None, gt=0, description="Chiều cao tối đa (px)")


@router.get(
    "",
    response={200: OEmbedResponse, 501: ErrorOut},
    # The operation id it had before the API moved to the delivery app: clients generated
    # from /api/openapi.json name their methods after it.
    operation_id="publications_embeds_oembed_oembed",
    url_name="oembed",
    exclude_none=True,
    summary="Mã nhúng oEmbed của một trang nội dung",
)
def oembed(request, query: Query[OEmbedQuery]):
    """Trả về mã nhúng (oEmbed 1.0) cho đường dẫn của một trang nội dung đã xuất bản.

    Lỗi: 400 khi thiếu `url`, 404 khi đường dẫn không phải trang nội dung công khai của
    cổng, 501 khi yêu cầu định dạng khác json.
    """
    if query.format not in ("", "json"):
        raise HttpError(501, "Chỉ hỗ trợ định dạng json.")
    page, site = get_embeddable_page(page_for_url(request, query.url).pk)
    width, height = frame_size(page, query.maxwidth, query.maxheight)
    return {
        "type": "video" if isinstance(page, VideoPage) else "rich",
        "title": page.title,
        "author_name": page.unit.name if page.unit else None,
        "author_url": unit_section_url(page, request),
        "provider_name": site_name(site),
        "provider_url": f"{site.root_url}/",
        "html": iframe(request, page, width, height),
        "width": width,
        "height": height,
        **thumbnail(request, page),
        "cache_age": CACHE_AGE,
    }


def frame_size(page, maxwidth, maxheight):
    """Width and height of the iframe, within the consumer's maximum if it gave one."""
    if isinstance(page, VideoPage):
        width = min(VIDEO_WIDTH, maxwidth or VIDEO_WIDTH)
        height = round(width * 9 / 16) + VIDEO_CAPTION_HEIGHT
        if maxheight and height > maxheight:
            # Keep the player 16:9: a lower frame is also a narrower one.
            width = min(width, max(1, round((maxheight - VIDEO_CAPTION_HEIGHT) * 16 / 9)))
            height = maxheight
        return width, height
    width, height = RICH_SIZES.get(type(page), CARD_SIZE)
    return min(width, maxwidth or width), min(height, maxheight or height)


def iframe(request, page, width, height):
    src = request.build_absolute_uri(reverse("embeds:page", args=[page.pk]))
    return format_html(
        '<iframe src="{}" width="{}" height="{}" title="{}" loading="lazy" '
        'style="border:0;max-width:100%" allow="fullscreen; picture-in-picture; '
        'encrypted-media" allowfullscreen sandbox="{}"></iframe>',
        src,
        width,
        height,
        page.title,
        SANDBOX,
    )


def thumbnail(request, page):
    image = page.share_image
    if image is None:
        return {}
    rendition = image.get_rendition(THUMBNAIL_FILTER)
    return {
        "thumbnail_url": request.build_absolute_uri(rendition.url),
        "thumbnail_width": rendition.width,
        "thumbnail_height": rendition.height,
    }


def unit_section_url(page, request):
    """The section the page's unit owns, in the page's language: the unit's own corner
    of the portal."""
    if page.unit_id is None:
        return None
    section = (
        SectionPage.objects.live()
        .public()
        .filter(unit_id=page.unit_id, locale_id=page.locale_id)
        .order_by("path")
        .first()
    )
    return section.get_full_url(request) if section else None
