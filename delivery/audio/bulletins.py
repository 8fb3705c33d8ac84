"""Weekly bulletins built into one MP3: a spoken introduction, then each item's audio in
the editor's order.

The introduction is the editor's recording when one is uploaded; otherwise the speech
engine reads "Bản tin pháp luật tuần …" and the items' titles; with neither, the bulletin
starts with its first item.
"""

import logging
import tempfile
from contextlib import ExitStack
from pathlib import Path

from django.db import transaction
from django.utils import timezone

from wagtail.models import Page

from core import audio
from home.models.audio import local_copy

from .engines import configured_engine, speak_mp3
from .models import Bulletin
from .sources import page_audio
from .storage import replace, save_audio

logger = logging.getLogger(__name__)


class BulletinProblem(Exception):
    """Something the editor can fix, said in Vietnamese."""


def intro_text(bulletin, titles):
    week = bulletin.week_starting
    lines = [
        f"Bản tin pháp luật tuần từ ngày {week.day} tháng {week.month} năm {week.year}.",
        f"Bản tin gồm {len(titles)} tin.",
        *(f"Tin thứ {number}: {title}." for number, title in enumerate(titles, start=1)),
    ]
    return "\n".join(lines)


def item_pages(bulletin):
    """The items' pages in order; ``BulletinProblem`` names those not published for
    everyone or without audio."""
    page_ids = list(bulletin.items.order_by("sort_order").values_list("page_id", flat=True))
    if not page_ids:
        raise BulletinProblem("Bản tin chưa có tin nào.")
    published = Page.objects.live().public().filter(pk__in=page_ids).specific().in_bulk()
    hidden = Page.objects.filter(pk__in=set(page_ids) - published.keys())
    if hidden:
        titles = ", ".join(page.title for page in hidden)
        raise BulletinProblem(f"Các tin chưa xuất bản công khai: {titles}.")
    pages = [published[page_id] for page_id in page_ids]
    sounds = page_audio(pages)
    silent = [page.title for page in pages if page.pk not in sounds]
    if silent:
        raise BulletinProblem(f"Các tin chưa có âm thanh: {', '.join(silent)}.")
    return pages, sounds


def build(bulletin_pk, engine=None):
    """Builds the bulletin's MP3 and marks it ready, or failed with the reason. The
    introduction is read by ``engine``, by default the configured one."""
    bulletin = Bulletin.objects.get(pk=bulletin_pk)
    try:
        pages, sounds = item_pages(bulletin)
        with tempfile.TemporaryDirectory(prefix="pbgdpl-bulletin-") as folder, ExitStack() as files:
            parts = []
            if bulletin.intro_audio is not None:
                parts.append(files.enter_context(local_copy(bulletin.intro_audio)))
            elif (engine := engine or configured_engine()) is not None:
                intro = Path(folder) / "intro.mp3"
                speak_mp3(engine, intro_text(bulletin, [page.title for page in pages]), "vi", intro)
                parts.append(intro)
            parts += [files.enter_context(local_copy(sounds[page.pk].document)) for page in pages]
            target = Path(folder) / "bulletin.mp3"
            audio.join_mp3(parts, target)
            seconds = audio.duration(target)
            with transaction.atomic():
                document = save_audio(
                    bulletin.title, target, f"ban-tin-{bulletin.week_starting:%Y-%m-%d}.mp3"
                )
                old = bulletin.audio
                Bulletin.objects.filter(pk=bulletin.pk).update(
                    status=Bulletin.Status.READY,
                    audio=document,
                    duration=seconds,
                    problem="",
                    built_at=timezone.now(),
                )
                if old is not None:
                    replace(old, document)
    except BulletinProblem as problem:
        _failed(bulletin, str(problem))
    except (audio.AudioError, audio.AudioToolMissing, OSError) as error:
        logger.exception("Bulletin %s could not be built", bulletin.pk)
        _failed(bulletin, f"Không ghép được âm thanh: {error}")
    bulletin.refresh_from_db()
    return bulletin


def _failed(bulletin, problem):
    Bulletin.objects.filter(pk=bulletin.pk).update(status=Bulletin.Status.FAILED, problem=problem)
