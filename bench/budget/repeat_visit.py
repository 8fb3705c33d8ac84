"""The repeat visit: a phone opens each page, then opens it again in the same browser
profile; none of the second visit's requests for static files may reach the network.

Whitenoise serves the collected files under hashed names with a year-long
``Cache-Control: max-age … immutable``, so the browser's memory or disk cache answers
them; a service worker that keeps them (cache-first) answers them too. Chromium's own
account of each request (the DevTools protocol's Network events) says which: a request
counts as served locally when it was answered from the memory cache
(``requestServedFromCache``), the disk cache, the prefetch cache or a service worker.
A service worker may itself go to the network for a file it has not kept, which the
page's events do not show; so the server's access log is read too, and any static file
it served during the second visit counts as fetched from the network.
"""

import re
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from playwright.sync_api import sync_playwright

CHROMIUM = "/usr/bin/chromium"
# As the browser tests launch it (tests/e2e/conftest.py).
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
PHONE = {"width": 360, "height": 740}
STATIC_PREFIX = "/static/"
# gunicorn's default access log format: … "GET /static/css/site.abc.css HTTP/1.1" 200 …
ACCESS_LOG_REQUEST = re.compile(r'"GET (/static/[^ "]+) HTTP/[0-9.]+"')
LOAD_TIMEOUT_MS = 60_000
# A service worker that registers on the first visit keeps the files it caches; it is
# waited for (when the page registers one), then for the server to have answered nothing
# for QUIET_SECONDS, so that its own requests do not fall into the second visit.
SERVICE_WORKER_READY = """async () => {
    if (!("serviceWorker" in navigator)) return false;
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) return false;
    await navigator.serviceWorker.ready;
    return true;
}"""
QUIET_SECONDS = 1.0
QUIET_TIMEOUT = 60


@dataclass
class RepeatVisit:
    """The static files of one page's second visit: fetched from the network, or not."""

    name: str
    url: str
    local: list = field(default_factory=list)
    network: list = field(default_factory=list)

    @property
    def passed(self):
        return not self.network


class _NetworkLog:
    """Chromium's Network events for one tab: which requests were answered locally."""

    def __init__(self, session):
        self.urls = {}
        self.served_locally = set()
        session.on("Network.requestWillBeSent", self._sent)
        session.on("Network.requestServedFromCache", self._from_memory)
        session.on("Network.responseReceived", self._received)
        session.send("Network.enable")

    def clear(self):
        self.urls.clear()
        self.served_locally.clear()

    def _sent(self, event):
        self.urls[event["requestId"]] = event["request"]["url"]

    def _from_memory(self, event):
        self.served_locally.add(event["requestId"])

    def _received(self, event):
        response = event["response"]
        if (
            response.get("fromDiskCache")
            or response.get("fromServiceWorker")
            or response.get("fromPrefetchCache")
        ):
            self.served_locally.add(event["requestId"])

    def static_requests(self):
        """(URLs served locally, URLs that went to the network), static files only."""
        local, network = [], []
        for request_id, url in self.urls.items():
            if urlsplit(url).path.startswith(STATIC_PREFIX):
                (local if request_id in self.served_locally else network).append(url)
        return sorted(local), sorted(network)


def check(origin, pages, access_log):
    """A RepeatVisit for each BudgetPage, visited twice in a fresh phone profile each;
    ``access_log`` is the server's (gunicorn's ``--access-logfile``)."""
    visits = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for page in pages:
                visits.append(_visit_twice(browser, page.name, origin, page.path, access_log))
        finally:
            browser.close()
    return visits


def served_static_files(access_log, offset):
    """The static paths the server answered after ``offset`` bytes of its access log."""
    with access_log.open("rb") as log:
        log.seek(offset)
        lines = log.read().decode("utf-8", "replace")
    return ACCESS_LOG_REQUEST.findall(lines)


def _wait_until_quiet(access_log):
    """Return once the server's access log has not grown for QUIET_SECONDS."""
    deadline = time.monotonic() + QUIET_TIMEOUT
    size, since = access_log.stat().st_size, time.monotonic()
    while time.monotonic() < deadline:
        time.sleep(0.2)
        current = access_log.stat().st_size
        if current != size:
            size, since = current, time.monotonic()
        elif time.monotonic() - since >= QUIET_SECONDS:
            return
    raise SystemExit(f"The server kept answering requests for {QUIET_TIMEOUT} s after a visit.")


def _visit_twice(browser, name, origin, path, access_log):
    url = origin + path
    context = browser.new_context(
        locale="vi-VN", viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2
    )
    try:
        tab = context.new_page()
        log = _NetworkLog(context.new_cdp_session(tab))
        # "networkidle": scripts that fetch more after the load event (a service worker
        # registering and filling its cache) have finished before the second visit.
        tab.goto(url, wait_until="networkidle", timeout=LOAD_TIMEOUT_MS)
        first_static, first_network = log.static_requests()
        if not first_static and not first_network:
            raise SystemExit(f"{name}: {url} requested no static file; is the page broken?")
        tab.evaluate(SERVICE_WORKER_READY)
        _wait_until_quiet(access_log)
        log.clear()
        offset = access_log.stat().st_size
        tab.goto(url, wait_until="networkidle", timeout=LOAD_TIMEOUT_MS)
        local, network = log.static_requests()
        served = [origin + served_path for served_path in served_static_files(access_log, offset)]
        network = sorted(set(network) | set(served))
        local = [static_url for static_url in local if static_url not in network]
        return RepeatVisit(name, url, local, network)
    finally:
        context.close()
