"""The TV channel's schedule as an iCalendar file (RFC 5545) that phones and calendar
applications subscribe to.

Times are written in UTC, which every calendar converts to the reader's zone without a
VTIMEZONE component. Each broadcast keeps its UID across edits, so a subscribed calendar
moves an event instead of adding a second one; DTSTAMP and LAST-MODIFIED are the
broadcast's last change.
"""

from datetime import UTC, timedelta

from django.conf import settings
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_safe

from publications.models import ChannelPage

from .sources import _home

# Past broadcasts kept in the file, so that last week's shows stay in calendars.
PAST_DAYS = 30
MAX_EVENTS = 300
LINE_OCTETS = 75
STAMP = "%Y%m%dT%H%M%SZ"


def escape_text(value):
    """A TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma and line breaks
    escaped."""
    value = (value or "").replace("\r\n", "\n").replace("\r", "\n")
    for raw, escaped in (("\\", "\\\\"), (";", "\\;"), (",", "\\,"), ("\n", "\\n")):
        value = value.replace(raw, escaped)
    return value


def fold(line):
    """A content line cut into lines of at most 75 octets (RFC 5545, 3.1), each
    continuation starting with a space, never inside a UTF-8 character."""
    parts, current, size, limit = [], [], 0, LINE_OCTETS
    for character in line:
        octets = len(character.encode())
        if size + octets > limit:
            parts.append("".join(current))
            # The continuation's leading space counts towards its 75 octets.
            current, size, limit = [], 0, LINE_OCTETS - 1
        current.append(character)
        size += octets
    parts.append("".join(current))
    return "\r\n ".join(parts)


def _utc(moment):
    return moment.astimezone(UTC).strftime(STAMP)


def _description(broadcast, watch_url):
    paragraphs = [broadcast.description]
    guests = broadcast.guest_line()
    if guests:
        paragraphs.append(f"Khách mời: {guests}")
    paragraphs.append(f"Xem trực tiếp: {watch_url}")
    return "\n\n".join(paragraph for paragraph in paragraphs if paragraph)


def _event(broadcast, host, channel_url):
    stamp = _utc(broadcast.updated_at)
    return [
        "BEGIN:VEVENT",
        f"UID:broadcast-{broadcast.pk}@{host}",
        f"DTSTAMP:{stamp}",
        f"LAST-MODIFIED:{stamp}",
        f"DTSTART:{_utc(broadcast.starts_at)}",
        f"DTEND:{_utc(broadcast.ends_at)}",
        f"SUMMARY:{escape_text(f'{broadcast.programme.title}: {broadcast.topic}')}",
        f"DESCRIPTION:{escape_text(_description(broadcast, channel_url))}",
        f"URL:{channel_url}",
        f"LOCATION:{escape_text(broadcast.live_url)}",
        "END:VEVENT",
    ]


def calendar_text(channel, request):
    site = channel.get_site()
    host = site.hostname if site else request.get_host()
    channel_url = channel.get_full_url(request)
    since = timezone.now() - timedelta(days=PAST_DAYS)
    broadcasts = (
        channel.broadcasts()
        .filter(ends_at__gte=since)
        .select_related("programme")
        .prefetch_related("guests")
        .order_by("starts_at")[:MAX_EVENTS]
    )
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:-//{escape_text(host)}//Kenh truyen hinh phap luat//VI",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(channel.title)}",
        f"X-WR-TIMEZONE:{settings.TIME_ZONE}",
    ]
    for broadcast in broadcasts:
        lines += _event(broadcast, host, channel_url)
    lines.append("END:VCALENDAR")
    return "".join(f"{fold(line)}\r\n" for line in lines)


@require_safe
def channel_schedule(request, slug):
    """``/feeds/channel/<slug>/schedule.ics``: the broadcasts of the channel's public
    programmes, from a month ago on."""
    _, home = _home(request)
    channel = (
        ChannelPage.objects.live()
        .public()
        .descendant_of(home)
        .filter(slug=slug)
        .order_by("depth", "path")
        .first()
    )
    if channel is None:
        raise Http404("Không có kênh truyền hình này.")
    response = HttpResponse(
        calendar_text(channel, request), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'inline; filename="{slug}.ics"'
    # Which broadcasts are listed moves with the clock, not only with published content:
    # kept by clients and proxies for a minute, never by the server's response cache.
    patch_cache_control(response, public=True, max_age=settings.PUBLIC_CACHE_MAX_AGE)
    return response
