"""Viewers find what is on air now and what comes next, on the channel page, in other
sites' frames and in the content API."""

from datetime import timedelta

import pytest

from django.core.exceptions import ValidationError
from django.utils import timezone

from home.models import HomePage, SectionPage
from publications.models import Broadcast, ChannelPage, ProgrammePage, VideoPage
from tests.factories import SectionPageFactory, home_page, translate

from .conftest import LIVE_URL, make_broadcast


def test_a_broadcast_is_upcoming_on_air_then_ended(programme):
    broadcast = make_broadcast(programme, starts_in=timedelta(hours=1))
    start, end = broadcast.starts_at, broadcast.ends_at

    assert broadcast.state_at(start - timedelta(seconds=1)) == Broadcast.State.UPCOMING
    assert broadcast.state_at(start) == Broadcast.State.ON_AIR
    assert broadcast.state_at(end - timedelta(seconds=1)) == Broadcast.State.ON_AIR
    assert broadcast.state_at(end) == Broadcast.State.ENDED
    assert list(Broadcast.objects.on_air(start + timedelta(minutes=5))) == [broadcast]
    assert list(Broadcast.objects.on_air(end)) == []
    assert list(Broadcast.objects.upcoming(start - timedelta(minutes=1))) == [broadcast]
    assert list(Broadcast.objects.ended(end)) == [broadcast]


@pytest.mark.parametrize(
    ("change", "field", "message"),
    [
        ({"lasts": timedelta(0)}, "ends_at", "Giờ kết thúc phải sau giờ bắt đầu."),
        (
            {"live_url": "https://example.com/live"},
            "live_url",
            "Nhập đường dẫn phát trực tiếp trên YouTube hoặc Facebook.",
        ),
    ],
)
def test_a_broadcast_is_refused_when_its_times_or_link_are_wrong(programme, change, field, message):
    starts_at = timezone.now() + timedelta(days=1)
    broadcast = Broadcast(
        programme=programme,
        topic="Luật Hôn nhân và gia đình",
        starts_at=starts_at,
        ends_at=starts_at + change.get("lasts", timedelta(hours=1)),
        live_url=change.get("live_url", LIVE_URL),
    )
    with pytest.raises(ValidationError) as refused:
        broadcast.full_clean()
    assert refused.value.message_dict[field] == [message]


def test_a_recording_cannot_be_entered_before_the_broadcast_ends(on_air):
    on_air.recording_url = "https://www.youtube.com/watch?v=ban-ghi"
    with pytest.raises(ValidationError) as refused:
        on_air.full_clean()
    assert "recording_url" in refused.value.message_dict


def test_the_channel_page_plays_the_broadcast_on_air_with_its_guests_and_lead_in(
    client, channel, on_air
):
    upcoming = make_broadcast(on_air.programme, starts_in=timedelta(days=3), topic="Luật Cư trú")

    html = client.get(channel.url).content.decode()

    assert "Trực tiếp" in html
    assert f'<iframe src="{LIVE_URL}"' in html
    assert on_air.topic in html
    assert "Nguyễn Văn An</strong>, Phó Giám đốc Sở Tư pháp" in html
    assert "Lời dẫn chương trình" in html
    assert "Hôm nay chúng ta bàn về ranh giới đất." in html
    # The schedule lists what comes next, and offers the calendar file.
    assert upcoming.topic in html
    assert "/feeds/channel/kenh-truyen-hinh-phap-luat-truc-tuyen/schedule.ics" in html


def test_without_a_broadcast_on_air_the_channel_page_announces_the_next_one(
    client, channel, programme, ended
):
    coming = make_broadcast(programme, starts_in=timedelta(hours=5), topic="Luật Giao thông")

    html = client.get(channel.url).content.decode()

    assert "Hiện không phát trực tiếp" in html
    assert "<iframe" not in html
    assert f"Buổi phát tiếp theo: <strong>{coming.topic}</strong>" in html
    assert ended.topic not in html


def test_a_broadcast_of_an_unpublished_programme_is_not_shown(client, channel, on_air):
    on_air.programme.unpublish()

    html = client.get(channel.url).content.decode()

    assert "<iframe" not in html
    assert on_air.topic not in html


def test_the_live_player_falls_back_to_a_link_when_the_provider_cannot_be_embedded(
    client, channel, programme
):
    # The offline finder, like a real one, knows no player at this Facebook address.
    live_url = "https://www.facebook.com/sotuphap/live"
    make_broadcast(programme, starts_in=-timedelta(minutes=1), live_url=live_url)

    html = client.get(channel.url).content.decode()

    assert f'<a href="{live_url}">Xem trực tiếp tại trang gốc</a>' in html


def test_the_channel_embed_plays_the_broadcast_on_air(client, channel, on_air):
    response = client.get(f"/embed/{channel.pk}/")

    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="embed embed--channel"' in html
    assert f'<iframe src="{LIVE_URL}"' in html
    assert on_air.topic in html
    assert "Khách mời: Nguyễn Văn An (Phó Giám đốc Sở Tư pháp)" in html


def test_the_channel_embed_says_what_comes_next_when_nothing_is_on_air(client, channel, programme):
    coming = make_broadcast(programme, starts_in=timedelta(days=1), topic="Luật Đất đai 2024")

    html = client.get(f"/embed/{channel.pk}/").content.decode()

    assert "<iframe" not in html
    assert coming.topic in html


def test_the_content_api_gives_the_broadcast_on_air_and_the_schedule(client, channel, on_air):
    coming = make_broadcast(on_air.programme, starts_in=timedelta(days=1), topic="Luật Cư trú")

    response = client.get(f"/api/v2/pages/{channel.pk}/")

    assert response.status_code == 200
    data = response.json()
    live = data["live_broadcast"]
    assert live["topic"] == on_air.topic
    assert live["state"] == "on_air"
    assert live["live_url"] == LIVE_URL
    assert live["programme"] == {"id": on_air.programme_id, "title": "Pháp luật và Đời sống"}
    assert live["guests"] == [
        {"name": "Nguyễn Văn An", "position": "Phó Giám đốc Sở Tư pháp"},
        {"name": "Trần Thị Bình", "position": "Luật sư, Đoàn Luật sư tỉnh Quảng Ninh"},
    ]
    assert live["starts_at"].endswith("+07:00")
    assert [item["topic"] for item in data["upcoming_broadcasts"]] == [coming.topic]
    # On air changes with the clock alone: never served from the server's caches.
    assert "max-age" in response["Cache-Control"]


def test_the_content_api_says_null_when_nothing_is_on_air(client, channel, programme):
    data = client.get(f"/api/v2/pages/{channel.pk}/").json()
    assert data["live_broadcast"] is None
    assert data["upcoming_broadcasts"] == []


def test_programme_pages_list_episodes_in_order_and_the_programmes_schedule(client, programme):
    for number, title in [(2, "Tập hai"), (1, "Tập một"), (None, "Phóng sự đặc biệt")]:
        video = VideoPage(
            title=title,
            summary="Video của chương trình.",
            video_url="https://www.youtube.com/watch?v=tap",
            episode_number=number,
        )
        programme.add_child(instance=video)
        video.save_revision().publish()
    coming = make_broadcast(programme, starts_in=timedelta(days=2), topic="Luật Trẻ em")

    html = client.get(programme.url).content.decode()

    assert html.index("Tập 1</span> Tập một") < html.index("Tập 2</span> Tập hai")
    assert html.index("Tập hai") < html.index("Phóng sự đặc biệt")
    assert coming.topic in html
    assert "20 giờ thứ Năm hằng tuần" in html
    assert programme.next_episode_number() == 3


def test_the_page_tree_of_the_channel(db):
    assert set(ChannelPage.allowed_parent_page_models()) == {HomePage, SectionPage}
    assert ProgrammePage.allowed_subpage_models() == [VideoPage]
    assert ProgrammePage.allowed_parent_page_models() == [ChannelPage]
    assert ProgrammePage in ChannelPage.allowed_subpage_models()
    section = SectionPageFactory()
    assert ChannelPage.can_create_at(home_page())
    assert ChannelPage.can_create_at(section)
    assert VideoPage.can_create_at(section)


def test_the_english_channel_shows_the_schedule_kept_on_the_vietnamese_programmes(
    client, channel, programme, on_air
):
    translate(HomePage.objects.get(), {})
    english_channel = translate(channel, {})
    english_programme = translate(programme, {})

    assert english_channel.specific.broadcast_on_air == on_air
    assert english_programme.specific.schedule().get() == on_air
    html = client.get(english_channel.url).content.decode()
    assert f'<iframe src="{LIVE_URL}"' in html
