"""A district site embeds portal pages with embed.js: the script inserts an iframe of the
embed view, which then takes the height of its content. The district site is another
origin, answered by the browser itself (Playwright's routing), never by the network."""

from playwright.sync_api import expect

DISTRICT = "http://localhost:8765"
INITIAL_HEIGHT = 360


def open_district_page(visit, body):
    html = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Phường Hạ Long</title>'
        f'</head><body><main style="width: 600px">{body}</main></body></html>'
    )
    # Chromium asks for permission before a page that did not come from a loopback address
    # reaches the live server on one; a real district site and the portal are both public.
    visit.tab.context.grant_permissions(["local-network-access"], origin=DISTRICT)
    visit.tab.route(
        f"{DISTRICT}/",
        lambda route: route.fulfill(status=200, content_type="text/html; charset=utf-8", body=html),
    )
    visit.tab.goto(f"{DISTRICT}/", wait_until="load")


def embed_script(live_server, page=None):
    attribute = f' data-pbgdpl-page="{page.pk}"' if page else ""
    return f'<script src="{live_server.url}/static/js/embed.js"{attribute} async></script>'


def frame_height(frame):
    return frame.evaluate("element => element.getBoundingClientRect().height")


def content_height(frame):
    return (
        frame.element_handle()
        .content_frame()
        .evaluate("Math.ceil(document.documentElement.getBoundingClientRect().height)")
    )


def wait_for_content_height(tab, frame, timeout_ms=5000):
    """The iframe's height once it has followed its content's; fails if it never does."""
    for _ in range(timeout_ms // 100):
        height = frame_height(frame)
        if height != INITIAL_HEIGHT and abs(height - content_height(frame)) <= 1:
            return height
        tab.wait_for_timeout(100)
    raise AssertionError(f"iframe {frame_height(frame)}px, content {content_height(frame)}px")


def test_script_tag_embeds_a_page_at_its_content_height(desktop, live_server, site):
    open_district_page(
        desktop, f"<h1>Tin pháp luật</h1>{embed_script(live_server, site.news)}<p>Hết.</p>"
    )
    tab = desktop.tab

    frame = tab.locator("main > iframe")
    expect(frame).to_have_count(1)
    expect(frame).to_have_attribute("src", f"{live_server.url}/embed/{site.news.pk}/")
    expect(frame).to_have_attribute("loading", "lazy")
    card = frame.content_frame
    expect(card.get_by_role("heading", name=site.news.title)).to_be_visible()
    expect(card.get_by_role("link", name="Xem đầy đủ")).to_have_attribute("target", "_blank")

    height = wait_for_content_height(tab, frame)

    assert height > INITIAL_HEIGHT
    assert frame.evaluate("element => element.nextElementSibling.tagName") == "SCRIPT"
    # The embedded page names the frame for screen readers.
    expect(frame).to_have_attribute("title", f"{site.news.title} | PBGDPL Quảng Ninh")
    assert desktop.failed == []


def test_placeholders_follow_their_content_as_it_grows(desktop, live_server, site):
    placeholders = "".join(
        f'<div data-pbgdpl-page="{page.pk}"></div>' for page in (site.video, site.leaflet)
    )
    open_district_page(desktop, f"{placeholders}{embed_script(live_server)}")
    tab = desktop.tab
    frames = tab.locator("main > div > iframe")
    expect(frames).to_have_count(2)
    video, leaflet = frames.all()
    closed = wait_for_content_height(tab, video)
    wait_for_content_height(tab, leaflet)

    video.content_frame.get_by_text("Lời thoại").click()

    tab.wait_for_function(
        "closed => document.querySelector('main > div > iframe').offsetHeight > closed", arg=closed
    )
    assert wait_for_content_height(tab, video) > closed
    expect(leaflet.content_frame.get_by_role("button", name="Mặt sau")).to_be_visible()
