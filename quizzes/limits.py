"""Rate limits on registering, signing in, starting, saving and submitting, per client IP
and per account, counted in the shared cache (Redis in production, so every worker
counts together).

A limit is a fixed window: ``cache.add`` opens the window's counter and ``cache.incr``
counts atomically, so concurrent requests cannot slip past it. The rates are
``settings.CONTEST_RATE_LIMITS``: {action: {"ip": "N/period", "account": "N/period"}},
periods s, m, h or d. IP limits are generous, because a commune hall or an office puts
many people behind one address.
"""

import ipaddress
import time

from ninja.throttling import BaseThrottle

from django.conf import settings
from django.core.cache import cache

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def _rate(action, per):
    rate = settings.CONTEST_RATE_LIMITS.get(action, {}).get(per)
    if not rate:
        return None
    count, period = rate.split("/")
    return int(count), PERIODS[period[0]]


def hit(action, per, ident):
    """Count one request of ``ident`` (an IP address, an account id or a phone number);
    False when it goes over the limit."""
    rate = _rate(action, per)
    if rate is None or ident is None:
        return True
    count, seconds = rate
    key = f"contest-limit:{action}:{per}:{ident}:{int(time.time() // seconds)}"
    cache.add(key, 0, seconds + 1)
    try:
        return cache.incr(key) <= count
    except ValueError:  # the counter expired between add and incr
        cache.set(key, 1, seconds + 1)
        return True


def retry_after(action, per):
    rate = _rate(action, per)
    return rate[1] if rate else None


class Limit(BaseThrottle):
    """A ninja throttle for ``action`` per client IP (``per="ip"``) or per signed-in
    participant (``per="account"``). It keeps no state between requests."""

    def __init__(self, action, per):
        self.action, self.per = action, per

    def allow_request(self, request):
        if self.per == "ip":
            ident = self.get_ident(request)
        else:
            participant = getattr(request, "auth", None)
            ident = getattr(participant, "pk", None)
        return hit(self.action, self.per, ident)

    def wait(self):
        return retry_after(self.action, self.per)


def limits(action):
    return [Limit(action, "ip"), Limit(action, "account")]


def allow(request, action, participant=None):
    """For the contest pages: count one ``action`` from the request's address and, when
    signed in, from the participant; False when either goes over its limit."""
    by_address = hit(action, "ip", BaseThrottle().get_ident(request))
    by_account = hit(action, "account", participant.pk if participant else None)
    return by_address and by_account


def client_of(request):
    """(address, device) as recorded for the suspicious-activity report: the address the
    rate limits count (``X-Forwarded-For`` behind ``NINJA_NUM_PROXIES`` proxies)."""
    address = BaseThrottle().get_ident(request)
    try:
        address = str(ipaddress.ip_address(address))
    except ValueError:
        address = None  # a forged or listed X-Forwarded-For: not an address to store
    return address, request.headers.get("User-Agent", "")
