"""Text tracks of video pages: chapter times typed by editors, the WebVTT chapters track
the site writes from them, and the check that an uploaded subtitle file is WebVTT.

A time is written ``phút:giây`` or ``giờ:phút:giây`` (``4:35``, ``1:02:07``), as video
players and YouTube descriptions show it.
"""

import re
from datetime import timedelta

from django.core.exceptions import ValidationError

TIMECODE = re.compile(r"^(?:(?P<hours>\d{1,2}):)?(?P<minutes>[0-5]?\d):(?P<seconds>[0-5]\d)$")
# The file signature (W3C WebVTT, section 4.1): an optional byte order mark,
# "WEBVTT", then a space, a tab or the end of the line.
WEBVTT_SIGNATURE = re.compile(rb"^(\xef\xbb\xbf)?WEBVTT([ \t\r\n]|$)")
SIGNATURE_BYTES = 16


def parse_timecode(text):
    """``"1:02:07"`` -> ``timedelta(hours=1, minutes=2, seconds=7)``; ValueError otherwise."""
    match = TIMECODE.match((text or "").strip())
    if match is None:
        raise ValueError(text)
    return timedelta(
        hours=int(match["hours"] or 0),
        minutes=int(match["minutes"]),
        seconds=int(match["seconds"]),
    )


def validate_timecode(text):
    try:
        parse_timecode(text)
    except ValueError as error:
        raise ValidationError(
            "Nhập thời điểm dạng phút:giây hoặc giờ:phút:giây, ví dụ 4:35 hoặc 1:02:07.",
            code="timecode",
        ) from error


def display_timecode(moment):
    """``timedelta(seconds=275)`` -> ``"4:35"``; with hours, ``"1:02:07"``."""
    total = int(moment.total_seconds())
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def chapter_errors(chapters, duration):
    """What is wrong with ``chapters`` (``[(start timedelta, title)]`` in the editor's
    order) for a video lasting ``duration`` (None when not given): messages in Vietnamese."""
    if not chapters:
        return []
    errors = []
    if duration is None:
        errors.append("Nhập thời lượng video để chia chương: chương cuối kết thúc ở đó.")
    starts = [start for start, _ in chapters]
    if any(later <= earlier for earlier, later in zip(starts, starts[1:], strict=False)):
        errors.append("Các chương phải theo thứ tự thời gian, mỗi chương bắt đầu sau chương trước.")
    if duration is not None and starts[-1] >= duration:
        errors.append(
            f"Chương “{chapters[-1][1]}” bắt đầu sau khi video đã hết "
            f"({display_timecode(duration)})."
        )
    return errors


def _cue_time(moment):
    milliseconds = int(moment.total_seconds() * 1000)
    hours, rest = divmod(milliseconds, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, milliseconds = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{milliseconds:03d}"


def _cue_text(text):
    # Cue text is markup: "&", "<" and ">" must be escaped; a blank line would end the cue
    # and "-->" would read as a timing line.
    text = " ".join(text.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text


def chapters_webvtt(chapters, duration):
    """A WebVTT chapters track: each chapter runs until the next one starts, the last
    until the end of the video."""
    lines = ["WEBVTT", ""]
    ends = [start for start, _ in chapters[1:]] + [duration]
    for number, ((start, title), end) in enumerate(zip(chapters, ends, strict=True), 1):
        lines += [
            f"chuong-{number}",
            f"{_cue_time(start)} --> {_cue_time(end)}",
            _cue_text(title),
            "",
        ]
    return "\n".join(lines)


def is_webvtt(file):
    """Whether ``file`` (an open file-like object at its start) begins as a WebVTT file."""
    return bool(WEBVTT_SIGNATURE.match(file.read(SIGNATURE_BYTES)))
