"""With Redis out of reach the site, the content API and the feeds are served as without
a cache, and a publication made meanwhile still retires what was cached before it."""

import os
import subprocess
import sys
from pathlib import Path
from unittest import mock

import pytest

from django.core.cache import caches
from django.test import TestCase

from core import content_version
from tests.factories import LegalNewsPageFactory
from tests.outages import unreachable_redis

pytestmark = pytest.mark.django_db

LISTING = "/api/v2/pages/?type=publications.LegalNewsPage&fields=title"
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def server_cache(settings):
    settings.PUBLIC_CACHE_SERVER_SECONDS = 300
    settings.CONTENT_VERSION_REFRESH_SECONDS = 0


def test_pages_the_api_and_feeds_are_served_while_redis_is_out_of_reach(
    client, settings, server_cache, justice_section
):
    settings.CACHES = unreachable_redis()
    LegalNewsPageFactory(parent=justice_section, title="Tin pháp luật")
    for _ in range(2):
        listing = client.get(LISTING)
        assert listing.status_code == 200
        assert [item["title"] for item in listing.json()["items"]] == ["Tin pháp luật"]
    assert client.get("/").status_code == 200
    feed = client.get("/feeds/rss/")
    assert feed.status_code == 200
    assert "Tin pháp luật" in feed.content.decode()


def out_of_reach(backend):
    """The cache as ``home.redis_cache`` makes it while Redis does not answer."""
    return mock.patch.multiple(
        backend,
        get=lambda key, default=None, version=None: default,
        set=lambda *args, **kwargs: None,
        add=lambda *args, **kwargs: False,
    )


def test_a_publication_while_redis_is_out_of_reach_retires_what_was_cached_before(
    client, server_cache, justice_section
):
    page = LegalNewsPageFactory(parent=justice_section, title="Tin cũ")
    assert client.get(LISTING).json()["items"][0]["title"] == "Tin cũ"  # now cached

    with out_of_reach(caches["default"]):
        page.title = "Tin mới"
        with TestCase.captureOnCommitCallbacks(execute=True):
            page.save_revision().publish()
        content_version.current()

    assert client.get(LISTING).json()["items"][0]["title"] == "Tin mới"


def test_production_settings_keep_serving_when_their_redis_is_out_of_reach():
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "SECRET_KEY": "s3cret",
        "PERSONAL_DATA_KEY": "k3y",
        "ALLOWED_HOSTS": "pbgdpl.example",
        "REDIS_URL": unreachable_redis()["default"]["LOCATION"],
    }
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.core.cache import cache; "
            "cache.set('x', 1); print(cache.get('x', 'miss'))",
        ],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "miss"
