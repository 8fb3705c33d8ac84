"""Taking a round through an outage. With Redis out of reach the round goes on and the
rate limits count in each process's memory; with the database out of reach a request
gets 503 with Retry-After, writes nothing, and its retry is answered as the first
request would have been."""

import json

import pytest

from home import rate_limits
from quizzes.models import Attempt, ContestEntry
from quizzes.tokens import token_for
from tests.factories import ParticipantFactory, QuizPageFactory
from tests.outages import database_lost, unreachable_redis


@pytest.fixture
def redis_down(settings):
    settings.CACHES = unreachable_redis()
    rate_limits._process_counters.clear()
    yield
    rate_limits._process_counters.clear()


def bearer(participant):
    return {"HTTP_AUTHORIZATION": f"Bearer {token_for(participant)}"}


def start(client, quiz, participant):
    return client.post(f"/api/contests/rounds/{quiz.pk}/attempts", **bearer(participant))


def save(client, attempt_id, participant, body):
    return client.put(
        f"/api/contests/attempts/{attempt_id}/answers",
        data=json.dumps(body),
        content_type="application/json",
        **bearer(participant),
    )


def submit(client, attempt_id, participant, body=None):
    return client.post(
        f"/api/contests/attempts/{attempt_id}/submit",
        data=json.dumps(body or {}),
        content_type="application/json",
        **bearer(participant),
    )


def inserts_into(table):
    return lambda sql: f'INSERT INTO "{table}"' in sql


def updates(table):
    return lambda sql: sql.startswith("UPDATE") and f'"{table}"' in sql


def test_a_round_is_taken_while_redis_is_out_of_reach(client, redis_down, quiz, person):
    started = start(client, quiz, person)
    assert started.status_code == 200
    attempt_id = started.json()["id"]
    assert save(client, attempt_id, person, {"answers": {}, "prediction": 120}).status_code == 200
    submitted = submit(client, attempt_id, person)
    assert submitted.status_code == 200
    stored = Attempt.objects.get(pk=attempt_id)
    assert stored.finish == "submitted"
    assert stored.prediction == 120
    assert submitted.json()["score"] == stored.score


def test_the_limits_still_hold_in_each_process_while_redis_is_out_of_reach(
    db, client, redis_down, settings
):
    settings.CONTEST_RATE_LIMITS = {"submit": {"ip": "100/m", "account": "2/m"}}
    quiz = QuizPageFactory(attempts_allowed=0)
    participant = ParticipantFactory()
    statuses = []
    for _ in range(3):
        attempt_id = start(client, quiz, participant).json()["id"]
        statuses.append(submit(client, attempt_id, participant).status_code)
    assert statuses == [200, 200, 429]


# Committed for real, as in production: what the lost database rolled back is gone.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_start_that_loses_the_database_writes_nothing_and_its_retry_starts(client, quiz, person):
    # The database goes away as the attempt is written: on SQLite after the contest entry
    # was, in the same transaction; on PostgreSQL in the statement that writes both.
    with database_lost(when=inserts_into(Attempt._meta.db_table)):
        lost = start(client, quiz, person)
    assert lost.status_code == 503
    assert lost["Retry-After"] == "5"
    assert not ContestEntry.objects.exists()
    assert not Attempt.objects.exists()

    retried = start(client, quiz, person)
    assert retried.status_code == 200
    assert list(Attempt.objects.values_list("pk", flat=True)) == [retried.json()["id"]]
    assert start(client, quiz, person).json()["id"] == retried.json()["id"]  # resumed


def test_a_submit_that_loses_the_database_is_scored_once_when_retried(client, quiz, person):
    attempt_id = start(client, quiz, person).json()["id"]
    body = {"answers": {}, "prediction": 7}
    with database_lost(when=updates(Attempt._meta.db_table)):
        lost = submit(client, attempt_id, person, body)
    assert lost.status_code == 503
    assert lost.json()["detail"].startswith("Hệ thống đang tạm gián đoạn")
    assert Attempt.objects.get(pk=attempt_id).finished_at is None

    first = submit(client, attempt_id, person, body)
    assert first.status_code == 200
    finished_at = Attempt.objects.get(pk=attempt_id).finished_at
    again = submit(client, attempt_id, person, body)
    assert again.json() == first.json()
    assert Attempt.objects.get(pk=attempt_id).finished_at == finished_at
