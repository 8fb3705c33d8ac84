"""The demo's legal Q&A: at least forty published answers across the legal fields,
citizens' questions in every state of the queue, and one past and one upcoming online
exchange."""

import pytest

from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from qa.models import ExchangePage, QAIndexPage, Question, QuestionAnswerPage


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Loaded once and rolled back after the module; each test runs in a savepoint."""
    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo_content", address="127.0.0.1:8001", verbosity=0)
        yield
        transaction.set_rollback(True)


def test_forty_published_answers_across_fields(demo, db):
    answers = QuestionAnswerPage.objects.live().public()
    assert answers.count() >= 40
    fields = {field.name for page in answers for field in page.legal_fields.all()}
    assert len(fields) >= 8
    index = QAIndexPage.objects.get()
    assert all(page.get_parent().pk == index.pk for page in answers)
    cited = [page for page in answers if page.references.exists()]
    assert any(ref.article_anchor for page in cited for ref in page.references.all())


def test_questions_in_every_state_of_the_queue(demo, db):
    states = set(Question.objects.values_list("status", flat=True))
    assert states == {value for value, _ in Question.Status.choices}
    assert Question.objects.overdue().exists()
    for question in Question.objects.filter(status=Question.Status.PUBLISHED, exchange=None):
        assert question.page.live
    clarifying = Question.objects.get(status=Question.Status.CLARIFYING)
    assert clarifying.events.filter(public=True, action="clarify").exists()


def test_one_past_and_one_upcoming_exchange(demo, db):
    now = timezone.now()
    states = sorted(page.state_at(now) for page in ExchangePage.objects.live())
    assert states == [ExchangePage.State.ENDED, ExchangePage.State.UPCOMING]
    past = next(p for p in ExchangePage.objects.live() if p.state_at(now) == "ended")
    shown = past.questions.filter(shown_on_exchange=True, status=Question.Status.PUBLISHED)
    assert shown.count() >= 3 and shown.exclude(answered_live_at=None).exists()
    assert past.recording_url


def test_loading_again_adds_nothing(demo, db):
    before = (QuestionAnswerPage.objects.count(), Question.objects.count())
    call_command("load_demo_content", address="127.0.0.1:8001", verbosity=0)
    assert (QuestionAnswerPage.objects.count(), Question.objects.count()) == before
