"""The public site on a phone: every page type loads, fits the screen, is accessible at
a basic level and fetches nothing from other hosts."""

import pytest
from playwright.sync_api import expect

PAGES = ["home", "section", "news", "infographic", "video", "leaflet", "ebook", "lecture"]
# The video page's only picture is the player's poster, which is not an <img>.
PAGES_WITHOUT_IMG = {"video"}


def open_page(visit, live_server, page):
    response = visit.tab.goto(live_server.url + page.get_url(), wait_until="load")
    assert response is not None
    return response


@pytest.mark.parametrize("name", PAGES)
def test_page_fits_a_phone_and_stays_local(phone, live_server, site, name):
    page = getattr(site, name)

    response = open_page(phone, live_server, page)

    assert response.status == 200
    tab = phone.tab
    assert tab.evaluate("document.documentElement.lang") == "vi"
    # A mobile browser widens window.innerWidth to fit content that overflows, so compare
    # with the layout viewport, which is the phone's width when the viewport meta works.
    layout_width = tab.evaluate("document.documentElement.clientWidth")
    assert layout_width == tab.viewport_size["width"]
    assert tab.evaluate("document.documentElement.scrollWidth") <= layout_width
    assert tab.locator("h1").count() == 1
    expect(tab.locator("h1")).to_have_text(page.title)
    alts = tab.locator("img").evaluate_all("images => images.map(image => image.alt)")
    assert all(alt.strip() for alt in alts), alts
    if name not in PAGES_WITHOUT_IMG:
        assert alts, "expected the page to show at least one image"
    assert phone.external_requests == []
    assert phone.failed == []


def test_home_lists_sections_and_latest_content(phone, live_server, site):
    open_page(phone, live_server, site.home)

    nav = phone.tab.get_by_role("navigation", name="Chuyên mục")
    expect(nav.get_by_role("link", name=site.section.title)).to_be_visible()
    cards = phone.tab.locator(".card")
    expect(cards).to_have_count(len(site.content_pages))


def test_section_lists_every_content_type(phone, live_server, site):
    open_page(phone, live_server, site.section)

    for page in site.content_pages.values():
        expect(phone.tab.get_by_role("link", name=page.title)).to_be_visible()


def test_leaflet_next_button_shows_second_panel(phone, live_server, site):
    open_page(phone, live_server, site.leaflet)
    tab = phone.tab
    first, second = tab.locator("#mat-1"), tab.locator("#mat-2")
    expect(first).to_be_visible()
    expect(second).to_be_hidden()

    tab.get_by_role("button", name="Mặt sau").click()

    expect(second).to_be_visible()
    expect(first).to_be_hidden()
    expect(second.get_by_role("img")).to_have_attribute(
        "alt", "Mặt 2 của tờ gấp phòng, chống bạo lực gia đình"
    )
    expect(tab.locator("[data-leaflet-status]")).to_have_text("Mặt 2/3")
    expect(tab.get_by_role("button", name="Mặt trước")).to_be_enabled()


def test_leaflet_panels_are_all_readable_without_javascript(phone_without_js, live_server, site):
    open_page(phone_without_js, live_server, site.leaflet)
    tab = phone_without_js.tab

    for number in (1, 2, 3):
        expect(tab.locator(f"#mat-{number}")).to_be_visible()
    expect(tab.get_by_role("button", name="Mặt sau")).to_be_hidden()
    expect(tab.get_by_role("link", name="Tải tờ gấp (PDF)")).to_be_visible()


def test_leaflet_shows_every_panel_side_by_side_on_a_desktop(desktop, live_server, site):
    open_page(desktop, live_server, site.leaflet)
    tab = desktop.tab

    for number in (1, 2, 3):
        expect(tab.locator(f"#mat-{number}")).to_be_visible()
    expect(tab.get_by_role("button", name="Mặt sau")).to_be_hidden()
    first_top = tab.locator("#mat-1").bounding_box()["y"]
    assert tab.locator("#mat-2").bounding_box()["y"] == first_top
