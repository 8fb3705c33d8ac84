"""The signature every delivery carries, as documented for receivers in docs/webhooks.md."""

import hashlib
import hmac
import secrets


def generate_secret():
    return secrets.token_urlsafe(32)


def sign(secret, timestamp, body):
    """``sha256=`` and the hex HMAC-SHA256 of ``"<timestamp>." + body`` under ``secret``.

    The timestamp is signed with the body so that a captured request cannot be replayed
    later with a fresh timestamp.
    """
    message = f"{timestamp}.".encode() + body
    digest = hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()
    return f"sha256={digest}"
