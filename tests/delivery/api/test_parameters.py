"""The content API checks its query parameters before reading them, on every endpoint:
a number the database cannot hold, an id that is no number or a field filter value
that is not a value of its field is a 400 naming the parameter, never a 500."""

import pytest

from delivery.api.parameters import MAX_NUMBER
from tests.factories import LegalNewsPageFactory, translate

BEYOND_64_BITS = "9" * 25


@pytest.fixture
def news(justice_section, image):
    return LegalNewsPageFactory(parent=justice_section, title="Luật Đất đai", cover_image=image)


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
@pytest.mark.parametrize("parameter", ["offset", "limit"])
@pytest.mark.parametrize("value", [BEYOND_64_BITS, "²", "1_0", " 1", "-1", "1.5", ""])
def test_offset_and_limit_must_be_numbers_the_database_can_hold(
    client, db, endpoint, parameter, value
):
    response = client.get(f"/api/v2/{endpoint}/", {parameter: value})

    assert response.status_code == 400
    assert response.json()["detail"].startswith(f"{parameter} must be a positive integer")


def test_the_largest_offset_is_an_empty_page(client, news):
    response = client.get("/api/v2/pages/", {"offset": MAX_NUMBER})

    assert response.status_code == 200
    assert response.json()["items"] == []


@pytest.mark.parametrize(
    "parameter", ["child_of", "descendant_of", "ancestor_of", "translation_of"]
)
@pytest.mark.parametrize("value", [BEYOND_64_BITS, "²", "x"])
def test_tree_filters_take_page_ids(client, news, parameter, value):
    response = client.get("/api/v2/pages/", {parameter: value})

    assert response.status_code == 400
    assert parameter in response.json()["detail"]


def test_tree_filters_still_take_root(client, news):
    response = client.get("/api/v2/pages/", {"descendant_of": "root"})

    assert response.status_code == 200
    assert news.title in [item["title"] for item in response.json()["items"]]


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
@pytest.mark.parametrize("value", ["abc", "", BEYOND_64_BITS])
def test_find_takes_an_id(client, news, endpoint, value):
    response = client.get(f"/api/v2/{endpoint}/find/", {"id": value})

    assert response.status_code == 400
    assert response.json()["detail"].startswith("id must be a positive integer")


def test_find_still_redirects_to_the_page(client, news):
    response = client.get("/api/v2/pages/find/", {"id": news.pk})

    assert response.status_code == 302
    assert f"/api/v2/pages/{news.pk}/" in response["Location"]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("first_published_at", "hôm qua"),
        ("first_published_at", ""),
        ("cover_image", BEYOND_64_BITS),
        ("cover_image", "-" + BEYOND_64_BITS),
        ("cover_image", "ảnh"),
        ("title", "a" * 300),
    ],
)
def test_field_filters_take_values_of_their_field(client, news, field, value):
    response = client.get("/api/v2/pages/", {"type": "publications.LegalNewsPage", field: value})

    assert response.status_code == 400
    assert response.json()["detail"].startswith(f"field filter error. invalid value for {field}")


def test_field_filters_still_filter(client, news):
    response = client.get(
        "/api/v2/pages/", {"type": "publications.LegalNewsPage", "cover_image": news.cover_image_id}
    )

    assert [item["title"] for item in response.json()["items"]] == [news.title]


@pytest.mark.parametrize("parameter", ["section", "unit", "legal_field"])
@pytest.mark.parametrize("value", ["²", BEYOND_64_BITS, "1" * 5000])
def test_id_or_slug_filters_take_any_text(client, news, parameter, value):
    response = client.get("/api/v2/pages/", {parameter: value})

    assert response.status_code in (200, 400)
    if response.status_code == 200:
        assert response.json()["items"] == []
    else:
        assert f"{parameter} not found" in response.json()["detail"]


def test_locale_takes_a_language_code_as_documented(client, news):
    translate(news, {"Luật Đất đai": "Land Law"})

    english = client.get("/api/v2/pages/", {"type": "publications.LegalNewsPage", "locale": "en"})
    vietnamese = client.get(
        "/api/v2/pages/", {"type": "publications.LegalNewsPage", "locale": "vi"}
    )

    assert english.status_code == 200, english.content
    assert [item["title"] for item in english.json()["items"]] == ["Land Law"]
    assert [item["title"] for item in vietnamese.json()["items"]] == ["Luật Đất đai"]
