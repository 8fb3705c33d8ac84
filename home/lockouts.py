"""What a locked-out visitor sees, and what administrators see of lockouts.

django-axes counts wrong passwords per account and address (``AXES_*`` settings). Page
passwords have no account: they are counted under a name made from the protected page
(``page_key``), so that the same lockout, list and unlock serve them too.
"""

import math

from axes.helpers import get_client_parameters, get_client_username, get_cool_off
from axes.models import AccessAttempt

from django.db.models import Max
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone

from wagtail.admin.views.account import get_user_login_form

PAGE_KEY_PREFIX = "page-password:"


def page_key(page_id):
    """The name wrong passwords of the page ``page_id`` are counted under."""
    return f"{PAGE_KEY_PREFIX}{page_id}"


def page_of_key(username):
    """The page id counted under ``username``, or None for an account."""
    if username and username.startswith(PAGE_KEY_PREFIX):
        return int(username.removeprefix(PAGE_KEY_PREFIX))
    return None


def locked_until(request, credentials):
    """When the lockout of this request's account (or page) and address ends."""
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
        context["page_password"] = page_of_key(get_client_username(request, credentials))
    # Rendered now: the axes middleware hands it out after templates are rendered.
    response = render(request, template, context, status=429)
    response["Retry-After"] = str(seconds)
    return response
