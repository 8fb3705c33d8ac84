"""Wagtail's forms for pages and document collections protected by a shared password,
with guessing limited.

The forms have no account to lock, so wrong passwords are counted by django-axes under
the protected page or collection (``home.lockouts.protected_key``) and the client's
address: the same limit, cool-off and administrators' list as sign-ins. The URLs and
their names are Wagtail's, so the forms Wagtail renders post here.
"""

from axes.handlers.proxy import AxesProxyHandler

from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404

from wagtail import views as page_views
from wagtail.documents.views import serve as document_views
from wagtail.models import CollectionViewRestriction, PageViewRestriction

from .lockouts import lockout_response, protected_key


def authenticate_with_page_password(request, page_view_restriction_id, page_id):
    view_args = (page_view_restriction_id, page_id)
    if request.method != "POST":
        return page_views.authenticate_with_password(request, *view_args)
    restriction = get_object_or_404(PageViewRestriction, id=page_view_restriction_id)
    key = protected_key("page", restriction.page_id)
    return _counted(request, key, page_views.authenticate_with_password, view_args)


def authenticate_with_collection_password(request, restriction_id):
    if request.method != "POST":
        return document_views.authenticate_with_password(request, restriction_id)
    restriction = get_object_or_404(CollectionViewRestriction, id=restriction_id)
    key = protected_key("collection", restriction.collection_id)
    return _counted(request, key, document_views.authenticate_with_password, (restriction_id,))


def _counted(request, key, view, view_args):
    """Wagtail's ``view``, refused while ``key`` is locked out from this address; its
    wrong passwords counted, a right one clearing the count."""
    credentials = {"username": key}
    if not AxesProxyHandler.is_allowed(request, credentials):
        return lockout_response(request, credentials=credentials)

    response = view(request, *view_args)
    if isinstance(response, HttpResponseRedirect):  # the password was right
        AxesProxyHandler.reset_attempts(ip_address=request.axes_ip_address, username=key)
        return response
    AxesProxyHandler.user_login_failed(sender=__name__, credentials=credentials, request=request)
    if request.axes_locked_out:
        # Answered here; the flag is cleared so that the axes middleware does not draw
        # the same page a second time.
        request.axes_locked_out = False
        return lockout_response(request, credentials=credentials)
    return response
