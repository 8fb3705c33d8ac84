"""Administrators' list of sign-in and page-password lockouts, with an unlock button.

Listing needs ``axes.view_accessattempt`` and unlocking ``axes.delete_accessattempt``:
superusers and the "Quản trị trang" group hold both.
"""

from axes.helpers import get_cool_off
from axes.models import AccessAttempt

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Max, Sum
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views.decorators.http import require_POST

from wagtail.models import Collection, Page

from .lockouts import protected_by

SHOWN_ROWS = 200
MODELS = {"page": Page, "collection": Collection}


def _require(request, action):
    if not request.user.has_perm(f"axes.{action}_accessattempt"):
        raise PermissionDenied


def lockouts(request):
    _require(request, "view")
    cool_off = get_cool_off(request)
    rows = list(
        AccessAttempt.objects.filter(attempt_time__gte=timezone.now() - cool_off)
        .values("username", "ip_address")
        .annotate(failures=Sum("failures_since_start"), last=Max("attempt_time"))
        .order_by("-last")[:SHOWN_ROWS]
    )
    protected = {row["username"]: protected_by(row["username"]) for row in rows}
    ids = {kind: [pk for k, pk in filter(None, protected.values()) if k == kind] for kind in MODELS}
    objects = {kind: model.objects.in_bulk(ids[kind]) for kind, model in MODELS.items()}
    for row in rows:
        kind, pk = protected[row["username"]] or (None, None)
        row["protected_kind"] = kind
        row["protected"] = objects[kind].get(pk) if kind else None
        row["locked"] = row["failures"] >= settings.AXES_FAILURE_LIMIT
        row["until"] = row["last"] + cool_off
    return TemplateResponse(
        request,
        "home/admin/lockouts.html",
        {
            "rows": rows,
            "shown_rows": SHOWN_ROWS,
            "failure_limit": settings.AXES_FAILURE_LIMIT,
            "cool_off_minutes": int(cool_off.total_seconds() // 60),
            "can_unlock": request.user.has_perm("axes.delete_accessattempt"),
        },
    )


@require_POST
def unlock(request):
    _require(request, "delete")
    username = request.POST.get("username", "")
    address = request.POST.get("ip_address") or None
    AccessAttempt.objects.filter(username=username, ip_address=address).delete()
    messages.success(request, f"Đã mở khóa cho {address or 'địa chỉ không rõ'}.")
    return redirect("home_lockouts")
