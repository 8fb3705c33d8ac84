"""Django's Redis cache, for which an unreachable Redis is an empty cache.

Everything the site keeps in Redis can be done without it for a while: rendered
responses and feed fragments are rendered again, the content version is made up per
process, and the rate limits count in each process's memory
(``home/rate_limits.py``). So while Redis does not answer, reads miss and writes are
dropped, instead of failing the request: a cache outage must not refuse a contest
round.

A request must not wait for a dead Redis either. After a connection error or a
timeout, the process stops asking Redis for ``OUTAGE_SECONDS`` (a circuit breaker
shared by its threads), then tries again; the socket timeouts in the cache's
``OPTIONS`` bound what the first failing call waits.
"""

import logging
import threading
import time

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from django.core.cache.backends.redis import RedisCache, RedisCacheClient

logger = logging.getLogger(__name__)

# Seconds without a call to Redis after it failed to answer.
OUTAGE_SECONDS = 5
# A Redis that refuses or times out (BusyLoadingError, a restarted Redis loading its
# data, is a ConnectionError too). Any other error is a bug and is raised.
UNREACHABLE = (RedisConnectionError, RedisTimeoutError)


class Breaker:
    """Open (calls skipped) for ``seconds`` after a failure, then closed again: the next
    call tries Redis, and a new failure opens it again."""

    def __init__(self, seconds):
        self.seconds = seconds
        self.open_until = 0.0

    @property
    def is_open(self):
        return time.monotonic() < self.open_until

    def trip(self, location, error):
        if not self.is_open:
            logger.warning(
                "Redis at %s does not answer (%s); the cache is off for %s s",
                location,
                error,
                self.seconds,
            )
        self.open_until = time.monotonic() + self.seconds


# One breaker per Redis location and process: Django makes a cache object per thread,
# and one thread's failure spares the others the wait.
_breakers = {}
_breakers_lock = threading.Lock()


def breaker_for(location):
    with _breakers_lock:
        return _breakers.setdefault(location, Breaker(OUTAGE_SECONDS))


class ResilientRedisCacheClient(RedisCacheClient):
    """Each operation answers a miss (or does nothing) while Redis is unreachable."""

    def __init__(self, servers, **options):
        super().__init__(servers, **options)
        self.breaker = breaker_for(servers[0])
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        # One client per connection pool, kept: Django's builds one for every call.
        pool = self._get_connection_pool(write)
        client = self._clients.get(pool)
        if client is None:
            client = self._clients[pool] = self._client(connection_pool=pool)
        return client

    def guarded(self, operation, *args, miss=None):
        """``operation(*args)``, or ``miss`` when Redis is unreachable (now, or lately:
        the breaker is open)."""
        if self.breaker.is_open:
            return miss
        try:
            return operation(*args)
        except UNREACHABLE as error:
            self.breaker.trip(self._servers[0], error)
            return miss

    def add(self, key, value, timeout):
        return self.guarded(super().add, key, value, timeout, miss=False)

    def get(self, key, default):
        return self.guarded(super().get, key, default, miss=default)

    def set(self, key, value, timeout):
        self.guarded(super().set, key, value, timeout)

    def touch(self, key, timeout):
        return self.guarded(super().touch, key, timeout, miss=False)

    def delete(self, key):
        return self.guarded(super().delete, key, miss=False)

    def get_many(self, keys):
        return self.guarded(super().get_many, keys, miss={})

    def has_key(self, key):
        return self.guarded(super().has_key, key, miss=False)

    def incr(self, key, delta):
        missing = object()
        value = self.guarded(super().incr, key, delta, miss=missing)
        if value is missing:
            raise ValueError(f"Key '{key}' not found.")  # as for a key that expired
        return value

    def set_many(self, data, timeout):
        self.guarded(super().set_many, data, timeout)

    def delete_many(self, keys):
        self.guarded(super().delete_many, keys)

    def clear(self):
        return self.guarded(super().clear, miss=False)


class ResilientRedisCache(RedisCache):
    """``django.core.cache.backends.redis.RedisCache`` that treats an unreachable Redis
    as an empty cache (see the module's docstring)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ResilientRedisCacheClient

    def run(self, operation, miss=None):
        """``operation(client)`` on a client of the Redis written to, for what the cache
        API cannot say (a pipeline); ``miss`` when Redis is unreachable."""
        client = self._cache
        return client.guarded(lambda: operation(client.get_client(write=True)), miss=miss)
