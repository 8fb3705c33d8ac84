"""The editorial roles in the admin, in Chromium: a unit's editor writes each kind of
content in the section of that kind and submits it, the board approves it and is told
so, an empty required text is refused at submission, another unit's page is refused
with its reason."""

import re

import pytest
from playwright.sync_api import expect

from django.contrib.auth.models import Group

from home.models import SectionPage, Unit
from publications.models import (
    EBookPage,
    InfographicPage,
    LeafletPage,
    LecturePage,
    LegalNewsPage,
    VideoPage,
)
from tests.e2e.content import make_document, make_image
from tests.factories import UserFactory

PASSWORD = "Mat-khau-bien-tap-2026"  # noqa: S105 (test accounts)
VIDEO_URL = "https://www.youtube.com/watch?v=abc123XYZ"

# The section of each kind of content, as the provincial site has them.
SECTIONS = {
    LegalNewsPage: "Tin tức pháp luật",
    InfographicPage: "Infographic pháp luật",
    VideoPage: "Video pháp luật",
    LeafletPage: "Tờ gấp pháp luật",
    EBookPage: "Sách pháp luật điện tử",
    LecturePage: "Bài giảng điện tử",
}


class Newsroom:
    """Sections of every kind, two units with an editor each, and a board member."""

    def __init__(self, home):
        self.sections = {
            model: home.add_child(instance=SectionPage(title=title))
            for model, title in SECTIONS.items()
        }
        self.justice = Unit.objects.create(name="Sở Tư pháp", kind=Unit.Kind.DEPARTMENT)
        self.ward = Unit.objects.create(name="Phường Hạ Long", kind=Unit.Kind.COMMUNE)
        self.justice_editor = UserFactory(
            username="bientap.stp", password=PASSWORD, groups=[self.justice.editors_group]
        )
        self.ward_editor = UserFactory(
            username="bientap.halong", password=PASSWORD, groups=[self.ward.editors_group]
        )
        self.board_member = UserFactory(
            username="banbientap",
            password=PASSWORD,
            groups=[Group.objects.get(name="Ban Biên tập")],
        )
        self.image = make_image("Ảnh pano tuyên truyền", "Pano tuyên truyền Luật Đất đai")
        self.pdf = make_document("Tờ gấp bạo lực gia đình", "to-gap.pdf", b"%PDF-1.4\n%%EOF\n")


@pytest.fixture
def newsroom(site, settings):
    # Autosave writes while the form is filled in; SQLite in the tests locks on that.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    return Newsroom(site.home)


def sign_in(tab, live_server, username):
    tab.context.clear_cookies()
    tab.goto(live_server.url + "/admin/login/")
    tab.get_by_label("Tên đăng nhập").fill(username)
    tab.get_by_label("Mật khẩu").fill(PASSWORD)
    tab.get_by_role("button", name="Đăng nhập").click()
    expect(tab.get_by_role("heading", level=1)).to_be_visible()


def add_url(live_server, model, section):
    meta = model._meta
    return f"{live_server.url}/admin/pages/add/{meta.app_label}/{meta.model_name}/{section.pk}/"


def choose(tab, field, title):
    """Pick ``title`` in the chooser of ``field`` (a locator around one chooser)."""
    field.locator("[data-chooser-action-choose]").first.click()
    tab.get_by_role("dialog").get_by_role("link", name=title).click()
    expect(field.locator("[data-chooser-title]").first).to_have_text(title)


def write(field, text, then=()):
    """Type into the rich text editor inside ``field``, then press the keys ``then``."""
    editor = field.locator(".Draftail-Editor [contenteditable=true]").first
    editor.click()
    editor.type(text)
    for key in then:
        editor.press(key)
    # The editor copies its content into the form's field a moment after the last key.
    editor.blur()
    editor.page.wait_for_timeout(500)


def fill_common(tab, title):
    tab.locator("#id_title").fill(title)
    tab.locator("#id_summary").fill(f"Tóm tắt: {title}.")


def field(tab, path):
    """The part of the form that edits ``path`` (Wagtail's data-contentpath, joined by /)."""
    selector = " ".join(f'[data-contentpath="{part}"]' for part in path.split("/"))
    return tab.locator(selector).first


def add_block(tab, stream, kind=None):
    """Add a block at the start of the StreamField ``stream``; ``kind`` names the block
    type in the menu a field of several types shows."""
    stream.locator(".c-sf-add-button").first.click()
    if kind:
        tab.get_by_role("option", name=kind).first.click()
    expect(stream.locator("[data-contentpath]").first).to_be_visible()


def fill_news(tab, room):
    add_block(tab, field(tab, "body"), "Đoạn văn")
    write(field(tab, "body"), "Luật Đất đai 2024 có hiệu lực từ ngày 01/8/2024.")


def fill_infographic(tab, room):
    add_block(tab, field(tab, "images"))
    choose(tab, field(tab, "images"), room.image.title)
    field(tab, "images").locator('input[name$="-value-alt_text"]').fill("Năm điểm mới về sổ đỏ")
    write(field(tab, "transcript"), "1. Người dân được cấp sổ đỏ khi không có giấy tờ.")


def fill_video(tab, room):
    tab.locator("#id_video_url").fill(VIDEO_URL)


def fill_leaflet(tab, room):
    choose(tab, field(tab, "pdf"), room.pdf.title)
    panels = field(tab, "panels")
    add_block(tab, panels)
    choose(tab, panels, room.image.title)
    panels.locator('input[name$="-value-alt_text"]').fill("Mặt trước tờ gấp")
    write(panels, "Bạo lực gia đình là hành vi vi phạm pháp luật.")


def fill_ebook(tab, room):
    chapters = field(tab, "chapters")
    add_block(tab, chapters)
    chapters.locator('input[name$="-value-title"]').fill("Chương I. Quy định chung")
    write(chapters, "Sách hỏi đáp về Luật Đất đai.")


def fill_lecture(tab, room):
    sections = field(tab, "sections")
    add_block(tab, sections)
    sections.locator('input[name$="-value-title"]').fill("Phần 1. Giới thiệu")
    sections.locator('input[name$="-value-video"]').fill(VIDEO_URL)


FILL = {
    LegalNewsPage: fill_news,
    InfographicPage: fill_infographic,
    VideoPage: fill_video,
    LeafletPage: fill_leaflet,
    EBookPage: fill_ebook,
    LecturePage: fill_lecture,
}


def submit(tab):
    tab.get_by_role("button", name="Thao tác khác").click()
    tab.get_by_role("button", name=re.compile("^Gửi [Dd]uyệt")).click()
    tab.wait_for_load_state()


def form_errors(tab):
    """The form's error messages with the field each is on, for a failure's message."""
    return tab.locator(".error-message, .help-critical, [data-field-errors]").evaluate_all(
        """nodes => nodes.map(node => {
            const text = node.innerText.trim();
            const where = node.closest('[data-contentpath]');
            return text && (where ? where.dataset.contentpath + ': ' : '') + text;
        }).filter(text => text)"""
    )


def test_a_unit_editor_writes_every_kind_and_the_board_approves_with_a_confirmation(
    desktop, live_server, newsroom
):
    tab = desktop.tab
    sign_in(tab, live_server, "bientap.stp")
    for model, section in newsroom.sections.items():
        tab.goto(add_url(live_server, model, section))
        title = f"{model._meta.verbose_name.capitalize()} của Sở Tư pháp"
        fill_common(tab, title)
        FILL[model](tab, newsroom)
        submit(tab)
        assert not form_errors(tab), (model, form_errors(tab))
        expect(tab.locator(".messages")).to_contain_text(title)
        page = model.objects.get(title=title)
        assert page.unit == newsroom.justice
        assert page.get_parent().pk == section.pk
        assert page.current_workflow_state.status == "in_progress", model
        assert not page.live

    sign_in(tab, live_server, "banbientap")
    news = LegalNewsPage.objects.get(title="Tin pháp luật của Sở Tư pháp")
    tab.goto(live_server.url + "/admin/")
    # "Awaiting your review" on the dashboard: the row's actions, then "Phê duyệt".
    row = tab.locator("tr", has_text=news.title)
    row.get_by_role("button", name="Thao tác").click()
    row.get_by_role("button", name="Phê duyệt", exact=True).click()
    message = tab.locator(".messages")
    expect(message).to_contain_text(f"Đã duyệt và xuất bản “{news.title}”")
    link = message.get_by_role("link", name="Xem trang")
    news.refresh_from_db()
    assert news.live
    expect(link).to_have_attribute("href", news.full_url)


def test_an_empty_required_text_is_refused_at_submission(desktop, live_server, newsroom):
    tab = desktop.tab
    sign_in(tab, live_server, "bientap.stp")
    tab.goto(add_url(live_server, InfographicPage, newsroom.sections[InfographicPage]))
    fill_common(tab, "Infographic chưa có chữ")
    add_block(tab, field(tab, "images"))
    choose(tab, field(tab, "images"), newsroom.image.title)
    field(tab, "images").locator('input[name$="-value-alt_text"]').fill("Ảnh")
    # Typed, then deleted: the editor keeps an empty paragraph.
    write(field(tab, "transcript"), "x", then=["Backspace"])
    submit(tab)
    expect(field(tab, "transcript")).to_contain_text("Trường này là bắt buộc.")
    assert not InfographicPage.objects.filter(title="Infographic chưa có chữ").exists()


def test_another_units_page_is_refused_with_its_reason(desktop, live_server, newsroom):
    section = newsroom.sections[LegalNewsPage]
    page = section.add_child(
        instance=LegalNewsPage(title="Bài của Sở Tư pháp", unit=newsroom.justice, live=False)
    )
    tab = desktop.tab
    sign_in(tab, live_server, "bientap.halong")
    tab.goto(f"{live_server.url}/admin/pages/{page.pk}/edit/")
    message = tab.locator(".messages")
    expect(message).to_contain_text("thuộc Sở Tư pháp")
    expect(message).to_contain_text("hãy liên hệ biên tập viên của Sở Tư pháp")
    assert tab.url == f"{live_server.url}/admin/pages/{section.pk}/"
