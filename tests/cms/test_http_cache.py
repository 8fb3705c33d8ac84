"""CORS and HTTP caching of the public read endpoints."""

from unittest import mock

import pytest

from django.core.cache import cache
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.http import http_date

from wagtail.contrib.frontend_cache.backends import HTTPBackend

from core import content_version
from tests.factories import LegalNewsPageFactory

pytestmark = pytest.mark.django_db

LISTING = "/api/v2/pages/?type=publications.LegalNewsPage&fields=title"


@pytest.fixture
def server_cache(settings):
    settings.PUBLIC_CACHE_SERVER_SECONDS = 300


def test_cors_for_configured_origins_on_the_api_only(client, settings, justice_section):
    settings.CORS_ALLOWED_ORIGINS = ["https://halong.quangninh.gov.vn"]
    allowed = client.get(LISTING, HTTP_ORIGIN="https://halong.quangninh.gov.vn")
    assert allowed["Access-Control-Allow-Origin"] == "https://halong.quangninh.gov.vn"
    assert "ETag" in allowed["Access-Control-Expose-Headers"]
    other = client.get(LISTING, HTTP_ORIGIN="https://evil.example")
    assert "Access-Control-Allow-Origin" not in other
    page = client.get("/", HTTP_ORIGIN="https://halong.quangninh.gov.vn")
    assert "Access-Control-Allow-Origin" not in page
    preflight = client.options(
        LISTING,
        HTTP_ORIGIN="https://halong.quangninh.gov.vn",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert preflight.status_code == 200
    assert preflight["Access-Control-Allow-Origin"] == "https://halong.quangninh.gov.vn"


def test_conditional_get_with_etag_and_last_modified(client, justice_section):
    LegalNewsPageFactory(parent=justice_section)
    first = client.get(LISTING)
    assert first.status_code == 200
    assert first["Cache-Control"] == "public, max-age=60"
    etag, last_modified = first["ETag"], first["Last-Modified"]
    again = client.get(LISTING, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    assert client.get(LISTING, HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304
    assert client.get(LISTING, HTTP_IF_NONE_MATCH='"something-else"').status_code == 200


def test_conditional_get_follows_the_rfc_for_lists_weak_tags_and_stars(client, justice_section):
    LegalNewsPageFactory(parent=justice_section)
    first = client.get(LISTING)
    etag = first["ETag"]
    for header in (f'"other", {etag}', f"W/{etag}", "*"):
        answer = client.get(LISTING, HTTP_IF_NONE_MATCH=header)
        assert answer.status_code == 304, header
        assert answer["Cache-Control"] == "public, max-age=60"
        assert answer["Last-Modified"] == first["Last-Modified"]
    # A tag that does not match outweighs a date that would.
    stale = client.get(
        LISTING, HTTP_IF_NONE_MATCH='"other"', HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]
    )
    assert stale.status_code == 200


def test_server_cache_answers_without_queries_until_content_changes(
    client, server_cache, justice_section, django_assert_num_queries
):
    page = LegalNewsPageFactory(parent=justice_section, title="Tin cũ")
    first = client.get(LISTING)
    with django_assert_num_queries(0):
        cached = client.get(LISTING)
    assert cached.content == first.content
    assert cached["ETag"] == first["ETag"]

    page.title = "Tin mới"
    with TestCase.captureOnCommitCallbacks(execute=True):
        page.save_revision().publish()
    fresh = client.get(LISTING)
    assert fresh["ETag"] != first["ETag"]
    assert [item["title"] for item in fresh.json()["items"]] == ["Tin mới"]
    assert client.get(LISTING, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200


def test_previews_and_errors_are_not_cached(client, server_cache):
    bad = client.get("/api/v2/pages/?limit=abc")
    assert bad.status_code == 400
    assert "ETag" not in bad
    preview = client.get("/api/v2/page_preview/")
    assert "ETag" not in preview
    assert "public" not in preview.get("Cache-Control", "")


def test_what_a_signed_in_user_sees_is_never_served_to_others(
    client, server_cache, justice_section, board_member
):
    from django.test import Client

    from wagtail.models import PageViewRestriction

    LegalNewsPageFactory(parent=justice_section, title="Tin công khai")
    internal = LegalNewsPageFactory(parent=justice_section, title="Tin nội bộ")
    PageViewRestriction.objects.create(page=internal, restriction_type="login")
    client.force_login(board_member)
    signed_in = client.get(LISTING)
    assert "Tin nội bộ" in signed_in.content.decode()
    assert "public" not in signed_in.get("Cache-Control", "")

    anonymous = Client().get(LISTING)

    titles = [item["title"] for item in anonymous.json()["items"]]
    assert titles == ["Tin công khai"]


def test_publishing_purges_the_front_end_cache_of_api_and_feed_urls(
    settings, justice_section, justice_department, land_field
):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:8080",
        }
    }
    page = LegalNewsPageFactory(parent=justice_section, live=False)
    page.legal_fields.add(land_field)
    page.tags.add("sổ đỏ")
    with (
        mock.patch.object(HTTPBackend, "purge") as purge,
        TestCase.captureOnCommitCallbacks(execute=True),
    ):
        page.save_revision().publish()
    purged = {call.args[0] for call in purge.call_args_list}
    root = page.get_site().root_url
    assert {
        page.full_url,
        f"{root}/api/v2/pages/{page.pk}/",
        f"{root}/feeds/rss/",
        f"{root}/feeds/section/{justice_section.slug}/atom/",
        f"{root}/feeds/unit/{justice_department.slug}/rss/",
        f"{root}/feeds/legal-field/{land_field.slug}/rss/",
        root + reverse("feeds:tag_atom", args=[page.tags.get().slug]),
    } <= purged


def test_a_change_made_by_another_process_is_seen_after_the_refresh_time(
    client, settings, server_cache, justice_section, django_assert_num_queries
):
    settings.CONTENT_VERSION_REFRESH_SECONDS = 3600
    LegalNewsPageFactory(parent=justice_section)
    client.get(LISTING)
    # Another worker process publishes: the shared version moves, while this process
    # keeps its copy of the version until the refresh time has passed.
    cache.set(content_version.KEY, {"token": "elsewhere", "changed_at": 2_000_000_000})
    with django_assert_num_queries(0):
        assert client.get(LISTING).status_code == 200
    settings.CONTENT_VERSION_REFRESH_SECONDS = 0
    with CaptureQueriesContext(connection) as rendered:
        fresh = client.get(LISTING)
    assert len(rendered.captured_queries) > 0
    assert fresh["Last-Modified"] == http_date(2_000_000_000)
