"""The items of a feed, built for the whole list of pages at once so that the number of
queries does not grow with the number of items."""

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin

from django.core.cache import cache
from django.utils import timezone
from django.utils.feedgenerator import Enclosure
from django.utils.html import escape

from wagtail.images import get_image_model

from publications.structured_data import SHARE_RENDITION

from .content import feed_contents

FEED_SIZE = 30
# A rendition's file never changes under the same row; its size is kept so that object
# storage is not asked for it on every feed request.
LENGTH_CACHE_SECONDS = 24 * 60 * 60


@dataclass(frozen=True)
class Entry:
    title: str
    link: str
    guid: str
    summary: str
    content: str
    author: str | None
    categories: list[str]
    published: datetime | None
    updated: datetime | None
    enclosure: Enclosure | None


def feed_entries(source):
    pages = list(
        source.pages.specific()
        .select_related("unit", for_specific_subqueries=True)
        .prefetch_related("legal_fields", "tags", for_specific_subqueries=True)[:FEED_SIZE]
    )
    contents = feed_contents(pages, source.site, source.request)
    enclosures = share_enclosures(pages, source.site)
    return [_entry(page, source, contents[page.pk], enclosures.get(page.pk)) for page in pages]


def _entry(page, source, content, enclosure):
    link = page.get_full_url(source.request)
    published = _local(page.first_published_at)
    return Entry(
        title=page.title,
        link=link,
        guid=tag_uri(source.site, page, published) if published else link,
        summary=escape(page.summary),
        content=content,
        author=page.unit.name if page.unit else None,
        categories=[field.name for field in page.legal_fields.all()]
        + [tag.name for tag in page.tags.all()],
        published=published,
        updated=_local(page.last_published_at) or published,
        enclosure=enclosure,
    )


def _local(moment):
    # Pages made live in code, without being published, have no publication dates.
    return timezone.localtime(moment) if moment else None


def tag_uri(site, page, published):
    """A guid that survives the page being moved or renamed (RFC 4151 tag URI)."""
    return f"tag:{site.hostname},{published:%Y-%m-%d}:page/{page.pk}"


def share_enclosures(pages, site):
    """``{page.pk: Enclosure}``: each page's share image as a 1200×630 JPEG."""
    image_ids = {page.pk: page.social_image_id or page.cover_image_id for page in pages}
    images = (
        get_image_model()
        .objects.prefetch_renditions(SHARE_RENDITION)
        .in_bulk({image_id for image_id in image_ids.values() if image_id})
    )
    renditions = {
        page_pk: images[image_id].get_rendition(SHARE_RENDITION)
        for page_pk, image_id in image_ids.items()
        if image_id in images
    }
    lengths = file_lengths(renditions.values())
    return {
        page_pk: Enclosure(
            urljoin(site.root_url, rendition.url), str(lengths[rendition.pk]), "image/jpeg"
        )
        for page_pk, rendition in renditions.items()
    }


def file_lengths(renditions):
    """``{rendition.pk: size in bytes}``."""
    keys = {f"feeds:rendition-length:{rendition.pk}": rendition for rendition in renditions}
    cached = cache.get_many(keys)
    measured = {key: keys[key].file.size for key in keys.keys() - cached.keys()}
    cache.set_many(measured, LENGTH_CACHE_SECONDS)
    return {keys[key].pk: length for key, length in {**cached, **measured}.items()}
