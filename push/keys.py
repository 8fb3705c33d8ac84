"""The server's VAPID pair (RFC 8292), which signs every request to a push service so
that the service knows the sender; browsers subscribe with its public half."""

import base64
from functools import cache

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from py_vapid import Vapid

from django.conf import settings


def enabled():
    """Whether push is configured: without both keys and a subject nothing is offered."""
    return bool(
        settings.WEBPUSH_VAPID_PUBLIC_KEY
        and settings.WEBPUSH_VAPID_PRIVATE_KEY
        and settings.WEBPUSH_VAPID_SUBJECT
    )


def public_key():
    """The public key as browsers take it (applicationServerKey): base64url, no padding."""
    return settings.WEBPUSH_VAPID_PUBLIC_KEY if enabled() else ""


@cache
def _signer(private_key):
    return Vapid.from_string(private_key=private_key)


def signer():
    return _signer(settings.WEBPUSH_VAPID_PRIVATE_KEY)


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def generate():
    """A new pair: (private key, public key), both base64url as the settings take them."""
    key = ec.generate_private_key(ec.SECP256R1())
    private = key.private_numbers().private_value.to_bytes(32, "big")
    public = key.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    return b64url(private), b64url(public)


def public_key_of(private_key):
    """The public half of a base64url private key, to check that a pair belongs together."""
    public = _signer(private_key).public_key.public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    return b64url(public)
