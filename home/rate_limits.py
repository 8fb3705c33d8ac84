"""Rate limits per client address and per person, counted in the shared cache (Redis in
production, so every worker counts together). The contests (``quizzes.limits``) and the
legal questions (``qa.asking``) each bind a ``RateLimits`` to their own settings.

A limit is a fixed window counted atomically, so concurrent requests cannot slip past
it. A request's limits (its address's and its person's) are counted together: with
Redis as the cache, in one round trip (a script that adds one to each counter and sets
its expiry when it is new), on a client kept per process. The busiest requests count on
every call, and going through the cache API would cost two round trips per limit.

The rates are a dict in the settings, {action: {per: "N/period"}}, periods s, m, h or d;
``per`` names what is counted ("ip" for the client address, "account", "contact", ...).
Address limits are generous, because a commune hall or an office puts many people
behind one address.

While Redis is unreachable, each process counts in its own memory: the limits still
hold, per process, so they are looser by the number of processes (never stricter), and
a cache outage refuses no one (docs/contests.md, "Outages").
"""

import ipaddress
import time

from ninja.throttling import BaseThrottle
from redis.commands.core import Script

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache

from home.client_ip import client_ip
from home.redis_cache import ResilientRedisCache

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
# Adds one to each counter (KEYS), which expires ARGV's seconds after its first count;
# their new counts. One command, where a pipeline sent an INCR and an EXPIRE per counter
# and read back twice the replies; the expiry is set once, when the counter is new.
_COUNT_SCRIPT = Script(
    None,  # run with the client given on each call
    b"""
    local counts = {}
    for i, key in ipairs(KEYS) do
        counts[i] = redis.call("INCR", key)
        if counts[i] == 1 then
            redis.call("EXPIRE", key, ARGV[i])
        end
    end
    return counts
    """,
)
# Where the counters go while Redis does not answer.
_process_counters = LocMemCache("rate-limits", {"OPTIONS": {"MAX_ENTRIES": 100_000}})


def parse_rate(rate):
    """(count, seconds) of ``"N/period"``; None for an empty rate (no limit)."""
    if not rate:
        return None
    count, period = rate.split("/")
    return int(count), PERIODS[period[0]]


class RateLimits:
    """The limits of one family of actions: ``setting`` names the settings' dict of
    rates (read on each call, so tests and deployments may change it), ``prefix`` the
    cache keys its counters live under."""

    def __init__(self, setting, prefix):
        self.setting = setting
        self.prefix = prefix

    def rates(self, action):
        return getattr(settings, self.setting).get(action, {})

    def rate(self, action, per):
        return parse_rate(self.rates(action).get(per))

    def within(self, action, idents):
        """Count one request of ``action`` against its limit for each of ``idents``
        ({per: identity}, None where there is none); False when it goes over any."""
        counted = []
        for per, ident in idents.items():
            rate = self.rate(action, per)
            if rate is not None and ident is not None:
                count, seconds = rate
                window = int(time.time() // seconds)
                key = f"{self.prefix}:{action}:{per}:{ident}:{window}"
                counted.append((key, seconds + 1, count))
        if not counted:
            return True
        totals = count_all([(key, expires) for key, expires, _ in counted])
        return all(total <= limit for total, (_, _, limit) in zip(totals, counted, strict=True))

    def hit(self, action, per, ident):
        """Count one request of ``ident``; False when it goes over the limit."""
        return self.within(action, {per: ident})

    def seconds_left(self, action, per):
        """Seconds until the current window of ``action``'s limit ``per`` ends (when a
        refused request may try again); None when it has no limit."""
        rate = self.rate(action, per)
        if rate is None:
            return None
        seconds = rate[1]
        return max(1, int(seconds - time.time() % seconds))

    def retry_after(self, action, per=None):
        """Seconds until the window of ``action``'s limit ``per`` ends (by default, of
        the longest of its limits); None when it has none."""
        pers = [per] if per else list(self.rates(action))
        periods = [rate[1] for rate in (self.rate(action, name) for name in pers) if rate]
        return max(periods, default=None)


def count_all(counters):
    """Add one to each of ``counters`` ([(key, seconds to live when created)]); their
    new counts."""
    shared = caches["default"]
    if isinstance(shared, ResilientRedisCache):
        counts = shared.run(lambda client: _count_in_redis(client, shared, counters))
        if counts is not None:
            return counts
        shared = _process_counters
    return [_count_in_cache(shared, key, expires) for key, expires in counters]


def _count_in_redis(client, shared, counters):
    # The cache's prefix: the counters live beside its keys.
    keys = [shared.make_key(key) for key, _ in counters]
    return _COUNT_SCRIPT(keys, [expires for _, expires in counters], client)


def _count_in_cache(store, key, expires):
    store.add(key, 0, expires)
    try:
        return store.incr(key)
    except ValueError:  # the counter expired between add and incr
        store.set(key, 1, expires)
        return 1


def address_counted(request):
    """The key a request's address is counted under: the client's address
    (``home.client_ip``), its /64 network for IPv6, since one subscriber holds a whole
    /64 and could otherwise take a fresh address for every request; requests whose
    address is unknown share one counter rather than escaping the limit."""
    address = client_ip(request)
    if address is None:
        return "unknown"
    if ":" in address:
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return address


class AddressThrottle(BaseThrottle):
    """A ninja throttle counting ``action`` of ``limits`` per client address. It keeps
    no state between requests: a refusal's Retry-After is the longest window."""

    def __init__(self, limits, action):
        self.limits = limits
        self.action = action

    def get_ident(self, request):
        return address_counted(request)

    def idents(self, request):
        return {"ip": self.get_ident(request)}

    def allow_request(self, request):
        return self.limits.within(self.action, self.idents(request))

    def wait(self):
        return self.limits.retry_after(self.action)
