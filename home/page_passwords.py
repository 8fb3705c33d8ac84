"""Wagtail's form for pages protected by a shared password, with guessing limited.

The form has no account to lock, so wrong passwords are counted by django-axes under the
protected page (``home.lockouts.page_key``) and the client's address: the same limit,
cool-off and administrators' list as sign-ins. The URL and its name are Wagtail's, so
the form Wagtail renders posts here.
"""

from axes.handlers.proxy import AxesProxyHandler

from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404

from wagtail import views as wagtail_views
from wagtail.models import PageViewRestriction

from .lockouts import lockout_response, page_key


def authenticate_with_password(request, page_view_restriction_id, page_id):
    if request.method != "POST":
        return wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    restriction = get_object_or_404(PageViewRestriction, id=page_view_restriction_id)
    credentials = {"username": page_key(restriction.page_id)}
    if not AxesProxyHandler.is_allowed(request, credentials):
        return lockout_response(request, credentials=credentials)

    response = wagtail_views.authenticate_with_password(request, page_view_restriction_id, page_id)
    if isinstance(response, HttpResponseRedirect):  # the password was right
        AxesProxyHandler.reset_attempts(
            ip_address=request.axes_ip_address, username=credentials["username"]
        )
        return response
    AxesProxyHandler.user_login_failed(sender=__name__, credentials=credentials, request=request)
    if request.axes_locked_out:
        # Answered here; the flag is cleared so that the axes middleware does not draw
        # the same page a second time.
        request.axes_locked_out = False
        return lockout_response(request, credentials=credentials)
    return response
