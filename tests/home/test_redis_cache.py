"""The cache on Redis treats an unreachable Redis as an empty cache, and stops asking it
for a while instead of making every request wait for it."""

import pytest
from redis.connection import AbstractConnection

from django.core.cache import cache, caches

from home import redis_cache
from tests.outages import unreachable_redis


@pytest.fixture
def redis_down(settings):
    settings.CACHES = unreachable_redis()


@pytest.fixture
def connection_attempts(monkeypatch):
    attempts = []
    connect = AbstractConnection.connect

    def counted(self):
        attempts.append(self)
        return connect(self)

    monkeypatch.setattr(AbstractConnection, "connect", counted)
    return attempts


def test_reads_miss_and_writes_are_dropped(redis_down):
    cache.set("greeting", "xin chào")
    assert cache.get("greeting") is None
    assert cache.get("greeting", "mặc định") == "mặc định"
    assert cache.get_or_set("answer", lambda: 42) == 42
    assert cache.add("greeting", "xin chào") is False
    assert cache.get_many(["greeting", "answer"]) == {}
    assert cache.set_many({"a": 1}) == []
    assert cache.has_key("greeting") is False
    assert cache.touch("greeting") is False
    assert cache.delete("greeting") is False
    cache.delete_many(["a"])
    with pytest.raises(ValueError, match="not found"):
        cache.incr("counter")  # as for a key that does not exist
    assert cache.clear() is False


def test_after_a_failure_redis_is_left_alone_then_tried_again(
    redis_down, connection_attempts, monkeypatch
):
    now = [1000.0]
    monkeypatch.setattr(redis_cache.time, "monotonic", lambda: now[0])
    for _ in range(10):
        cache.get("greeting")
    assert len(connection_attempts) == 1
    # Another thread's cache object shares the process's breaker.
    caches.create_connection("default").get("greeting")
    assert len(connection_attempts) == 1

    now[0] += redis_cache.OUTAGE_SECONDS
    cache.get("greeting")
    assert len(connection_attempts) == 2
    cache.get("greeting")
    assert len(connection_attempts) == 2  # still down: left alone again


def test_errors_other_than_an_unreachable_redis_are_raised(settings):
    settings.CACHES = unreachable_redis()
    from redis.exceptions import ResponseError

    def wrong_type(client):
        raise ResponseError("WRONGTYPE Operation against a key holding the wrong kind of value")

    with pytest.raises(ResponseError):
        caches["default"].run(wrong_type)
