"""What an online exchange's page shows: when it is, who answers, its state, the player
while it is live and the recording afterwards, the transcript, and the way to send a
question while it takes them."""

from django.urls import reverse
from django.utils import timezone

from ..models import ExchangePage
from ..transcripts import transcript
from .answer_page import qa_section
from .listing import route_url

# How often the page asks for the transcript again, in seconds.
REFRESH_WHILE_LIVE = 20
REFRESH_BEFORE = 60


def context(page, request, now=None):
    now = now or timezone.now()
    state = page.state_at(now) if page.starts_at and page.ends_at else None
    section = qa_section(page)
    ask_url = None
    if section and page.pk and page.accepts_questions and state != ExchangePage.State.ENDED:
        ask_url = f"{route_url(section, 'ask_route')}?exchange={page.pk}"
    return {
        "state": state,
        "state_label": ExchangePage.State(state).label if state else "",
        "player_url": player_url(page, state),
        "transcript": transcript(page) if page.pk else [],
        "ask_url": ask_url,
        "transcript_api_url": reverse("api:qa_exchange", args=[page.pk]) if page.pk else None,
        "refresh_seconds": refresh_seconds(state),
    }


def player_url(page, state):
    """The broadcast while live, the recording afterwards (the broadcast's address when
    no recording is given: YouTube and Facebook keep live videos)."""
    if state == ExchangePage.State.LIVE:
        return page.video_url
    if state == ExchangePage.State.ENDED:
        return page.recording_url or page.video_url
    return ""


def refresh_seconds(state):
    if state == ExchangePage.State.LIVE:
        return REFRESH_WHILE_LIVE
    if state == ExchangePage.State.UPCOMING:
        return REFRESH_BEFORE
    return None
