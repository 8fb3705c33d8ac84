"""What citizens give about themselves when they ask (name, phone, email) and the code
they follow their question by never leave the server: not in the pages, the content
API, the feeds, the search, the embeds, the exchange transcript or the exports."""

import datetime

import pytest

from django.utils import timezone

from qa.models import Question
from search import engine
from search.engine import Params
from tests.factories import QuestionFactory

from .reading import answer, exchange

pytestmark = pytest.mark.django_db

NAME = "Phạm Thị Thu Hằng"
PHONE = "0987654321"
EMAIL = "thuhang.pham@example.vn"


@pytest.fixture
def asked_and_published(qa_index, land_field, ward, django_capture_on_commit_callbacks):
    """A question with its asker's name and phone, answered and published as a page; and a
    question with a name and an email, shown with its answer at a live exchange."""
    with django_capture_on_commit_callbacks(execute=True):
        page = answer(
            qa_index,
            "Hòa giải tranh chấp đất đai ở đâu?",
            fields=[land_field],
            unit=ward,
            question="Nhà tôi tranh chấp ranh giới đất với hàng xóm, hòa giải ở đâu?",
            answer_html="<p>Tổ hòa giải ở cơ sở và UBND cấp xã hòa giải tranh chấp đất đai.</p>",
        )
        asked = QuestionFactory(
            text=page.question_text,
            asker_name=NAME,
            contact=PHONE,
            contact_kind=Question.ContactKind.PHONE,
            legal_field=land_field,
            locality=ward,
            unit=ward,
            status=Question.Status.PUBLISHED,
            answer=page.answer,
            answered_at=timezone.now(),
            page=page,
        )
        live = exchange(
            qa_index, title="Giao lưu về hòa giải ở cơ sở", starts_in=-datetime.timedelta(hours=1)
        )
        at_exchange = QuestionFactory(
            text="Hòa giải viên có được trả thù lao không?",
            asker_name=NAME,
            contact=EMAIL,
            contact_kind=Question.ContactKind.EMAIL,
            exchange=live,
            channel=Question.Channel.EXCHANGE,
            shown_on_exchange=True,
            status=Question.Status.PUBLISHED,
            answer="<p>Có, theo quy định của Luật Hòa giải ở cơ sở.</p>",
            answered_live_at=timezone.now(),
        )
    return {"page": page, "exchange": live, "questions": [asked, at_exchange]}


def public_answers(client, data):
    page, live = data["page"], data["exchange"]
    qa_index = page.get_parent().specific
    field = page.legal_fields.first()
    unit = page.unit
    day = page.first_published_at.date().isoformat()
    urls = [
        page.url,
        qa_index.url,
        f"{qa_index.url}linh-vuc/{field.slug}/",
        f"{qa_index.url}don-vi/{unit.slug}/",
        live.url,
        "/api/v2/pages/?fields=*&type=qa.QuestionAnswerPage",
        "/api/v2/pages/?fields=*&type=qa.ExchangePage",
        f"/api/v2/pages/{page.pk}/",
        f"/api/v2/pages/{live.pk}/",
        f"/api/qa/exchanges/{live.pk}",
        "/feeds/rss/",
        "/feeds/atom/",
        f"/feeds/section/{qa_index.slug}/rss/",
        f"/feeds/qa/legal-field/{field.slug}/atom/",
        f"/feeds/unit/{unit.slug}/rss/",
        "/api/search?q=hoa+giai",
        "/api/search/suggest?q=hoa+giai",
        "/tim-kiem/?q=hoa+giai",
        f"/embed/{page.pk}/",
        f"/embed/{live.pk}/",
        f"/api/oembed?url={page.get_full_url()}",
        f"/api/exports/activities?from={day}&to={day}",
        f"/api/exports/activities?from={day}&to={day}&format=csv",
        "/sitemap.xml",
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        yield url, response.content.decode()


def test_the_question_and_answer_are_public_but_not_who_asked(client, asked_and_published):
    codes = [question.tracking_code for question in asked_and_published["questions"]]
    seen_question = seen_answer = False
    for url, body in public_answers(client, asked_and_published):
        for secret in (NAME, PHONE, EMAIL, *codes):
            assert secret not in body, (secret, url)
        seen_question |= "Nhà tôi tranh chấp ranh giới đất" in body
        seen_answer |= "Hòa giải viên có được trả thù lao không?" in body
    # The checks above looked at pages that do show the questions.
    assert seen_question and seen_answer


def test_the_asker_cannot_be_searched_for(asked_and_published):
    assert engine.search(Params(q="hoa giai tranh chap")).count >= 1
    for query in (NAME, "pham thi thu hang", PHONE, EMAIL):
        assert engine.search(Params(q=query)).count == 0, query
