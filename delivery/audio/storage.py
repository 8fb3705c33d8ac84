"""Audio files the site makes are Wagtail documents in one collection, so that editors
find them in the admin and they are served like every document (home.documents)."""

from pathlib import Path

from django.core.files import File

from wagtail.documents import get_document_model
from wagtail.models import Collection

AUDIO_COLLECTION = "Âm thanh"


def audio_collection():
    """The collection of made audio, below the root; created the first time."""
    root = Collection.get_first_root_node()
    found = root.get_children().filter(name=AUDIO_COLLECTION).first()
    return found or root.add_child(name=AUDIO_COLLECTION)


def save_audio(title, path, filename):
    """A new document holding the file at ``path`` under ``filename``."""
    document = get_document_model()(title=title[:255], collection=audio_collection())
    with Path(path).open("rb") as handle:
        document.file = File(handle, name=filename)
        document._set_document_file_metadata()
        document.save()
    return document


def replace(old_document, new_document):
    """Deletes the file a new one replaces, unless it is the same document."""
    if old_document is not None and old_document.pk != new_document.pk:
        old_document.delete()
