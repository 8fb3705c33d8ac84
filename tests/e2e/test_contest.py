"""Taking part in a contest on a phone: register (with the code an SMS brings), take a
round against the clock, see the result; with JavaScript (countdown, answers saved as
chosen) and without."""

import datetime
import re

import pytest
from captcha.models import CaptchaStore
from playwright.sync_api import expect

from django.utils import timezone

from quizzes.drawing import option_texts
from quizzes.models import Attempt, Participant
from quizzes.scoring import correct_keys
from tests.factories import ParticipantFactory, QuizPageFactory, UnitFactory
from tests.quizzes.conftest import sms_code

PASSWORD = "Hoc-luat-2026"


@pytest.fixture
def round_(live_server, django_db_serialized_rollback):
    return QuizPageFactory(title="Tuần 1", time_limit_minutes=20)


def visit(tab, live_server, url):
    response = tab.goto(live_server.url + url, wait_until="load")
    assert response is not None and response.status == 200, url
    return response


def option_text(quiz, attempt, question_index):
    """The text of the first correct option of a drawn question, as the page shows it."""
    item = attempt.questions[question_index]
    block = quiz.question_blocks()[item["id"]]
    return option_texts(block)[min(correct_keys(block))]


def choose_right_option(tab, quiz, attempt, question_index):
    question = tab.locator("fieldset.question").nth(question_index)
    question.get_by_text(option_text(quiz, attempt, question_index), exact=True).click()


def sign_in_and_start(tab, live_server, quiz):
    """Sign in a registered participant from the round's page and start; the attempt."""
    ParticipantFactory(phone="0912345678", password=PASSWORD)
    visit(tab, live_server, quiz.url)
    tab.get_by_role("link", name="Đăng nhập").click()
    tab.get_by_label("Số điện thoại").fill("0912 345 678")
    tab.get_by_label("Mật khẩu").fill(PASSWORD)
    tab.get_by_role("button", name="Đăng nhập").click()
    expect(tab).to_have_url(live_server.url + quiz.url)
    tab.get_by_role("button", name="Bắt đầu làm bài").click()
    expect(tab.locator("fieldset.question").first).to_be_visible()
    return Attempt.objects.get()


def test_register_take_a_round_and_see_the_result(phone, live_server, round_):
    unit = UnitFactory(name="Phường Hồng Gai")
    tab = phone.tab
    visit(tab, live_server, round_.url)

    tab.get_by_role("link", name="Đăng ký dự thi").click()
    tab.get_by_label("Số điện thoại di động").fill("0987 654 321")
    tab.get_by_label("Mật khẩu").fill(PASSWORD)
    tab.get_by_label("Họ và tên").fill("Trần Thị Bình")
    tab.get_by_label("Ngày sinh").fill("1995-03-08")
    tab.get_by_label("Đơn vị dự thi").select_option(label=unit.name)
    tab.get_by_label("Số CCCD").fill("022195004321")
    tab.get_by_label("Tôi đồng ý").check()
    key = tab.locator("input[name=captcha_0]").input_value()
    tab.get_by_label("Mã kiểm tra").fill(CaptchaStore.objects.get(hashkey=key).response)
    tab.get_by_role("button", name="Đăng ký").click()

    expect(tab.get_by_role("heading", level=1)).to_have_text("Nhập mã xác nhận")
    assert not Participant.objects.exists()
    tab.get_by_label("Mã xác nhận").fill(sms_code("0987654321"))
    tab.get_by_role("button", name="Xác nhận").click()

    expect(tab).to_have_url(live_server.url + round_.url)
    expect(tab.get_by_role("status")).to_contain_text("Đăng ký thành công")
    assert Participant.objects.get().phone == "0987654321"

    tab.get_by_role("button", name="Bắt đầu làm bài").click()
    attempt = Attempt.objects.get()
    expect(tab.locator("[data-countdown]")).to_have_text(re.compile(r"^(19:5\d|20:00)$"))
    layout_width = tab.evaluate("document.documentElement.clientWidth")
    assert tab.evaluate("document.documentElement.scrollWidth") <= layout_width

    # Answer the first question; the script saves it, so a reload keeps it.
    choose_right_option(tab, round_, attempt, 0)
    expect(tab.locator("[data-save-status]")).to_contain_text("Đã lưu lên máy chủ lúc")
    tab.reload()
    expect(tab.locator("fieldset.question").first.locator("input:checked")).to_have_count(1)

    for index in range(1, len(attempt.questions)):
        choose_right_option(tab, round_, attempt, index)
    tab.get_by_label(round_.prediction_question).fill("25")
    tab.get_by_role("button", name="Nộp bài").click()

    expect(tab.get_by_role("heading", level=1)).to_have_text(f"Kết quả: {round_.title}")
    attempt.refresh_from_db()
    assert attempt.finish == Attempt.Finish.SUBMITTED and attempt.prediction == 25
    expect(tab.locator("[data-score]")).to_have_text(str(attempt.score))
    assert phone.external_requests == []
    assert phone.failed == []


def test_the_countdown_submits_when_time_is_up(phone, live_server, round_):
    tab = phone.tab
    attempt = sign_in_and_start(tab, live_server, round_)
    # Three seconds left: the server says so on the next load.
    Attempt.objects.filter(pk=attempt.pk).update(
        deadline=timezone.now() + datetime.timedelta(seconds=3)
    )
    tab.reload()
    choose_right_option(tab, round_, attempt, 0)

    expect(tab.get_by_role("heading", level=1)).to_have_text(
        f"Kết quả: {round_.title}", timeout=15_000
    )
    attempt.refresh_from_db()
    assert attempt.finish == Attempt.Finish.SUBMITTED
    assert attempt.correct_count >= 1


def test_a_round_without_javascript(phone_without_js, live_server, round_):
    tab = phone_without_js.tab
    attempt = sign_in_and_start(tab, live_server, round_)

    expect(tab.get_by_text("Hạn nộp bài:")).to_be_visible()
    expect(tab.locator("[data-countdown]")).to_be_hidden()
    choose_right_option(tab, round_, attempt, 0)
    tab.get_by_role("button", name="Lưu bài").click()
    expect(tab.get_by_role("status").first).to_contain_text("Đã lưu các câu trả lời")
    expect(tab.locator("fieldset.question").first.locator("input:checked")).to_have_count(1)
    tab.get_by_role("button", name="Nộp bài").click()

    expect(tab.get_by_role("heading", level=1)).to_have_text(f"Kết quả: {round_.title}")
    attempt.refresh_from_db()
    assert attempt.finish == Attempt.Finish.SUBMITTED and attempt.correct_count == 1
