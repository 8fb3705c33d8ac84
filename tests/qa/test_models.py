import datetime
import re

import pytest

from django.utils import timezone

from qa.models import ExchangePage, Question
from qa.models.questions import new_tracking_code

from ..factories import ExchangePageFactory, QuestionAnswerPageFactory, QuestionFactory

pytestmark = pytest.mark.django_db


def test_tracking_codes_are_readable_and_distinct():
    codes = {new_tracking_code() for _ in range(200)}
    assert len(codes) == 200
    assert all(re.fullmatch(r"HD-[2-9A-HJKMNP-TV-Z]{5}-[2-9A-HJKMNP-TV-Z]{5}", c) for c in codes)


def test_asker_contact_is_encrypted_at_rest(django_db_blocker):
    question = QuestionFactory(contact="0987654321", asker_name="Trần Văn Bình")
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT contact, asker_name FROM qa_question WHERE id = %s", [question.pk])
        stored = cursor.fetchone()
    assert "0987654321" not in stored[0]
    assert "Bình" not in stored[1]
    assert Question.objects.get(pk=question.pk).contact == "0987654321"


def test_waiting_counts_only_open_questions():
    question = QuestionFactory()
    question.waiting_since = timezone.now() - datetime.timedelta(days=3)
    assert question.waited() >= datetime.timedelta(days=3)
    question.status = Question.Status.ANSWERED
    assert question.waited() is None


def test_an_exchange_is_upcoming_live_then_ended(qa_index):
    exchange = ExchangePageFactory(parent=qa_index)
    start = exchange.starts_at
    assert exchange.state_at(start - datetime.timedelta(minutes=1)) == ExchangePage.State.UPCOMING
    assert exchange.state_at(start) == ExchangePage.State.LIVE
    assert exchange.state_at(exchange.ends_at) == ExchangePage.State.ENDED


def test_a_published_answer_lives_in_the_qa_section(qa_index):
    page = QuestionAnswerPageFactory(parent=qa_index)
    assert page.live
    assert "đăng ký kết hôn" in page.searchable_text()


def test_every_units_editors_may_write_answers_in_the_qa_section(justice_editor, qa_index):
    # The unit exists before the section: the section opens itself to it.
    from wagtail.models import GroupPagePermission

    from qa.models import QuestionAnswerPage

    assert GroupPagePermission.objects.filter(
        page=qa_index, group__in=justice_editor.groups.all(), permission__codename="add_page"
    ).exists()
    creatable = qa_index.permissions_for_user(justice_editor).creatable_subpage_models()
    assert QuestionAnswerPage in creatable
