"""The content API's own search (``/api/v2/pages/?search=``) on Elasticsearch, where the
index keeps each page's tree path."""

import pytest

from wagtail.models import Page, PageViewRestriction

from tests.factories import LegalNewsPageFactory, SectionPageFactory

from .fake_elasticsearch import FakeElasticsearch

INDEX = "/test_wagtailcore_page"


@pytest.fixture
def fake_elasticsearch(settings):
    fake = FakeElasticsearch()
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.wagtail_backend",
            "URLS": ["http://search.invalid:9200"],
            "INDEX_PREFIX": "test_",
            "OPTIONS": {"node_class": fake.node_class},
        }
    }
    return fake


def indexed_paths(fake):
    """{page id: the path last sent to the index for it}."""
    paths = {}
    for request in fake.requests:
        if request.path.endswith("/_bulk"):
            for line in request.body:
                if "path_filter" in line:
                    paths[int(line["pk"])] = line["path_filter"]
        elif request.method == "PUT" and request.path.startswith(f"{INDEX}/_doc/"):
            paths[int(request.body["pk"])] = request.body["path_filter"]
    return paths


def test_a_moved_section_takes_its_pages_paths_along(justice_section, indexed, fake_elasticsearch):
    deeper = SectionPageFactory(parent=justice_section, title="Hòa giải")
    news = LegalNewsPageFactory(parent=deeper, title="Tổ hòa giải ở cơ sở")
    target = SectionPageFactory(title="Nội bộ")

    with indexed():
        Page.objects.get(pk=justice_section.pk).move(target, pos="last-child")

    moved = {page.pk: page.path for page in Page.objects.filter(pk__in=[deeper.pk, news.pk])}
    assert all(path.startswith(target.path) for path in moved.values())
    assert {pk: indexed_paths(fake_elasticsearch).get(pk) for pk in moved} == moved


def test_hits_on_private_pages_are_not_served(client, justice_section, fake_elasticsearch):
    news = LegalNewsPageFactory(parent=justice_section, title="Tin nội bộ")
    PageViewRestriction.objects.create(page=justice_section, restriction_type="login")
    # The index still answers with the page, as an index behind the page tree would.
    hit = {"_id": f"wagtailcore_page:{news.pk}", "_score": 1.0, "fields": {"pk": [str(news.pk)]}}
    fake_elasticsearch.handlers[("POST", f"{INDEX}/_search")] = lambda request: (
        200,
        {"hits": {"total": {"value": 1, "relation": "eq"}, "hits": [hit]}},
    )
    fake_elasticsearch.handlers[("POST", f"{INDEX}/_count")] = lambda request: (
        200,
        {"count": 1},
    )
    response = client.get("/api/v2/pages/", {"search": "tin noi bo"})
    assert response.status_code == 200
    assert response.json()["items"] == []
