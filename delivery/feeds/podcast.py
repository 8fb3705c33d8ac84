"""Podcast feeds: RSS 2.0 with each item's audio as its enclosure and the iTunes tags
podcast apps read. Only published public pages with audio (an uploaded recording or a
machine reading, ``delivery.audio``) are listed, from the same sources as the other
feeds (the whole site, a section, a unit, a legal field)."""

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin

from django.utils import timezone
from django.utils.feedgenerator import Enclosure, Rss201rev2Feed

from core.audio import clock
from delivery.audio.sources import page_audio, with_audio
from home.documents import private_collections
from home.models import SiteIdentity

from .entries import FEED_SIZE, share_enclosures, tag_uri
from .views import ContentFeed

ITUNES_NAMESPACE = "http://www.itunes.com/dtds/podcast-1.0.dtd"
# Apple's category list has no "law"; legal education for citizens is filed under it.
ITUNES_CATEGORY = "Government"


class PodcastRss(Rss201rev2Feed):
    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:itunes": ITUNES_NAMESPACE}

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        feed = self.feed
        handler.addQuickElement("itunes:author", feed["itunes_author"])
        handler.addQuickElement("itunes:summary", feed["description"])
        handler.startElement("itunes:owner", {})
        handler.addQuickElement("itunes:name", feed["itunes_author"])
        if feed.get("itunes_email"):
            handler.addQuickElement("itunes:email", feed["itunes_email"])
        handler.endElement("itunes:owner")
        if feed.get("itunes_image"):
            handler.addQuickElement("itunes:image", None, {"href": feed["itunes_image"]})
        handler.addQuickElement("itunes:category", None, {"text": ITUNES_CATEGORY})
        handler.addQuickElement("itunes:explicit", "false")
        handler.addQuickElement("itunes:type", "episodic")

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("author_name"):
            handler.addQuickElement("itunes:author", item["author_name"])
        handler.addQuickElement("itunes:summary", item["description"])
        if item.get("itunes_duration"):
            handler.addQuickElement("itunes:duration", item["itunes_duration"])
        handler.addQuickElement("itunes:explicit", "false")
        if item.get("itunes_image"):
            handler.addQuickElement("itunes:image", None, {"href": item["itunes_image"]})


@dataclass(frozen=True)
class Episode:
    title: str
    link: str
    guid: str
    summary: str
    author: str | None
    categories: list[str]
    published: datetime | None
    enclosure: Enclosure
    duration: str
    image: str | None


def episodes(source):
    pages = list(
        source.pages.filter(with_audio())
        .specific()
        .select_related("unit", for_specific_subqueries=True)
        .prefetch_related("legal_fields", for_specific_subqueries=True)[:FEED_SIZE]
    )
    sounds = page_audio(pages)
    private = set(private_collections().values_list("pk", flat=True))
    images = share_enclosures(pages, source.site)
    found = []
    for page in pages:
        sound = sounds.get(page.pk)
        if sound is None or sound.document.collection_id in private:
            continue
        published = timezone.localtime(page.first_published_at) if page.first_published_at else None
        link = page.get_full_url(source.request)
        found.append(
            Episode(
                title=page.title,
                link=link,
                guid=f"{tag_uri(source.site, page, published)}:audio" if published else link,
                summary=page.summary,
                author=page.unit.name if page.unit else None,
                categories=[field.name for field in page.legal_fields.all()],
                published=published,
                enclosure=Enclosure(
                    urljoin(source.site.root_url, sound.document.url),
                    str(sound.document.get_file_size() or 0),
                    sound.content_type,
                ),
                duration=clock(sound.duration) if sound.duration else "",
                image=images[page.pk].url if page.pk in images else None,
            )
        )
    return found


class PodcastSource:
    """A feed source and its episodes, found once: the channel's image is the first
    episode's."""

    def __init__(self, source):
        self.source = source
        self.episodes = episodes(source)

    def __getattr__(self, name):
        return getattr(self.source, name)


class PodcastFeed(ContentFeed):
    """Podcast of one feed source (``delivery.feeds.sources``)."""

    def __init__(self, find_source):
        super().__init__(find_source, PodcastRss)

    def get_object(self, request, **kwargs):
        return PodcastSource(super().get_object(request, **kwargs))

    def items(self, source):
        return source.episodes

    def feed_extra_kwargs(self, source):
        identity = SiteIdentity.for_request(source.request)
        return {
            "itunes_author": identity.organisation,
            "itunes_email": identity.email,
            "itunes_image": next((item.image for item in source.episodes if item.image), None),
        }

    def item_description(self, episode):
        return episode.summary

    def item_updateddate(self, episode):
        return None

    def item_enclosures(self, episode):
        return [episode.enclosure]

    def item_extra_kwargs(self, episode):
        return {"itunes_duration": episode.duration, "itunes_image": episode.image}
