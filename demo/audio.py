"""The demo's audio for commune loudspeakers: the newest legal news, a leaflet and two
Q&A answers read aloud by espeak-ng, and this week's bulletin joining the three news
items, so that the podcasts and the bulletins page have something to play.

Where espeak-ng or ffmpeg is not installed the step is skipped and the summary says so:
the rest of the demo needs neither.
"""

from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from core import audio
from delivery.audio.bulletins import build
from delivery.audio.engines import EspeakEngine
from delivery.audio.models import Bulletin, BulletinItem
from delivery.audio.reading import read_aloud
from publications.models import LeafletPage, LegalNewsPage
from qa.models import QuestionAnswerPage

PROGRAMS = [("espeak-ng", "espeak-ng"), ("ffmpeg", "ffmpeg"), ("ffprobe", "ffmpeg")]
NEWS_ITEMS = 3
ANSWERS = 2


def newest(model, count):
    return list(
        model.objects.live()
        .public()
        .filter(locale__language_code=settings.LANGUAGE_CODE, alias_of__isnull=True)
        .order_by("-first_published_at", "-pk")[:count]
    )


def load_audio():
    """Read the pages aloud (a second run reads nothing again: the same words) and build
    this week's bulletin once. Returns what the summary says."""
    try:
        for name, package in PROGRAMS:
            audio.program(name, package)
    except audio.AudioToolMissing as missing:
        return f"Bỏ qua âm thanh mẫu: {missing}"
    engine = EspeakEngine()
    news = newest(LegalNewsPage, NEWS_ITEMS)
    pages = [*news, *newest(LeafletPage, 1), *newest(QuestionAnswerPage, ANSWERS)]
    for page in pages:
        read_aloud(page.pk, engine=engine)

    today = timezone.localdate()
    monday = today - timedelta(days=today.weekday())
    bulletin = Bulletin.objects.filter(week_starting=monday).first()
    if bulletin is None:
        week = monday.isocalendar()
        bulletin = Bulletin(
            title=f"Bản tin pháp luật tuần {week.week} năm {week.year}",
            week_starting=monday,
            items=[BulletinItem(page=page) for page in news],
        )
        bulletin.save()
        bulletin = build(bulletin.pk, engine=engine)
    return (
        f"Âm thanh: {len(pages)} trang đọc bằng máy (espeak-ng); "
        f"bản tin phát thanh “{bulletin.title}”: {bulletin.get_status_display().lower()}."
    )
