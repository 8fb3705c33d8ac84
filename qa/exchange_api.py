"""``GET /api/qa/exchanges/{exchange_id}``: an online exchange and its transcript, for
apps and for the exchange page, which asks for it again every few seconds while the
exchange is live.

Public, as the page is: only a published exchange that is not behind a view
restriction, and of its questions only what the page shows (``qa.transcripts``). The
answer is fresh each time, for a few seconds in shared caches at most.
"""

import datetime
from typing import Literal

from ninja import Field, Router, Schema
from ninja.decorators import decorate_view

from django.http import Http404
from django.utils import timezone
from django.views.decorators.cache import cache_control

from core.ids import storable_id

from .models import ExchangePage
from .site.answer_page import qa_section
from .transcripts import transcript

router = Router(tags=["Hỏi đáp pháp luật"])

# Long enough for a CDN to absorb a crowd refreshing a live exchange, short enough for
# the transcript to feel live.
CACHE_SECONDS = 15


class GuestOut(Schema):
    name: str
    position: str = Field(description="Chức vụ, đơn vị")


class TranscriptQuestionOut(Schema):
    number: int = Field(description="Thứ tự câu hỏi trong buổi giao lưu, từ 1")
    text: str = Field(
        description="Nội dung câu hỏi (văn bản thuần); không có tên hay liên hệ người hỏi"
    )
    asked_at: datetime.datetime
    answered_live: bool = Field(description="Đã được trả lời trực tiếp tại buổi giao lưu")
    answered_live_at: datetime.datetime | None
    answer: str | None = Field(description="HTML: câu trả lời đã đăng, nếu có")


class ExchangeOut(Schema):
    id: int
    title: str
    url: str | None
    state: Literal["upcoming", "live", "ended"] = Field(
        description="upcoming: sắp diễn ra; live: đang diễn ra; ended: đã kết thúc"
    )
    state_label: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    takes_questions: bool = Field(description="Đang nhận câu hỏi của người dân")
    ask_url: str | None = Field(description="Trang gửi câu hỏi cho buổi giao lưu, khi đang nhận")
    video_url: str
    recording_url: str
    guests: list[GuestOut]
    questions: list[TranscriptQuestionOut]


@router.get(
    "/{exchange_id}",
    response=ExchangeOut,
    url_name="qa_exchange",
    summary="Buổi giao lưu trực tuyến và các câu hỏi, trả lời đã đăng",
)
@decorate_view(cache_control(public=True, max_age=CACHE_SECONDS))
def exchange(request, exchange_id: int):
    page = storable_id(exchange_id) and (
        ExchangePage.objects.live()
        .public()
        .filter(pk=exchange_id)
        .select_related("locale")
        .prefetch_related("guests")
        .first()
    )
    if not page:
        raise Http404("Không có buổi giao lưu này, hoặc chưa được đăng.")
    state = ExchangePage.State(page.state_at(timezone.now()))
    takes_questions = page.accepts_questions and state != ExchangePage.State.ENDED
    section = qa_section(page)
    ask_url = None
    if takes_questions and section is not None:
        ask_url = (
            f"{section.get_full_url(request)}{section.reverse_subpage('ask_route')}"
            f"?exchange={page.pk}"
        )
    return {
        "id": page.pk,
        "title": page.title,
        "url": page.get_full_url(request),
        "state": state.value,
        "state_label": state.label,
        "starts_at": timezone.localtime(page.starts_at),
        "ends_at": timezone.localtime(page.ends_at),
        "takes_questions": takes_questions,
        "ask_url": ask_url,
        "video_url": page.video_url,
        "recording_url": page.recording_url,
        "guests": [{"name": guest.name, "position": guest.position} for guest in page.guests.all()],
        "questions": [
            {
                "number": entry.number,
                "text": entry.text,
                "asked_at": timezone.localtime(entry.asked_at),
                "answered_live": entry.answered_live_at is not None,
                "answered_live_at": _local(entry.answered_live_at),
                "answer": str(entry.answer_html) if entry.answer_html is not None else None,
            }
            for entry in transcript(page)
        ],
    }


def _local(moment):
    return timezone.localtime(moment) if moment else None
