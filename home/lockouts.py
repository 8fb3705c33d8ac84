"""What a locked-out visitor sees, and what administrators see of lockouts.

django-axes counts wrong passwords per account and address (``AXES_*`` settings). The
shared passwords of private pages and document collections have no account: they are
counted under a name made from the protected page or collection (``protected_key``), so
that the same lockout, list and unlock serve them too.
"""

import math

from axes.helpers import get_client_parameters, get_client_username, get_cool_off
from axes.models import AccessAttempt

from django.db.models import Max
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from wagtail.admin.views.account import get_user_login_form

# What a shared password protects: "page" or "collection".
PROTECTED_KINDS = ("page", "collection")


def protected_key(kind, pk):
    """The name wrong passwords of the page or collection ``pk`` are counted under."""
    return f"{kind}-password:{pk}"


def protected_by(username):
    """(kind, pk) of the page or collection counted under ``username``; None for an
    account."""
    kind, separator, pk = (username or "").partition("-password:")
    if separator and kind in PROTECTED_KINDS and pk.isdigit():
        return kind, int(pk)
    return None


def locked_until(request, credentials):
    """When the lockout of this request's account (or protected page or collection) and
    address ends."""
    username = get_client_username(request, credentials)
    last_failures = [
        AccessAttempt.objects.filter(**parameters).aggregate(last=Max("attempt_time"))["last"]
        for parameters in get_client_parameters(
            username, request.axes_ip_address, request.axes_user_agent, request, credentials
        )
    ]
    last = max(filter(None, last_failures), default=timezone.now())
    return last + get_cool_off(request)


def lockout_response(request, original_response=None, credentials=None):
    """The page a locked-out sign-in or page password gets (``AXES_LOCKOUT_CALLABLE``):
    429, in Vietnamese, saying when to try again."""
    until = locked_until(request, credentials)
    seconds = max(1, math.ceil((until - timezone.now()).total_seconds()))
    context = {"until": until, "minutes": math.ceil(seconds / 60)}
    if request.path.startswith(reverse("wagtailadmin_login")):
        # The sign-in form again, empty: its "wrong password" error would mislead.
        template = "home/lockouts/admin_sign_in.html"
        context["form"] = get_user_login_form()(request)
    else:
        template = "home/lockouts/public.html"
        protected = protected_by(get_client_username(request, credentials))
        context["protected_kind"] = protected[0] if protected else None
    # Rendered now: the axes middleware hands it out after templates are rendered.
    response = render(request, template, context, status=429)
    response["Retry-After"] = str(seconds)
    return response
