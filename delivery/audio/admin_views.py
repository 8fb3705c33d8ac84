"""Admin: reading a page aloud again, for editors who may edit the page."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from wagtail.admin.widgets import Button
from wagtail.models import Page

from home.models import AudioFields

from . import tasks
from .engines import configured_engine


def read_again(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    if request.method == "POST":
        tasks.read_after_commit(page.pk, again=True)
        messages.success(
            request, f"Đã yêu cầu đọc lại “{page.title}”; tệp âm thanh sẽ có sau ít phút."
        )
        return redirect(edit_url)
    return TemplateResponse(
        request,
        "delivery/audio/confirm_read_again.html",
        {
            "page": page,
            "edit_url": edit_url,
            "header_title": f"Đọc bằng máy: {page.title}",
            "can_read": page.live and page.audio_id is None and configured_engine() is not None,
            "has_engine": configured_engine() is not None,
        },
    )


def admin_urls():
    return [path("audio/read-again/<int:page_id>/", read_again, name="audio_read_again")]


def header_buttons(page, user, view_name, next_url=None):
    specific_class = page.specific_class
    if (
        specific_class is not None
        and issubclass(specific_class, AudioFields)
        and configured_engine() is not None
        and page.permissions_for_user(user).can_edit()
    ):
        yield Button(
            "Đọc lại bằng máy",
            reverse("audio_read_again", args=[page.pk]),
            icon_name="media",
            priority=90,
        )
