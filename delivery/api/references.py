"""Bulk loading of what API responses refer to: images, documents, pages and embeds.

Serialising a page touches many other objects: its images (and their renditions), the
documents and pages its rich text links to, the videos it embeds. Loading each one as
the serializer meets it costs queries per item, so a listing of 20 pages costs five
times the queries of a listing of 4. Instead, serializers hand out a ``Ref`` placeholder
for each object; once the whole response is built, ``References.resolve()`` loads every
kind of object with one query and puts the finished representation in place of each
placeholder. The number of queries then depends on the kinds of objects, not on how
many pages the response holds.
"""

from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Q
from django.utils.html import escape

from wagtail.api.utils import get_full_url
from wagtail.documents import get_document_model
from wagtail.embeds import embeds
from wagtail.embeds.exceptions import EmbedException
from wagtail.embeds.models import Embed
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import Page
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


@dataclass(frozen=True)
class Ref:
    """A placeholder for an object's API representation, filled in by ``resolve()``."""

    kind: str
    key: object
    # One key of the representation instead of all of it, e.g. an image's "renditions".
    part: str | None = None


class References:
    """Collects the objects one API response refers to and resolves them in bulk."""

    def __init__(self, request):
        self.request = request
        self._wanted = defaultdict(set)
        self._resolved = {}

    # Handing out placeholders -------------------------------------------------------

    def image(self, pk, part=None):
        return self._want("image", pk, part)

    def document(self, pk):
        return self._want("document", pk)

    def page(self, pk):
        return self._want("page", pk)

    def embed(self, url):
        return self._want("embed", url)

    def rich_text(self, html, locale_id=None):
        """Display HTML for database rich text, its links pointing at live pages in the
        language of the page that holds the text (``locale_id``)."""
        if not html:
            return html
        return self._want("rich_text", (html, locale_id))

    def _want(self, kind, key, part=None):
        if key is None or key == "":
            return None
        self._wanted[kind].add(key)
        return Ref(kind, key, part)

    # Resolving ----------------------------------------------------------------------

    def resolve(self, data):
        """Load everything referred to, then return ``data`` with the placeholders
        replaced by their representations."""
        rich_texts = self._wanted.pop("rich_text", set())
        links = _collect_links(html for html, _ in rich_texts)
        self._load_images(self._wanted.pop("image", set()))
        self._load_embeds(self._wanted.pop("embed", set()))
        documents = self._load_documents(self._wanted.pop("document", set()) | links["document"])
        pages = self._load_pages(self._wanted.pop("page", set()) | links["page"])
        self._expand_rich_texts(rich_texts, pages, documents)
        return self._fill(data)

    def _fill(self, value):
        if isinstance(value, Ref):
            representation = self._resolved.get((value.kind, value.key))
            if value.part and representation is not None:
                return representation.get(value.part)
            return representation
        if isinstance(value, dict):
            return {key: self._fill(item) for key, item in value.items()}
        if isinstance(value, list | tuple):
            return [self._fill(item) for item in value]
        return value

    def absolute(self, url):
        """Absolute on the site's own host name (or WAGTAILAPI_BASE_URL), as Wagtail
        makes page and download URLs, whatever host the API was called on."""
        return get_full_url(self.request, url) if url else url

    def _load_images(self, ids):
        if not ids:
            return
        images = get_image_model().objects.filter(pk__in=_int_keys(ids))
        for image in images.prefetch_renditions(*IMAGE_RENDITIONS.values()):
            renditions = _renditions(image)
            self._store(
                "image",
                image.pk,
                {
                    "id": image.pk,
                    "title": image.title,
                    "alt": image.default_alt_text,
                    "width": image.width,
                    "height": image.height,
                    "renditions": {
                        name: {
                            "url": self.absolute(renditions[image_filter].url),
                            "width": renditions[image_filter].width,
                            "height": renditions[image_filter].height,
                        }
                        for name, image_filter in RENDITION_FILTERS.items()
                    },
                },
            )

    def _load_documents(self, ids):
        documents = {}
        if ids:
            for document in get_document_model().objects.filter(pk__in=_int_keys(ids)):
                documents[document.pk] = document
                self._store(
                    "document",
                    document.pk,
                    {
                        "id": document.pk,
                        "title": document.title,
                        "filename": document.filename,
                        "extension": document.file_extension.lower(),
                        # Computed from storage (and stored) for files added in code.
                        "size": document.get_file_size(),
                        "url": self.absolute(document.url),
                    },
                )
        return documents

    def _load_pages(self, ids):
        """Live, public pages by id, with their translations, so that a link can point
        at the version in the linking page's language."""
        ids = _int_keys(ids)
        pages = {}
        if not ids:
            return _PageLookup(pages, {})
        wanted = Page.objects.filter(pk__in=ids).values("translation_key")
        candidates = (
            Page.objects.live().public().filter(Q(pk__in=ids) | Q(translation_key__in=wanted))
        )
        by_translation = {}
        for page in candidates:
            by_translation[(page.translation_key, page.locale_id)] = page
            pages[page.pk] = page
        for pk in ids:
            page = pages.get(pk)
            self._store(
                "page",
                pk,
                page
                and {
                    "id": page.pk,
                    "type": page_type_name(page),
                    "title": page.title,
                    "html_url": page.full_url,
                },
            )
        return _PageLookup(pages, by_translation)

    def _load_embeds(self, urls):
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
            self._store("embed", url, _embed_representation(url, embed))

    def _expand_rich_texts(self, rich_texts, pages, documents):
        for html, locale_id in rich_texts:
            rewriter = _display_html_rewriter(self, pages, documents, locale_id)
            self._store("rich_text", (html, locale_id), rewriter(html))

    def _store(self, kind, key, representation):
        self._resolved[(kind, key)] = representation


class _PageLookup(dict):
    """Pages by id, plus the translation of a page in a given locale."""

    def __init__(self, pages, by_translation):
        super().__init__(pages)
        self.by_translation = by_translation

    def in_locale(self, pk, locale_id):
        page = self.get(pk)
        if page is None or locale_id is None:
            return page
        return self.by_translation.get((page.translation_key, locale_id), page)


def _renditions(image):
    """The API renditions of an image, from its prefetched renditions, made if missing.

    Unlike ``Image.get_renditions()``, this does not write every rendition back to the
    rendition cache on each call: prefetching already made them free to read.
    """
    filters = list(RENDITION_FILTERS.values())
    renditions = image.find_existing_renditions(*filters)
    missing = [image_filter for image_filter in filters if image_filter not in renditions]
    if missing:
        renditions.update(image.create_renditions(*missing))
    return renditions


def page_type_name(page):
    """The page type as the API names it: "publications.LegalNewsPage"."""
    model = page.specific_class or type(page)
    return f"{model._meta.app_label}.{model.__name__}"


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


def _display_html_rewriter(references, pages, documents, locale_id):
    """Wagtail's rich text rewriter, with page and document links answered from the
    objects loaded in bulk and made absolute. Other embed types keep Wagtail's handlers."""

    def page_links(attrs_list):
        tags = []
        for attrs in attrs_list:
            page = pages.in_locale(_int_or_none(attrs.get("id")), locale_id)
            tags.append(f'<a href="{escape(page.full_url)}">' if page else "<a>")
        return tags

    def document_links(attrs_list):
        tags = []
        for attrs in attrs_list:
            document = documents.get(_int_or_none(attrs.get("id")))
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


def _embed_representation(url, embed):
    if embed is None:
        return {"url": url, "type": None, "html": None, "title": "", "thumbnail_url": None}
    return {
        "url": url,
        "type": embed.type,
        "html": embed.html,
        "title": embed.title,
        "author_name": embed.author_name,
        "provider_name": embed.provider_name,
        "thumbnail_url": embed.thumbnail_url or None,
        "width": embed.width,
        "height": embed.height,
    }
