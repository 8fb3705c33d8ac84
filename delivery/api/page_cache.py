"""Each page's rendered API representation, kept in the shared cache per published
revision.

Serialising a page (its blocks, images, links, embeds) is nearly all of what a listing
costs, and a page's representation changes only when the page is published again or
when something it shows changes. So the rendered JSON of each page is kept under a key
made of:

- the content version (``core.content_version``): every change to published content (a
  page published, unpublished, moved or deleted; an image, document, unit, legal field,
  tag, site or view restriction saved) retires every entry at once, as it retires the
  cached responses, so that a page showing another one's title, URL or image is never
  stale;
- the page's id and live revision id;
- everything of the request that changes the representation: the view (detail or
  listing), the serializer's fields (model, field names, nested selections), the rich
  text format, and what decides the site and the host name of absolute URLs (host,
  port, ``?site=``, ``WAGTAILAPI_BASE_URL``).

A listing then costs its own queries, one ``get_many`` and a join; only the pages
missing from the cache are serialised (and stored). Each process also keeps the
representations it used last in memory, as the response cache does with responses, so
that the pages most listed cost no round trip at all; their keys hold the version too.
It is on when the response cache is (``PUBLIC_CACHE_SERVER_SECONDS``, with Redis):
without a shared cache, each process would keep a content version of its own and miss
the others' changes.
"""

import hashlib
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache

from core import content_version

# Representations each process keeps in memory (a news item is about 9 KB).
LOCAL_ENTRIES = 1000


def enabled():
    return settings.PUBLIC_CACHE_SERVER_SECONDS > 0


def serializer_signature(serializer_class):
    """What decides the fields of a serializer class that Wagtail made for a request:
    its model, its fields in order, its meta fields and, for each related field, the
    same of its nested serializer."""
    return (
        serializer_class.Meta.model._meta.label,
        tuple(serializer_class.Meta.fields),
        tuple(serializer_class.meta_fields),
        tuple(
            sorted(
                (name, serializer_signature(child))
                for name, child in serializer_class.child_serializer_classes.items()
            )
        ),
    )


class PageCache:
    """The rendered representations that one request may take from, or add to, the
    cache."""

    def __init__(self, view, serializer_class):
        request = view.request
        # Read before any page is: what is rendered from newer content then lands under
        # an older version, never the other way round.
        self.version = content_version.current()["token"]
        self.timeout = settings.PUBLIC_CACHE_SERVER_SECONDS
        options = (
            view.action,
            serializer_signature(serializer_class),
            view.resolve_rich_text_format(),
            # The site, hence the host name of absolute URLs: a function of these and of
            # the sites, whose changes move the content version.
            request.get_host(),
            request.get_port(),
            request.GET.get("site"),
            getattr(settings, "WAGTAILAPI_BASE_URL", None),
        )
        self.options = hashlib.blake2b(repr(options).encode(), digest_size=16).hexdigest()

    def key(self, pk, revision_id):
        return f"api-page:{self.version}:{pk}:{revision_id}:{self.options}"

    def get_many(self, rows):
        """``{pk: rendered JSON}`` of the ``(pk, live revision id)`` rows the cache has."""
        keys = {self.key(pk, revision_id): pk for pk, revision_id in rows}
        found = {keys[key]: body for key in keys if (body := _local.get(key)) is not None}
        wanted = [key for key, pk in keys.items() if pk not in found]
        if wanted:
            for key, body in cache.get_many(wanted).items():
                _local.put(key, body)
                found[keys[key]] = body
        return found

    def set_many(self, rendered):
        """Keep ``{(pk, live revision id): rendered JSON}``."""
        entries = {self.key(pk, revision_id): body for (pk, revision_id), body in rendered.items()}
        cache.set_many(entries, self.timeout)
        for key, body in entries.items():
            _local.put(key, body)


class LocalEntries:
    """The representations this process used last, least recently used out first."""

    def __init__(self, size):
        self.size = size
        self.entries = OrderedDict()

    def get(self, key):
        body = self.entries.get(key)
        if body is not None:
            self.entries.move_to_end(key)
        return body

    def put(self, key, body):
        self.entries[key] = body
        self.entries.move_to_end(key)
        while len(self.entries) > self.size:
            self.entries.popitem(last=False)


_local = LocalEntries(LOCAL_ENTRIES)
