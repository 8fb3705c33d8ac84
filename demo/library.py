"""Store generated media in the Wagtail library, once: images and documents are looked up
by title, so a second run reuses them instead of drawing them again."""

from django.core.files.base import ContentFile

from wagtail.documents.models import Document

from core.slugs import vietnamese_slugify
from home.models import CustomImage

from . import artwork


def _file_name(title, extension):
    stem = vietnamese_slugify(title)[:80].strip("-").removesuffix(f"-{extension}")
    return f"{stem or 'demo'}.{extension}"


def image(title, alt_text, collection, draw):
    """The image called ``title``; ``draw()`` makes its picture if it does not exist yet."""
    existing = CustomImage.objects.filter(title=title).first()
    if existing:
        return existing
    picture = CustomImage(title=title, alt_text=alt_text, collection=collection)
    picture.file = ContentFile(artwork.png_bytes(draw()), name=_file_name(title, "png"))
    picture._set_image_file_metadata()
    picture.save()
    return picture


def document(title, extension, collection, make_bytes):
    """The document called ``title``; ``make_bytes()`` makes its file if it does not exist."""
    existing = Document.objects.filter(title=title).first()
    if existing:
        return existing
    doc = Document(title=title, collection=collection)
    doc.file = ContentFile(make_bytes(), name=_file_name(title, extension))
    doc._set_document_file_metadata()
    doc.save()
    return doc


def pdf(title, collection, pages):
    """A PDF document of Pillow ``pages`` (a callable, so nothing is drawn when it exists)."""
    return document(title, "pdf", collection, lambda: artwork.pdf_bytes(pages(), title))
