"""Where a webhook may be sent: public Internet addresses only (``home.outbound``).

A receiver's host is checked when the subscriber is saved and again, resolved afresh,
before each attempt: a name may point elsewhere since. ``WEBHOOK_ALLOWED_INTERNAL_HOSTS``
names internal receivers that are wanted (a host name, an IP address or a network such
as ``10.20.0.0/16``).
"""

from django.conf import settings

from home import outbound
from home.outbound import Destination, RefusedDestination, internal_reason

__all__ = ["Destination", "RefusedDestination", "check", "internal_reason", "resolve"]


def resolve(host, port):
    """Every address of ``host`` (a name) from the system's resolver."""
    return outbound.resolve(host, port)


def check(url):
    """The ``Destination`` of a receiver's ``url`` once every address of its host is
    found allowed; ``RefusedDestination`` otherwise."""
    return outbound.check(
        url,
        allowed_internal=getattr(settings, "WEBHOOK_ALLOWED_INTERNAL_HOSTS", []),
        what="webhook",
        resolver=resolve,
    )
