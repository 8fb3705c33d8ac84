"""Pages read aloud by the configured speech engine (``delivery.audio.engines``)."""

import hashlib
import tempfile
from pathlib import Path

from django.db import transaction

from wagtail.models import Page

from core import audio
from delivery.content_changes import purge_delivery_urls
from home.models import AudioFields

from .engines import configured_engine, speak_mp3
from .models import MachineReading
from .storage import replace, save_audio


def text_digest(engine, text):
    return hashlib.sha256(f"{engine.name}\n{text}".encode()).hexdigest()


def readable(page):
    """An audio page type without an uploaded recording. Not an alias: the English
    tree's copy of an untranslated page holds the Vietnamese words, already read."""
    return isinstance(page, AudioFields) and page.audio_id is None and page.alias_of_id is None


def needs_reading(page):
    """Whether publishing ``page`` should have it read by machine: readable, and a
    speech engine configured."""
    return readable(page) and configured_engine() is not None


def read_aloud(page_pk, *, again=False, engine=None):
    """Reads the published version of the page aloud and keeps the MP3 as its machine
    reading. Returns the reading, or None when the page is not read (not published, an
    uploaded recording, no engine). The same words are not read twice unless ``again``.
    ``engine`` defaults to the configured one."""
    engine = engine or configured_engine()
    page = Page.objects.live().filter(pk=page_pk).first()
    page = page.specific if page else None
    if engine is None or not readable(page):
        return None
    text = page.spoken_text()
    digest = text_digest(engine, text)
    existing = MachineReading.objects.filter(page=page).select_related("document").first()
    if existing and existing.document and existing.text_digest == digest and not again:
        return existing
    with tempfile.TemporaryDirectory(prefix="pbgdpl-reading-") as folder:
        mp3_path = Path(folder) / "reading.mp3"
        speak_mp3(engine, text, page.locale.language_code, mp3_path)
        seconds = audio.duration(mp3_path)
        with transaction.atomic():
            document = save_audio(
                f"Đọc bằng máy: {page.title}", mp3_path, f"{page.slug or 'trang'}-{page.pk}.mp3"
            )
            reading, _ = MachineReading.objects.update_or_create(
                page=page,
                defaults={
                    "document": document,
                    "duration": seconds,
                    "text_digest": digest,
                    "engine": engine.name,
                },
            )
            if existing:
                replace(existing.document, document)
            # The podcasts listing the page in front-end caches now lack its episode.
            purge_delivery_urls(sender=type(page), instance=page)
    return reading
