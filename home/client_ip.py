"""The address of the client that made a request, as far as the deployment can vouch for it.

``X-Forwarded-For`` is written by whoever sends the request, so only the entries added by
proxies we run can be believed. ``settings.TRUSTED_PROXY_COUNT`` says how many stand
between the client and Django:

- 0 (the default): nothing is in front; the client is the connection's peer,
  ``REMOTE_ADDR``, and the header is ignored.
- N > 0: each trusted proxy appends the address it received the request from, so the
  N-th entry from the right is the client as the outermost trusted proxy saw it.
  Everything to its left came from the client and is ignored.

When the header has fewer than N entries, or the entry is not an IP address, the request
did not come through the proxies as configured (or a proxy is misconfigured): the peer's
address is used instead, which the client cannot choose. Every rate limit, lockout and
stored address goes through ``client_ip``.
"""

import ipaddress

from django.conf import settings


def client_ip(request):
    """The client's IP address in canonical form, or None when even the peer's address
    is not one (e.g. a Unix socket with no proxy count configured)."""
    peer = _address(request.META.get("REMOTE_ADDR", ""))
    hops = settings.TRUSTED_PROXY_COUNT
    if hops == 0:
        return peer
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
    if len(forwarded) < hops:
        return peer
    return _address(forwarded[-hops]) or peer


def _address(text):
    try:
        address = ipaddress.ip_address(text.strip())
    except ValueError:
        return None
    # A dual-stack socket reports IPv4 clients as ::ffff:a.b.c.d; count them as IPv4.
    mapped = getattr(address, "ipv4_mapped", None)
    return str(mapped or address)
