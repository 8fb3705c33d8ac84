"""Deliveries run as django-tasks tasks: in the request after the commit with the
immediate backend, by ``manage.py db_worker`` with the database backend."""

import logging

from django_tasks import task

from .delivery import attempt, due_deliveries

logger = logging.getLogger(__name__)


@task()
def deliver_webhook(delivery_pk):
    send(delivery_pk)


def send(delivery_pk):
    """Attempt a delivery now. If it fails and the task backend can defer tasks, the
    retry is queued for its time; otherwise ``send_webhooks`` finds it when it is due."""
    retry_at = attempt(delivery_pk)
    if retry_at and deliver_webhook.get_backend().supports_defer:
        deliver_webhook.using(run_after=retry_at).enqueue(delivery_pk)


def enqueue(delivery_pks):
    for delivery_pk in delivery_pks:
        try:
            deliver_webhook.enqueue(delivery_pk)
        except Exception:
            # The delivery is saved and due: send_webhooks will send it.
            logger.exception("Could not queue webhook delivery %s", delivery_pk)


def send_due():
    """Attempt every due delivery in this process. Returns how many were attempted."""
    delivery_pks = list(due_deliveries().values_list("pk", flat=True))
    for delivery_pk in delivery_pks:
        try:
            send(delivery_pk)
        except Exception:
            logger.exception("Webhook delivery %s failed unexpectedly", delivery_pk)
    return len(delivery_pks)
