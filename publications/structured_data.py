"""schema.org descriptions of pages (JSON-LD) for search engines and social networks.

Each page type has one function, registered with ``@describes("app.Model")``, that
returns the JSON-LD object for a page on a site; ``json_ld_script`` wraps it in the script
element that templates print. A new type (the legal documents, as ``Legislation``)
registers a function of its own (``bookshelf.structured_data``).
"""

import json
from urllib.parse import urljoin

from bs4 import BeautifulSoup

from django.utils import timezone
from django.utils.duration import duration_iso_string
from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe

from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedException

from home.models import SiteIdentity

SHARE_RENDITION = "fill-1200x630|format-jpeg"
MIME_TYPES = {"pdf": "application/pdf", "epub": "application/epub+zip"}
# Characters that could end the script element or open markup inside it.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}

DESCRIBERS = {}


def describes(label):
    def register(function):
        DESCRIBERS[label] = function
        return function

    return register


def json_ld_script(page, site=None):
    """``<script type="application/ld+json">`` describing ``page``, or another object
    with a description (a legal document, shown on ``site``); empty for a type that has
    none."""
    describe = DESCRIBERS.get(page._meta.label)
    if describe is None:
        return ""
    data = describe(page, site or page.get_site())
    # Safe once escaped: nothing in it can close the script element or open markup.
    text = mark_safe(json.dumps(data, ensure_ascii=False).translate(SCRIPT_ESCAPES))  # noqa: S308
    return format_html('<script type="application/ld+json">{}</script>', text)


@describes("publications.LegalNewsPage")
def news_article(page, site):
    return {
        **creative_work(page, site, "NewsArticle"),
        "headline": page.title[:110],
        "articleSection": page.get_parent().title,
    }


@describes("publications.InfographicPage")
def infographic(page, site):
    return {**creative_work(page, site, "Article"), "headline": page.title[:110]}


@describes("publications.LeafletPage")
def leaflet(page, site):
    return {
        **creative_work(page, site, "DigitalDocument"),
        "encoding": downloads(site, page.pdf),
    }


@describes("publications.LecturePage")
def lecture(page, site):
    return {**creative_work(page, site, "LearningResource"), "learningResourceType": "lecture"}


@describes("publications.EBookPage")
def book(page, site):
    return {
        **creative_work(page, site, "Book"),
        "bookFormat": "https://schema.org/EBook",
        "encoding": downloads(site, page.pdf_file, page.epub_file),
    }


@describes("publications.VideoPage")
def video(page, site):
    data = creative_work(page, site, "VideoObject")
    data["thumbnailUrl"] = data.pop("image", None)
    data["uploadDate"] = data["datePublished"]
    if page.duration:
        data["duration"] = duration_iso_string(page.duration)
    if page.video_file:
        data["contentUrl"] = urljoin(site.root_url, page.video_file.url)
    if page.video_url:
        player, thumbnail = embedded_player(page.video_url)
        data["embedUrl"] = player
        data["thumbnailUrl"] = data["thumbnailUrl"] or thumbnail
    if page.transcript:
        data["transcript"] = strip_tags(page.transcript)
    return without_blanks(data)


def creative_work(page, site, schema_type):
    """What every content page says about itself."""
    identity = SiteIdentity.for_site(site)
    publisher = {"@type": "Organization", "name": identity.organisation, "url": site.root_url}
    author = {"@type": "Organization", "name": page.unit.name} if page.unit else publisher
    keywords = [field.name for field in page.legal_fields.all()]
    keywords += [tag.name for tag in page.tags.all()]
    return without_blanks(
        {
            "@context": "https://schema.org",
            "@type": schema_type,
            "name": page.title,
            "description": page.share_text,
            "url": page.get_full_url(),
            "inLanguage": page.locale.language_code,
            "datePublished": iso(page.first_published_at),
            "dateModified": iso(page.last_published_at),
            "image": share_image_url(page, site),
            "author": author,
            "publisher": publisher,
            "keywords": ", ".join(keywords),
        }
    )


def downloads(site, *documents):
    return [
        {
            "@type": "MediaObject",
            "contentUrl": urljoin(site.root_url, document.url),
            "encodingFormat": MIME_TYPES.get(
                document.file_extension.lower(), "application/octet-stream"
            ),
        }
        for document in documents
        if document
    ]


def share_image_url(page, site):
    if page.share_image:
        return urljoin(site.root_url, page.share_image.get_rendition(SHARE_RENDITION).url)
    return None


def embedded_player(video_url):
    """The address of the video's player (what ``embedUrl`` means) and of its thumbnail,
    from the embed provider; the video's own address when the provider does not answer."""
    try:
        embed = get_embed(video_url)
    except EmbedException:
        return video_url, None
    iframe = BeautifulSoup(embed.html, "html.parser").find("iframe")
    return (iframe.get("src") if iframe else None) or video_url, embed.thumbnail_url


def iso(moment):
    return timezone.localtime(moment).replace(microsecond=0).isoformat() if moment else None


def without_blanks(data):
    return {key: value for key, value in data.items() if value not in (None, "", [])}
