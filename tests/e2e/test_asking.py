"""Asking a legal question on a phone: suggestions while typing, sending, the tracking
code, following the question by it; and without JavaScript. The suggestion engine's
answers are given by the browser test itself, in the shape /api/qa/suggestions answers."""

import json

import pytest
from captcha.models import CaptchaStore
from playwright.sync_api import expect

from qa.models import Question
from tests.factories import LegalFieldFactory, QAIndexPageFactory, UnitFactory

SUGGESTIONS = {
    "answers": [
        {
            "title": "Điều kiện tách thửa đất ở tại đô thị",
            "url": "/hoi-dap-phap-luat/dieu-kien-tach-thua/",
            "snippet": "Diện tích tối thiểu được tách thửa do UBND tỉnh quy định.",
        }
    ],
    "articles": [
        {
            "title": "Tách thửa đất, hợp thửa đất",
            "label": "Điều 220",
            "document_title": "Luật Đất đai 31/2024/QH15",
            "url": "/tu-sach-phap-luat/van-ban/31-2024-qh15/#dieu-220",
            "snippet": "Việc tách thửa đất, hợp thửa đất phải bảo đảm…",
        }
    ],
}


@pytest.fixture
def qa_index(live_server, django_db_serialized_rollback):
    LegalFieldFactory(name="Đất đai")
    UnitFactory(name="Phường Hạ Long", kind="commune")
    return QAIndexPageFactory()


def assert_fits_the_phone(tab):
    layout_width = tab.evaluate("document.documentElement.clientWidth")
    assert tab.evaluate("document.documentElement.scrollWidth") <= layout_width


def fill_question(tab, text):
    tab.get_by_label("Câu hỏi của bạn").fill(text)
    tab.get_by_label("Lĩnh vực pháp luật").select_option(label="Đất đai")
    tab.get_by_label("Xã, phường, đặc khu").select_option(label="Phường Hạ Long")
    tab.get_by_label("Họ và tên").fill("Trần Văn Bình")
    tab.get_by_label("Số điện thoại di động").fill("0987 654 321")
    tab.get_by_label("Tôi đồng ý").check()
    key = tab.locator("input[name=captcha_0]").input_value()
    tab.get_by_label("Mã kiểm tra").fill(CaptchaStore.objects.get(hashkey=key).response)


def test_ask_with_suggestions_then_follow_by_code(phone, live_server, qa_index):
    tab = phone.tab
    asked_for = []

    def suggestions(route):
        asked_for.append(route.request.url)
        route.fulfill(content_type="application/json", body=json.dumps(SUGGESTIONS))

    tab.route("**/api/qa/suggestions?*", suggestions)
    tab.goto(live_server.url + qa_index.url + "dat-cau-hoi/")

    box = tab.get_by_label("Câu hỏi của bạn")
    box.press_sequentially("Tách thửa")
    tab.wait_for_timeout(700)
    assert asked_for == []  # two words: not yet
    box.press_sequentially(" đất ở cho con cần giấy tờ gì?")
    suggested = tab.get_by_role("region", name="Có thể bạn tìm câu trả lời ở đây")
    expect(suggested).to_be_visible()
    expect(
        suggested.get_by_role("link", name="Điều kiện tách thửa đất ở tại đô thị")
    ).to_be_visible()
    expect(
        suggested.get_by_role("link", name="Điều 220. Tách thửa đất, hợp thửa đất")
    ).to_be_visible()
    expect(tab.locator("#qa-suggestions-status")).to_contain_text("Có 2 gợi ý")
    assert len(asked_for) == 1 and "q=T%C3%A1ch%20th%E1%BB%ADa" in asked_for[0]
    assert_fits_the_phone(tab)

    fill_question(tab, "Tách thửa đất ở cho con cần giấy tờ gì và nộp ở đâu?")
    tab.get_by_role("button", name="Gửi câu hỏi").click()

    question = Question.objects.get()
    expect(tab.get_by_role("heading", level=1)).to_have_text("Đã nhận câu hỏi của bạn")
    expect(tab.locator(".qa-code__value")).to_have_text(question.tracking_code)
    assert question.tracking_code not in tab.url
    assert_fits_the_phone(tab)

    # On another device: follow the question by its code.
    tab.context.clear_cookies()
    tab.goto(live_server.url + qa_index.url + "tra-cuu/")
    tab.get_by_label("Mã tra cứu").fill(question.tracking_code.lower())
    tab.get_by_role("button", name="Tra cứu").click()
    expect(tab.get_by_role("heading", name="Tình trạng: Đã tiếp nhận")).to_be_visible()
    expect(tab.locator(".qa-timeline")).to_contain_text("Bạn gửi câu hỏi")
    assert_fits_the_phone(tab)
    assert "Trần Văn Bình" not in tab.content()
    assert question.tracking_code not in tab.url
    assert phone.external_requests == []
    assert phone.failed == []


def test_asking_works_without_javascript(phone_without_js, live_server, qa_index):
    tab = phone_without_js.tab
    tab.goto(live_server.url + qa_index.url + "dat-cau-hoi/")
    fill_question(tab, "Hàng xóm xây tường lấn sang đất nhà tôi thì phải làm gì?")
    tab.get_by_label("Tôi đồng ý").uncheck()
    tab.get_by_role("button", name="Gửi câu hỏi").click()
    expect(tab.locator("#id_consent_error")).to_contain_text("Cần đồng ý xử lý dữ liệu cá nhân")
    expect(tab.get_by_label("Họ và tên")).to_have_value("Trần Văn Bình")
    assert not Question.objects.exists()

    tab.get_by_label("Tôi đồng ý").check()
    key = tab.locator("input[name=captcha_0]").input_value()
    tab.get_by_label("Mã kiểm tra").fill(CaptchaStore.objects.get(hashkey=key).response)
    tab.get_by_role("button", name="Gửi câu hỏi").click()
    expect(tab.locator(".qa-code__value")).to_have_text(Question.objects.get().tracking_code)
