"""The demo's audio: news, a leaflet and answers read aloud by espeak-ng, in the podcast
feed, and this week's loudspeaker bulletin ready to download; skipped, and said so, on a
machine without espeak-ng or ffmpeg."""

import feedparser
import pytest

from django.core.management import call_command
from django.db import transaction

from core import audio
from delivery.audio.models import Bulletin, MachineReading
from demo.audio import load_audio


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Loaded once and rolled back after the module; each test runs in a savepoint."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", address="127.0.0.1:8001", verbosity=0)
        yield
        transaction.set_rollback(True)


def test_the_podcast_plays_the_pages_read_aloud(demo, db, client):
    readings = MachineReading.objects.select_related("document")
    assert readings.count() == 6

    feed = feedparser.parse(client.get("/feeds/podcast/").content)

    assert not feed.bozo
    sizes = {reading.document.url: reading.document.file.size for reading in readings}
    enclosures = [entry.enclosures[0] for entry in feed.entries]
    assert len(enclosures) == 6
    for enclosure in enclosures:
        assert enclosure.type == "audio/mpeg"
        path = enclosure.href.split("127.0.0.1:8001", 1)[-1]
        assert int(enclosure.length) == sizes[path]


def test_this_weeks_bulletin_is_ready_for_operators(demo, db, client):
    bulletin = Bulletin.objects.get()
    assert bulletin.status == Bulletin.Status.READY
    assert bulletin.items.count() == 3
    # The spoken introduction comes before the three items.
    items = sum(
        MachineReading.objects.get(page_id=item.page_id).duration for item in bulletin.items.all()
    )
    assert bulletin.duration > items + 3

    page = client.get("/ban-tin-phat-thanh/").content.decode()
    assert bulletin.title in page
    assert bulletin.audio.url in page


def test_without_espeak_the_demo_says_so_and_makes_no_audio(db, monkeypatch):
    def missing(name, package=None):
        raise audio.AudioToolMissing(f"'{name}' is not installed")

    monkeypatch.setattr(audio, "program", missing)
    Bulletin.objects.all().delete()
    MachineReading.objects.all().delete()

    assert load_audio().startswith("Bỏ qua âm thanh mẫu: 'espeak-ng' is not installed")
    assert not MachineReading.objects.exists()
    assert not Bulletin.objects.exists()
