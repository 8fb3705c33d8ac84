"""The "Nhận thông báo trên điện thoại" button: on an exchange, on the tracking page once
a code is shown, on a contest for a participant who entered it; never without keys."""

import pytest

from qa.site.pages import TRACKED
from quizzes.models import ContestEntry
from quizzes.site_views import SESSION_KEY
from quizzes.tokens import token_for

from ..factories import (
    ContestPageFactory,
    ExchangePageFactory,
    ParticipantFactory,
    QAIndexPageFactory,
    QuestionFactory,
)

pytestmark = pytest.mark.django_db

BUTTON = "Nhận thông báo trên điện thoại"


def in_session(client, **values):
    session = client.session
    session.update(values)
    session.save()


def test_an_upcoming_exchange_offers_reminders(client):
    exchange = ExchangePageFactory(parent=QAIndexPageFactory())

    page = client.get(exchange.url).content.decode()

    assert BUTTON in page
    assert f'data-push-topic="exchange" data-push-id="{exchange.pk}"' in page
    assert 'data-push-key="BIhXOmuE22' in page
    # A static script loaded late: no inline code (CSP), nothing that delays the page.
    assert 'push/subscribe.js" defer></script>' in page


def test_without_keys_no_page_offers_reminders(client, settings):
    settings.WEBPUSH_VAPID_PRIVATE_KEY = ""
    exchange = ExchangePageFactory(parent=QAIndexPageFactory())

    page = client.get(exchange.url).content.decode()

    assert BUTTON not in page
    assert "subscribe.js" not in page


def test_the_tracking_page_offers_reminders_once_a_code_is_shown(client):
    index = QAIndexPageFactory()
    question = QuestionFactory()
    track = f"{index.url}tra-cuu/"
    assert BUTTON not in client.get(track).content.decode()

    in_session(client, **{TRACKED: question.tracking_code})
    page = client.get(track).content.decode()

    assert BUTTON in page
    assert f'data-push-topic="question" data-push-id="{question.pk}"' in page


def test_a_contest_offers_reminders_to_a_participant_who_entered(client):
    contest = ContestPageFactory()
    participant = ParticipantFactory()
    assert BUTTON not in client.get(contest.url).content.decode()

    in_session(client, **{SESSION_KEY: token_for(participant)})
    assert BUTTON not in client.get(contest.url).content.decode()

    ContestEntry.objects.create(contest=contest, participant=participant)
    page = client.get(contest.url).content.decode()
    assert BUTTON in page
    assert f'data-push-topic="contest" data-push-id="{contest.pk}"' in page


def test_the_service_worker_imports_the_push_handlers(client):
    worker = client.get("/sw.js").content.decode()
    assert "importScripts(" in worker
    assert "worker\\u002Dpush.js" in worker  # escapejs writes the hyphen escaped
