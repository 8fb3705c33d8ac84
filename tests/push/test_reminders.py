"""What sends a notice: an exchange starting and a round opening (``manage.py
send_push_reminders``, each once), a round published already open, and a question the
asker is told about."""

import datetime
from io import StringIO

import pytest

from django.core.management import call_command
from django.utils import timezone

from push import subscriptions
from push.models import SentReminder
from qa import notifications
from qa.models import QuestionNotification

from ..factories import (
    ContestPageFactory,
    ExchangePageFactory,
    QAIndexPageFactory,
    QuestionFactory,
    QuizPageFactory,
)

pytestmark = pytest.mark.django_db


def follow(device, kind, object_id):
    keys = device.as_json()["keys"]
    subscriptions.follow(device.endpoint, keys["p256dh"], keys["auth"], kind, object_id)


def run_scheduler(capture):
    with capture(execute=True):
        call_command("send_push_reminders", stdout=StringIO())


def test_an_exchange_starting_is_announced_once(push_service, django_capture_on_commit_callbacks):
    now = timezone.now()
    exchange = ExchangePageFactory(
        parent=QAIndexPageFactory(),
        title="Giao lưu về Luật Đất đai",
        starts_at=now - datetime.timedelta(minutes=1),
        ends_at=now + datetime.timedelta(hours=2),
    )
    device = push_service.new_device()
    follow(device, "exchange", exchange.pk)

    run_scheduler(django_capture_on_commit_callbacks)
    run_scheduler(django_capture_on_commit_callbacks)

    [payload] = push_service.payloads(device)
    assert payload["title"] == "Buổi giao lưu trực tuyến đang bắt đầu"
    assert payload["body"] == "Giao lưu về Luật Đất đai"
    assert payload["url"] == exchange.url
    assert push_service.received[0].headers["urgency"] == "high"
    assert SentReminder.objects.filter(kind="exchange", object_id=exchange.pk).count() == 1


def test_an_exchange_not_started_is_not_announced(push_service, django_capture_on_commit_callbacks):
    exchange = ExchangePageFactory(parent=QAIndexPageFactory())  # tomorrow
    device = push_service.new_device()
    follow(device, "exchange", exchange.pk)

    run_scheduler(django_capture_on_commit_callbacks)

    assert push_service.payloads() == []
    assert not SentReminder.objects.exists()


def test_a_round_opening_is_announced_to_the_contests_followers(
    push_service, django_capture_on_commit_callbacks
):
    contest = ContestPageFactory(title="Cuộc thi tìm hiểu Hiến pháp")
    now = timezone.now()
    round_page = QuizPageFactory(
        parent=contest,
        title="Tuần 3",
        opens_at=now - datetime.timedelta(seconds=30),
        closes_at=now + datetime.timedelta(days=7),
    )
    follower, elsewhere = push_service.new_device(), push_service.new_device()
    follow(follower, "contest", contest.pk)
    follow(elsewhere, "contest", ContestPageFactory().pk)

    run_scheduler(django_capture_on_commit_callbacks)
    run_scheduler(django_capture_on_commit_callbacks)

    [payload] = push_service.payloads(follower)
    assert payload["title"] == "Vòng thi đã mở: Tuần 3"
    assert payload["body"].startswith("Cuộc thi tìm hiểu Hiến pháp: mời bạn vào thi")
    assert payload["url"] == round_page.url
    assert push_service.payloads(elsewhere) == []


def test_a_round_moved_later_is_announced_again_at_its_new_time(
    push_service, django_capture_on_commit_callbacks
):
    contest = ContestPageFactory()
    now = timezone.now()
    round_page = QuizPageFactory(parent=contest, opens_at=now - datetime.timedelta(minutes=1))
    device = push_service.new_device()
    follow(device, "contest", contest.pk)
    run_scheduler(django_capture_on_commit_callbacks)

    round_page.opens_at = timezone.now()
    round_page.save()
    run_scheduler(django_capture_on_commit_callbacks)

    assert len(push_service.payloads(device)) == 2


def test_a_round_published_already_open_is_announced_at_once_and_only_once(
    push_service, django_capture_on_commit_callbacks
):
    contest = ContestPageFactory()
    round_page = QuizPageFactory(parent=contest)  # opened an hour ago
    device = push_service.new_device()
    follow(device, "contest", contest.pk)

    with django_capture_on_commit_callbacks(execute=True):
        round_page.save_revision().publish()
    assert len(push_service.payloads(device)) == 1

    run_scheduler(django_capture_on_commit_callbacks)
    assert len(push_service.payloads(device)) == 1


def test_the_asker_following_their_question_hears_it_is_answered(
    push_service, django_capture_on_commit_callbacks
):
    QAIndexPageFactory()
    question = QuestionFactory()
    device = push_service.new_device()
    follow(device, "question", question.pk)

    with django_capture_on_commit_callbacks(execute=True):
        notifications.notify(question, QuestionNotification.Reason.ANSWERED)

    [payload] = push_service.payloads(device)
    assert payload["title"] == "Câu hỏi của bạn đã có câu trả lời"
    assert payload["url"].endswith("/tra-cuu/")
    # A locked screen shows the notice: the tracking code, the key to the question, is not in it.
    assert question.tracking_code not in str(payload)


def test_the_scheduler_sends_retries_that_are_due(push_service, django_capture_on_commit_callbacks):
    from push import sending
    from push.models import Delivery
    from push.topics import Message

    device = push_service.new_device()
    follow(device, "exchange", 5)
    push_service.answer_next(503)
    with django_capture_on_commit_callbacks(execute=True):
        sending.notify("exchange", 5, Message(title="T", body="B", url="/", tag="t"))
    Delivery.objects.update(next_attempt_at=timezone.now())

    run_scheduler(django_capture_on_commit_callbacks)

    assert Delivery.objects.get().status == Delivery.Status.SENT
    assert len(push_service.payloads(device)) == 1


def test_the_scheduler_deletes_notices_older_than_a_month(push_service):
    from push.models import Delivery, Subscription

    device = push_service.new_device()
    follow(device, "exchange", 5)
    subscription = Subscription.objects.get()
    old, recent = (
        Delivery.objects.create(
            subscription=subscription,
            kind="exchange",
            object_id=5,
            title="T",
            body="B",
            url="/",
            tag="t",
            status=Delivery.Status.SENT,
        )
        for _ in range(2)
    )
    Delivery.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=31)
    )

    call_command("send_push_reminders", stdout=StringIO())

    assert list(Delivery.objects.values_list("pk", flat=True)) == [recent.pk]


@pytest.mark.django_db(False)
@pytest.mark.parametrize("schedule", ["docker-compose.yml", "README.md", "docs/operations.md"])
def test_the_scheduler_runs_send_push_reminders(schedule):
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    assert "manage.py send_push_reminders" in (root / schedule).read_text()
