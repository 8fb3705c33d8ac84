"""Storing a device's subscription and what it follows, from what its browser gave
(``PushSubscription.toJSON()``: an endpoint and two keys).

Everything is checked before it is stored: the endpoint is a push service's https
address (http only where ``WEBPUSH_ALLOW_HTTP``), written with a name or a public IP
address, without credentials; the keys are a P-256 point and a 16-byte secret. Whether
the name leads to a public address is checked again, resolved afresh, before each send
(``push.sending``), so that nothing here asks a DNS server.
"""

import base64
import binascii
import ipaddress
from urllib.parse import urlsplit

from cryptography.hazmat.primitives.asymmetric import ec

from django.conf import settings
from django.db import IntegrityError, transaction

from home.outbound import internal_reason
from home.personal_data import keyed_hash

from . import topics
from .models import Subscription, Topic

ENDPOINT_MAX_LENGTH = 1000
KEY_MAX_LENGTH = 200


class InvalidSubscription(Exception):
    """What the browser sent is not a usable subscription; the message says why, in
    Vietnamese."""


def endpoint_hash(endpoint):
    return keyed_hash(endpoint)


def _b64url(text, what):
    if not isinstance(text, str) or not text or len(text) > KEY_MAX_LENGTH:
        raise InvalidSubscription(f"Khóa {what} của trình duyệt không hợp lệ.")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise InvalidSubscription(f"Khóa {what} của trình duyệt không hợp lệ.") from None


def check_endpoint(endpoint):
    """``endpoint`` if it may be stored; ``InvalidSubscription`` otherwise."""
    if not isinstance(endpoint, str) or not endpoint or len(endpoint) > ENDPOINT_MAX_LENGTH:
        raise InvalidSubscription("Địa chỉ nhận thông báo của trình duyệt không hợp lệ.")
    try:
        parts = urlsplit(endpoint)
        host = parts.hostname or ""
        parts.port  # noqa: B018 (raises ValueError for a bad port)
    except ValueError:
        raise InvalidSubscription("Địa chỉ nhận thông báo của trình duyệt không hợp lệ.") from None
    schemes = ("https", "http") if settings.WEBPUSH_ALLOW_HTTP else ("https",)
    if parts.scheme not in schemes or not host or any(ord(c) < 33 for c in endpoint):
        raise InvalidSubscription(
            "Địa chỉ nhận thông báo phải là địa chỉ https của dịch vụ thông báo của trình duyệt."
        )
    if parts.username or parts.password or parts.fragment:
        raise InvalidSubscription("Địa chỉ nhận thông báo của trình duyệt không hợp lệ.")
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return endpoint
    allowed = settings.WEBPUSH_ALLOWED_INTERNAL_HOSTS
    if internal_reason(address) and host not in allowed:
        raise InvalidSubscription("Địa chỉ nhận thông báo trỏ vào mạng nội bộ của máy chủ.")
    return endpoint


def check_keys(p256dh, auth):
    point = _b64url(p256dh, "p256dh")
    try:
        ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), point)
    except ValueError:
        raise InvalidSubscription("Khóa p256dh của trình duyệt không hợp lệ.") from None
    if len(point) != 65 or len(_b64url(auth, "auth")) != 16:
        raise InvalidSubscription("Khóa của trình duyệt không hợp lệ.")
    return p256dh, auth


def find(endpoint):
    """The stored subscription of ``endpoint``, or None."""
    if not isinstance(endpoint, str) or not endpoint or len(endpoint) > ENDPOINT_MAX_LENGTH:
        return None
    return Subscription.objects.filter(endpoint_hash=endpoint_hash(endpoint)).first()


def follow(endpoint, p256dh, auth, kind, object_id):
    """Store the device (or renew its keys) and have it follow ``kind`` ``object_id``;
    the ``Topic``. The caller has checked that the visitor may follow it."""
    check_endpoint(endpoint)
    check_keys(p256dh, auth)
    digest = endpoint_hash(endpoint)
    for _ in range(2):  # a concurrent first subscription of the same device: read it back
        try:
            with transaction.atomic():
                subscription, created = Subscription.objects.get_or_create(
                    endpoint_hash=digest,
                    defaults={"endpoint": endpoint, "p256dh": p256dh, "auth": auth},
                )
                if not created and (subscription.p256dh, subscription.auth) != (p256dh, auth):
                    subscription.p256dh, subscription.auth = p256dh, auth
                    subscription.failures = 0
                    subscription.save(update_fields=["p256dh", "auth", "failures"])
                topic, _ = Topic.objects.get_or_create(
                    subscription=subscription, kind=kind, object_id=object_id
                )
                return topic
        except IntegrityError:
            continue
    raise InvalidSubscription("Không lưu được đăng ký; hãy thử lại.")


def unfollow(endpoint, kind, object_id):
    """Stop ``endpoint`` following one object; the device is forgotten once it follows
    nothing. Whether it was following it."""
    subscription = find(endpoint)
    if subscription is None:
        return False
    removed, _ = subscription.topics.filter(kind=kind, object_id=object_id).delete()
    if not subscription.topics.exists():
        subscription.delete()
    return bool(removed)


def forget(endpoint):
    """Forget the device and everything it follows; whether it was known."""
    subscription = find(endpoint)
    if subscription is None:
        return False
    subscription.delete()
    return True


def follows(endpoint, kind, object_id):
    subscription = find(endpoint)
    return (
        subscription is not None
        and subscription.topics.filter(kind=kind, object_id=object_id).exists()
    )


def kind_or_refuse(name):
    kind = topics.get(name)
    if kind is None:
        raise topics.NotFollowable("Không có loại thông báo này.", status=404)
    return kind


def renew(old_endpoint, endpoint, p256dh, auth):
    """Move a device to the subscription its browser renewed; whether it was known.
    Knowing the old endpoint is the proof: the browser's worker has no session."""
    check_endpoint(endpoint)
    check_keys(p256dh, auth)
    subscription = find(old_endpoint)
    if subscription is None:
        return False
    digest = endpoint_hash(endpoint)
    with transaction.atomic():
        # The new endpoint may already be known (a page subscribed it first): merge.
        existing = Subscription.objects.filter(endpoint_hash=digest).exclude(pk=subscription.pk)
        for other in existing:
            for topic in other.topics.all():
                Topic.objects.get_or_create(
                    subscription=subscription, kind=topic.kind, object_id=topic.object_id
                )
            other.delete()
        subscription.endpoint, subscription.endpoint_hash = endpoint, digest
        subscription.p256dh, subscription.auth = p256dh, auth
        subscription.failures = 0
        subscription.save()
    return True
