"""Asking a legal question on a phone: suggestions while typing, from the suggestion
engine over a published answer and a law on the bookshelf, sending, the tracking code,
following the question by it; and without JavaScript."""

import datetime

import pytest
from captcha.models import CaptchaStore
from playwright.sync_api import expect

from bookshelf.models import BookshelfPage
from qa.models import Question
from tests.factories import (
    DocumentTypeFactory,
    IssuingBodyFactory,
    LegalDocumentFactory,
    LegalFieldFactory,
    QAIndexPageFactory,
    QuestionAnswerPageFactory,
    UnitFactory,
    home_page,
)
from tests.qa.suggestion_fixtures import law_text

LAND_LAW = law_text(
    (1, "Phạm vi điều chỉnh", "Luật này quy định về chế độ sở hữu đất đai."),
    (
        220,
        "Tách thửa đất, hợp thửa đất",
        "Việc tách thửa đất, hợp thửa đất phải bảo đảm diện tích tối thiểu theo quy định.",
    ),
)


def published(page):
    """Published as the board publishes: the suggestions index follows once committed,
    as the live server's database commits each statement."""
    page.save_revision().publish()
    return page


@pytest.fixture
def qa_index(live_server, django_db_serialized_rollback):
    land = LegalFieldFactory(name="Đất đai")
    UnitFactory(name="Phường Hạ Long", kind="commune")
    index = QAIndexPageFactory()
    published(
        home_page().add_child(
            instance=BookshelfPage(title="Tủ sách pháp luật", slug="tu-sach-phap-luat")
        )
    )
    LegalDocumentFactory(
        number="31/2024/QH15",
        title="Luật Đất đai",
        doc_type=DocumentTypeFactory(name="Luật"),
        issuer=IssuingBodyFactory(name="Quốc hội"),
        issued_date=datetime.date(2024, 1, 18),
        legal_fields=[land],
        body=LAND_LAW,
    )
    published(
        QuestionAnswerPageFactory(
            parent=index,
            title="Điều kiện tách thửa đất ở tại đô thị",
            question_text="Tôi muốn tách thửa đất ở cho con thì cần điều kiện gì?",
            answer="<p>Diện tích tối thiểu được tách thửa do UBND tỉnh quy định.</p>",
            live=False,
        )
    )
    return index


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
    tab.on(
        "request",
        lambda request: (
            asked_for.append(request.url) if "/api/qa/suggestions?" in request.url else None
        ),
    )
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
