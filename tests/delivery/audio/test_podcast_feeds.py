"""Podcast apps and commune stations subscribe to the audio of a section, a unit or a
legal field."""

from unittest import mock

import feedparser
import pytest

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from wagtail.contrib.frontend_cache.backends import HTTPBackend
from wagtail.models import PageViewRestriction

from tests.factories import LegalNewsPageFactory, SectionPageFactory

from .conftest import audio_document

pytestmark = pytest.mark.django_db

ROOT = "http://localhost"


def publish(page):
    with TestCase.captureOnCommitCallbacks(execute=True):
        page.save_revision().publish()
    page.refresh_from_db()
    return page


def with_recording(page, document):
    page.audio = document
    page.full_clean()
    page.save()
    return publish(page)


def read_podcast(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "rss20"
    return feed


@pytest.fixture
def recorded(justice_section, land_field, tmp_path):
    """A news item with an uploaded MP3, a leaflet-less item with an OGG, one without audio."""
    mp3 = with_recording(
        LegalNewsPageFactory(
            parent=justice_section, title="Sổ đỏ làm nhanh hơn", legal_fields=[land_field]
        ),
        audio_document(tmp_path, "so-do.mp3", 3),
    )
    ogg = with_recording(
        LegalNewsPageFactory(parent=justice_section, title="Đăng ký khai sinh"),
        audio_document(tmp_path, "khai-sinh.ogg", 2),
    )
    silent = publish(LegalNewsPageFactory(parent=justice_section, title="Tin không có âm thanh"))
    return mp3, ogg, silent


def test_a_section_podcast_lists_its_items_with_audio_as_enclosures(
    client, justice_section, recorded
):
    mp3, ogg, _ = recorded

    feed = read_podcast(client, f"/feeds/podcast/section/{justice_section.slug}/")

    assert sorted(entry.title for entry in feed.entries) == sorted([mp3.title, ogg.title])
    for page, kind in ((mp3, "audio/mpeg"), (ogg, "audio/ogg")):
        (entry,) = [entry for entry in feed.entries if entry.title == page.title]
        (enclosure,) = entry.enclosures
        assert enclosure.type == kind
        assert enclosure.href == f"{ROOT}{page.audio.url}"
        assert int(enclosure.length) == page.audio.file.size
        assert entry.link == page.get_full_url()
        assert entry.itunes_duration == f"0:0{round(page.audio_duration)}"
        # Apple's current values are "true" and "false"; feedparser knows only the
        # older "yes" and "clean", so it reads the tag without a value.
        assert "itunes_explicit" in entry
    # The enclosure is the file itself, downloadable without signing in.
    response = client.get(mp3.audio.url)
    assert response.status_code == 200
    assert int(response["Content-Length"]) == mp3.audio.file.size


def test_the_podcast_carries_the_itunes_channel_tags(client, justice_section, recorded):
    feed = read_podcast(client, f"/feeds/podcast/section/{justice_section.slug}/")
    response = client.get(f"/feeds/podcast/section/{justice_section.slug}/").content.decode()

    assert feed.feed.title.startswith(justice_section.title)
    assert feed.feed.language == "vi"
    assert feed.feed.author == "Sở Tư pháp tỉnh Quảng Ninh"
    assert "<itunes:explicit>false</itunes:explicit>" in response
    assert "<itunes:type>episodic</itunes:type>" in response
    assert feed.feed.tags[0].term == "Government"
    assert feed.feed.publisher_detail.name == "Sở Tư pháp tỉnh Quảng Ninh"
    assert 'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"' in response
    assert "<itunes:owner><itunes:name>Sở Tư pháp tỉnh Quảng Ninh</itunes:name>" in response


def test_unit_and_legal_field_podcasts(client, justice_department, land_field, recorded):
    mp3, ogg, _ = recorded

    by_unit = read_podcast(client, f"/feeds/podcast/unit/{justice_department.slug}/")
    by_field = read_podcast(client, f"/feeds/podcast/legal-field/{land_field.slug}/")

    assert sorted(entry.title for entry in by_unit.entries) == sorted([mp3.title, ogg.title])
    assert [entry.title for entry in by_field.entries] == [mp3.title]


def test_drafts_and_private_pages_are_left_out(client, justice_section, recorded, tmp_path):
    mp3, ogg, _ = recorded
    draft = LegalNewsPageFactory(parent=justice_section, title="Bản nháp", live=False)
    draft.audio = audio_document(tmp_path, "nhap.mp3", 1)
    draft.full_clean()
    draft.save_revision()
    private_section = SectionPageFactory(parent=justice_section, title="Nội bộ")
    PageViewRestriction.objects.create(page=private_section, restriction_type="login")
    with_recording(
        LegalNewsPageFactory(parent=private_section, title="Tin nội bộ"),
        audio_document(tmp_path, "noi-bo.mp3", 1),
    )

    feed = read_podcast(client, f"/feeds/podcast/section/{justice_section.slug}/")

    assert sorted(entry.title for entry in feed.entries) == sorted([mp3.title, ogg.title])


def test_machine_readings_are_episodes_too(client, justice_section, speech_engine):
    page = publish(LegalNewsPageFactory(parent=justice_section, title="Luật Hôn nhân và gia đình"))

    feed = read_podcast(client, f"/feeds/podcast/section/{justice_section.slug}/")

    (entry,) = feed.entries
    (enclosure,) = entry.enclosures
    reading = page.machine_reading
    assert entry.title == page.title
    assert enclosure.type == "audio/mpeg"
    assert int(enclosure.length) == reading.document.file.size
    assert enclosure.href == f"{ROOT}{reading.document.url}"


def test_a_cached_podcast_gains_the_episode_once_the_reading_is_made(
    client, settings, justice_section, speech_engine
):
    settings.PUBLIC_CACHE_SERVER_SECONDS = 300
    url = f"/feeds/podcast/section/{justice_section.slug}/"
    assert read_podcast(client, url).entries == []

    page = publish(LegalNewsPageFactory(parent=justice_section, title="Luật Cư trú"))

    assert [entry.title for entry in read_podcast(client, url).entries] == [page.title]


def test_publishing_an_audio_page_purges_its_podcasts_from_front_end_caches(
    settings, justice_section, justice_department, land_field, tmp_path
):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:8080",
        }
    }
    page = LegalNewsPageFactory(parent=justice_section, legal_fields=[land_field])
    page.audio = audio_document(tmp_path, "a.mp3", 1)
    page.full_clean()
    page.save()

    with mock.patch.object(HTTPBackend, "purge") as purge:
        publish(page)

    purged = {call.args[0] for call in purge.call_args_list}
    root = page.get_site().root_url
    assert {
        f"{root}/feeds/podcast/",
        f"{root}/feeds/podcast/section/{justice_section.slug}/",
        f"{root}/feeds/podcast/unit/{justice_department.slug}/",
        f"{root}/feeds/podcast/legal-field/{land_field.slug}/",
    } <= purged


def test_a_podcasts_queries_do_not_grow_with_its_episodes(
    client, justice_section, tmp_path, speech_engine
):
    url = f"/feeds/podcast/section/{justice_section.slug}/"

    def queries_of_a_warm_request():
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    with_recording(
        LegalNewsPageFactory(parent=justice_section), audio_document(tmp_path, "a.mp3", 1)
    )
    publish(LegalNewsPageFactory(parent=justice_section))
    two = queries_of_a_warm_request()
    with_recording(
        LegalNewsPageFactory(parent=justice_section), audio_document(tmp_path, "b.ogg", 1)
    )
    publish(LegalNewsPageFactory(parent=justice_section))

    assert len(read_podcast(client, url).entries) == 4
    assert queries_of_a_warm_request() == two
