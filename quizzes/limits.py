"""Rate limits on registering, signing in, starting, saving and submitting, per client IP
and per account: ``settings.CONTEST_RATE_LIMITS``, {action: {"ip": "N/period",
"account": "N/period"}}, counted by ``home.rate_limits`` (atomically, in Redis when it
answers, in each process's memory while it does not). IP limits are generous, because a
commune hall or an office puts many people behind one address.
"""

from home.client_ip import client_ip
from home.rate_limits import PERIODS, AddressThrottle, RateLimits, address_counted

# PERIODS too: the contest benchmarks read the periods of these limits from here.
__all__ = [
    "CONTEST_LIMITS",
    "PERIODS",
    "Limits",
    "allow",
    "client_of",
    "hit",
    "retry_after",
    "within",
]

CONTEST_LIMITS = RateLimits("CONTEST_RATE_LIMITS", "contest-limit")
within = CONTEST_LIMITS.within
hit = CONTEST_LIMITS.hit
retry_after = CONTEST_LIMITS.retry_after


class Limits(AddressThrottle):
    """A ninja throttle for ``action``, per client IP and per signed-in participant."""

    def __init__(self, action):
        super().__init__(CONTEST_LIMITS, action)

    def idents(self, request):
        participant = getattr(request, "auth", None)
        return {"ip": self.get_ident(request), "account": getattr(participant, "pk", None)}


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


def client_of(request):
    """(address, device) as recorded for the suspicious-activity report: the client's
    address as ``home.client_ip`` vouches for it, or None."""
    return client_ip(request), request.headers.get("User-Agent", "")
