"""Participants' accounts through the API: registering with a code sent by SMS,
forgotten passwords, signing out and changing the password; and what a stranger can
learn about a number (nothing)."""

import datetime
import io

import pytest

from django.contrib.auth.hashers import identify_hasher
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from quizzes.models import Participant, PhoneVerification
from tests.factories import ParticipantFactory, UnitFactory
from tests.quizzes.conftest import sms_code
from tests.quizzes.test_contest_api import (
    REGISTRATION,
    captcha,
    post,
    register,
    request_registration,
)

PHONE = "0912345678"
PASSWORD = "Hoc-luat-2026"

pytestmark = pytest.mark.django_db


@pytest.fixture
def unit(db):
    return UnitFactory()


def confirm(client, sent, code):
    body = {"verification": sent.json()["verification"], "code": code}
    return post(client, "/api/contests/participants/confirm", body)


def request_reset(client, phone=PHONE, **extra):
    return post(
        client, "/api/contests/password-reset", {"phone": phone, **captcha(client)}, **extra
    )


def me(client, token):
    return client.get("/api/contests/me", HTTP_AUTHORIZATION=f"Bearer {token}")


def shape(response):
    """What a 202 tells the caller, but for its random key and the number it names."""
    body = dict(response.json())
    masked = body.pop("sent_to")
    del body["verification"]
    return response.status_code, {
        key: str(value).replace(masked, "…") for key, value in body.items()
    }


class TestRegistering:
    def test_the_account_is_made_when_the_code_comes_back(self, client, unit, sms_outbox):
        sent = request_registration(client, unit)

        assert sent.status_code == 202
        assert sent.json()["sent_to"] == "09•••••678" and sent.json()["expires_in"] == 600
        assert not Participant.objects.exists()
        assert [message.to for message in sms_outbox] == [PHONE]
        wrong = confirm(client, sent, "000000" if sms_code(PHONE) != "000000" else "111111")
        assert wrong.status_code == 400 and "còn 4 lần" in wrong.json()["detail"]

        created = confirm(client, sent, sms_code(PHONE))

        assert created.status_code == 201
        assert me(client, created.json()["token"]).json()["phone"] == PHONE
        assert Participant.objects.get().check_password(PASSWORD)
        again = confirm(client, sent, sms_code(PHONE))  # a code makes one account
        assert again.status_code == 400 and Participant.objects.count() == 1

    def test_a_registered_number_is_answered_as_a_new_one(self, client, unit, sms_outbox):
        ParticipantFactory(phone=PHONE)
        new = request_registration(client, unit, phone="0987654321")
        taken = request_registration(client, unit, phone=PHONE)

        assert taken.json()["sent_to"] == "09•••••678"
        assert shape(taken) == shape(new)
        # Its owner learns that someone tried, and how to get back in; no code is sent.
        notice = [message.body for message in sms_outbox if message.to == PHONE]
        assert len(notice) == 1 and "Quen mat khau" in notice[0]
        assert sms_code(PHONE) is None
        # The stranger's password was hashed all the same: the same work either way.
        for pending in PhoneVerification.objects.all():
            assert identify_hasher(pending.password)
        # Any code fails exactly as a wrong code does, try after try.
        refusals = [
            [confirm(client, sent, "123456").json()["detail"] for _ in range(6)]
            for sent in (new, taken)
        ]
        assert refusals[0] == refusals[1]
        assert refusals[0][0] == "Mã xác nhận không đúng; còn 4 lần nhập."
        assert "hết hạn" in refusals[0][-1]
        assert Participant.objects.count() == 1

    def test_a_code_lasts_ten_minutes_and_five_tries(self, client, unit):
        sent = request_registration(client, unit)
        code = sms_code(PHONE)
        for _ in range(5):
            confirm(client, sent, "99999" + ("9" if code[-1] != "9" else "8"))

        assert confirm(client, sent, code).status_code == 400

        sent = request_registration(client, unit)
        PhoneVerification.objects.update(expires_at=timezone.now())
        refused = confirm(client, sent, sms_code(PHONE))
        assert refused.status_code == 400 and "hết hạn" in refused.json()["detail"]
        assert not Participant.objects.exists()

    def test_a_waiting_registration_holds_no_plain_personal_data(self, client, unit, settings):
        settings.PERSONAL_DATA_KEY = "old-secret"
        request_registration(client, unit)
        with connection.cursor() as cursor:
            cursor.execute("SELECT details, password, code_hash FROM quizzes_phoneverification")
            stored = str(cursor.fetchall())
        for typed in ("cccd", "password", "email"):
            assert REGISTRATION[typed] not in stored
        assert "Nguyễn" not in stored
        assert sms_code(PHONE) not in stored
        # A new key re-encrypts it too.
        settings.PERSONAL_DATA_KEY = "new-secret"
        settings.PERSONAL_DATA_PREVIOUS_KEYS = ["old-secret"]
        call_command("rotate_personal_data_key", stdout=io.StringIO())
        settings.PERSONAL_DATA_PREVIOUS_KEYS = []
        assert REGISTRATION["cccd"] in PhoneVerification.objects.get().details

    def test_expired_requests_are_cleared_by_the_scheduler(self, client, unit):
        request_registration(client, unit)
        request_registration(client, unit, phone="0987654321")
        PhoneVerification.objects.filter(phone=PHONE).update(
            expires_at=timezone.now() - datetime.timedelta(seconds=1)
        )

        call_command("clear_expired_verifications")

        assert list(PhoneVerification.objects.values_list("phone", flat=True)) == ["0987654321"]


class TestCodesCostMoney:
    @pytest.fixture
    def tight(self, settings):
        settings.CONTEST_RATE_LIMITS = {"send_code": {"ip": "3/h", "account": "2/h"}}

    def test_codes_to_one_number_are_limited_from_any_address(
        self, client, unit, tight, sms_outbox
    ):
        ParticipantFactory(phone="0987654321")  # counted alike, registered or not
        for phone in (PHONE, "0987654321"):
            statuses = [
                request_registration(client, unit, phone=phone, REMOTE_ADDR=f"10.0.0.{n}")
                for n in range(3)
            ]
            assert [response.status_code for response in statuses] == [202, 202, 429]
        assert len(sms_outbox) == 4
        reset = request_reset(client, REMOTE_ADDR="10.0.0.9")
        assert reset.status_code == 429 and len(sms_outbox) == 4

    def test_codes_from_one_address_are_limited(self, client, unit, tight, sms_outbox):
        statuses = [
            request_registration(client, unit, phone=f"091234567{n}").status_code for n in range(4)
        ]
        assert statuses == [202, 202, 202, 429]
        assert len(sms_outbox) == 3


class TestForgottenPassword:
    def test_a_code_sets_a_new_password_and_signs_out_every_device(self, client, unit):
        old_token = register(client, unit).json()["token"]
        sent = request_reset(client)
        assert sent.status_code == 202 and sms_code(PHONE)

        body = {
            "verification": sent.json()["verification"],
            "code": sms_code(PHONE),
            "new_password": "Mat-khau-moi-2026",
        }
        reset = post(client, "/api/contests/password-reset/confirm", body)

        assert reset.status_code == 200
        assert me(client, reset.json()["token"]).status_code == 200
        assert me(client, old_token).status_code == 401
        signed = post(client, "/api/contests/token", {"phone": PHONE, "password": PASSWORD})
        assert signed.status_code == 401
        assert Participant.objects.get().check_password("Mat-khau-moi-2026")

    def test_a_weak_password_is_refused_before_the_code_is_spent(self, client):
        ParticipantFactory(phone=PHONE, password=PASSWORD)
        sent = request_reset(client)
        body = {"verification": sent.json()["verification"], "code": sms_code(PHONE)}

        weak = post(
            client, "/api/contests/password-reset/confirm", {**body, "new_password": "12345678"}
        )
        assert weak.status_code == 400 and "mật khẩu" in weak.json()["detail"].lower()
        strong = {**body, "new_password": "Mat-khau-moi-2026"}
        assert post(client, "/api/contests/password-reset/confirm", strong).status_code == 200

    def test_an_unregistered_number_is_answered_as_a_registered_one(self, client, sms_outbox):
        ParticipantFactory(phone=PHONE)
        known, unknown = request_reset(client), request_reset(client, phone="0987654321")

        assert shape(unknown) == shape(known)
        notice = [message.body for message in sms_outbox if message.to == "0987654321"]
        assert len(notice) == 1 and "chua dang ky" in notice[0]
        body = {
            "verification": unknown.json()["verification"],
            "code": "123456",
            "new_password": "Mat-khau-moi-2026",
        }
        refused = post(client, "/api/contests/password-reset/confirm", body)
        assert refused.json()["detail"] == "Mã xác nhận không đúng; còn 4 lần nhập."
        assert not Participant.objects.filter(phone="0987654321").exists()


class TestSigningOutAndNewPasswords:
    def test_signing_out_revokes_every_token(self, client):
        ParticipantFactory(phone=PHONE, password=PASSWORD)
        tokens = [
            post(client, "/api/contests/token", {"phone": PHONE, "password": PASSWORD}).json()[
                "token"
            ]
            for _ in range(2)
        ]
        out = client.delete("/api/contests/token", HTTP_AUTHORIZATION=f"Bearer {tokens[0]}")

        assert out.status_code == 204
        assert [me(client, token).status_code for token in tokens] == [401, 401]
        assert client.delete("/api/contests/token").status_code == 401

    def test_a_new_password_signs_every_other_device_out(self, client):
        ParticipantFactory(phone=PHONE, password=PASSWORD)
        signed = post(client, "/api/contests/token", {"phone": PHONE, "password": PASSWORD})
        token = signed.json()["token"]
        url = "/api/contests/me/password"
        wrong = post(
            client, url, {"old_password": "sai", "new_password": "Mat-khau-moi-2026"}, token, "put"
        )
        assert wrong.status_code == 400 and "hiện tại" in wrong.json()["detail"]
        weak = post(client, url, {"old_password": PASSWORD, "new_password": PHONE}, token, "put")
        assert weak.status_code == 400

        changed = post(
            client,
            url,
            {"old_password": PASSWORD, "new_password": "Mat-khau-moi-2026"},
            token,
            "put",
        )

        assert changed.status_code == 200
        assert me(client, token).status_code == 401
        assert me(client, changed.json()["token"]).status_code == 200
        again = {"phone": PHONE, "password": "Mat-khau-moi-2026"}
        assert post(client, "/api/contests/token", again).status_code == 200

    def test_both_are_limited_per_account(self, client, settings):
        settings.CONTEST_RATE_LIMITS = {
            "change_password": {"account": "1/h"},
            "sign_out": {"account": "1/h"},
        }
        ParticipantFactory(phone=PHONE, password=PASSWORD)
        token = post(client, "/api/contests/token", {"phone": PHONE, "password": PASSWORD}).json()[
            "token"
        ]
        url = "/api/contests/me/password"
        guesses = [
            post(client, url, {"old_password": f"doan-{n}", "new_password": "x" * 12}, token, "put")
            for n in range(2)
        ]
        assert [response.status_code for response in guesses] == [400, 429]
        assert (
            client.delete("/api/contests/token", HTTP_AUTHORIZATION=f"Bearer {token}").status_code
            == 204
        )
