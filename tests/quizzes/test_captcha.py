"""CAPTCHA challenges are rows: handed out at a limited rate per address, and the
expired ones cleaned up by the scheduler."""

import datetime
from pathlib import Path

import pytest
from captcha.models import CaptchaStore

from django.core.management import call_command
from django.utils import timezone

ROOT = Path(__file__).resolve().parents[2]
REFRESH = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}


@pytest.fixture
def three_an_hour(settings):
    settings.CONTEST_RATE_LIMITS = {**settings.CONTEST_RATE_LIMITS, "captcha": {"ip": "3/h"}}


def test_the_api_hands_out_challenges_at_a_limited_rate_per_address(db, client, three_an_hour):
    statuses = [client.get("/api/contests/captcha").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    refused = client.get("/api/contests/captcha")
    assert refused["Retry-After"] == "3600"
    assert "Quá nhiều yêu cầu" in refused.json()["detail"]
    assert CaptchaStore.objects.count() == 3

    elsewhere = client.get("/api/contests/captcha", REMOTE_ADDR="10.0.0.9")
    assert elsewhere.status_code == 200


def test_new_images_on_the_registration_page_are_limited_too(db, client, three_an_hour):
    client.get("/api/contests/captcha")
    statuses = [client.get("/captcha/refresh/", **REFRESH).status_code for _ in range(3)]
    # One limit for every way of getting a challenge from the address.
    assert statuses == [200, 200, 429]
    refused = client.get("/captcha/refresh/", **REFRESH)
    assert refused["Retry-After"] == "3600"
    assert refused.json()["detail"] == "Quá nhiều yêu cầu mã xác nhận; hãy thử lại sau ít phút."
    assert CaptchaStore.objects.count() == 3


def test_the_default_limit_leaves_room_for_a_hall_registering_at_its_limit(settings):
    limits = settings.CONTEST_RATE_LIMITS
    challenges, per_challenges = limits["captcha"]["ip"].split("/")
    registrations, per_registrations = limits["register"]["ip"].split("/")
    assert per_challenges == per_registrations
    assert int(challenges) >= 3 * int(registrations)


def test_captcha_clean_removes_only_expired_challenges(db):
    expired = CaptchaStore.objects.get(hashkey=CaptchaStore.generate_key())
    expired.expiration = timezone.now() - datetime.timedelta(minutes=1)
    expired.save()
    live = CaptchaStore.generate_key()
    call_command("captcha_clean", verbosity=0)
    assert list(CaptchaStore.objects.values_list("hashkey", flat=True)) == [live]


@pytest.mark.parametrize(
    "schedule",
    ["docker-compose.yml", "README.md", "docs/operations.md"],
)
def test_the_scheduler_cleans_expired_challenges(schedule):
    runs = "manage.py captcha_clean" in (ROOT / schedule).read_text()
    assert runs, f"{schedule} never runs captcha_clean"


@pytest.mark.parametrize("route", ["register", "forgot_password"])
def test_pages_showing_a_captcha_are_limited_too(db, client, three_an_hour, quiz, route):
    """Each render of these pages draws a challenge (a row) for its CAPTCHA field."""
    url = quiz.get_parent().specific.route_url(route)
    statuses = [client.get(url).status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    refused = client.get(url)
    assert refused["Retry-After"] == "3600"
    assert "Quá nhiều yêu cầu mã xác nhận" in refused.content.decode()
    assert CaptchaStore.objects.count() == 3
