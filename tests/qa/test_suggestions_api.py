"""``GET /api/qa/suggestions``: its shape, its limits, its caching, and that it shows
nothing but what is published and public."""

import pytest

from wagtail.models import PageViewRestriction

from tests.factories import QuestionFactory

from .suggestion_fixtures import answer

URL = "/api/qa/suggestions"
UNILATERAL = "toi muon ly hon don phuong thi lam the nao"


def test_the_documented_shape(client, published_answers, shelf_documents):
    response = client.get(URL, {"q": UNILATERAL})
    assert response.status_code == 200
    body = response.json()
    assert set(body) == {"answers", "articles"}
    first = body["answers"][0]
    assert first == {
        "title": "Ly hôn đơn phương cần những thủ tục gì?",
        "url": "http://localhost/hoi-dap-phap-luat/ly-hon-don-phuong-can-nhung-thu-tuc-gi/",
        "snippet": published_answers["unilateral"].summary,
    }
    article = body["articles"][0]
    assert article == {
        "title": "Ly hôn theo yêu cầu của một bên",
        "label": "Điều 56. Ly hôn theo yêu cầu của một bên",
        "document_title": "Luật Hôn nhân và gia đình",
        "document_number": "52/2014/QH13",
        "url": "http://localhost/tu-sach-phap-luat/van-ban/"
        "52-2014-qh13-luat-hon-nhan-va-gia-dinh/#dieu-56",
        "snippet": "Khi vợ hoặc chồng yêu cầu ly hôn mà hòa giải tại cơ sở không thành thì "
        "Tòa án giải quyết cho ly hôn.",
    }


def test_the_anchor_leads_to_the_article_on_the_bookshelf(client, shelf_documents):
    url = client.get(URL, {"q": UNILATERAL}).json()["articles"][0]["url"]
    path, anchor = url.removeprefix("http://localhost").split("#")
    page = client.get(path)
    assert page.status_code == 200
    assert f'id="{anchor}"' in page.content.decode()


def test_limit(client, published_answers, shelf_documents):
    body = client.get(URL, {"q": "ly hôn", "limit": 1}).json()
    assert len(body["answers"]) == 1 and len(body["articles"]) == 1
    assert client.get(URL, {"q": "ly hôn", "limit": 11}).status_code == 400


@pytest.mark.parametrize("typed", ["", " ", "ly", "  a "])
def test_too_short_suggests_nothing(client, published_answers, typed):
    response = client.get(URL, {"q": typed})
    assert response.status_code == 200
    assert response.json() == {"answers": [], "articles": []}


def test_too_long_is_refused_in_vietnamese(client, db):
    response = client.get(URL, {"q": "ly hôn " * 80})
    assert response.status_code == 400
    assert response.json()["detail"].startswith("Dữ liệu không hợp lệ")


def test_a_field_that_does_not_exist_is_refused(client, published_answers):
    response = client.get(URL, {"q": UNILATERAL, "field": "khong-co"})
    assert response.status_code == 400
    assert response.json()["detail"] == "field: không có lĩnh vực pháp luật 'khong-co'."


def test_the_field_chosen(client, published_answers, family_law_field):
    response = client.get(URL, {"q": UNILATERAL, "field": family_law_field.slug})
    assert response.status_code == 200
    assert response.json()["answers"][0]["title"] == "Ly hôn đơn phương cần những thủ tục gì?"


def test_public_cache_headers(client, published_answers):
    response = client.get(URL, {"q": UNILATERAL})
    assert response["Cache-Control"] == "public, max-age=60"
    assert response.has_header("ETag")


def test_no_draft_no_private_page_no_personal_data(
    client, qa_index, index_on_commit, published_answers
):
    QuestionFactory(
        text="Tôi muốn ly hôn đơn phương, chồng tôi ở Hạ Long",
        asker_name="Nguyễn Thị Hoa",
        contact="0912345678",
    )
    draft = answer(qa_index, index_on_commit, "Ly hôn đơn phương khi chồng ở nước ngoài", "…")
    with index_on_commit():
        draft.unpublish()
    hidden = answer(qa_index, index_on_commit, "Ly hôn đơn phương có phải hòa giải?", "…")
    with index_on_commit():
        PageViewRestriction.objects.create(page=hidden, restriction_type="login")
    body = client.get(URL, {"q": UNILATERAL}).content.decode()
    for absent in (draft.title, hidden.title, "Nguyễn Thị Hoa", "0912345678", "Hạ Long"):
        assert absent not in body


def test_queries_do_not_grow_with_the_results(
    client, published_answers, shelf_documents, django_assert_max_num_queries
):
    client.get(URL, {"q": UNILATERAL})
    with django_assert_max_num_queries(14):
        body = client.get(URL, {"q": UNILATERAL, "limit": 10}).json()
    assert len(body["articles"]) >= 4


def test_in_the_openapi_document(client, db):
    schema = client.get("/api/openapi.json").json()
    operation = schema["paths"]["/api/qa/suggestions"]["get"]
    assert operation["tags"] == ["Hỏi đáp pháp luật"]
    assert {parameter["name"] for parameter in operation["parameters"]} == {"q", "field", "limit"}
