"""The admin on a phone, 390 px wide: a unit editor and a member of the editorial board
go through the lists, the forms and the moderation screens. On every screen the page
keeps the phone's width, titles break between words only, every listing's last column
can be scrolled into view, and the main buttons can be pressed. Screenshots of each
screen go to /tmp/phone-shots/ for a person to judge."""

import datetime
import re
import tempfile
from pathlib import Path

import pytest
from playwright.sync_api import expect

from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from wagtail.rich_text import RichText

from delivery.models import WebhookDelivery, WebhookSubscriber
from demo.pages import save_draft
from publications.models import InfographicPage, LegalNewsPage
from quizzes import taking
from quizzes.ranking import close_round
from tests.factories import LegalDocumentFactory, ParticipantFactory, QuizPageFactory, UserFactory
from tests.quizzes.conftest import ALL_RIGHT, answers

SHOTS = Path(tempfile.gettempdir()) / "phone-shots"
PASSWORD = "Mat-khau-bien-tap-2026"
WIDTH = 390
NUMBERS = ["45/2019/QH14", "31/2024/QH15", "102/2024/NĐ-CP", "2345/QĐ-UBND"]
SUBMITTED = "Infographic: Quyền và nghĩa vụ của người sử dụng đất theo Luật Đất đai"

# Each word of each listing title, measured where the browser laid it out: a word split
# over two lines has two boxes. A word wider than its cell on its own may break.
BROKEN_WORDS = """() => {
    const broken = [];
    for (const cell of document.querySelectorAll("table.listing td.title")) {
        if (!cell.getClientRects().length) continue;
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.parentElement.closest(".actions, .w-status, button, [hidden]")) continue;
            for (const match of node.data.matchAll(/\\S+/g)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                const tops = [...range.getClientRects()].map((box) => Math.round(box.top));
                const lines = new Set(tops);
                if (lines.size > 1 && range.getBoundingClientRect().width < cell.clientWidth) {
                    broken.push(match[0]);
                }
            }
        }
    }
    return broken;
}"""

# Every visible listing scrolled as far right as its reader can: where its last header cell
# ends.
LAST_COLUMNS = """() => [...document.querySelectorAll("table.listing")]
    .filter((table) => table.getClientRects().length)
    .map((table) => {
        for (let box = table; box; box = box.parentElement) {
            // Only what a finger can scroll: "hidden" boxes scroll for scripts alone.
            if (/auto|scroll/.test(getComputedStyle(box).overflowX)) {
                box.scrollLeft = box.scrollWidth;
            }
        }
        const cells = table.querySelectorAll("tr:first-child > :is(th, td)");
        const last = cells[cells.length - 1].getBoundingClientRect();
        return {left: Math.round(last.left), right: Math.round(last.right)};
    })"""


@pytest.fixture
def tab(browser):
    context = browser.new_context(
        locale="vi-VN",
        viewport={"width": WIDTH, "height": 844},
        is_mobile=True,
        has_touch=True,
        device_scale_factor=2,
    )
    yield context.new_page()
    context.close()


@pytest.fixture
def newsroom(site, settings):
    """The unit's editor and a board member who also reads contest results and webhook
    logs; two pages awaiting review, legal documents, a closed round, a webhook log."""
    # Autosave writes while the page is open; SQLite in the tests locks on that.
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0
    unit = site.section.unit
    editor = UserFactory(username="bientap.stp", password=PASSWORD, groups=[unit.editors_group])
    board = UserFactory(
        username="banbientap", password=PASSWORD, groups=[Group.objects.get(name="Ban Biên tập")]
    )
    board.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_attempt", "view_webhookdelivery"])
    )
    save_draft(
        site.section,
        InfographicPage(
            title=SUBMITTED,
            summary="Tóm tắt.",
            unit=unit,
            cover_image=site.infographic.cover_image,
            images=site.infographic.images.raw_data,
            transcript="<p>Nội dung.</p>",
        ),
        editor,
        submit=True,
    )
    draft = save_draft(
        site.section,
        LegalNewsPage(
            title="Hướng dẫn thi hành Luật số 45/2019/QH14 về xử lý vi phạm hành chính",
            summary="Tóm tắt.",
            unit=unit,
            body=[("paragraph", RichText("<p>Luật số 45/2019/QH14 có hiệu lực.</p>"))],
        ),
        editor,
    )
    for number in NUMBERS:
        LegalDocumentFactory(
            number=number,
            title="Luật sửa đổi, bổ sung một số điều của Luật Xử lý vi phạm hành chính",
        )
    quiz = QuizPageFactory(title="Tuần 1: Tìm hiểu Luật Phòng, chống bạo lực gia đình")
    person = ParticipantFactory(full_name="Nguyễn Văn An", phone="0912345678", unit=unit)
    attempt = taking.start(quiz.pk, person)
    taking.submit(attempt.pk, person, answers(attempt, ALL_RIGHT), prediction=1)
    type(quiz).objects.filter(pk=quiz.pk).update(closes_at=timezone.now())
    quiz.refresh_from_db()
    close_round(quiz, now=quiz.closes_at + datetime.timedelta(seconds=1))
    portal = WebhookSubscriber.objects.create(
        name="Cổng thông tin điện tử tỉnh Quảng Ninh", url="https://quangninh.gov.vn/webhook"
    )
    WebhookDelivery.objects.create(
        subscriber=portal,
        event="page.published",
        page_id=site.news.pk,
        page_title=site.news.title,
        page_url=site.news.url,
        payload={},
    )
    return {"draft": draft, "quiz": quiz}


def sign_in(tab, live_server, username):
    tab.context.clear_cookies()
    tab.goto(live_server.url + "/admin/login/")
    tab.get_by_label("Tên đăng nhập").fill(username)
    tab.get_by_label("Mật khẩu").fill(PASSWORD)
    tab.get_by_role("button", name="Đăng nhập").click()
    expect(tab.get_by_role("heading", level=1)).to_be_visible()


def check_screen(tab, name):
    """The screen as it is now fits the phone; keep a screenshot of it."""
    tab.wait_for_load_state("networkidle")
    SHOTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(SHOTS / f"{name}.png"))
    for element in ("document.documentElement", "document.body"):
        assert tab.evaluate(f"{element}.scrollWidth") <= WIDTH, f"{name}: wider than the phone"
    assert tab.evaluate(BROKEN_WORDS) == [], f"{name}: words broken in titles"
    for column in tab.evaluate(LAST_COLUMNS):
        assert column["left"] >= 0 and column["right"] <= WIDTH, f"{name}: last column {column}"


def visit(tab, live_server, url, name):
    response = tab.goto(live_server.url + url, wait_until="load")
    assert response is not None and response.status == 200, url
    assert response.url == live_server.url + url, f"{url} sent elsewhere"
    check_screen(tab, name)


def assert_pressable(tab, button):
    expect(button).to_be_visible()
    button.scroll_into_view_if_needed()
    box = button.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= WIDTH
    button.click(trial=True)  # fails if anything covers it


def test_a_unit_editor_edits_and_submits_on_a_phone(tab, live_server, site, newsroom):
    sign_in(tab, live_server, "bientap.stp")
    visit(tab, live_server, "/admin/", "editor-dashboard")
    visit(tab, live_server, f"/admin/pages/{site.section.pk}/", "editor-page-list")
    titles = tab.locator("table.listing td.title")
    expect(titles.filter(has_text=SUBMITTED)).to_be_visible()
    expect(titles.filter(has_text=newsroom["draft"].title)).to_be_visible()

    visit(tab, live_server, f"/admin/pages/{newsroom['draft'].pk}/edit/", "editor-page-form")
    tab.locator("#id_summary").fill("Những điểm chính của Luật Xử lý vi phạm hành chính.")
    save = tab.get_by_role("button", name="Lưu bản nháp")
    assert_pressable(tab, save)
    save.click()
    expect(tab.locator(".messages")).to_contain_text("cập nhật")
    check_screen(tab, "editor-page-saved")

    more = tab.get_by_role("button", name="Thao tác khác")
    assert_pressable(tab, more)
    more.click()
    submit = tab.get_by_role("button", name=re.compile("^Gửi Duyệt"))
    assert_pressable(tab, submit)
    submit.click()
    expect(tab.locator(".messages")).to_contain_text("gửi")
    newsroom["draft"].refresh_from_db()
    assert newsroom["draft"].workflow_in_progress


def test_the_board_lists_reviews_and_edits_on_a_phone(tab, live_server, site, newsroom):
    sign_in(tab, live_server, "banbientap")
    visit(tab, live_server, "/admin/", "board-dashboard")
    awaiting = tab.locator("#awaiting-review-section")
    expect(awaiting.get_by_role("link", name=SUBMITTED)).to_be_visible()

    visit(tab, live_server, f"/admin/pages/{site.section.pk}/", "board-page-list")
    visit(tab, live_server, "/admin/reports/workflow/", "board-workflow-report")
    expect(tab.locator("table.listing")).to_contain_text(SUBMITTED)

    # The legal documents: numbers on one line, and the last column in reach.
    visit(tab, live_server, "/admin/snippets/bookshelf/legaldocument/", "board-legal-documents")
    for number in NUMBERS:
        cell = tab.locator("table.listing td.title a", has_text=number)
        lines = cell.evaluate(
            "(link) => new Set([...link.getClientRects()].map((box) => Math.round(box.top))).size"
        )
        assert lines == 1, f"{number} wraps"
    last = tab.locator("table.listing thead th").last
    expect(last).to_have_text(re.compile("Tình trạng hiệu lực"))
    assert last.evaluate("(cell) => Math.round(cell.getBoundingClientRect().right)") <= WIDTH
    tab.screenshot(path=str(SHOTS / "board-legal-documents-scrolled.png"))
    document = LegalDocumentFactory._meta.model.objects.get(number=NUMBERS[0])
    url = f"/admin/snippets/bookshelf/legaldocument/edit/{document.pk}/"
    visit(tab, live_server, url, "board-legal-document-form")
    assert_pressable(tab, tab.get_by_role("button", name="Lưu bản nháp"))

    visit(tab, live_server, "/admin/snippets/home/unit/", "board-units")
    visit(tab, live_server, "/admin/snippets/home/legalfield/", "board-legal-fields")
    visit(tab, live_server, "/admin/webhooks/deliveries/", "board-webhook-log")
    expect(tab.locator("table.listing")).to_contain_text(site.news.title)
    visit(tab, live_server, "/admin/contests/", "board-contests")
    visit(tab, live_server, f"/admin/contests/{newsroom['quiz'].pk}/", "board-contest-results")
    expect(tab.locator("table.listing", has_text="Nguyễn V. A.")).to_be_visible()


def test_the_board_asks_for_changes_on_a_phone(tab, live_server, site, newsroom):
    page = InfographicPage.objects.get(title=SUBMITTED)
    sign_in(tab, live_server, "banbientap")
    visit(tab, live_server, f"/admin/pages/{page.pk}/edit/", "board-review-form")
    more = tab.get_by_role("button", name="Thao tác khác")
    assert_pressable(tab, more)
    more.click()
    tab.get_by_role("button", name="Yêu cầu chỉnh sửa").click()

    dialog = tab.get_by_role("dialog")
    comment = dialog.get_by_label("Bình luận")
    expect(comment).to_be_visible()
    comment.fill("Đề nghị bổ sung nguồn của số liệu 45/2019/QH14.")
    check_screen(tab, "board-request-changes-dialog")
    send = dialog.get_by_role("button", name="Yêu cầu chỉnh sửa")
    assert_pressable(tab, send)
    send.click()
    expect(tab.locator(".messages")).to_contain_text("Đã cập nhật")
    assert page.current_workflow_state.status == "needs_changes"
