"""Viewers subscribe to the channel's schedule in their phone's calendar: the .ics file
is read by a real iCalendar parser."""

from datetime import timedelta

import icalendar
import pytest

from .conftest import LIVE_URL, make_broadcast

CALENDAR_URL = "/feeds/channel/kenh-truyen-hinh-phap-luat-truc-tuyen/schedule.ics"


def read_calendar(client):
    response = client.get(CALENDAR_URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    body = response.content
    # RFC 5545: CRLF line ends, no line longer than 75 octets.
    assert all(line.endswith(b"\r") for line in body.split(b"\n")[:-1])
    assert all(len(line.rstrip(b"\r")) <= 75 for line in body.split(b"\n"))
    return icalendar.Calendar.from_ical(body), response


def events(calendar):
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def test_the_schedule_is_an_icalendar_with_one_event_a_broadcast(client, channel, on_air, ended):
    tricky = make_broadcast(
        on_air.programme,
        starts_in=timedelta(days=2),
        topic="Hỏi; đáp, về “Luật Đất đai” \\ 2024",
        description="Dòng một.\nDòng hai, có dấu phẩy; và chấm phẩy." + " Rất dài." * 20,
    )

    calendar, response = read_calendar(client)

    assert calendar["VERSION"] == "2.0"
    assert str(calendar["X-WR-CALNAME"]) == "Kênh truyền hình pháp luật trực tuyến"
    found = events(calendar)
    assert set(found) == {
        f"Pháp luật và Đời sống: {broadcast.topic}" for broadcast in (on_air, ended, tricky)
    }
    event = found[f"Pháp luật và Đời sống: {tricky.topic}"]
    # Escaped and folded text comes back exactly as it was typed.
    assert str(event["DESCRIPTION"]).startswith(
        "Dòng một.\nDòng hai, có dấu phẩy; và chấm phẩy. Rất dài."
    )
    assert event.decoded("DTSTART") == tricky.starts_at
    assert event.decoded("DTEND") == tricky.ends_at
    assert str(event["LOCATION"]) == LIVE_URL
    assert str(event["URL"]) == f"http://localhost{channel.url}"
    assert str(event["UID"]) == f"broadcast-{tricky.pk}@localhost"
    assert event.decoded("DTSTAMP") == tricky.updated_at.replace(microsecond=0)
    # Which broadcasts are listed moves with the clock: not kept by the server.
    assert "max-age" in response["Cache-Control"]


def test_guests_and_the_watch_link_are_in_the_description(client, channel, on_air):
    calendar, _ = read_calendar(client)
    (event,) = calendar.walk("VEVENT")
    description = str(event["DESCRIPTION"])
    assert "Khách mời: Nguyễn Văn An (Phó Giám đốc Sở Tư pháp), Trần Thị Bình (Luật sư" in (
        description
    )
    assert description.endswith(f"Xem trực tiếp: http://localhost{channel.url}")


def test_an_event_keeps_its_uid_when_the_broadcast_is_moved(client, channel, programme):
    broadcast = make_broadcast(programme, starts_in=timedelta(days=1))
    calendar, _ = read_calendar(client)
    (before,) = calendar.walk("VEVENT")

    broadcast.starts_at += timedelta(hours=2)
    broadcast.ends_at += timedelta(hours=2)
    broadcast.save()
    calendar, _ = read_calendar(client)
    (after,) = calendar.walk("VEVENT")

    assert after["UID"] == before["UID"]
    assert after.decoded("DTSTART") - before.decoded("DTSTART") == timedelta(hours=2)
    assert after.decoded("DTSTAMP") >= before.decoded("DTSTAMP")


def test_broadcasts_from_long_ago_are_left_out(client, channel, programme):
    make_broadcast(programme, starts_in=-timedelta(days=60), topic="Buổi phát cũ")
    calendar, _ = read_calendar(client)
    assert calendar.walk("VEVENT") == []


@pytest.mark.parametrize("slug", ["khong-co-kenh-nay", "phap-luat-va-doi-song"])
def test_only_a_published_channel_has_a_calendar(client, programme, slug):
    assert client.get(f"/feeds/channel/{slug}/schedule.ics").status_code == 404
