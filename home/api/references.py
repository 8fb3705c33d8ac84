"""Bulk loading of what API responses refer to: images, documents, pages and embeds.

Serialising a page touches many other objects: its images (and their renditions), the
documents and pages its rich text links to, the videos it embeds. Loading each one as
the serializer meets it costs queries per item, so a listing of 20 pages would cost five
times the queries of a listing of 4. Instead, before a response is serialised,
``References.prepare()`` asks each of its serializer's fields what the pages refer to
(``collect_references``: the ids in foreign keys, the links in rich text and, for
StreamFields, whatever their blocks hold: see ``stream.py``) and loads each kind of
object with one query. The representations (``representations.py``, ``rich_text.py``),
whether a page's field or a block asks for them, then find everything loaded, so the
number of queries depends on the kinds of objects, not on how many pages the response
holds. Whatever was not collected is loaded when asked for, one at a time: slower, not
wrong.
"""

from collections import defaultdict

from rest_framework.serializers import ListSerializer

from django.db.models import Prefetch, Q, prefetch_related_objects
from django.utils.html import escape

from wagtail.api.rich_text import APIRichText
from wagtail.api.utils import get_full_url
from wagtail.documents import get_document_model
from wagtail.embeds import embeds
from wagtail.embeds.blocks import EmbedValue
from wagtail.embeds.exceptions import EmbedException
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage, Filter
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.rich_text import features as rich_text_features
from wagtail.rich_text.rewriters import EmbedRewriter, LinkRewriter, MultiRuleRewriter

# The renditions every image carries in the API. Consumers pick the one that fits their
# layout; "social" is the 1200×630 JPEG that Facebook, Zalo and X expect.
IMAGE_RENDITIONS = {
    "thumbnail": "fill-320x180|format-webp",
    "card": "fill-800x450|format-webp",
    "hero": "width-1600|format-webp",
    "social": "fill-1200x630|format-jpeg",
}
# Filter objects parse their spec once and keep it; strings would be parsed again for
# every image of every response.
RENDITION_FILTERS = {name: Filter(spec) for name, spec in IMAGE_RENDITIONS.items()}


def references_of(context):
    """The serializer context's ``References``, or a new one that loads as asked."""
    context = context or {}
    references = context.get("references")
    return references if references is not None else References(context.get("request"))


class Wanted:
    """What the instances of one response refer to, gathered before anything is loaded."""

    def __init__(self, rich_text_format):
        self.rich_text_format = rich_text_format
        self.image_ids = set()
        # Images a chooser block has loaded already: only their renditions are missing.
        self.images = []
        self.document_ids = set()
        self.page_ids = set()
        self.embed_urls = set()
        self.rich_texts = set()

    def keys(self, kind):
        return {"image": self.image_ids, "document": self.document_ids, "page": self.page_ids}[kind]

    def rich_text(self, html):
        # Only display HTML resolves links here; Wagtail converts the other formats.
        if html and self.rich_text_format == APIRichText.FORMAT_HTML:
            self.rich_texts.add(html)

    def block_value(self, value):
        """A value found inside a StreamField block (see ``stream.leaves``)."""
        if isinstance(value, AbstractImage):
            self.images.append(value)
        elif isinstance(value, EmbedValue):
            self.embed_urls.add(value.url)
        elif isinstance(value, RichText):
            self.rich_text(value.source)


class References:
    """The objects one API response refers to, loaded in bulk."""

    def __init__(self, request):
        self.request = request
        self._images = {}
        self._documents = {}
        # Live, public pages by id (None for the others), and by translation.
        self._pages = {}
        self._translations = {}
        self._embeds = {}
        self._rewriters = {}
        # False once an embed could not be had: what was made without it is not to be
        # kept, so that a later request asks the provider again.
        self.complete = True

    # Before serialising ---------------------------------------------------------------

    def prepare(self, serializer):
        """Load what ``serializer`` will need for its instance (or instances)."""
        if serializer.instance is None:
            return
        if isinstance(serializer, ListSerializer):
            instances, fields = list(serializer.instance), serializer.child.fields
        else:
            instances, fields = [serializer.instance], serializer.fields
        if not instances:
            return
        wanted = Wanted(serializer.context.get("_wagtail_rich_text_format"))
        for field in fields.values():
            collect = getattr(field, "collect_references", None)
            if collect is not None:
                collect(instances, wanted)
        self.load(wanted)

    def load(self, wanted):
        links = _collect_links(wanted.rich_texts)
        self._load_images(wanted.image_ids, wanted.images)
        self._load_documents(wanted.document_ids | links["document"])
        self._load_pages(wanted.page_ids | links["page"])
        self._load_embeds(wanted.embed_urls)

    # Looking up -----------------------------------------------------------------------

    def image(self, pk):
        if pk not in self._images:
            self._load_images({pk}, [])
        return self._images.get(pk)

    def renditions(self, image):
        """The API renditions of an image, from its prefetched renditions, made if
        missing.

        Unlike ``Image.get_renditions()``, this does not write every rendition back to
        the rendition cache on each call: prefetching already made them free to read.
        """
        filters = list(RENDITION_FILTERS.values())
        renditions = image.find_existing_renditions(*filters)
        missing = [image_filter for image_filter in filters if image_filter not in renditions]
        if missing:
            renditions.update(image.create_renditions(*missing))
        return renditions

    def document(self, pk):
        if pk not in self._documents:
            self._load_documents({pk})
        return self._documents.get(pk)

    def page(self, pk):
        """A live, public page, or None."""
        if pk not in self._pages:
            self._load_pages({pk})
        return self._pages.get(pk)

    def embed(self, url):
        if url not in self._embeds:
            self._load_embeds({url})
        return self._embeds.get(url)

    def display_html(self, html, locale_id=None):
        """Display HTML for database rich text, its links pointing at live pages in the
        language of the page that holds the text (``locale_id``)."""
        if not html:
            return html
        links = _collect_links([html])
        self._load_documents(links["document"])
        self._load_pages(links["page"])
        if locale_id not in self._rewriters:
            self._rewriters[locale_id] = _display_html_rewriter(self, locale_id)
        return self._rewriters[locale_id](html)

    def absolute(self, url):
        """Absolute on the site's own host name (or WAGTAILAPI_BASE_URL), as Wagtail
        makes page and download URLs, whatever host the API was called on."""
        return get_full_url(self.request, url) if url else url

    # Loading --------------------------------------------------------------------------

    def _load_images(self, ids, images):
        ids = _int_keys(ids) - self._images.keys()
        loaded = list(get_image_model().objects.filter(pk__in=ids)) if ids else []
        self._store(self._images, ids, loaded)
        unprefetched = [
            image for image in [*loaded, *images] if not hasattr(image, "prefetched_renditions")
        ]
        if unprefetched:
            renditions = (
                get_image_model()
                .get_rendition_model()
                .objects.filter(filter_spec__in=IMAGE_RENDITIONS.values())
            )
            prefetch_related_objects(
                unprefetched,
                Prefetch("renditions", queryset=renditions, to_attr="prefetched_renditions"),
            )

    def _load_documents(self, ids):
        ids = _int_keys(ids) - self._documents.keys()
        if ids:
            self._store(self._documents, ids, get_document_model().objects.filter(pk__in=ids))

    def _load_pages(self, ids):
        """Live, public pages by id, with their translations, so that a link can point
        at the version in the linking page's language."""
        ids = _int_keys(ids) - self._pages.keys()
        if not ids:
            return
        wanted = Page.objects.filter(pk__in=ids).values("translation_key")
        candidates = (
            Page.objects.live().public().filter(Q(pk__in=ids) | Q(translation_key__in=wanted))
        )
        for page in candidates:
            self._translations[(page.translation_key, page.locale_id)] = page
            self._pages[page.pk] = page
        for pk in ids:
            self._pages.setdefault(pk, None)

    def _load_embeds(self, urls):
        urls = {url for url in urls if url} - self._embeds.keys()
        if not urls:
            return
        by_hash = {embeds.get_embed_hash(url): url for url in urls}
        found = {embed.hash: embed for embed in Embed.objects.filter(hash__in=by_hash)}
        for embed_hash, url in by_hash.items():
            embed = found.get(embed_hash)
            if embed is None:
                # First time anyone shows this URL: ask the finders once; the row they
                # store answers every later request.
                try:
                    embed = embeds.get_embed(url)
                except EmbedException:
                    embed = None
                    self.complete = False
            self._embeds[url] = embed

    @staticmethod
    def _store(found, ids, objects):
        for item in objects:
            found[item.pk] = item
        for pk in ids:
            found.setdefault(pk, None)

    def _page_in_locale(self, pk, locale_id):
        page = self._pages.get(pk)
        if page is None or locale_id is None:
            return page
        return self._translations.get((page.translation_key, locale_id), page)


def _int_keys(keys):
    ids = set()
    for key in keys:
        try:
            ids.add(int(key))
        except (TypeError, ValueError):
            continue
    return ids


def _collect_links(fragments):
    """The page and document ids that rich text fragments link to."""
    finder = LinkRewriter()
    links = defaultdict(set)
    for html in fragments:
        for link_type, matches in finder.extract_tags(html).items():
            if link_type in ("page", "document"):
                links[link_type].update(match.attrs.get("id") for match in matches)
    return links


def _display_html_rewriter(references, locale_id):
    """Wagtail's rich text rewriter, with page and document links answered from the
    objects loaded in bulk and made absolute. Other embed types keep Wagtail's handlers."""

    def page_links(attrs_list):
        tags = []
        for attrs in attrs_list:
            page = references._page_in_locale(_int_or_none(attrs.get("id")), locale_id)
            tags.append(f'<a href="{escape(page.full_url)}">' if page else "<a>")
        return tags

    def document_links(attrs_list):
        tags = []
        for attrs in attrs_list:
            document = references._documents.get(_int_or_none(attrs.get("id")))
            tags.append(
                f'<a href="{escape(references.absolute(document.url))}">' if document else "<a>"
            )
        return tags

    link_rules = {
        linktype: handler.expand_db_attributes_many
        for linktype, handler in rich_text_features.get_link_types().items()
    }
    link_rules.update(page=page_links, document=document_links)
    embed_rules = {
        embedtype: handler.expand_db_attributes_many
        for embedtype, handler in rich_text_features.get_embed_types().items()
    }
    return MultiRuleRewriter(
        [LinkRewriter(bulk_rules=link_rules), EmbedRewriter(bulk_rules=embed_rules)]
    )


def _int_or_none(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
