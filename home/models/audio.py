"""An audio version of a page, for commune loudspeakers (truyền thanh cơ sở) and
podcast apps: uploaded by the editor, or read aloud by machine where the site has a
speech engine (``delivery.audio``)."""

import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import models

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField

from core import audio

from .base_page import document_field


@contextmanager
def local_copy(document):
    """A path on this machine holding ``document``'s file, whatever the storage (object
    storage has no path); removed afterwards."""
    suffix = Path(document.file.name).suffix
    handle, name = tempfile.mkstemp(suffix=suffix)
    try:
        with os.fdopen(handle, "wb") as copy, document.file.open("rb") as original:
            shutil.copyfileobj(original, copy)
        yield Path(name)
    finally:
        Path(name).unlink(missing_ok=True)
        document.file.close()


def document_extension(document):
    return Path(document.file.name).suffix.lower().lstrip(".")


def measure(document):
    """Seconds of audio in ``document``; ``ValidationError`` in Vietnamese otherwise."""
    if document_extension(document) not in audio.AUDIO_TYPES:
        raise ValidationError(
            "Tệp âm thanh phải là MP3, OGG hoặc M4A.",
            code="audio_extension",
        )
    try:
        with local_copy(document) as path:
            return audio.duration(path)
    except audio.AudioToolMissing as error:
        raise ValidationError(
            "Máy chủ chưa cài ffmpeg nên chưa kiểm tra được tệp âm thanh; "
            "báo quản trị hệ thống cài gói ffmpeg.",
            code="audio_tool_missing",
        ) from error
    except (audio.AudioError, OSError) as error:
        raise ValidationError(
            "Không đọc được tệp âm thanh này; hãy tải lên tệp MP3, OGG hoặc M4A khác.",
            code="audio_unreadable",
        ) from error


class AudioFields(models.Model):
    """An uploaded recording of the page. Without one, a site with a speech engine
    reads the page aloud by machine when it is published (``delivery.audio``)."""

    audio = document_field(
        "tệp âm thanh",
        "Bản ghi âm MP3, OGG hoặc M4A để phát trên loa truyền thanh cơ sở và podcast. "
        "Để trống thì trang được đọc bằng máy (nếu đã cấu hình) khi xuất bản.",
    )
    audio_duration = models.FloatField(
        "thời lượng âm thanh (giây)",
        null=True,
        blank=True,
        editable=False,
    )

    # Templates show a player only for page types that have audio.
    has_audio_fields = True

    # The page's fields read aloud after the title and summary, in this order; each
    # page type names its own.
    spoken_fields = ()

    audio_panels = [
        MultiFieldPanel([FieldPanel("audio")], heading="Âm thanh (truyền thanh cơ sở)"),
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.audio_id is None:
            self.audio_duration = None
            return
        # Measured once per file: a page saved again with the same file keeps it.
        if self.audio_duration is None or self.audio_id != self._measured_audio_id():
            try:
                self.audio_duration = measure(self.audio)
            except ValidationError as error:
                raise ValidationError({"audio": error}) from error

    def _measured_audio_id(self):
        if self.pk is None:
            return None
        return type(self).objects.filter(pk=self.pk).values_list("audio_id", flat=True).first()

    def spoken_text(self):
        """The words a machine reads: title, summary, then ``spoken_fields`` as plain
        text (rich text and StreamField blocks without their markup)."""
        parts = [self.title, self.summary]
        for name in self.spoken_fields:
            field = self._meta.get_field(name)
            value = getattr(self, name)
            if isinstance(field, StreamField | RichTextField):
                parts.extend(field.get_searchable_content(value))
            else:
                parts.append(str(value or ""))
        return "\n".join(part.strip() for part in parts if part and part.strip())
