"""``/api/search`` and ``/api/search/suggest`` as district sites call them."""

import pytest

from wagtail.models import Page

from bookshelf.models import BookshelfPage
from tests.factories import home_page


@pytest.fixture
def bookshelf(db):
    page = BookshelfPage(title="Tủ sách pháp luật", slug="tu-sach-phap-luat")
    home_page().add_child(instance=page)
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def test_search_returns_the_documented_shape(client, bookshelf_documents, bookshelf):
    response = client.get("/api/search?q=luat+dat+dai")
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == 3
    first = body["results"][0]
    assert {
        "kind",
        "title",
        "url",
        "summary",
        "highlight",
        "number",
        "issued_date",
        "status",
    } <= set(first)
    assert first["kind"] == "legal_document"
    assert first["number"] == "31/2024/QH15"
    assert first["issued_date"] == "2024-01-18"
    assert first["status"] == "con_hieu_luc"
    assert first["url"].startswith("http://")
    assert first["url"].endswith(bookshelf_documents["land_2024"].slug + "/")
    assert "<mark>" in first["highlight"]
    assert set(body["facets"]) == {"kind", "doc_type", "issuer", "field", "status", "year"}
    assert body["facets"]["doc_type"] == {"luat": 2, "nghi-dinh": 1}
    assert body["facets"]["year"] == {"2024": 2, "2013": 1}
    assert body["labels"]["doc_type"] == {"luat": "Luật", "nghi-dinh": "Nghị định"}


def test_document_urls_open_the_document(client, bookshelf_documents, bookshelf):
    url = client.get("/api/search?q=31/2024/QH15").json()["results"][0]["url"]
    page = client.get(url.replace("http://localhost", ""))
    assert page.status_code == 200
    assert "31/2024/QH15" in page.content.decode()


def test_filters_paging_and_sorting(client, bookshelf_documents):
    body = client.get(
        "/api/search?q=dat+dai&kind=legal_document&doc_type=luat&status=con_hieu_luc"
    ).json()
    assert [r["number"] for r in body["results"]] == ["31/2024/QH15"]

    first = client.get("/api/search?q=dat+dai&sort=oldest&page_size=2").json()
    second = client.get("/api/search?q=dat+dai&sort=oldest&page_size=2&page=2").json()
    assert first["count"] == second["count"] == 3
    assert [r["number"] for r in first["results"] + second["results"]] == [
        "45/2013/QH13",
        "31/2024/QH15",
        "102/2024/NĐ-CP",
    ]
    body = client.get("/api/search?issuer=quoc-hoi&year_from=2014").json()
    assert {r["number"] for r in body["results"]} == {"31/2024/QH15", "08/2017/QH14"}


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("doc_type=khong-co", "doc_type"),
        ("status=bogus", "status"),
        ("kind=bogus", "kind"),
        ("year_from=2020&year_to=2010", "year_from"),
        ("page_size=500", "page_size"),
        ("sort=random", "sort"),
        ("page=0", "page"),
    ],
)
def test_bad_input_gets_a_clear_400(client, bookshelf_documents, query, message):
    response = client.get(f"/api/search?q=dat&{query}")
    assert response.status_code == 400
    assert message in str(response.json()["detail"])


def test_suggest(client, bookshelf_documents, bookshelf):
    body = client.get("/api/search/suggest?q=thuy+l").json()
    assert body == {
        "suggestions": [
            {
                "title": "Thủy lợi",
                "number": "08/2017/QH14",
                "url": body["suggestions"][0]["url"],
            }
        ]
    }
    assert body["suggestions"][0]["url"].endswith(bookshelf_documents["water"].slug + "/")
    assert client.get("/api/search/suggest?q=").status_code == 400


def test_search_is_in_the_openapi_schema(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert "/api/search" in paths
    assert "/api/search/suggest" in paths


def test_responses_are_cacheable_and_conditional(client, bookshelf_documents):
    response = client.get("/api/search?q=dat")
    assert "max-age" in response["Cache-Control"]
    again = client.get("/api/search?q=dat", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
