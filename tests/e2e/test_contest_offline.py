"""A round on a phone that loses its connection: answers are kept on the phone and
reach the server when the connection returns; the server's deadline still rules."""

import datetime
import json
import re

import pytest
from playwright.sync_api import expect

from django.utils import timezone

from quizzes.models import Attempt
from quizzes.taking import GRACE
from tests.e2e.test_contest import choose_right_option, sign_in_and_start
from tests.factories import QuizPageFactory


@pytest.fixture
def round_(live_server, django_db_serialized_rollback):
    return QuizPageFactory(title="Tuần 2", time_limit_minutes=20)


def held_on_phone(tab, attempt):
    """The answers the page keeps in the phone's storage for ``attempt``: {input name:
    [values]}, or None."""
    kept = tab.evaluate(f"window.localStorage.getItem('pbgdpl-bai-thi-{attempt.pk}')")
    return json.loads(kept)["answers"] if kept else None


def answered(attempt):
    """How many questions the server has an answer to."""
    attempt.refresh_from_db()
    return sum(bool(keys) for keys in attempt.answers.values())


def test_answers_given_offline_reach_the_server_when_the_connection_returns(
    phone, live_server, round_
):
    tab = phone.tab
    attempt = sign_in_and_start(tab, live_server, round_)
    status = tab.locator("[data-save-status]")
    banner = tab.get_by_text("Không có mạng", exact=True)
    assert len(attempt.questions) >= 4

    for index in range(2):
        choose_right_option(tab, round_, attempt, index)
    expect(status).to_have_text(re.compile(r"^Đã lưu lên máy chủ lúc \d\d:\d\d:\d\d$"))
    expect(banner).to_be_hidden()

    tab.context.set_offline(True)
    expect(banner).to_be_visible()
    for index in range(2, 4):
        choose_right_option(tab, round_, attempt, index)
    expect(status).to_have_text(
        "Mất kết nối: 2 câu trả lời đang giữ trên điện thoại, sẽ gửi khi có mạng."
    )
    kept = held_on_phone(tab, attempt)
    for item in attempt.questions[:4]:
        assert len(kept[f"q-{item['id']}"]) == 1
    assert answered(attempt) == 2

    tab.context.set_offline(False)
    expect(status).to_have_text(re.compile(r"^Đã gửi lên máy chủ lúc \d\d:\d\d:\d\d$"))
    expect(banner).to_be_hidden()
    assert answered(attempt) == 4
    assert held_on_phone(tab, attempt) is None

    # Submitting without a connection: kept, and made when the connection returns.
    tab.context.set_offline(True)
    tab.get_by_role("button", name="Nộp bài").click()
    expect(status).to_contain_text("Bài sẽ được nộp tự động khi có mạng")
    assert Attempt.objects.get(pk=attempt.pk).finished_at is None
    tab.context.set_offline(False)

    expect(tab.get_by_role("heading", level=1)).to_have_text(f"Kết quả: {round_.title}")
    saved = attempt.answers
    attempt.refresh_from_db()
    assert attempt.finish == Attempt.Finish.SUBMITTED
    assert attempt.answers == saved and answered(attempt) == 4
    assert tab.evaluate("Object.keys(window.localStorage)") == []
    assert phone.external_requests == []


def test_answers_held_past_the_deadline_do_not_count(phone, live_server, round_):
    tab = phone.tab
    attempt = sign_in_and_start(tab, live_server, round_)
    status = tab.locator("[data-save-status]")
    choose_right_option(tab, round_, attempt, 0)
    expect(status).to_contain_text("Đã lưu lên máy chủ lúc")

    tab.context.set_offline(True)
    for index in range(1, 3):
        choose_right_option(tab, round_, attempt, index)
    expect(status).to_contain_text("2 câu trả lời đang giữ trên điện thoại")
    # The server's deadline (and the grace for the countdown's submit) passes while the
    # phone is offline; its countdown, started when the page loaded, is still running.
    past = timezone.now() - GRACE - datetime.timedelta(seconds=5)
    Attempt.objects.filter(pk=attempt.pk).update(
        started_at=past - datetime.timedelta(minutes=20), deadline=past
    )
    tab.context.set_offline(False)

    expect(status).to_contain_text("các câu trả lời gửi sau đó không được tính")
    expect(status).to_contain_text("các câu trả lời đã lưu trước khi hết giờ được tính")
    attempt.refresh_from_db()
    assert attempt.finish == Attempt.Finish.EXPIRED
    assert (answered(attempt), attempt.correct_count) == (1, 1)
    assert held_on_phone(tab, attempt) is None

    status.get_by_role("link", name="Xem kết quả").click()
    expect(tab.get_by_role("heading", level=1)).to_have_text(f"Kết quả: {round_.title}")
    expect(tab.get_by_text("hết giờ, các câu trả lời đã lưu được tính")).to_be_visible()


def test_answers_the_server_did_not_take_are_restored_after_a_reload(phone, live_server, round_):
    tab = phone.tab
    attempt = sign_in_and_start(tab, live_server, round_)
    status = tab.locator("[data-save-status]")
    address = f"**{round_.route_url('attempt', attempt.pk)}"

    def overloaded(route):
        if route.request.method == "POST":
            route.fulfill(status=503, body="Service Unavailable")
        else:
            route.continue_()

    tab.route(address, overloaded)
    for index in range(2):
        choose_right_option(tab, round_, attempt, index)
    expect(status).to_have_text(
        "Máy chủ đang bận: 2 câu trả lời đang giữ trên điện thoại, sẽ tự gửi lại."
    )
    assert answered(attempt) == 0

    # The page is closed or reloaded before a retry got through: the server's page has
    # none of them, the phone has both, and they are newer.
    tab.unroute(address)
    tab.reload()
    expect(status).to_have_text(re.compile(r"^Đã gửi lên máy chủ lúc \d\d:\d\d:\d\d$"))
    for index in range(2):
        expect(tab.locator("fieldset.question").nth(index).locator("input:checked")).to_have_count(
            1
        )
    assert answered(attempt) == 2
    assert held_on_phone(tab, attempt) is None


def test_time_up_while_offline_counts_what_the_server_saved(phone, live_server, round_):
    tab = phone.tab
    attempt = sign_in_and_start(tab, live_server, round_)
    status = tab.locator("[data-save-status]")
    Attempt.objects.filter(pk=attempt.pk).update(
        deadline=timezone.now() + datetime.timedelta(seconds=6)
    )
    tab.reload()
    choose_right_option(tab, round_, attempt, 0)
    expect(status).to_contain_text("Đã lưu lên máy chủ lúc")

    tab.context.set_offline(True)
    choose_right_option(tab, round_, attempt, 1)
    expect(status).to_have_text(
        "Đã hết giờ khi mất kết nối: chỉ các câu trả lời máy chủ đã lưu trước khi hết giờ "
        "được tính. Bài sẽ được nộp khi có mạng.",
        timeout=15_000,
    )
    # Once the time is up no choice changes.
    third = tab.locator("fieldset.question").nth(2)
    third.locator("label.option").first.click()
    expect(third.locator("input:checked")).to_have_count(0)

    tab.context.set_offline(False)
    expect(status).to_contain_text("các câu trả lời gửi sau đó không được tính")
    status.get_by_role("link", name="Xem kết quả").click()

    expect(tab.get_by_role("heading", level=1)).to_have_text(f"Kết quả: {round_.title}")
    attempt.refresh_from_db()
    assert attempt.finished_at is not None
    assert (answered(attempt), attempt.correct_count) == (1, 1)
