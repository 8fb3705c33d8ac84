"""Rate limits on registering, signing in, starting, saving and submitting, per client IP
and per account, counted in the shared cache (Redis in production, so every worker
counts together).

A limit is a fixed window counted atomically, so concurrent requests cannot slip past
it. A request's limits (its address's and its account's) are counted together: with
Redis as the cache, in one round trip (a script that adds one to each counter and sets
its expiry when it is new), on a client kept per process. Saving and submitting count
on every request, and going through the cache API would cost two round trips per limit.
The rates are ``settings.CONTEST_RATE_LIMITS``:
{action: {"ip": "N/period", "account": "N/period"}}, periods s, m, h or d. IP limits
are generous, because a commune hall or an office puts many people behind one address.

While Redis is unreachable, each process counts in its own memory: the limits still
hold, per process, so they are looser by the number of processes (never stricter), and
a cache outage refuses no one a round (docs/contests.md, "Outages").
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
_process_counters = LocMemCache("contest-limits", {"OPTIONS": {"MAX_ENTRIES": 100_000}})


def _rate(action, per):
    rate = settings.CONTEST_RATE_LIMITS.get(action, {}).get(per)
    if not rate:
        return None
    count, period = rate.split("/")
    return int(count), PERIODS[period[0]]


def within(action, idents):
    """Count one request of ``action`` against its limit for each of ``idents``
    ({"ip": address, "account": id or phone}; None where there is none); False when it
    goes over any of them."""
    counted = []
    for per, ident in idents.items():
        rate = _rate(action, per)
        if rate is not None and ident is not None:
            count, seconds = rate
            key = f"contest-limit:{action}:{per}:{ident}:{int(time.time() // seconds)}"
            counted.append((key, seconds + 1, count))
    if not counted:
        return True
    totals = _count([(key, expires) for key, expires, _ in counted])
    return all(total <= count for total, (_, _, count) in zip(totals, counted, strict=True))


def hit(action, per, ident):
    """Count one request of ``ident`` (an IP address, an account id or a phone number);
    False when it goes over the limit."""
    return within(action, {per: ident})


def retry_after(action, per=None):
    """Seconds until the window of ``action``'s limit ``per`` ends (by default, of the
    longest of its limits)."""
    pers = [per] if per else ["ip", "account"]
    periods = [rate[1] for rate in (_rate(action, name) for name in pers) if rate]
    return max(periods, default=None)


def _count(counters):
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


class Limits(BaseThrottle):
    """A ninja throttle for ``action``, per client IP and per signed-in participant. It
    keeps no state between requests: a refusal's Retry-After is the longest window."""

    def __init__(self, action):
        self.action = action

    def get_ident(self, request):
        return address_counted(request)

    def allow_request(self, request):
        participant = getattr(request, "auth", None)
        return within(
            self.action,
            {"ip": self.get_ident(request), "account": getattr(participant, "pk", None)},
        )

    def wait(self):
        return retry_after(self.action)


def allow(request, action, participant=None):
    """For the contest pages: count one ``action`` from the request's address and, when
    signed in, from the participant; False when either goes over its limit."""
    return within(
        action,
        {
            "ip": address_counted(request),
            "account": participant.pk if participant else None,
        },
    )


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


def client_of(request):
    """(address, device) as recorded for the suspicious-activity report: the client's
    address as ``home.client_ip`` vouches for it, or None."""
    return client_ip(request), request.headers.get("User-Agent", "")
