"""Reminders at a time (a round opening, an exchange starting): every minute
``manage.py send_push_reminders`` asks each kind which are due and sends each once.

A reminder is recorded (``SentReminder``) in the transaction that records its notices,
so two runs at once, or a run after a crash, never send it twice. Its occasion is the
time it was for: a round moved to a later hour reminds again at the new hour.
"""

import logging

from django.db import IntegrityError, transaction
from django.utils import timezone

from . import keys, topics
from .models import SentReminder
from .sending import notify

logger = logging.getLogger(__name__)


def send_reminders(now=None):
    """Record and send every due reminder not sent yet; how many reminders went out."""
    if not keys.enabled():
        return 0
    now = now or timezone.now()
    sent = 0
    for kind in topics.kinds():
        if kind.due is None:
            continue
        for reminder in kind.due(now):
            try:
                with transaction.atomic():
                    SentReminder.objects.create(
                        kind=kind.name, object_id=reminder.object_id, occasion=reminder.occasion
                    )
                    count = notify(kind.name, reminder.object_id, reminder.message)
            except IntegrityError:
                continue  # sent before
            logger.info(
                "Push reminder %s #%s (%s): %s devices.",
                kind.name,
                reminder.object_id,
                reminder.occasion,
                count,
            )
            sent += 1
    return sent


def send_once(kind, object_id, occasion, message):
    """Send a reminder now unless it was sent before (a round published already open,
    whose reminder the scheduler may also find); whether it went out."""
    if not keys.enabled():
        return False
    try:
        with transaction.atomic():
            SentReminder.objects.create(kind=kind, object_id=object_id, occasion=occasion)
            notify(kind, object_id, message)
    except IntegrityError:
        return False
    return True
