"""The audio of pages: the editor's upload when there is one, the machine reading
otherwise."""

from dataclasses import dataclass

from django.db.models import Q

from wagtail.documents import get_document_model

from core.audio import AUDIO_TYPES
from home.models import AudioFields, content_page_models
from home.models.audio import document_extension

from .models import MachineReading


@dataclass(frozen=True)
class PageAudio:
    document: object
    duration: float | None
    machine_read: bool

    @property
    def content_type(self):
        return AUDIO_TYPES.get(document_extension(self.document), "audio/mpeg")


def audio_page_models():
    return [model for model in content_page_models() if issubclass(model, AudioFields)]


def with_audio():
    """A condition on pages: those that have an uploaded recording or a machine reading."""
    condition = Q(machine_reading__document__isnull=False)
    for model in audio_page_models():
        condition |= Q(pk__in=model.objects.filter(audio__isnull=False).values("pk"))
    return condition


def page_audio(pages):
    """``{page.pk: PageAudio}`` for the (specific) ``pages`` that have audio, in two
    queries whatever their number."""
    uploaded = {
        page.pk: page.audio_id
        for page in pages
        if isinstance(page, AudioFields) and page.audio_id is not None
    }
    readings = {
        reading.page_id: reading
        for reading in MachineReading.objects.filter(
            page__in=[page.pk for page in pages if page.pk not in uploaded],
            document__isnull=False,
        )
    }
    documents = get_document_model().objects.in_bulk(
        [*uploaded.values(), *(reading.document_id for reading in readings.values())]
    )
    found = {}
    for page in pages:
        if page.pk in uploaded and uploaded[page.pk] in documents:
            found[page.pk] = PageAudio(documents[uploaded[page.pk]], page.audio_duration, False)
        elif page.pk in readings and readings[page.pk].document_id in documents:
            reading = readings[page.pk]
            found[page.pk] = PageAudio(documents[reading.document_id], reading.duration, True)
    return found
