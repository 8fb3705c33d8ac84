"""Sending notices: one ``Delivery`` per device, recorded in the caller's transaction and
sent after the commit by a background task (``push.tasks``), so a slow push service
holds up no editor and a change that is rolled back tells nobody.

A push service's answer decides what follows (RFC 8030):

- 201 (or 200, 202): sent;
- 404 or 410: the browser dropped the subscription; the device is forgotten;
- 413: the message is too large; logged, never retried;
- 429 or 5xx, or no answer: tried again later, after ``Retry-After`` when the service
  gives one, up to ``MAX_ATTEMPTS``;
- anything else (a refused VAPID signature, say): failed.

Logs name the delivery and device ids and the answer's status, never the endpoint.
``manage.py send_push_reminders`` also sends what is due when the task backend cannot
wait.
"""

import datetime
import email.utils
import json
import logging

from py_vapid import VapidException
from pywebpush import WebPushException, webpush

from django.conf import settings
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from home.outbound import RefusedDestination, Unreachable

from . import keys
from .models import Delivery, Subscription
from .transport import GuardedSession

logger = logging.getLogger(__name__)

Status = Delivery.Status

MAX_ATTEMPTS = 5
# Waits before the second, third... attempt, unless the push service asks for longer.
RETRY_DELAYS = [
    datetime.timedelta(minutes=1),
    datetime.timedelta(minutes=5),
    datetime.timedelta(minutes=30),
    datetime.timedelta(hours=2),
]
# A Retry-After further away than this is not waited for: the notice would be stale.
LONGEST_WAIT = datetime.timedelta(hours=6)
# A delivery never tried this long after it was recorded missed its task.
FIRST_ATTEMPT_GRACE = datetime.timedelta(minutes=5)
GONE = (404, 410)
TOO_LARGE = 413
SENT = (200, 201, 202)


def notify(kind, object_id, message):
    """Record a notice of ``message`` (a ``push.topics.Message``) to every device that
    follows ``kind`` ``object_id``, and send each once the transaction commits; how many."""
    if not keys.enabled():
        return 0
    subscriptions = Subscription.objects.filter(
        topics__kind=kind, topics__object_id=object_id
    ).distinct()
    deliveries = Delivery.objects.bulk_create(
        [
            Delivery(
                subscription_id=pk,
                kind=kind,
                object_id=object_id,
                title=message.title[:200],
                body=message.body[:500],
                url=message.url[:500],
                tag=message.tag[:100],
                urgency=message.urgency,
                ttl=message.ttl,
            )
            for pk in subscriptions.values_list("pk", flat=True)
        ]
    )
    ids = [delivery.pk for delivery in deliveries]
    transaction.on_commit(lambda: [enqueue(pk) for pk in ids], robust=True)
    return len(ids)


def enqueue(delivery_id, run_after=None):
    from . import tasks

    task = tasks.send_delivery
    if run_after is not None:
        if not task.get_backend().supports_defer:
            # Left for ``manage.py send_push_reminders``, which reads next_attempt_at.
            return
        task = task.using(run_after=run_after)
    task.enqueue(delivery_id)


def retry_after(headers, now):
    """The time a ``Retry-After`` header (seconds or an HTTP date) names, or None."""
    value = (headers or {}).get("Retry-After") or (headers or {}).get("retry-after")
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return now + datetime.timedelta(seconds=int(value))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=datetime.UTC)
    return when


def _next_attempt(attempts, now, asked=None):
    planned = now + RETRY_DELAYS[min(attempts, len(RETRY_DELAYS)) - 1]
    if asked is not None:
        planned = max(planned, min(asked, now + LONGEST_WAIT))
    return planned


def _send(delivery):
    """The push service's status code for ``delivery`` and its answer's headers."""
    subscription = delivery.subscription
    try:
        response = webpush(
            subscription_info=subscription.as_webpush_info(),
            data=json.dumps(delivery.payload(), ensure_ascii=False),
            vapid_private_key=keys.signer(),
            vapid_claims={"sub": settings.WEBPUSH_VAPID_SUBJECT},
            content_encoding="aes128gcm",
            ttl=delivery.ttl,
            headers={"Urgency": delivery.urgency},
            requests_session=GuardedSession(),
        )
    except WebPushException as error:
        if error.response is None:
            raise
        return error.response.status_code, error.response.headers
    return response.status_code, response.headers


# While an attempt is out, the notice is not due again for this long: longer than the
# transport's timeouts, so ``send_due`` never sends it a second time meanwhile.
IN_FLIGHT = datetime.timedelta(minutes=1)


def _claim(delivery, now):
    """Take the next attempt of ``delivery`` for this process, with a conditional UPDATE
    as webhook deliveries and social posts do: a task queued twice and
    ``send_push_reminders`` never send the same attempt twice, and no database
    transaction stays open while the push service is asked."""
    delivery.attempts += 1
    return Delivery.objects.filter(
        pk=delivery.pk, status=Status.PENDING, attempts=delivery.attempts - 1
    ).update(attempts=delivery.attempts, next_attempt_at=now + IN_FLIGHT)


def _record(delivery, **fields):
    """Write the attempt's outcome; nothing when the device was forgotten meanwhile (its
    notices went with it)."""
    for name, value in fields.items():
        setattr(delivery, name, value)
    Delivery.objects.filter(pk=delivery.pk).update(**fields)


def deliver(delivery_id, now=None):
    """Send a recorded notice; True once the push service took it."""
    now = now or timezone.now()
    if not keys.enabled():
        return False
    delivery = (
        Delivery.objects.select_related("subscription")
        .filter(pk=delivery_id, status=Status.PENDING)
        .first()
    )
    if delivery is None or not _claim(delivery, now):
        return False
    subscription = delivery.subscription
    last_error = ""
    try:
        status, headers = _send(delivery)
    except RefusedDestination as refusal:
        logger.warning(
            "Push delivery %s to device %s refused: %s", delivery.pk, subscription.pk, refusal
        )
        _fail(delivery, subscription, "refused")
        return False
    except VapidException as error:
        # The settings' subject or key cannot sign (``check --deploy`` says so too).
        logger.error("Push delivery %s not signed: %s", delivery.pk, error)
        _fail(delivery, subscription, "VapidException")
        return False
    except (Unreachable, WebPushException) as error:
        status, headers = None, {}
        last_error = type(error).__name__[:100]
    if status in SENT:
        _record(delivery, status=Status.SENT, sent_at=now, next_attempt_at=None, last_error="")
        Subscription.objects.filter(pk=subscription.pk).update(last_sent_at=now, failures=0)
        return True
    if status in GONE:
        # The browser unsubscribed, or the push service expired the subscription.
        logger.info(
            "Push device %s gone (%s): forgotten with what it followed.", subscription.pk, status
        )
        subscription.delete()
        return False
    if status is not None:
        last_error = f"HTTP {status}"
    if status == TOO_LARGE:
        logger.error(
            "Push delivery %s refused as too large (413): %s bytes of text.",
            delivery.pk,
            len(delivery.title) + len(delivery.body) + len(delivery.url),
        )
        _fail(delivery, subscription, last_error)
        return False
    retryable = status is None or status == 429 or status >= 500
    if not retryable or delivery.attempts >= MAX_ATTEMPTS:
        logger.warning(
            "Push delivery %s failed (attempt %s): %s.", delivery.pk, delivery.attempts, last_error
        )
        _fail(delivery, subscription, last_error)
        return False
    retry_at = _next_attempt(delivery.attempts, now, retry_after(headers, now))
    _record(delivery, next_attempt_at=retry_at, last_error=last_error)
    logger.warning(
        "Push delivery %s not sent (attempt %s): %s; again at %s.",
        delivery.pk,
        delivery.attempts,
        last_error,
        retry_at.isoformat(),
    )
    enqueue(delivery.pk, run_after=retry_at)
    return False


def _fail(delivery, subscription, error):
    _record(delivery, status=Status.FAILED, next_attempt_at=None, last_error=error[:100])
    Subscription.objects.filter(pk=subscription.pk).update(failures=F("failures") + 1)


def send_due(now=None):
    """Send every delivery whose next attempt is due, and those whose first attempt never
    ran (the queue was down when they were recorded); how many were sent."""
    now = now or timezone.now()
    due = Delivery.objects.filter(status=Status.PENDING).filter(
        Q(next_attempt_at__lte=now)
        | Q(next_attempt_at__isnull=True, created_at__lte=now - FIRST_ATTEMPT_GRACE)
    )
    return sum(deliver(pk, now=now) for pk in due.values_list("pk", flat=True))


# Sent and failed notices are kept this long, for the administrators' counts.
KEPT = datetime.timedelta(days=30)


def prune(now=None):
    """Delete the notices that ended more than ``KEPT`` ago; how many."""
    now = now or timezone.now()
    ended = Delivery.objects.exclude(status=Status.PENDING).filter(created_at__lt=now - KEPT)
    return ended.delete()[0]
