"""The API shape of images, documents, embeds and pages wherever a response shows them: in
a page's own fields (``fields.py``) and inside its StreamField blocks, whose
``get_api_representation`` calls these (``home/blocks.py``).

Each function takes what is referred to (a loaded image or document, a URL, an id) and the
serializer context. The context's ``References`` has loaded in bulk what the response
needs; a caller without one (another API, a test) gets a fresh one that loads each
object as it is asked for.
"""

from .references import RENDITION_FILTERS, references_of


def image_representation(image, context):
    """``{id, title, alt, width, height, renditions}``: each rendition ``{url, width,
    height}`` with an absolute URL."""
    if image is None:
        return None
    references = references_of(context)
    renditions = references.renditions(image)
    return {
        "id": image.pk,
        "title": image.title,
        "alt": image.default_alt_text,
        "width": image.width,
        "height": image.height,
        "renditions": {
            name: {
                "url": references.absolute(renditions[image_filter].url),
                "width": renditions[image_filter].width,
                "height": renditions[image_filter].height,
            }
            for name, image_filter in RENDITION_FILTERS.items()
        },
    }


def document_representation(document, context):
    """``{id, title, filename, extension, size, url}``, the URL absolute."""
    if document is None:
        return None
    return {
        "id": document.pk,
        "title": document.title,
        "filename": document.filename,
        "extension": document.file_extension.lower(),
        # Computed from storage (and stored) for files added in code.
        "size": document.get_file_size(),
        "url": references_of(context).absolute(document.url),
    }


def page_representation(page):
    """``{id, type, title, html_url}`` of a live, public page."""
    if page is None:
        return None
    return {
        "id": page.pk,
        "type": page_type_name(page),
        "title": page.title,
        "html_url": page.full_url,
    }


def embed_representation(url, context):
    """The provider's oEmbed answer for ``url``, asked once and kept (``html`` is null
    if the provider refused it)."""
    if not url:
        return None
    embed = references_of(context).embed(url)
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


def page_type_name(page):
    """The page type as the API names it: "publications.LegalNewsPage"."""
    model = page.specific_class or type(page)
    return f"{model._meta.app_label}.{model.__name__}"
