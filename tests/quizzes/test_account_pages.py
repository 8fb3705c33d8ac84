"""The participant's account on the contest pages: registering an existing number,
a forgotten password, changing it, signing out here or everywhere."""

import pytest
from captcha.models import CaptchaStore

from django.test import Client

from quizzes.models import Participant
from quizzes.site_views import SESSION_KEY
from tests.factories import ParticipantFactory, QuizPageFactory, UnitFactory
from tests.quizzes.conftest import sms_code
from tests.quizzes.test_contest_pages import registration

PHONE = "0912345678"
PASSWORD = "mat-khau-du-thi"
NEW_PASSWORD = "Mat-khau-moi-2026"


@pytest.fixture
def quiz(db):
    return QuizPageFactory()


@pytest.fixture
def contest(quiz):
    return quiz.get_parent().specific


@pytest.fixture
def participant(db):
    return ParticipantFactory(phone=PHONE, password=PASSWORD)


def signed_in_client(contest, password=PASSWORD):
    browser = Client()
    response = browser.post(contest.route_url("sign_in"), {"phone": PHONE, "password": password})
    assert response.status_code == 302
    return browser


def is_signed_in(browser, quiz):
    return "Bắt đầu làm bài" in browser.get(quiz.url).content.decode()


def captcha_fields(browser, url):
    key = browser.get(url).context["form"]["captcha"].field.widget._key
    return {"captcha_0": key, "captcha_1": CaptchaStore.objects.get(hashkey=key).response}


def test_registering_a_registered_number_looks_like_any_registration(
    client, contest, participant, sms_outbox
):
    data = registration(client, contest, UnitFactory(), phone=PHONE)

    response = client.post(contest.route_url("register"), data)

    assert response["Location"].startswith(contest.route_url("confirm"))
    assert "09•••••678" in client.get(response["Location"]).content.decode()
    assert sms_code(PHONE) is None and "Quen mat khau" in sms_outbox[0].body
    typed = client.post(response["Location"], {"code": "123456"}).content.decode()
    assert "Mã xác nhận không đúng; còn 4 lần nhập." in typed
    assert SESSION_KEY not in client.session


def test_the_code_page_needs_a_registration_waiting(client, contest):
    response = client.get(contest.route_url("confirm"), follow=True)

    assert response.redirect_chain[-1][0] == contest.route_url("register")
    assert "hãy yêu cầu mã mới" in response.content.decode()


def test_a_forgotten_password_is_reset_with_a_code(client, contest, quiz, participant):
    elsewhere = signed_in_client(contest)
    page = client.get(contest.route_url("sign_in")).content.decode()
    assert contest.route_url("forgot_password") in page
    url = contest.route_url("forgot_password")

    sent = client.post(url, {"phone": "0912 345 678", **captcha_fields(client, url)})

    assert sent["Location"] == contest.route_url("reset_password")
    form = client.get(sent["Location"]).content.decode()
    assert "09•••••678" in form and 'autocomplete="one-time-code"' in form
    mismatch = {"code": sms_code(PHONE), "new_password": NEW_PASSWORD}
    refused = client.post(sent["Location"], {**mismatch, "new_password_again": "khac"})
    assert "không khớp" in refused.content.decode()

    done = client.post(sent["Location"], {**mismatch, "new_password_again": NEW_PASSWORD})

    assert done["Location"] == contest.url
    assert is_signed_in(client, quiz) and not is_signed_in(elsewhere, quiz)
    assert Participant.objects.get().check_password(NEW_PASSWORD)


def test_changing_the_password_keeps_this_browser_and_signs_out_the_others(
    contest, quiz, participant
):
    here, elsewhere = signed_in_client(contest), signed_in_client(contest)
    url = contest.route_url("change_password")
    assert url in here.get(contest.url).content.decode()
    wrong = here.post(
        url,
        {
            "old_password": "sai",
            "new_password": NEW_PASSWORD,
            "new_password_again": NEW_PASSWORD,
        },
    )
    assert "Mật khẩu hiện tại không đúng." in wrong.content.decode()

    done = here.post(
        url,
        {
            "old_password": PASSWORD,
            "new_password": NEW_PASSWORD,
            "new_password_again": NEW_PASSWORD,
        },
    )

    assert done["Location"] == contest.url
    assert is_signed_in(here, quiz) and not is_signed_in(elsewhere, quiz)
    signed_in_client(contest, NEW_PASSWORD)


def test_the_password_page_asks_a_visitor_to_sign_in(client, contest):
    response = client.get(contest.route_url("change_password"))

    assert response["Location"].startswith(contest.route_url("sign_in") + "?next=")


def test_signing_out_ends_this_session_only(contest, quiz, participant):
    here, elsewhere = signed_in_client(contest), signed_in_client(contest)

    here.post(contest.route_url("sign_out"))

    assert not is_signed_in(here, quiz) and is_signed_in(elsewhere, quiz)


def test_signing_out_everywhere_revokes_every_session(contest, quiz, participant):
    here, elsewhere = signed_in_client(contest), signed_in_client(contest)
    page = here.get(contest.route_url("change_password")).content.decode()
    assert contest.route_url("sign_out_everywhere") in page
    assert here.get(contest.route_url("sign_out_everywhere")).status_code == 405

    here.post(contest.route_url("sign_out_everywhere"))

    assert not is_signed_in(here, quiz) and not is_signed_in(elsewhere, quiz)


def test_changing_the_password_is_rate_limited(contest, participant, settings):
    settings.CONTEST_RATE_LIMITS = {"change_password": {"account": "1/h"}}
    here = signed_in_client(contest)
    guess = {"old_password": "x", "new_password": NEW_PASSWORD, "new_password_again": NEW_PASSWORD}
    here.post(contest.route_url("change_password"), guess)

    response = here.post(contest.route_url("change_password"), guess)

    assert "thao tác quá nhiều lần" in response.content.decode()
