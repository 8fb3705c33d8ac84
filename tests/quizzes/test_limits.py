"""Rate limits per client IP and per account, counted in the shared cache."""

import json
import os
import time

import pytest
import redis

from django.core.cache import cache

from quizzes.limits import hit
from tests.factories import ParticipantFactory, QuizPageFactory, UnitFactory
from tests.quizzes.test_contest_api import register


@pytest.fixture
def tight_limits(settings):
    settings.CONTEST_RATE_LIMITS = {
        "register": {"ip": "2/h"},
        "sign_in": {"ip": "100/h", "account": "3/h"},
        "start": {"ip": "100/m", "account": "100/m"},
        "submit": {"ip": "100/m", "account": "2/m"},
    }


def test_a_counter_allows_the_rate_and_refuses_the_rest(db, tight_limits):
    assert [hit("sign_in", "account", "0912345678") for _ in range(4)] == [True] * 3 + [False]
    assert hit("sign_in", "account", "0987654321")  # each account counts alone
    assert hit("save", "account", "x")  # an action without a limit is never refused


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="the counters are in Redis only then")
def test_counters_in_redis_are_the_caches_keys_and_expire_with_their_window(
    db, tight_limits, monkeypatch
):
    now = time.time()
    monkeypatch.setattr("home.rate_limits.time.time", lambda: now)  # one window for all hits
    for _ in range(2):
        hit("submit", "account", 7)
    key = f"contest-limit:submit:account:7:{int(now // 60)}"
    assert cache.get(key) == 2  # under the cache's prefix, readable through it
    ttl = redis.Redis.from_url(os.environ["REDIS_URL"]).ttl(cache.make_key(key))
    assert 0 < ttl <= 61


def test_registrations_from_one_address_are_limited(db, client, tight_limits):
    unit = UnitFactory()
    statuses = [
        register(client, unit, phone=f"091234567{n}", cccd="").status_code for n in range(3)
    ]
    assert statuses == [201, 201, 429]
    refused = register(client, unit, phone="0912345679", cccd="")
    assert "Quá nhiều yêu cầu" in refused.json()["detail"]
    assert refused["Retry-After"] == "3600"
    other_address = register(client, unit, phone="0912345679", cccd="", REMOTE_ADDR="10.0.0.9")
    assert other_address.status_code == 201


def test_password_guessing_on_one_account_is_limited_from_any_address(db, client, tight_limits):
    ParticipantFactory(phone="0912345678")
    statuses = [
        client.post(
            "/api/contests/token",
            data=json.dumps({"phone": "0912345678", "password": "doan-mo-123"}),
            content_type="application/json",
            REMOTE_ADDR=f"10.0.0.{n}",
        ).status_code
        for n in range(4)
    ]
    assert statuses == [401, 401, 401, 429]


def test_submits_are_limited_per_account(db, client, tight_limits):
    from quizzes.tokens import token_for

    quiz = QuizPageFactory(attempts_allowed=0)
    token = token_for(ParticipantFactory())
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    statuses = []
    for _ in range(3):
        attempt = client.post(f"/api/contests/rounds/{quiz.pk}/attempts", **auth).json()
        statuses.append(
            client.post(
                f"/api/contests/attempts/{attempt['id']}/submit",
                data="{}",
                content_type="application/json",
                **auth,
            ).status_code
        )
    assert statuses == [200, 200, 429]
