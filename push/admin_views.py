"""Administrators' view of the phone reminders: counts per kind only. No endpoint, no
device, nothing that points at a phone is shown (docs/push.md, "Data kept")."""

import datetime

from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.template.response import TemplateResponse
from django.utils import timezone

from . import keys, topics
from .models import Delivery, Subscription, Topic

PERIOD_DAYS = 30


def may_view(user):
    return user.has_perm("push.view_subscription")


def counts(request):
    if not may_view(request.user):
        raise PermissionDenied
    since = timezone.now() - datetime.timedelta(days=PERIOD_DAYS)
    followers = dict(
        Topic.objects.values_list("kind").annotate(devices=Count("subscription", distinct=True))
    )
    notices = {
        row["kind"]: row
        for row in Delivery.objects.filter(created_at__gte=since)
        .values("kind")
        .annotate(
            sent=Count("pk", filter=Q(status=Delivery.Status.SENT)),
            failed=Count("pk", filter=Q(status=Delivery.Status.FAILED)),
            pending=Count("pk", filter=Q(status=Delivery.Status.PENDING)),
        )
    }
    rows = [
        {
            "label": kind.label,
            "devices": followers.get(kind.name, 0),
            "sent": notices.get(kind.name, {}).get("sent", 0),
            "failed": notices.get(kind.name, {}).get("failed", 0),
            "pending": notices.get(kind.name, {}).get("pending", 0),
        }
        for kind in topics.kinds()
    ]
    return TemplateResponse(
        request,
        "push/admin/counts.html",
        {
            "rows": rows,
            "devices": Subscription.objects.count(),
            "enabled": keys.enabled(),
            "period_days": PERIOD_DAYS,
        },
    )
