"""A weekly bulletin for commune loudspeaker operators: the items' audio joined after a
spoken introduction into one MP3, downloadable without signing in."""

import datetime

import pytest

from django.test import TestCase
from django.urls import reverse

from wagtail.models import Page

from delivery.audio import bulletins
from delivery.audio.engines import EspeakEngine, speak_mp3
from delivery.audio.models import Bulletin, BulletinItem
from tests.factories import LegalNewsPageFactory

from .conftest import audio_document, document_path, probe

pytestmark = pytest.mark.django_db

# Each joined part may gain or lose an MP3 frame (26 ms) at its edges.
TOLERANCE_SECONDS = 0.3
MONDAY = datetime.date(2026, 11, 30)


def publish(page):
    with TestCase.captureOnCommitCallbacks(execute=True):
        page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def three_items(justice_section, tmp_path):
    """Published news with recordings of different formats, rates and lengths."""
    items = []
    for number, (name, seconds) in enumerate(
        [("mot.mp3", 2.0), ("hai.ogg", 3.0), ("ba.m4a", 1.5)], start=1
    ):
        page = LegalNewsPageFactory(parent=justice_section, title=f"Tin số {number}")
        page.audio = audio_document(tmp_path, name, seconds)
        page.full_clean()
        page.save()
        items.append(publish(page))
    return items


def bulletin_of(pages, **kwargs):
    bulletin = Bulletin.objects.create(
        title="Bản tin pháp luật tuần 49 năm 2026", week_starting=MONDAY, **kwargs
    )
    for order, page in enumerate(pages):
        BulletinItem.objects.create(bulletin=bulletin, page=page, sort_order=order)
    return bulletin


def parts_length(pages):
    return sum(probe(document_path(page.audio)) for page in pages)


def test_a_bulletin_of_three_items_lasts_the_introduction_and_its_parts(
    three_items, speech_engine, tmp_path
):
    bulletin = bulletins.build(bulletin_of(three_items).pk)

    assert bulletin.status == Bulletin.Status.READY, bulletin.problem
    assert bulletin.audio.file.name.endswith(".mp3")
    intro = tmp_path / "intro.mp3"
    speak_mp3(
        EspeakEngine(), bulletins.intro_text(bulletin, [p.title for p in three_items]), "vi", intro
    )
    expected = probe(intro) + parts_length(three_items)
    measured = probe(document_path(bulletin.audio))
    assert measured == pytest.approx(expected, abs=TOLERANCE_SECONDS)
    assert bulletin.duration == pytest.approx(measured, abs=0.05)
    assert probe(intro) > 3


def test_the_spoken_introduction_names_the_week_and_the_items(three_items):
    bulletin = bulletin_of(three_items)

    text = bulletins.intro_text(bulletin, [page.title for page in three_items])

    assert text.startswith("Bản tin pháp luật tuần từ ngày 30 tháng 11 năm 2026.")
    assert "Tin thứ 2: Tin số 2." in text


def test_without_a_speech_engine_the_bulletin_has_no_introduction(three_items):
    bulletin = bulletins.build(bulletin_of(three_items).pk)

    assert bulletin.status == Bulletin.Status.READY, bulletin.problem
    measured = probe(document_path(bulletin.audio))
    assert measured == pytest.approx(parts_length(three_items), abs=TOLERANCE_SECONDS)


def test_an_uploaded_introduction_is_played_first(three_items, speech_engine, tmp_path):
    intro = audio_document(tmp_path, "gioi-thieu.mp3", 4)

    bulletin = bulletins.build(bulletin_of(three_items, intro_audio=intro).pk)

    measured = probe(document_path(bulletin.audio))
    expected = probe(document_path(intro)) + parts_length(three_items)
    assert measured == pytest.approx(expected, abs=TOLERANCE_SECONDS)


def test_an_unpublished_or_silent_item_fails_the_bulletin_with_the_reason(
    three_items, justice_section
):
    three_items[1].unpublish()
    silent = publish(LegalNewsPageFactory(parent=justice_section, title="Tin chưa có âm thanh"))

    unpublished = bulletins.build(bulletin_of(three_items).pk)
    without_audio = bulletins.build(bulletin_of([three_items[0], silent]).pk)

    assert unpublished.status == Bulletin.Status.FAILED
    assert "Tin số 2" in unpublished.problem
    assert unpublished.audio is None
    assert without_audio.status == Bulletin.Status.FAILED
    assert without_audio.problem == "Các tin chưa có âm thanh: Tin chưa có âm thanh."


def test_saving_a_bulletin_in_the_admin_builds_it(admin_client, three_items):
    data = {
        "title": "Bản tin pháp luật tuần 49 năm 2026",
        "week_starting": "2026-11-30",
        "items-TOTAL_FORMS": "3",
        "items-INITIAL_FORMS": "0",
        "items-MIN_NUM_FORMS": "1",
        "items-MAX_NUM_FORMS": "1000",
    }
    for index, page in enumerate(three_items):
        data |= {
            f"items-{index}-page": str(page.pk),
            f"items-{index}-ORDER": str(index + 1),
            f"items-{index}-DELETE": "",
            f"items-{index}-id": "",
        }

    with TestCase.captureOnCommitCallbacks(execute=True):
        response = admin_client.post(reverse("wagtailsnippets_delivery_bulletin:add"), data)

    assert response.status_code == 302, response.context["form"].errors
    bulletin = Bulletin.objects.get()
    assert [item.page_id for item in bulletin.items.order_by("sort_order")] == [
        page.pk for page in three_items
    ]
    assert bulletin.status == Bulletin.Status.READY, bulletin.problem
    assert bulletin.duration == pytest.approx(parts_length(three_items), abs=TOLERANCE_SECONDS)


def test_operators_find_ready_bulletins_without_signing_in(client, three_items):
    ready = bulletins.build(bulletin_of(three_items).pk)
    waiting = bulletin_of(three_items[:1])
    Bulletin.objects.filter(pk=waiting.pk).update(title="Bản tin đang chờ")

    response = client.get("/ban-tin-phat-thanh/")

    assert response.status_code == 200
    html = response.content.decode()
    assert ready.title in html
    assert "Bản tin đang chờ" not in html
    assert f'href="{ready.audio.url}" download' in html
    assert ready.duration_text in html
    assert 'name="viewport"' in html
    for page in three_items:
        assert page.title in html
    download = client.get(ready.audio.url)
    assert download.status_code == 200
    assert b"".join(download.streaming_content)[:3] in (b"ID3", b"\xff\xfb")


def test_a_page_removed_from_the_site_removes_its_item(three_items):
    bulletin = bulletin_of(three_items)

    Page.objects.get(pk=three_items[0].pk).delete()

    assert bulletin.items.count() == 2


def test_the_admin_shows_each_bulletins_state_and_why_one_failed(
    admin_client, three_items, justice_section
):
    ready = bulletins.build(bulletin_of(three_items).pk)
    three_items[0].unpublish()
    failed = bulletins.build(bulletin_of(three_items[:1]).pk)
    Bulletin.objects.filter(pk=failed.pk).update(title="Bản tin lỗi")

    listing = admin_client.get(reverse("wagtailsnippets_delivery_bulletin:list")).content.decode()
    inspect = admin_client.get(
        reverse("wagtailsnippets_delivery_bulletin:inspect", args=[failed.pk])
    ).content.decode()

    assert "Thời lượng" in listing
    assert ready.duration_text in listing
    assert "Sẵn sàng tải về" in listing
    assert "Lỗi khi tạo" in listing
    assert "Các tin chưa xuất bản công khai: Tin số 1." in inspect
