"""The images and documents endpoints of the content API."""

import pytest

from tests.factories import DocumentFactory, ImageFactory

from .conftest import api_get
from .test_listings import queries_for

pytestmark = pytest.mark.django_db


def test_images_carry_alt_text_and_absolute_renditions(client, image):
    image.tags.add("tuyên truyền")
    [item] = api_get(client, "/api/v2/images/")["items"]
    assert item["alt_text"] == image.alt_text
    assert item["meta"]["tags"] == ["tuyên truyền"]
    assert item["meta"]["download_url"].startswith("http://localhost/media/original_images/")
    assert set(item["renditions"]) == {"thumbnail", "card", "hero", "social"}
    assert item["renditions"]["thumbnail"]["url"].startswith("http://localhost/media/images/")


def test_documents_carry_size_and_absolute_download_url(client, document):
    [item] = api_get(client, "/api/v2/documents/")["items"]
    assert item["meta"]["download_url"] == f"http://localhost{document.url}"


@pytest.mark.parametrize(
    ("endpoint", "factory"), [("images", ImageFactory), ("documents", DocumentFactory)]
)
def test_media_listing_queries_do_not_grow_with_limit(client, endpoint, factory):
    for number in range(12):
        factory().tags.add(f"thẻ {number}")
    few, _ = queries_for(client, f"/api/v2/{endpoint}/?limit=3")
    many, data = queries_for(client, f"/api/v2/{endpoint}/?limit=12")
    assert len(data["items"]) == 12
    assert many == few
