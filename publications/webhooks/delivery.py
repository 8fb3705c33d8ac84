"""One HTTP attempt of a delivery, and the retry schedule around it.

An attempt first claims the delivery with a conditional UPDATE that moves its next
attempt time forward; a task queued twice for the same delivery, or ``send_webhooks``
running while the worker does, therefore never sends the same attempt twice. If the
process dies during an attempt, the delivery is due again at its next retry time.
"""

import json
import logging
import time
from datetime import timedelta

import requests

from django.db.models import F
from django.utils import timezone

from publications.models import WebhookDelivery

from .signing import sign

logger = logging.getLogger(__name__)

RETRY_DELAYS = [
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=6),
]
MAX_ATTEMPTS = len(RETRY_DELAYS) + 1
# A receiver has 3 s to accept the connection and 10 s between bytes of its answer.
TIMEOUT = (3, 10)
EXCERPT_LENGTH = 500
USER_AGENT = "PBGDPL-QuangNinh-Webhooks/1.0"

OPEN = [WebhookDelivery.Status.PENDING, WebhookDelivery.Status.RETRYING]


def retry_delay(attempt):
    """How long after attempt number ``attempt`` (1-based) the next one may start."""
    return RETRY_DELAYS[min(attempt, len(RETRY_DELAYS)) - 1]


def due_deliveries(now=None):
    return WebhookDelivery.objects.filter(
        status__in=OPEN, next_attempt_at__lte=now or timezone.now()
    ).order_by("next_attempt_at", "pk")


def attempt(delivery_pk):
    """Make the next attempt of a delivery if it is due. Returns when the following
    attempt is due if this one failed and may be retried, otherwise ``None``."""
    delivery = WebhookDelivery.objects.select_related("subscriber").filter(pk=delivery_pk).first()
    if delivery is None or delivery.status not in OPEN:
        return None
    if not delivery.subscriber.is_active:
        finish(delivery, WebhookDelivery.Status.FAILED, None, "Không gửi: nơi nhận đang tạm dừng.")
        return None

    now = timezone.now()
    number = delivery.attempts + 1
    retry_at = now + retry_delay(number)
    claimed = WebhookDelivery.objects.filter(
        pk=delivery.pk,
        status__in=OPEN,
        attempts=delivery.attempts,
        next_attempt_at__lte=now,
    ).update(attempts=F("attempts") + 1, last_attempt_at=now, next_attempt_at=retry_at)
    if not claimed:
        return None
    delivery.attempts = number

    status_code, detail = post(delivery)
    if status_code is not None and 200 <= status_code < 300:
        finish(delivery, WebhookDelivery.Status.SUCCEEDED, status_code, detail)
        return None
    if number >= MAX_ATTEMPTS:
        finish(delivery, WebhookDelivery.Status.FAILED, status_code, detail)
        return None
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        status=WebhookDelivery.Status.RETRYING,
        response_status_code=status_code,
        response_excerpt=detail,
    )
    return retry_at


def post(delivery):
    """Send the delivery; the response's status code (``None`` when there was no
    response) and the start of its body or the error."""
    body = json.dumps(delivery.payload, ensure_ascii=False, separators=(",", ":")).encode()
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "X-PBGDPL-Event": delivery.event_name,
        "X-PBGDPL-Delivery": str(delivery.uuid),
        "X-PBGDPL-Timestamp": timestamp,
        "X-PBGDPL-Signature": sign(delivery.subscriber.secret, timestamp, body),
    }
    try:
        with requests.post(
            delivery.subscriber.url,
            data=body,
            headers=headers,
            timeout=TIMEOUT,
            allow_redirects=False,
            stream=True,
        ) as response:
            start = next(response.iter_content(EXCERPT_LENGTH * 4), b"")
            return response.status_code, excerpt(start.decode(errors="replace"))
    except requests.RequestException as error:
        logger.warning(
            "Webhook delivery %s to %s failed: %s", delivery.uuid, delivery.subscriber.url, error
        )
        return None, excerpt(f"{type(error).__name__}: {error}")


def excerpt(text):
    return text[:EXCERPT_LENGTH]


def finish(delivery, status, status_code, detail):
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        status=status,
        response_status_code=status_code,
        response_excerpt=detail,
        next_attempt_at=None,
        finished_at=timezone.now(),
    )


def restart(delivery):
    """Start a failed delivery over, keeping its identifier so that a receiver that did
    process it after all recognises the repeat. False if it had not failed."""
    restarted = WebhookDelivery.objects.filter(
        pk=delivery.pk, status=WebhookDelivery.Status.FAILED
    ).update(
        status=WebhookDelivery.Status.PENDING,
        attempts=0,
        next_attempt_at=timezone.now(),
        finished_at=None,
    )
    return bool(restarted)
