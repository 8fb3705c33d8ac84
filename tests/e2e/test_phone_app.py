"""The site as an app on a phone: it installs, its service worker keeps what was read
for reading without a network, the offline page lists it, "Lưu để đọc khi không có
mạng" keeps a whole e-book, and a new version of the worker leaves cached pages
readable."""

import time

import pytest
from playwright.sync_api import expect

from pwa import precache, views
from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, PHONE, Visit
from tests.factories import QAIndexPageFactory, QuizPageFactory

BANNER = "Bạn đang xem bản lưu trên điện thoại (không có mạng)"
PRIMARY_BLUE = "rgb(11, 74, 130)"
KEPT_PAGE = "url => caches.open('pbgdpl-pages').then(c => c.match(url)).then(Boolean)"
KEPT_API_ANSWER = (
    "url => caches.open('pbgdpl-api').then(c => c.match(url, {ignoreVary: true})).then(Boolean)"
)
# The caches once a new worker has activated: a precache that was not there before, and
# none of those that were.
NEW_PRECACHE_ONLY = """old => caches.keys().then(names => {
    const precaches = names.filter(name => name.startsWith("pbgdpl-precache-"));
    return precaches.length === 1 && !old.includes(precaches[0]);
})"""


@pytest.fixture
def phone(browser, tmp_path):
    """A phone with a profile on disk: Chromium never offers to install a site from an
    incognito profile, which is what Playwright's contexts otherwise are."""
    context = browser.browser_type.launch_persistent_context(
        str(tmp_path / "profile"),
        executable_path=str(CHROMIUM),
        args=CHROMIUM_ARGS,
        locale="vi-VN",
        viewport=PHONE,
        is_mobile=True,
        has_touch=True,
        device_scale_factor=2,
    )
    yield Visit(context.pages[0] if context.pages else context.new_page())
    context.close()


def controlled(visit, live_server, page):
    """Open ``page`` and wait until the site's worker controls it."""
    visit.tab.goto(live_server.url + page.get_url(), wait_until="load")
    visit.tab.wait_for_function("() => navigator.serviceWorker.controller !== null")


def read(visit, live_server, page):
    """Read ``page`` online, and wait until the worker has kept its copy."""
    url = live_server.url + page.get_url()
    response = visit.tab.goto(url, wait_until="load")
    assert response.status == 200
    eventually(visit.tab, KEPT_PAGE, url)


def eventually(tab, expression, arg=None, seconds=15):
    """Wait until ``expression`` (a function of ``arg``, which may return a promise) is
    true in the page: wait_for_function does not wait for promises."""
    deadline = time.monotonic() + seconds
    while not tab.evaluate(expression, arg):
        assert time.monotonic() < deadline, f"still false after {seconds} s: {expression}"
        time.sleep(0.1)


def go_offline(visit):
    visit.tab.context.set_offline(True)


def header_colour(tab):
    return tab.evaluate("getComputedStyle(document.querySelector('.site-header')).backgroundColor")


def test_the_site_meets_the_install_criteria(phone, live_server, site):
    controlled(phone, live_server, site.home)
    cdp = phone.tab.context.new_cdp_session(phone.tab)

    manifest = cdp.send("Page.getAppManifest")
    installability = cdp.send("Page.getInstallabilityErrors")

    assert manifest["url"] == live_server.url + "/manifest.webmanifest"
    assert manifest["errors"] == []
    assert installability["installabilityErrors"] == []
    for size in ("192", "512", "maskable-512"):
        assert f"/static/pwa/icons/icon-{size}.png" in manifest["data"]
    # The icons the manifest names are fetched by the browser, and found.
    for name in ("icon-192.png", "icon-512.png", "icon-maskable-512.png"):
        answer = phone.tab.request.get(f"{live_server.url}/static/pwa/icons/{name}")
        assert answer.status == 200
        assert answer.headers["content-type"] == "image/png"
    assert phone.tab.evaluate("navigator.serviceWorker.controller.scriptURL").endswith("/sw.js")
    assert phone.failed == []


def test_a_page_read_online_is_read_offline_and_an_unread_one_shows_the_offline_page(
    phone, live_server, site
):
    controlled(phone, live_server, site.home)
    read(phone, live_server, site.news)
    expect(phone.tab.get_by_text(BANNER)).to_have_count(0)

    go_offline(phone)
    phone.tab.goto(live_server.url + site.news.get_url(), wait_until="load")

    tab = phone.tab
    expect(tab.locator("h1")).to_have_text(site.news.title)
    expect(tab.get_by_role("status").filter(has_text=BANNER)).to_be_visible()
    assert header_colour(tab) == PRIMARY_BLUE
    cover = tab.locator(".content-cover img")
    eventually(tab, "image => image.complete && image.naturalWidth > 0", cover.element_handle())

    tab.goto(live_server.url + site.leaflet.get_url(), wait_until="load")

    expect(tab.locator("h1")).to_have_text("Không có kết nối mạng")
    recent = tab.get_by_role("region", name="Đã đọc gần đây")
    expect(recent.get_by_role("link", name=site.news.title)).to_be_visible()
    expect(recent.get_by_role("link", name=site.leaflet.title)).to_have_count(0)

    recent.get_by_role("link", name=site.news.title).click()

    expect(tab.locator("h1")).to_have_text(site.news.title)


def test_a_saved_e_book_is_read_offline_with_its_chapters_pictures_and_files(
    phone, live_server, site
):
    controlled(phone, live_server, site.home)
    tab = phone.tab
    tab.goto(live_server.url + site.ebook.get_url(), wait_until="load")

    tab.get_by_role("button", name="Lưu để đọc khi không có mạng").click()

    expect(tab.get_by_role("button", name="Đã lưu", exact=True)).to_be_disabled()
    expect(tab.get_by_role("button", name="Xoá bản đã lưu")).to_be_visible()
    # What was read recently may be trimmed at any time: only the saved copy counts.
    tab.evaluate("Promise.all(['pbgdpl-pages', 'pbgdpl-images'].map(name => caches.delete(name)))")
    go_offline(phone)
    tab.goto("about:blank")

    tab.goto(live_server.url + site.ebook.get_url() + "#chuong-2", wait_until="load")

    expect(tab.locator("h1")).to_have_text(site.ebook.title)
    expect(tab.get_by_role("status").filter(has_text=BANNER)).to_be_visible()
    expect(tab.locator("#chuong-2")).to_be_in_viewport()
    expect(tab.get_by_role("heading", name="Chương II. Hòa giải viên")).to_be_visible()
    tab.locator("main img").first.scroll_into_view_if_needed()
    tab.wait_for_function(
        "() => [...document.querySelectorAll('main img')]"
        ".every(i => i.complete && i.naturalWidth > 0)"
    )
    pdf = tab.get_by_role("link", name="Tải sách (PDF)").get_attribute("href")
    assert tab.evaluate("url => fetch(url).then(r => r.text())", pdf).startswith("%PDF")
    expect(tab.get_by_role("button", name="Đã lưu", exact=True)).to_be_visible()

    tab.goto(live_server.url + "/offline/", wait_until="load")
    saved = tab.get_by_role("region", name="Đã lưu để đọc khi không có mạng")
    expect(saved.get_by_role("link", name=site.ebook.title)).to_be_visible()


def test_a_saved_leaflet_shows_every_panel_offline(phone, live_server, site):
    controlled(phone, live_server, site.home)
    tab = phone.tab
    tab.goto(live_server.url + site.leaflet.get_url(), wait_until="load")
    tab.get_by_role("button", name="Lưu để đọc khi không có mạng").click()
    expect(tab.get_by_role("button", name="Đã lưu", exact=True)).to_be_visible()
    tab.evaluate("Promise.all(['pbgdpl-pages', 'pbgdpl-images'].map(name => caches.delete(name)))")
    go_offline(phone)
    tab.goto("about:blank")

    tab.goto(live_server.url + site.leaflet.get_url(), wait_until="load")
    tab.get_by_role("button", name="Mặt sau").click()
    tab.get_by_role("button", name="Mặt sau").click()

    third = tab.locator("#mat-3 img")
    expect(third).to_be_visible()
    eventually(tab, "image => image.complete && image.naturalWidth > 0", third.element_handle())
    pdf = tab.get_by_role("link", name="Tải tờ gấp (PDF)").get_attribute("href")
    assert tab.evaluate("url => fetch(url).then(r => r.text())", pdf).startswith("%PDF")


def test_without_javascript_nothing_offers_to_save(phone_without_js, live_server, site):
    tab = phone_without_js.tab
    tab.goto(live_server.url + site.ebook.get_url(), wait_until="load")

    expect(tab.locator("h1")).to_have_text(site.ebook.title)
    expect(tab.get_by_role("button", name="Lưu để đọc khi không có mạng")).to_be_hidden()


def test_removing_a_saved_e_book_frees_what_it_kept(phone, live_server, site):
    controlled(phone, live_server, site.home)
    tab = phone.tab
    tab.goto(live_server.url + site.ebook.get_url(), wait_until="load")
    tab.get_by_role("button", name="Lưu để đọc khi không có mạng").click()
    expect(tab.get_by_role("button", name="Đã lưu", exact=True)).to_be_visible()

    tab.get_by_role("button", name="Xoá bản đã lưu").click()

    expect(tab.get_by_role("button", name="Lưu để đọc khi không có mạng")).to_be_enabled()
    expect(tab.get_by_role("status").filter(has_text="Đã xoá bản lưu")).to_be_visible()
    kept = tab.evaluate("caches.open('pbgdpl-saved').then(c => c.keys()).then(k => k.length)")
    assert kept == 0


def test_public_api_answers_are_kept_and_renewed_behind_them(phone, live_server, site):
    controlled(phone, live_server, site.home)
    tab = phone.tab
    listing = "/api/v2/pages/?type=publications.EBookPage&fields=title"

    def titles():
        answer = tab.evaluate("url => fetch(url).then(r => r.json())", listing)
        return [item["title"] for item in answer["items"]]

    assert titles() == [site.ebook.title]
    eventually(tab, KEPT_API_ANSWER, listing)
    site.ebook.title = "Sách: Hỏi đáp Luật Hòa giải ở cơ sở (tái bản)"
    site.ebook.save_revision().publish()

    # The kept answer at once, the new one kept behind it for the next time.
    assert titles() == ["Sách: Hỏi đáp Luật Hòa giải ở cơ sở"]
    eventually(
        tab,
        "url => caches.open('pbgdpl-api').then(c => c.match(url, {ignoreVary: true}))"
        ".then(r => r.json()).then(a => a.items[0].title.endsWith('(tái bản)'))",
        listing,
    )
    go_offline(phone)
    assert titles() == ["Sách: Hỏi đáp Luật Hòa giải ở cơ sở (tái bản)"]


def test_personal_pages_are_never_kept(phone, live_server, site):
    quiz = QuizPageFactory(title="Tuần 1")
    contest = quiz.get_parent().specific
    qa_index = QAIndexPageFactory()
    personal = [
        quiz.url,
        contest.url + contest.reverse_subpage("register"),
        contest.url + contest.reverse_subpage("sign_in"),
        qa_index.url + qa_index.reverse_subpage("ask_route"),
        qa_index.url + qa_index.reverse_subpage("track_route"),
        "/admin/login/",
    ]
    controlled(phone, live_server, site.home)

    for url in personal:
        assert phone.tab.goto(live_server.url + url, wait_until="load").status == 200, url
    read(phone, live_server, site.news)

    kept = phone.tab.evaluate(
        "caches.open('pbgdpl-pages').then(c => c.keys())"
        ".then(keys => keys.map(r => new URL(r.url).pathname))"
    )
    assert site.news.get_url() in kept
    assert [url for url in personal if url in kept] == []


def test_a_new_worker_takes_over_without_breaking_cached_pages(
    phone, live_server, site, monkeypatch
):
    controlled(phone, live_server, site.home)
    read(phone, live_server, site.news)
    tab = phone.tab
    first = tab.evaluate("caches.keys()")
    assert [name for name in first if name.startswith("pbgdpl-precache-")]

    # A new release: the stylesheet gets a new hashed name, so the worker a new version.
    real_static = precache.static
    monkeypatch.setattr(
        precache,
        "static",
        lambda path: real_static(path) + ("?v=2" if path == "css/site.css" else ""),
    )
    tab.evaluate("navigator.serviceWorker.getRegistration().then(r => r.update())")
    eventually(tab, NEW_PRECACHE_ONLY, first)

    # The open page still gets its files, and the page cached under the old version
    # still has its look offline: the old stylesheet moved to the shared static cache.
    moved = tab.evaluate(
        "caches.open('pbgdpl-static').then(c => c.match('/static/css/site.css')).then(Boolean)"
    )
    assert moved
    go_offline(phone)
    assert tab.evaluate("fetch('/static/css/site.css').then(r => r.status)") == 200
    tab.goto(live_server.url + site.news.get_url(), wait_until="load")

    expect(tab.locator("h1")).to_have_text(site.news.title)
    assert header_colour(tab) == PRIMARY_BLUE


def test_pages_read_long_ago_make_room_for_new_ones(phone, live_server, site, monkeypatch):
    monkeypatch.setitem(views.CACHE_LIMITS, "pages", 2)
    controlled(phone, live_server, site.home)

    for page in (site.news, site.leaflet, site.ebook):
        read(phone, live_server, page)

    eventually(
        phone.tab,
        "() => caches.open('pbgdpl-pages').then(c => c.keys()).then(k => k.length === 2)",
    )
    kept = phone.tab.evaluate(
        "caches.open('pbgdpl-pages').then(c => c.keys())"
        ".then(keys => keys.map(r => new URL(r.url).pathname))"
    )
    assert kept == [site.leaflet.get_url(), site.ebook.get_url()]
