"""Publishing a page without an uploaded recording has it read aloud, where a speech
engine is configured. A failure here never reaches the editor who publishes."""

import logging

from wagtail.signals import page_published

from . import reading, tasks

logger = logging.getLogger(__name__)


def connect():
    page_published.connect(page_was_published, dispatch_uid="audio.page_published")


def page_was_published(sender, instance, **kwargs):
    try:
        if reading.needs_reading(instance.specific):
            tasks.read_after_commit(instance.pk)
    except Exception:
        logger.exception("Machine reading of page %s not queued", instance.pk)
