"""Wagtail's page signals turned into webhook deliveries.

Only pages built on ``home.models.BasePage`` (content pages, sections and the home page)
are announced, and not aliases: the English tree's copies of untranslated pages share
the Vietnamese page's content and events; a translated page has its own.

Deleting a published page: Wagtail's ``pre_delete`` handler unpublishes it without
saving and so sends ``page_unpublished`` (and unpublishes its aliases, which remain).
The deletion is announced from ``pre_delete`` too, while the page still exists; at
commit, an unpublished event whose page no longer exists is dropped, so subscribers
receive exactly one ``page.deleted``. Deleting a section announces every page below it
that had been published.

Deliveries are saved and queued after the commit, so a rolled-back publication sends
nothing; a failure here is logged and never reaches the editor who publishes.
"""

import logging
import uuid
from functools import partial

from django.db import transaction
from django.db.models import Prefetch
from django.db.models.signals import pre_delete
from django.utils import timezone

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from delivery.models import WebhookDelivery, WebhookEvent, WebhookSubscriber
from home.models import BasePage, SectionPage, Unit

from . import payloads, tasks

logger = logging.getLogger(__name__)


def connect():
    page_published.connect(page_was_published, dispatch_uid="webhooks.page_published")
    page_unpublished.connect(page_was_unpublished, dispatch_uid="webhooks.page_unpublished")
    pre_delete.connect(page_will_be_deleted, sender=Page, dispatch_uid="webhooks.page_deleted")


def page_was_published(sender, instance, **kwargs):
    announce(WebhookEvent.PUBLISHED, instance)


def page_was_unpublished(sender, instance, **kwargs):
    announce(WebhookEvent.UNPUBLISHED, instance)


def page_will_be_deleted(sender, instance, **kwargs):
    # A draft that was never published was never announced: nobody has a copy to remove.
    if instance.first_published_at is not None:
        announce(WebhookEvent.DELETED, instance)


def announce(event, page):
    if not is_announced(page):
        return
    try:
        # A savepoint, so that a failing query here leaves the publishing transaction usable.
        with transaction.atomic():
            subscribers = list(candidates(event))
            if not subscribers:
                return
            snapshot = payloads.snapshot(page.specific)
    except Exception:
        logger.exception("Webhook event %s for page %s not recorded", event, page.pk)
        return
    subscriber_pks = [
        subscriber.pk
        for subscriber in subscribers
        if subscriber.follows(snapshot.path, snapshot.unit_id)
    ]
    if subscriber_pks:
        transaction.on_commit(
            partial(create_deliveries, event, snapshot, subscriber_pks, timezone.now()),
            robust=True,
        )


def is_announced(page):
    page_class = page.specific_class
    return page_class is not None and issubclass(page_class, BasePage) and page.alias_of_id is None


def candidates(event):
    return WebhookSubscriber.objects.filter(
        is_active=True, **{f"on_{event}": True}
    ).prefetch_related(
        Prefetch("sections", queryset=SectionPage.objects.only("path")),
        Prefetch("units", queryset=Unit.objects.only("pk")),
    )


def create_deliveries(event, snapshot, subscriber_pks, occurred_at):
    if event == WebhookEvent.UNPUBLISHED and not Page.objects.filter(pk=snapshot.id).exists():
        return
    now = timezone.now()
    delivery_pks = []
    # A subscriber removed since the event no longer wants it.
    for subscriber_pk in WebhookSubscriber.objects.filter(pk__in=subscriber_pks).values_list(
        "pk", flat=True
    ):
        delivery_uuid = uuid.uuid4()
        delivery = WebhookDelivery.objects.create(
            uuid=delivery_uuid,
            subscriber_id=subscriber_pk,
            event=event,
            page_id=snapshot.id,
            page_title=snapshot.title,
            page_url=snapshot.url,
            payload=payloads.payload(event, delivery_uuid, occurred_at, snapshot.page),
            next_attempt_at=now,
        )
        delivery_pks.append(delivery.pk)
    tasks.enqueue(delivery_pks)
