"""The site's listing pages (home, sections) load their cards in bulk."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ImageFactory, LegalNewsPageFactory

pytestmark = pytest.mark.django_db


def add_cards(section, count, start=0):
    for number in range(start, start + count):
        LegalNewsPageFactory(
            parent=section,
            title=f"Tin có ảnh {number}",
            cover_image=ImageFactory(),
            unit=section.unit,
        )


def queries(client, url):
    client.get(url)  # renditions are made on first sight; count what follows
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries), response.content.decode()


@pytest.mark.parametrize("where", ["home", "section"])
def test_listing_queries_do_not_grow_with_the_number_of_cards(client, justice_section, where):
    url = {"home": "/", "section": justice_section.url}[where]
    add_cards(justice_section, 2)
    few, _ = queries(client, url)
    add_cards(justice_section, 7, start=2)
    many, html = queries(client, url)
    assert html.count('class="card"') == 9
    assert html.count("<picture") == 9
    assert html.count(justice_section.unit.name) >= 9
    assert many == few
