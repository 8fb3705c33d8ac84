"""One HTTP attempt of a delivery, and the retry schedule around it.

An attempt first claims the delivery with a conditional UPDATE that moves its next
attempt time forward; a task queued twice for the same delivery, or ``send_webhooks``
running while the worker does, therefore never sends the same attempt twice. If the
process dies during an attempt, the delivery is due again at its next retry time.

Before each attempt the receiver's host is resolved and every address checked
(``destinations``); the request then goes to a checked address, so a name that changes
its answer between the check and the connection cannot redirect it.
"""

import json
import logging
import time
from datetime import timedelta
from urllib.parse import unquote, urlsplit

import urllib3

from django.db.models import F
from django.utils import timezone

from delivery.models import WebhookDelivery
from home import outbound

from .destinations import RefusedDestination, check
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
# Of a failed answer, what tells the administrator what went wrong ("404 Not Found", a
# framework's error line). A success needs nothing kept. Keeping little matters: a log
# that showed whole answers would let whoever registers a receiver read what a service
# answers to the server's requests.
EXCERPT_LENGTH = 200
USER_AGENT = "PBGDPL-QuangNinh-Webhooks/1.0"

OPEN = [WebhookDelivery.Status.PENDING, WebhookDelivery.Status.RETRYING]
RESTARTABLE = [WebhookDelivery.Status.FAILED, WebhookDelivery.Status.REFUSED]


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

    try:
        status_code, detail = post(delivery)
    except RefusedDestination as refusal:
        logger.warning(
            "Webhook delivery %s to %s refused: %s", delivery.uuid, delivery.subscriber.url, refusal
        )
        finish(delivery, WebhookDelivery.Status.REFUSED, None, f"Từ chối gửi: {refusal}")
        return None
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
    response) and the start of a failed answer or the error. ``RefusedDestination``
    when the receiver's address may not be sent to."""
    url = urlsplit(delivery.subscriber.url)
    destination = check(delivery.subscriber.url)
    body = json.dumps(delivery.payload, ensure_ascii=False, separators=(",", ":")).encode()
    timestamp = str(int(time.time()))
    headers = {
        "Host": outbound.host_header(url),
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "X-PBGDPL-Event": delivery.event_name,
        "X-PBGDPL-Delivery": str(delivery.uuid),
        "X-PBGDPL-Timestamp": timestamp,
        "X-PBGDPL-Signature": sign(delivery.subscriber.secret, timestamp, body),
    }
    if url.username:
        credentials = f"{unquote(url.username)}:{unquote(url.password or '')}"
        headers.update(urllib3.make_headers(basic_auth=credentials))
    target = (url.path or "/") + (f"?{url.query}" if url.query else "")
    try:
        answer = outbound.post(destination, target, body, headers, keep=EXCERPT_LENGTH * 4)
    except outbound.Unreachable as failure:
        logger.warning(
            "Webhook delivery %s to %s failed: %s",
            delivery.uuid,
            delivery.subscriber.url,
            failure.error,
        )
        return None, excerpt(str(failure))
    ok = 200 <= answer.status < 300
    return answer.status, excerpt("" if ok else answer.start.decode(errors="replace"))


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
    """Start a failed or refused delivery over, keeping its identifier so that a receiver
    that did process it after all recognises the repeat. False if it had not ended so."""
    restarted = WebhookDelivery.objects.filter(pk=delivery.pk, status__in=RESTARTABLE).update(
        status=WebhookDelivery.Status.PENDING,
        attempts=0,
        next_attempt_at=timezone.now(),
        finished_at=None,
    )
    return bool(restarted)
