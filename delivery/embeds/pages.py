"""Which pages other sites may embed, loaded with everything their embed view shows."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Prefetch, prefetch_related_objects
from django.http import Http404

from wagtail.images import get_image_model
from wagtail.models import Page

from home.models import BasePage
from publications.models import InfographicPage, LeafletPage, VideoPage

RELATED = ("locale", "unit", "cover_image", "social_image")
RELATED_BY_TYPE = {VideoPage: ("video_file", "subtitles")}
# The StreamField whose images an embed shows, one under the other.
IMAGE_STREAMS = {InfographicPage: "images", LeafletPage: "panels"}


def get_embeddable_page(page_id):
    """The live, public content page with this id, as its specific type, and the site
    it belongs to; 404 otherwise.

    The id names one language version: translations are pages of their own.
    """
    content_type_id = (
        Page.objects.filter(pk=page_id).values_list("content_type_id", flat=True).first()
    )
    if content_type_id is None:
        raise Http404("Không tìm thấy trang.")
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    if model is None or not (issubclass(model, BasePage) and getattr(model, "embeddable", False)):
        raise Http404("Trang này không nhúng được.")
    related = RELATED + RELATED_BY_TYPE.get(model, ())
    page = model.objects.live().public().select_related(*related).filter(pk=page_id).first()
    if page is None:
        raise Http404("Trang chưa xuất bản hoặc không công khai.")
    site = page.get_site()
    if site is None:
        raise Http404("Trang không thuộc trang web nào.")
    return page, site


def site_name(site):
    return (site and site.site_name) or settings.WAGTAIL_SITE_NAME


def prefetch_stream_images(page):
    """Load the renditions of every image in the page's image stream in one query, so
    that a long infographic or leaflet costs no more queries than a short one."""
    stream = IMAGE_STREAMS.get(type(page))
    if stream is None:
        return
    images = [block.value["image"] for block in getattr(page, stream) if block.value["image"]]
    renditions = get_image_model().get_rendition_model().objects.all()
    prefetch_related_objects(
        images, Prefetch("renditions", queryset=renditions, to_attr="prefetched_renditions")
    )
