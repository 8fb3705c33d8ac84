"""The channel's schedule in the admin: broadcasts listed with their state, and the
action that makes an ended broadcast into a draft episode ("Tạo trang video từ buổi
phát"). Entering the recording's link after a broadcast has ended does the same on save.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.views.decorators.http import require_http_methods

from wagtail.admin.widgets import ListingButton
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from .models import Broadcast
from .recordings import CannotMakeEpisode, check_can_make_episode, make_episode

MAKE_EPISODE_LABEL = "Tạo trang video từ buổi phát"


def _can_make_episode(broadcast, user):
    try:
        check_can_make_episode(broadcast, user)
    except CannotMakeEpisode:
        return False
    return True


def _announce(request, page):
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    messages.success(
        request,
        format_html(
            "Đã tạo trang video “{}” (tập {}) dưới dạng bản nháp và gửi Ban Biên tập duyệt. "
            '<a href="{}">Mở trang</a>.',
            page.title,
            page.episode_number,
            edit_url,
        ),
    )


class BroadcastIndexView(IndexView):
    make_episode_url_name = None

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if _can_make_episode(instance, self.request.user):
            buttons.append(
                ListingButton(
                    MAKE_EPISODE_LABEL,
                    url=reverse(self.make_episode_url_name, args=[instance.pk]),
                    icon_name="media",
                    priority=40,
                )
            )
        return buttons


class BroadcastViewSet(SnippetViewSet):
    model = Broadcast
    icon = "media"
    menu_label = "Buổi phát trực tiếp"
    menu_name = "broadcasts"
    add_to_admin_menu = True
    menu_order = 250
    index_view_class = BroadcastIndexView
    list_display = ["topic", "programme", "starts_at", "state_label", "video_page"]
    list_filter = ["programme"]
    search_fields = ["topic", "description"]
    ordering = ["-starts_at"]

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(
            make_episode_url_name=self.get_url_name("make_episode"), **kwargs
        )

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("episode/<int:pk>/", self.make_episode_view, name="make_episode"),
        ]

    @property
    def make_episode_view(self):
        return require_http_methods(["GET", "POST"])(self._make_episode)

    def _make_episode(self, request, pk):
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        broadcast = get_object_or_404(Broadcast.objects.select_related("programme"), pk=pk)
        error = None
        if request.method == "POST":
            try:
                page = make_episode(broadcast, request.user)
            except CannotMakeEpisode as refusal:
                error = str(refusal)
            else:
                _announce(request, page)
                return redirect("wagtailadmin_pages:edit", page.pk)
        else:
            try:
                check_can_make_episode(broadcast, request.user)
            except CannotMakeEpisode as refusal:
                error = str(refusal)
        return TemplateResponse(
            request,
            "publications/admin/make_episode.html",
            {
                "broadcast": broadcast,
                "error": error,
                "title": MAKE_EPISODE_LABEL,
                "back_url": reverse(self.get_url_name("list")),
            },
        )


def make_episode_on_save(request, instance):
    """After a broadcast is saved in the admin: with its recording entered once it has
    ended, its episode is made at once (the ``after_create/edit_snippet`` hooks)."""
    if not isinstance(instance, Broadcast) or not instance.recording_url:
        return
    if not _can_make_episode(instance, request.user):
        return
    try:
        page = make_episode(instance, request.user)
    except CannotMakeEpisode as refusal:
        messages.warning(request, f"Chưa tạo được trang video: {refusal}")
    else:
        _announce(request, page)
