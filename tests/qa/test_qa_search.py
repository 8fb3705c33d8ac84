"""A citizen finds a published answer by typing the question on a phone, with or
without diacritics, đ typed as d; answers and exchanges are kinds of result of their
own in ``/api/search`` and on the search page."""

import datetime

import pytest
from bs4 import BeautifulSoup

from wagtail.models import PageViewRestriction

from tests.factories import QuestionAnswerPageFactory

from .reading import answer, exchange

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexed(django_capture_on_commit_callbacks):
    """Run the index updates that wait for the transaction to commit."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def dispute(qa_index, land_field, ward, indexed):
    with indexed():
        return answer(
            qa_index,
            "Giải quyết tranh chấp đất đai giữa hai hộ liền kề?",
            fields=[land_field],
            unit=ward,
            question="Nhà tôi và nhà hàng xóm tranh chấp ranh giới thửa đất đã 5 năm.",
            answer_html="<p>Các bên tự hòa giải hoặc hòa giải ở cơ sở; "
            "không thành thì gửi đơn đến Ủy ban nhân dân cấp xã.</p>",
        )


def search(client, **params):
    response = client.get("/api/search", params)
    assert response.status_code == 200, response.content
    return response.json()


def titles(body):
    return [result["title"] for result in body["results"]]


def test_an_answer_is_found_without_diacritics(client, dispute):
    body = search(client, q="tranh chap dat dai")
    assert titles(body) == [dispute.title]
    (hit,) = body["results"]
    assert hit["kind"] == "qa"
    assert hit["kind_label"] == "Hỏi đáp pháp luật"
    assert hit["url"] == dispute.get_full_url()


def test_d_stands_for_đ_and_case_does_not_matter(client, dispute):
    assert titles(search(client, q="DAT DAI lien ke")) == [dispute.title]
    assert titles(search(client, q="Đất đai liền kề")) == [dispute.title]


def test_the_question_and_the_answer_are_searched(client, dispute):
    # Words only in the question, then only in the answer.
    assert titles(search(client, q="nha hang xom ranh gioi")) == [dispute.title]
    assert titles(search(client, q="uy ban nhan dan cap xa")) == [dispute.title]


def test_answers_are_a_kind_with_their_own_facet(client, dispute, qa_index, indexed):
    with indexed():
        exchange(qa_index, title="Giao lưu trực tuyến về tranh chấp đất đai")
    body = search(client, q="tranh chap dat dai")

    assert body["facets"]["kind"] == {"qa": 1, "exchange": 1}
    assert body["labels"]["kind"] == {"qa": "Hỏi đáp pháp luật", "exchange": "Giao lưu trực tuyến"}
    assert titles(search(client, q="tranh chap dat dai", kind="qa")) == [dispute.title]
    assert titles(search(client, q="tranh chap", kind="exchange")) == [
        "Giao lưu trực tuyến về tranh chấp đất đai"
    ]


def test_answers_filter_by_field_and_unit(client, dispute, land_field, ward, justice_department):
    assert titles(search(client, q="tranh chap", field=land_field.slug)) == [dispute.title]
    assert titles(search(client, q="tranh chap", unit=ward.slug)) == [dispute.title]
    assert titles(search(client, q="tranh chap", unit=justice_department.slug)) == []


def test_drafts_are_not_found(client, qa_index, indexed):
    with indexed():
        QuestionAnswerPageFactory(parent=qa_index, title="Bồi thường khi thu hồi đất", live=False)
        page = QuestionAnswerPageFactory(
            parent=qa_index, title="Bồi thường khi thu hồi đất (bản sửa)", live=False
        )
        page.save_revision()
    assert search(client, q="boi thuong thu hoi dat")["count"] == 0


def test_unpublished_and_private_answers_leave_the_search(client, dispute, indexed):
    with indexed():
        restriction = PageViewRestriction.objects.create(
            page=dispute, restriction_type=PageViewRestriction.PASSWORD, password="x"
        )
    assert search(client, q="tranh chap dat dai")["count"] == 0
    with indexed():
        restriction.delete()
    assert search(client, q="tranh chap dat dai")["count"] == 1
    with indexed():
        dispute.unpublish()
    assert search(client, q="tranh chap dat dai")["count"] == 0


def test_the_search_page_offers_the_kind(client, dispute):
    soup = BeautifulSoup(
        client.get("/tim-kiem/", {"q": "tranh chap dat dai"}).content, "html.parser"
    )
    facet = soup.find("a", href=lambda href: href and "kind=qa" in href)
    assert facet.contents[0].strip() == "Hỏi đáp pháp luật"
    (hit,) = soup.select(".search-hit--qa")
    assert hit.select_one(".search-hit__kind").get_text() == "Hỏi đáp pháp luật"
    assert hit.h3.a["href"] == dispute.url


def test_the_api_documents_the_new_kinds(client):
    schema = client.get("/api/openapi.json").json()
    parameters = schema["paths"]["/api/search"]["get"]["parameters"]
    (kind,) = [parameter for parameter in parameters if parameter["name"] == "kind"]
    assert "qa" in kind["description"] and "exchange" in kind["description"]


def test_an_exchange_is_found_by_its_topic(client, qa_index, indexed):
    with indexed():
        exchange(
            qa_index,
            title="Giao lưu về phòng, chống bạo lực gia đình",
            starts_in=-datetime.timedelta(days=3),
        )
    assert titles(search(client, q="bao luc gia dinh")) == [
        "Giao lưu về phòng, chống bạo lực gia đình"
    ]
