"""Browser tests: Playwright drives Debian's Chromium against pytest-django's live server.

Run with ``python -m pytest tests/e2e``. Playwright never downloads a browser here; the
tests use the system Chromium (``apt-get install chromium``).
"""

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import sync_playwright

from tests.e2e.content import build_site

# Playwright's sync API keeps an asyncio loop running in the main thread, and Django
# refuses ORM calls from a thread with a running loop unless told it is safe.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
# The live server listens on 127.0.0.1 so that "only local requests" means one address
# ("localhost" may resolve to ::1 as well).
os.environ.setdefault("DJANGO_LIVE_TEST_SERVER_ADDRESS", "127.0.0.1")

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
PHONE = {"width": 360, "height": 740}
LOCAL_HOST = "127.0.0.1"


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's Chromium (apt-get install chromium).")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Visit:
    """A browser tab that records every request and every failed response it sees."""

    def __init__(self, tab):
        self.tab = tab
        self.requested = []
        self.failed = []
        tab.on("request", lambda request: self.requested.append(request.url))
        tab.on(
            "response",
            lambda response: (
                self.failed.append(f"{response.status} {response.url}")
                if response.status >= 400
                else None
            ),
        )

    @property
    def external_requests(self):
        return [
            url
            for url in self.requested
            if urlsplit(url).scheme not in ("data", "blob") and urlsplit(url).hostname != LOCAL_HOST
        ]


def _open_tab(browser, **options):
    context = browser.new_context(locale="vi-VN", **options)
    visit = Visit(context.new_page())
    return context, visit


@pytest.fixture
def phone(browser):
    # is_mobile makes Chromium honour (or, when missing, ignore) the viewport meta tag
    # the way a phone does, so a page without one would render 980px wide and fail.
    context, visit = _open_tab(
        browser, viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2
    )
    yield visit
    context.close()


@pytest.fixture
def desktop(browser):
    context, visit = _open_tab(browser, viewport={"width": 1280, "height": 800})
    yield visit
    context.close()


@pytest.fixture
def phone_without_js(browser):
    context, visit = _open_tab(
        browser, viewport=PHONE, is_mobile=True, has_touch=True, java_script_enabled=False
    )
    yield visit
    context.close()


@pytest.fixture
def site(live_server, django_db_serialized_rollback):
    """The site's pages, built for each test. The live server needs a transactional
    database, which is emptied after every test; serialized rollback brings back what
    the migrations made (root page, home page, default site, root collection, workflow)."""
    return build_site()
