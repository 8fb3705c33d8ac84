"""Wagtail's search (the admin's search boxes, the content API's ``?search=``) takes
whatever people type: the query reaches the backend bounded and without the characters
that break it, on every backend (these run on SQLite and on PostgreSQL)."""

import pytest

from django.urls import reverse

from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import parse_query_string

from search.wagtail_query import MAX_QUERY_WORDS, bounded_text
from tests.factories import LegalNewsPageFactory

HOSTILE = [
    '"',
    'luat"dat',
    "\x00",
    "luat\x00dat",
    "   ",
    "'",
    "\\",
    "(",
    "*",
    ":",
    "-luat",
    "^",
    "NEAR(luat dat)",
    "title:luat",
    "luat AND OR NOT",
    "&|!",
    " ".join(["luat"] * 1000),
    "a" * 10_000,
    "\ufffd\ufffd",
]


@pytest.fixture
def land_news(justice_section, indexed):
    with indexed():
        return LegalNewsPageFactory(parent=justice_section, title="Luật Đất đai có hiệu lực")


@pytest.mark.parametrize("query", HOSTILE)
def test_any_text_searches_without_error(land_news, query):
    backend = get_search_backend()
    assert len(list(backend.search(query, Page))) <= Page.objects.count()
    assert len(list(backend.autocomplete(query, Page))) <= Page.objects.count()


def test_quotes_and_nul_bytes_are_dropped_not_the_words_around_them(land_news):
    backend = get_search_backend()
    assert land_news.pk in {page.pk for page in backend.search('"Đất đai\x00"', Page)}


def test_queries_from_the_admins_parser_keep_their_phrases(land_news):
    backend = get_search_backend()
    _filters, query = parse_query_string('"đất đai" luật "\x00')
    assert land_news.pk in {page.pk for page in backend.search(query, Page)}
    _filters, query = parse_query_string('"đai đất"')
    assert land_news.pk not in {page.pk for page in backend.search(query, Page)}


def test_a_query_is_cut_to_its_first_words():
    assert bounded_text(" ".join(f"w{n}" for n in range(100))).split() == [
        f"w{n}" for n in range(MAX_QUERY_WORDS)
    ]
    assert bounded_text('  "luật\x00 đất\u200bđai" ') == "luật đất đai"


@pytest.mark.parametrize("listing", ["wagtailimages:index", "wagtaildocs:index"])
def test_the_admins_search_boxes_answer_any_text(client, superuser, image, document, listing):
    client.force_login(superuser)
    for query in ['"', " ".join(["luat"] * 1000)]:
        assert client.get(reverse(listing), {"q": query}).status_code == 200
    pages = client.get(reverse("wagtailadmin_pages:search"), {"q": "luat " * 1000})
    assert pages.status_code == 200
