"""Requests no view can answer (a NUL byte in the address or in a JSON body, a query
string that is not UTF-8) are a 400 that says why, before any view runs; an address the
API does not have is a JSON 404."""

import json

import pytest

from tests.factories import LegalNewsPageFactory


@pytest.fixture
def news(justice_section):
    return LegalNewsPageFactory(parent=justice_section, slug="luat-dat-dai")


@pytest.mark.parametrize(
    "url",
    [
        "/luat-dat-dai%00/",
        "/tin-tuc-phap-luat/?page=%00",
        "/feeds/section/tin-tuc-phap-luat%00/rss/",
        "/tim-kiem/?q=luat%00dat",
    ],
)
def test_a_nul_byte_on_a_page_is_a_400_page_in_vietnamese(client, news, url):
    response = client.get(url)

    assert response.status_code == 400
    body = response.content.decode()
    assert '<html lang="vi">' in body
    assert "ký tự rỗng (NUL)" in body


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/pages/?search=luat%00",
        "/api/v2/pages/?slug=luat-dat-dai%00",
        "/api/v2/pages/find/?html_path=/luat-dat-dai%00/",
        "/api/taxonomy/tags?locale=vi%00",
        "/api/search?q=%00",
    ],
)
def test_a_nul_byte_in_the_api_is_a_json_400(client, news, url):
    response = client.get(url)

    assert response.status_code == 400
    assert "ký tự rỗng (NUL)" in response.json()["detail"]


def test_the_content_api_keeps_its_message_key(client, db):
    body = client.get("/api/v2/pages/?search=%00").json()

    assert body["message"] == body["detail"]


@pytest.mark.parametrize("query", ["q=%FF%FE", "q=%C0%AF", "q=lu%E1t"])
def test_a_query_string_that_is_not_utf8_is_a_400(client, db, query):
    page = client.get(f"/tim-kiem/?{query}")
    api = client.get(f"/api/search?{query}")

    assert page.status_code == api.status_code == 400
    assert "không phải UTF-8" in page.content.decode()
    assert "không phải UTF-8" in api.json()["detail"]


@pytest.mark.parametrize(
    "body",
    [
        {"phone": "0912345678\x00", "password": "mat-khau-dai"},
        {"phone": "0912345678", "password": "mat-khau-dai", "\x00": 1},
        {"phone": "0912345678", "password": "mat-khau-dai", "extra": [["\x00"]]},
    ],
)
def test_a_nul_in_a_json_body_is_a_400(client, db, body):
    response = client.post("/api/contests/token", json.dumps(body), content_type="application/json")

    assert response.status_code == 400
    assert response.json()["detail"] == "Dữ liệu gửi lên có ký tự rỗng (NUL), không xử lý được."


@pytest.mark.parametrize(
    "body",
    [
        json.dumps({"phone": "09\\u0000", "password": "mat-khau-dai"}),  # a backslash, then "u0000"
        "[" * 100_000 + '"\\u0000"' + "]" * 100_000,
    ],
)
def test_json_bodies_without_a_nul_reach_the_view(client, db, body):
    response = client.post("/api/contests/token", body, content_type="application/json")

    assert response.status_code in (400, 401)
    assert "NUL" not in response.json()["detail"]


def test_vietnamese_in_utf8_passes(client, news):
    assert client.get("/tim-kiem/?q=lu%E1%BA%ADt").status_code == 200
    assert client.get("/api/v2/pages/?search=lu%E1%BA%ADt").status_code == 200


@pytest.mark.parametrize(
    "url", ["/api/v2/pages/abc/", "/api/v2/nothing/", "/api/khong-co/", "/api/v2/pages/-1/"]
)
def test_an_address_the_api_does_not_have_is_a_json_404(client, news, url):
    response = client.get(url)

    assert response.status_code == 404
    assert response.json()["detail"] == "Không có địa chỉ này trong API."


def test_api_addresses_without_their_slash_still_redirect(client, db):
    response = client.get("/api/v2/pages")

    assert response.status_code == 301
    assert response["Location"] == "/api/v2/pages/"


def test_a_page_that_does_not_exist_is_the_sites_404_page(client, news):
    response = client.get("/khong-co-trang-nay/")

    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.content.decode()


def test_a_request_django_refuses_is_answered_in_the_style_of_the_part_asked_for(client, db):
    api = client.get("/api/v2/pages/", HTTP_HOST="la.example")
    page = client.get("/", HTTP_HOST="la.example")

    assert api.status_code == page.status_code == 400
    assert api.json()["detail"] == "Địa chỉ hoặc dữ liệu gửi lên không hợp lệ."
    assert '<html lang="vi">' in page.content.decode()
