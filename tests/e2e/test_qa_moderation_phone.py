"""Citizens' questions moderated on a phone, 390 px wide: the unit's specialist answers
in the rich text editor, citing an article picked from the chosen document; the board
reads the queue with its overdue questions and screens an exchange's questions with one
click. Every screen keeps the phone's width. Screenshots go to /tmp/phone-shots/."""

import datetime

import pytest
from playwright.sync_api import expect

from django.contrib.auth.models import Group
from django.utils import timezone

from qa import moderation
from qa.models import ExchangePage, QAIndexPage, Question
from tests.e2e.test_admin_phone import PASSWORD, WIDTH, check_screen, sign_in, visit
from tests.factories import LegalDocumentFactory, QuestionFactory, UserFactory


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
def questions(site):
    """A question assigned to the site's unit, one overdue, an exchange with questions."""
    unit = site.section.unit
    board = UserFactory(
        username="banbientap", password=PASSWORD, groups=[Group.objects.get(name="Ban Biên tập")]
    )
    UserFactory(username="bientap.stp", password=PASSWORD, groups=[unit.editors_group])
    home = site.section.get_parent()
    index = home.add_child(instance=QAIndexPage(title="Hỏi đáp pháp luật"))
    LegalDocumentFactory(
        number="31/2024/QH15",
        title="Luật Đất đai",
        body=(
            "<p>Điều 1. Phạm vi điều chỉnh</p><p>…</p>"
            "<p>Điều 45. Điều kiện thực hiện các quyền của người sử dụng đất</p><p>…</p>"
        ),
    )
    asked = QuestionFactory(
        title="Chuyển nhượng đất chưa có giấy chứng nhận quyền sử dụng đất có được không?",
        text="Gia đình tôi có mảnh đất ông bà để lại, chưa có sổ đỏ. Tôi có bán được không?",
        asker_name="Nguyễn Thị Hoa",
    )
    assigned = moderation.assign(asked, board, unit)
    QuestionFactory(
        text="Thủ tục đăng ký kết hôn với người nước ngoài cần những giấy tờ gì?",
        waiting_since=timezone.now() - datetime.timedelta(days=12),
    )
    exchange = index.add_child(
        instance=ExchangePage(
            title="Giao lưu trực tuyến: Luật Đất đai 2024 và những điều người dân cần biết",
            starts_at=timezone.now() - datetime.timedelta(minutes=30),
            ends_at=timezone.now() + datetime.timedelta(hours=1),
            unit=unit,
        )
    )
    live = QuestionFactory(
        exchange=exchange,
        channel="exchange",
        text="Đất nông nghiệp có được chuyển sang đất ở không, thủ tục thế nào?",
    )
    return {"assigned": assigned, "exchange": exchange, "live": live}


def test_a_specialist_answers_citing_an_article_on_a_phone(tab, live_server, questions):
    question = questions["assigned"]
    sign_in(tab, live_server, "bientap.stp")
    visit(tab, live_server, "/admin/qa/", "qa-unit-queue")
    expect(tab.locator("table.qa-table")).to_contain_text(question.tracking_code)
    visit(tab, live_server, f"/admin/qa/questions/{question.pk}/", "qa-question")

    editor = tab.locator(".Draftail-Editor [contenteditable='true']").first
    editor.click()
    editor.type("Theo Điều 45 Luật Đất đai, đất phải có giấy chứng nhận mới được chuyển nhượng.")
    tab.locator("#id_references-0-document-chooser").get_by_role("button").first.click()
    dialog = tab.get_by_role("dialog")
    dialog.get_by_role("link", name="31/2024/QH15 Luật Đất đai").click()
    article = tab.locator("select[name='references-0-article']")
    expect(article.locator("option")).to_have_count(3)
    article.select_option("dieu-45")
    check_screen(tab, "qa-question-answer-form")
    # The main area hides what overflows it: the article's long title must not push
    # the citations past the phone's edge.
    for part in (".qa-references", "select[name='references-0-article']"):
        right = tab.locator(part).evaluate("(e) => Math.round(e.getBoundingClientRect().right)")
        assert right <= WIDTH, f"{part} ends at {right}px"
    tab.get_by_role("button", name="Gửi câu trả lời").click()
    expect(tab.locator(".messages")).to_contain_text("Đã lưu câu trả lời")
    check_screen(tab, "qa-question-answered")

    question = Question.objects.get(pk=question.pk)
    assert question.status == Question.Status.ANSWERED
    assert "Theo Điều 45 Luật Đất đai" in question.answer
    assert question.references.get().article_anchor == "dieu-45"


def test_the_board_reads_the_queue_and_screens_an_exchange_on_a_phone(tab, live_server, questions):
    sign_in(tab, live_server, "banbientap")
    visit(tab, live_server, "/admin/", "qa-board-dashboard")
    expect(tab.locator(".qa-panel")).to_contain_text("quá hạn trả lời")
    visit(tab, live_server, "/admin/qa/", "qa-board-queue")
    expect(tab.locator(".qa-overdue-list")).to_contain_text("1 câu hỏi quá hạn trả lời")
    visit(tab, live_server, "/admin/qa/exchanges/", "qa-exchanges")

    exchange, live = questions["exchange"], questions["live"]
    visit(tab, live_server, f"/admin/qa/exchanges/{exchange.pk}/", "qa-exchange")
    row = tab.locator(f"#question-{live.pk}")
    row.get_by_role("button", name="Hiện").click()
    expect(tab.locator(f"#question-{live.pk}")).to_contain_text("Đang hiện")
    tab.locator(f"#question-{live.pk}").get_by_role("button", name="Đã trả lời trực tiếp").click()
    expect(tab.locator(f"#question-{live.pk}")).to_contain_text("Đã trả lời trực tiếp")
    check_screen(tab, "qa-exchange-screened")
    live.refresh_from_db()
    assert live.shown_on_exchange and live.answered_live_at is not None
