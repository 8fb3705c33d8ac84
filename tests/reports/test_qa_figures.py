"""The statistics read the legal Q&A: questions each unit received and answered in the
period, and the answers it published on the site."""

import datetime

import pytest

from django.utils import timezone

from wagtail.models import Page

from qa.models import Question, QuestionAnswerPage
from reports import sources
from tests.factories import (
    ExchangePageFactory,
    LegalNewsPageFactory,
    QAIndexPageFactory,
    QuestionAnswerPageFactory,
    QuestionFactory,
)

pytestmark = pytest.mark.django_db

KEYS = ["qa.received", "qa.answered", "qa.published"]


@pytest.fixture
def qa_index(db):
    return QAIndexPageFactory()


def at(year, month, day, hour=9):
    return timezone.make_aware(datetime.datetime(year, month, day, hour))


@pytest.fixture
def questions(qa_index, period, ward, justice_department):
    exchange = ExchangePageFactory(parent=qa_index, unit=justice_department)
    made = {
        # Given to the ward in the period: received; one answered in it, one the next year.
        "answered": QuestionFactory(
            unit=ward,
            created_at=at(2026, 3, 1),
            status=Question.Status.ANSWERED,
            answered_at=at(2026, 3, 5),
        ),
        "answered_late": QuestionFactory(
            unit=ward,
            created_at=at(2026, 12, 30),
            status=Question.Status.ANSWERED,
            answered_at=at(2027, 1, 4),
        ),
        # Sent the year before and answered in the period: answered, not received.
        "old": QuestionFactory(
            unit=ward,
            created_at=at(2025, 12, 20),
            status=Question.Status.PUBLISHED,
            answered_at=at(2026, 1, 2),
        ),
        # Not given to any unit yet: the ward is where the asker lives, not who answers.
        "waiting": QuestionFactory(locality=ward, created_at=at(2026, 4, 1)),
        # Refused by the unit after it was given: still received.
        "refused": QuestionFactory(
            unit=justice_department, created_at=at(2026, 5, 1), status=Question.Status.REJECTED
        ),
        # Sent to the department's online exchange and answered live.
        "live": QuestionFactory(
            exchange=exchange,
            created_at=at(2026, 6, 1, 8),
            shown_on_exchange=True,
            answered_live_at=at(2026, 6, 1, 10),
        ),
    }
    return made


def figures(period, *units):
    return sources.compute(KEYS, period, [unit.pk for unit in units])


def test_questions_received_and_answered_count_for_the_unit_that_answers(
    questions, period, ward, justice_department
):
    result = figures(period, ward, justice_department)
    assert result["qa.received"] == {ward.pk: 2, justice_department.pk: 2}
    assert result["qa.answered"] == {ward.pk: 2, justice_department.pk: 1}


def test_answers_published_in_the_period_count_for_their_unit(
    qa_index, period, ward, justice_department
):
    def published(title, when, **fields):
        page = QuestionAnswerPageFactory(parent=qa_index, title=title, unit=ward, **fields)
        QuestionAnswerPage.objects.filter(pk=page.pk).update(first_published_at=when)
        return page

    published("Trong kỳ", at(2026, 2, 1))
    published("Cũng trong kỳ", at(2026, 11, 30))
    published("Năm trước", at(2025, 12, 31))
    # Imported from the national portal: published there, before.
    published("Nhập từ tệp", at(2026, 3, 3), external_id="pbgdpl-1")
    QuestionAnswerPageFactory(parent=qa_index, title="Bản nháp", unit=ward, live=False)

    assert figures(period, ward, justice_department)["qa.published"] == {ward.pk: 2}


def test_each_figure_costs_one_query_for_every_unit(
    questions, period, ward, justice_department, django_assert_num_queries
):
    for key in KEYS:
        with django_assert_num_queries(1 if key != "qa.published" else 2):
            # (qa.published reads the default language once, as the other page sources do.)
            sources.compute([key], period, [ward.pk, justice_department.pk])


def test_the_sources_are_offered_for_indicators():
    offered = dict(sources.source_choices())
    assert offered["qa.received"] == "Hỏi đáp: số câu hỏi pháp luật đơn vị nhận để trả lời"
    assert offered["qa.answered"] == "Hỏi đáp: số câu hỏi pháp luật đơn vị đã trả lời"
    assert offered["qa.published"] == "Hỏi đáp: số câu trả lời pháp luật đã đăng trên Cổng"


def test_several_pages_of_one_unit_are_all_counted(period, justice_department, justice_section):
    """Pages come ordered by their place in the tree; the count must not group by it."""
    for title in ("Tin thứ nhất", "Tin thứ hai", "Tin thứ ba"):
        page = LegalNewsPageFactory(parent=justice_section, title=title, unit=justice_department)
        Page.objects.filter(pk=page.pk).update(first_published_at=at(2026, 4, 1))
    result = sources.compute(["publications.news"], period, [justice_department.pk])
    assert result["publications.news"] == {justice_department.pk: 3}
