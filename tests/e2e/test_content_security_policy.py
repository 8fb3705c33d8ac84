"""Under the enforced Content-Security-Policy, nothing the site, its embeds, the contest
pages, the API documentation and the admin need is refused: Chromium reports no
violation (``securitypolicyviolation`` events and its console) on any of them."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from django.contrib.auth import get_user_model

from bookshelf.models import BookshelfPage
from demo.samples import VIDEO_URL
from publications.models import VideoPage
from tests.e2e.test_contest import sign_in_and_start
from tests.e2e.test_embed_js import embed_script, open_district_page
from tests.factories import LegalDocumentFactory, QuizPageFactory

ADMIN_PASSWORD = "Mat-khau-quan-tri-2026"
# Reported from every frame: Chromium's console also names violations, but only in the
# frame's own language of errors; the event says which directive and what was blocked.
LISTEN = """
document.addEventListener("securitypolicyviolation", (event) => {
    console.error(`CSP violation: ${event.effectiveDirective} refused ${event.blockedURI}`
        + ` (${event.sourceFile}:${event.lineNumber}) on ${event.documentURI}`);
});
"""


class Watch:
    """A tab whose CSP violations, from any of its frames, are collected."""

    def __init__(self, visit):
        self.tab = visit.tab
        self.visit = visit
        self.violations = []
        self.tab.add_init_script(LISTEN)
        self.tab.on("console", self._console)

    def _console(self, message):
        text = message.text
        if "CSP violation" in text or "Content Security Policy" in text:
            self.violations.append(text)

    def open(self, url):
        response = self.tab.goto(url, wait_until="load")
        assert response is not None and response.status == 200, url
        policy = response.headers.get("content-security-policy", "")
        assert "default-src 'self'" in policy, f"{url} is not under the site's policy"
        assert "content-security-policy-report-only" not in response.headers
        return response

    def settle(self):
        self.tab.wait_for_load_state("networkidle")


@pytest.fixture
def watch(desktop):
    return Watch(desktop)


@pytest.fixture
def video_with_embed(site):
    page = VideoPage(
        title="Video: Phổ biến Luật Giao thông đường bộ",
        summary="Video trên YouTube.",
        video_url=VIDEO_URL,
        duration=datetime.timedelta(minutes=3),
    )
    site.section.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def bookshelf(site):
    page = BookshelfPage(title="Tủ sách pháp luật", summary="Văn bản, sách, tờ gấp.")
    site.home.add_child(instance=page)
    page.save_revision().publish()
    return page, LegalDocumentFactory(title="Luật Đất đai", number="31/2024/QH15")


def test_public_pages(watch, live_server, site, video_with_embed, bookshelf):
    shelf, law = bookshelf
    for url in [
        "/",
        site.section.url,
        site.news.url,
        site.video.url,
        video_with_embed.url,
        site.leaflet.url,
        site.infographic.url,
        site.ebook.url,
        site.lecture.url,
        shelf.url,
        law.get_url(),
        "/tim-kiem/?q=luat+dat+dai",
    ]:
        watch.open(live_server.url + url)
        watch.settle()

    assert watch.violations == [], "\n".join(watch.violations)


def test_the_leaflet_viewer_works(watch, live_server, site):
    watch.open(live_server.url + site.leaflet.url)
    watch.tab.set_viewport_size({"width": 360, "height": 740})
    watch.tab.get_by_role("button", name="Mặt sau").click()

    expect(watch.tab.locator("[data-leaflet-status]")).to_contain_text("Mặt 2/3")
    assert watch.violations == [], "\n".join(watch.violations)


def test_taking_a_round(watch, live_server, django_db_serialized_rollback):
    quiz = QuizPageFactory(title="Tuần 1", time_limit_minutes=20)

    sign_in_and_start(watch.tab, live_server, quiz)
    watch.tab.locator("fieldset.question").first.locator("input").first.check()
    expect(watch.tab.get_by_role("status").first).to_contain_text("Đã lưu")

    assert watch.violations == [], "\n".join(watch.violations)


def test_an_embed_in_another_sites_page(watch, live_server, site, video_with_embed):
    open_district_page(watch.visit, embed_script(live_server, video_with_embed))
    frame = watch.tab.frame_locator("iframe[data-pbgdpl-embed], iframe").first
    expect(frame.locator("h1")).to_have_text(video_with_embed.title)
    watch.settle()

    assert watch.violations == [], "\n".join(watch.violations)


def test_the_api_documentation(watch, live_server, django_db_serialized_rollback):
    watch.open(live_server.url + "/api/docs")
    expect(watch.tab.locator(".swagger-ui .info .title")).to_contain_text("API")
    watch.settle()

    assert watch.violations == [], "\n".join(watch.violations)


@pytest.fixture
def administrator(site, settings):
    # Autosave writes while the preview renders; SQLite in the tests locks on that.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    return get_user_model().objects.create_superuser(
        "quantri", "quantri@example.vn", ADMIN_PASSWORD
    )


def sign_in(watch, live_server):
    tab = watch.tab
    watch.open(live_server.url + "/admin/login/")
    tab.get_by_label("Tên đăng nhập").fill("quantri")
    tab.get_by_label("Mật khẩu").fill(ADMIN_PASSWORD)
    tab.get_by_role("button", name="Đăng nhập").click()
    expect(tab.get_by_role("heading", level=1)).to_be_visible()
    watch.settle()


def test_editing_previewing_and_moderating_a_page_in_the_admin(
    watch, live_server, site, administrator
):
    tab = watch.tab
    sign_in(watch, live_server)
    watch.open(f"{live_server.url}/admin/pages/{site.news.pk}/edit/")
    watch.settle()

    # The image chooser, in its modal.
    chooser = tab.locator("#id_cover_image-chooser")
    chooser.get_by_role("button", name="Thao tác").click()
    chooser.locator(".chosen [data-chooser-action-choose]").click()
    tab.get_by_role("dialog").get_by_role("link", name="Hội nghị").click()
    expect(chooser.locator("[data-chooser-title]")).to_have_text("Hội nghị")
    # A new StreamField block, written in Draftail: at the top of the body, once its editor
    # is there (typing sooner lands in the block that was first before).
    editors = tab.locator(".Draftail-Editor [contenteditable=true]")
    before = editors.count()
    tab.get_by_role("button", name="Chèn khối nội dung").first.click()
    tab.get_by_role("option", name="Đoạn văn").first.click()
    expect(editors).to_have_count(before + 1)
    expect(editors.first).to_have_text("")
    editors.first.click()
    tab.keyboard.type("Văn bản mới của biên tập viên.")
    # The preview panel, which renders the page in a frame of the admin.
    tab.get_by_role("button", name="Ẩn/hiện xem trước").click()
    preview = tab.frame_locator("#w-preview-iframe")
    expect(preview.locator("main")).to_contain_text("Văn bản mới của biên tập viên.")
    # Workflow: submit to the editorial board, then ask for changes (a modal).
    tab.get_by_role("button", name="Thao tác khác").click()
    tab.get_by_role("button", name=re.compile("^Gửi Duyệt")).click()
    expect(tab.locator(".messages")).to_contain_text("gửi")
    watch.open(f"{live_server.url}/admin/pages/{site.news.pk}/edit/")
    tab.get_by_role("button", name="Thao tác khác").click()
    tab.get_by_role("button", name="Yêu cầu chỉnh sửa").click()
    expect(tab.get_by_role("dialog").get_by_label("Bình luận")).to_be_visible()
    watch.settle()

    assert watch.violations == [], "\n".join(watch.violations)


def test_the_dashboard_and_an_editors_view_of_the_site(watch, live_server, site, administrator):
    sign_in(watch, live_server)
    watch.open(live_server.url + "/admin/")
    watch.settle()
    watch.open(live_server.url + site.news.url)  # with Wagtail's user bar
    expect(watch.tab.locator("wagtail-userbar")).to_be_attached()
    watch.settle()

    assert watch.violations == [], "\n".join(watch.violations)


def test_the_watch_sees_a_violation(watch, live_server, site):
    """The other tests would pass blindly if violations went unseen."""
    watch.open(live_server.url + "/")
    watch.tab.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "window.injected = true";
            document.body.append(script);
        }"""
    )
    watch.settle()

    assert watch.tab.evaluate("window.injected") is None
    assert any("script-src" in violation for violation in watch.violations)
