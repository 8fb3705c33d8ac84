"""The TV channel on a phone: the broadcast on air plays full width at 16:9 under its
title, and its lead-in text opens below the player; nothing but the provider's player
is fetched from another host, and nothing breaks the Content-Security-Policy."""

import datetime

import pytest
from playwright.sync_api import expect

from django.utils import timezone

from publications.models import Broadcast, BroadcastGuest, ChannelPage, ProgrammePage
from tests.e2e.test_content_security_policy import Watch

LIVE_URL = "https://www.youtube.com/watch?v=truc-tiep-e2e"
# The provider's player, answered here: the tests reach no network.
FAKE_PLAYER = (
    '<!DOCTYPE html><html><body style="margin:0;background:#000;color:#fff">'
    "<p>Trình phát trực tiếp</p></body></html>"
)


def publish(page):
    page.save_revision().publish()
    return page


@pytest.fixture
def channel_on_air(site):
    channel = ChannelPage(
        title="Kênh truyền hình pháp luật trực tuyến",
        summary="Chương trình pháp luật phát trực tiếp hằng tuần.",
    )
    site.home.add_child(instance=channel)
    publish(channel)
    programme = ProgrammePage(title="Pháp luật và Đời sống", summary="Giải đáp pháp luật.")
    channel.add_child(instance=programme)
    publish(programme)
    now = timezone.now()
    broadcast = Broadcast.objects.create(
        programme=programme,
        topic="Hòa giải tranh chấp đất đai ở cơ sở",
        description="Thủ tục hòa giải tại Ủy ban nhân dân cấp xã.",
        starts_at=now - datetime.timedelta(minutes=15),
        ends_at=now + datetime.timedelta(minutes=45),
        live_url=LIVE_URL,
        transcript="Kính chào quý vị khán giả.\n\nHôm nay chúng ta bàn về hòa giải đất đai.",
    )
    BroadcastGuest.objects.create(
        broadcast=broadcast, name="Nguyễn Văn An", position="Phó Giám đốc Sở Tư pháp"
    )
    Broadcast.objects.create(
        programme=programme,
        topic="Quyền của người lao động",
        starts_at=now + datetime.timedelta(days=7),
        ends_at=now + datetime.timedelta(days=7, hours=1),
        live_url=LIVE_URL,
    )
    return channel, broadcast


def test_the_live_player_and_its_lead_in_on_a_phone(phone, live_server, channel_on_air):
    channel, broadcast = channel_on_air
    watch = Watch(phone)
    tab = phone.tab
    tab.route(
        "https://www.youtube.com/**",
        lambda route: route.fulfill(
            status=200, content_type="text/html; charset=utf-8", body=FAKE_PLAYER
        ),
    )

    response = watch.open(live_server.url + channel.url)

    assert response.status == 200
    heading = tab.get_by_role("heading", level=2, name=broadcast.topic)
    expect(heading).to_be_visible()
    expect(heading.locator(".live-badge")).to_have_text("Trực tiếp")
    player = tab.locator("[data-live-player] iframe")
    expect(player).to_be_visible()
    box = player.bounding_box()
    layout_width = tab.evaluate("document.documentElement.clientWidth")
    assert layout_width == 360
    assert box["width"] <= layout_width
    assert box["width"] >= layout_width - 40  # the page's margins, nothing narrower
    assert abs(box["height"] - box["width"] * 9 / 16) <= 1
    assert tab.evaluate("document.documentElement.scrollWidth") <= layout_width
    expect(player.content_frame.locator("body")).to_contain_text("Trình phát trực tiếp")
    expect(tab.get_by_text("Nguyễn Văn An")).to_be_visible()

    transcript = tab.locator("[data-transcript]")
    expect(transcript.get_by_text("Hôm nay chúng ta bàn về hòa giải đất đai.")).to_be_hidden()
    transcript.get_by_text("Lời dẫn chương trình").tap()
    expect(transcript.get_by_text("Hôm nay chúng ta bàn về hòa giải đất đai.")).to_be_visible()
    summary_box = transcript.locator("summary").bounding_box()
    assert summary_box["height"] >= 44  # a finger's tap target

    # The schedule follows, with the calendar to subscribe to.
    expect(tab.get_by_text("Quyền của người lao động")).to_be_visible()
    expect(tab.get_by_role("link", name="Thêm lịch phát sóng")).to_be_visible()

    assert {url.split("?")[0] for url in phone.external_requests} <= {
        "https://www.youtube.com/watch"
    }
    assert phone.failed == []
    # The player's frame and the page's styles pass the site's Content-Security-Policy.
    assert watch.violations == []


def test_when_nothing_is_on_air_the_page_says_what_comes_next(phone, live_server, channel_on_air):
    channel, broadcast = channel_on_air
    Broadcast.objects.filter(pk=broadcast.pk).update(
        ends_at=timezone.now() - datetime.timedelta(minutes=1)
    )

    phone.tab.goto(live_server.url + channel.url, wait_until="load")

    expect(phone.tab.get_by_role("heading", name="Hiện không phát trực tiếp")).to_be_visible()
    expect(phone.tab.locator("iframe")).to_have_count(0)
    expect(phone.tab.get_by_text("Buổi phát tiếp theo")).to_contain_text("Quyền của người lao động")
    assert phone.external_requests == []
