"""Admin for social networks: the accounts (Settings → Mạng xã hội, administrators only)
and the posts' log (status, link, reason), with "retry now" and removal."""

import django_filters

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.views.generic import TemplateView

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, StatusTagColumn, UpdatedAtColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button, HeaderButton
from wagtail.models import Page

from .forms import SocialAccountForm
from .models import SocialAccount, SocialPost
from .posting import RETRYABLE, removable, resume_blocked, retry_now
from .tasks import enqueue, enqueue_removal

POSTS_INDEX = "social_posts:index"


def token_status(account):
    return account.token_problem() or "Hoạt động tốt"


class ResumingBlockedPosts:
    """Saving a usable account sends the recent posts that were waiting for it."""

    def save_instance(self):
        account = super().save_instance()
        resumed = resume_blocked(account)
        if resumed:
            messages.info(
                self.request,
                f"{len(resumed)} bài thất bại vì tài khoản này chưa dùng được sẽ được đăng lại.",
            )
        return account


class AccountCreateView(ResumingBlockedPosts, generic.CreateView):
    pass


class AccountEditView(ResumingBlockedPosts, generic.EditView):
    pass


class SocialAccountViewSet(ModelViewSet):
    model = SocialAccount
    add_view_class = AccountCreateView
    edit_view_class = AccountEditView
    name = "social_accounts"
    url_prefix = "social/accounts"
    icon = "globe"
    menu_label = "Mạng xã hội"
    menu_name = "social_accounts"
    add_to_settings_menu = True
    copy_view_enabled = False
    inspect_view_enabled = False
    list_display = [
        "name",
        Column("network", label="Mạng", accessor="get_network_display"),
        Column("masked_token", label="Mã truy cập"),
        StatusTagColumn(
            "token_status",
            label="Tình trạng mã truy cập",
            accessor=token_status,
            primary=lambda account: not account.token_problem(),
        ),
        UpdatedAtColumn(),
    ]
    search_fields = ["name"]
    search_backend_name = None
    edit_handler = ObjectList(
        [
            FieldPanel("network"),
            FieldPanel("name"),
            FieldPanel("account_id"),
            MultiFieldPanel(
                [FieldPanel("new_access_token"), FieldPanel("token_expires_at")],
                heading="Mã truy cập",
            ),
            FieldPanel("is_active"),
            FieldPanel("daily_digest"),
        ],
        base_form_class=SocialAccountForm,
    )


class PostFilterSet(WagtailFilterSet):
    for_page = django_filters.NumberFilter(field_name="page_id", label="Mã trang")

    class Meta:
        model = SocialPost
        fields = ["status", "network", "kind"]


def link(post):
    if not post.remote_url:
        return "-"
    return format_html('<a href="{}" target="_blank" rel="noopener">Xem bài</a>', post.remote_url)


def may_remove(user, post):
    """The right to unpublish the page is the right to take its posts down (the page is
    usually unpublished already, so its publishers are asked); digests are the
    administrators'."""
    if user.is_superuser:
        return True
    if post.page_id is None:
        return user.has_perm("delivery.change_socialaccount")
    page = Page.objects.filter(pk=post.page_id).first()
    return page is not None and page.specific.permissions_for_user(user).can_publish()


class PostIndexView(generic.IndexView):
    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.status in RETRYABLE and self.user_has_permission("retry"):
            buttons.append(
                Button(
                    "Đăng lại ngay",
                    url=reverse("social_posts:retry", args=[instance.pk]),
                    icon_name="resubmit",
                    priority=20,
                )
            )
        return buttons


class PostInspectView(generic.InspectView):
    @cached_property
    def header_buttons(self):
        buttons = []
        if self.object.status in RETRYABLE and self.user_has_permission("retry"):
            buttons.append(
                HeaderButton(
                    "Đăng lại ngay",
                    url=reverse("social_posts:retry", args=[self.object.pk]),
                    icon_name="resubmit",
                )
            )
        if removable(self.object) and may_remove(self.request.user, self.object):
            buttons.append(
                HeaderButton(
                    "Gỡ khỏi mạng xã hội",
                    url=reverse("social_posts:remove", args=[self.object.pk]),
                    icon_name="bin",
                )
            )
        return buttons

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        return "-" if value in (None, "") else value

    def get_remote_url_display_value(self):
        return link(self.object)


class ConfirmView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    model = SocialPost
    template_name = "social/confirm.html"
    header_icon = "globe"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.object = get_object_or_404(SocialPost, pk=kwargs["pk"])
        self.inspect_url = reverse("social_posts:inspect", args=[self.object.pk])

    def get_page_subtitle(self):
        return str(self.object)

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "object": self.object,
            "back_url": self.inspect_url,
            "question": self.question(),
            "allowed": self.allowed(),
            "action_label": self.page_title,
        }


class RetryView(ConfirmView):
    permission_required = "retry"
    page_title = "Đăng lại ngay"

    def question(self):
        return (
            f"Đăng lại “{self.object.title}” lên {self.object.get_network_display()} ngay bây "
            "giờ, với lịch thử lại mới?"
        )

    def allowed(self):
        return self.object.status in RETRYABLE

    def post(self, request, *args, **kwargs):
        if retry_now(self.object):
            enqueue([self.object.pk])
            self.object.refresh_from_db()
            messages.success(request, f"Đã đăng lại: {self.object.get_status_display().lower()}.")
        else:
            messages.error(request, "Chỉ đăng lại được bài thất bại hoặc đang chờ đăng lại.")
        return redirect(self.inspect_url)


class RemoveView(ConfirmView):
    permission_required = "view"
    page_title = "Gỡ khỏi mạng xã hội"

    def dispatch(self, request, *args, **kwargs):
        if not may_remove(request.user, self.object):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def question(self):
        return f"Gỡ bài “{self.object.title}” khỏi {self.object.get_network_display()}?"

    def allowed(self):
        return removable(self.object)

    def post(self, request, *args, **kwargs):
        if not removable(self.object):
            messages.error(request, "Bài này không gỡ được qua mạng xã hội.")
            return redirect(self.inspect_url)
        enqueue_removal([self.object.pk])
        self.object.refresh_from_db()
        if self.object.status == SocialPost.Status.REMOVED:
            messages.success(request, "Đã gỡ bài khỏi mạng xã hội.")
        else:
            messages.warning(request, self.object.failure or "Đang gỡ bài khỏi mạng xã hội.")
        return redirect(self.inspect_url)


class RemovePagePostsView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """Offered after a page is unpublished: take down every post of it that its
    network lets us remove."""

    model = SocialPost
    permission_required = "view"
    template_name = "social/remove_page_posts.html"
    page_title = "Gỡ bài đã đăng trên mạng xã hội"
    header_icon = "globe"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.page = get_object_or_404(Page, pk=kwargs["page_id"]).specific
        self.posts = [
            post
            for post in SocialPost.objects.filter(
                page_id=self.page.pk, status=SocialPost.Status.POSTED
            )
            if removable(post)
        ]
        self.list_url = f"{reverse(POSTS_INDEX)}?for_page={self.page.pk}"

    def dispatch(self, request, *args, **kwargs):
        if (
            not request.user.is_superuser
            and not self.page.permissions_for_user(request.user).can_publish()
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return self.page.title

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "page": self.page,
            "posts": self.posts,
            "list_url": self.list_url,
        }

    def post(self, request, *args, **kwargs):
        enqueue_removal([post.pk for post in self.posts])
        gone = SocialPost.objects.filter(
            pk__in=[post.pk for post in self.posts], status=SocialPost.Status.REMOVED
        ).count()
        if gone == len(self.posts):
            messages.success(request, f"Đã gỡ {gone} bài khỏi mạng xã hội.")
        else:
            messages.warning(
                request,
                f"Đã gỡ {gone}/{len(self.posts)} bài; xem lý do ở danh sách bài đăng.",
            )
        return redirect(self.list_url)


class SocialPostViewSet(ModelViewSet):
    model = SocialPost
    name = "social_posts"
    url_prefix = "social/posts"
    icon = "globe"
    menu_label = "Bài đăng mạng xã hội"
    add_to_admin_menu = True
    menu_order = 250
    index_view_class = PostIndexView
    inspect_view_enabled = True
    inspect_view_class = PostInspectView
    copy_view_enabled = False
    list_display = [
        "title",
        Column("network", label="Mạng", accessor="get_network_display", sort_key="network"),
        StatusTagColumn(
            "status",
            label="Trạng thái",
            accessor="get_status_display",
            sort_key="status",
            primary=lambda post: post.status == SocialPost.Status.POSTED,
        ),
        Column("remote_url", label="Liên kết", accessor=link),
        "failure",
        "next_attempt_at",
        "created_at",
    ]
    filterset_class = PostFilterSet
    search_fields = ["title", "text"]
    search_backend_name = None
    inspect_view_fields = [
        "title",
        "network",
        "kind",
        "status",
        "remote_url",
        "failure",
        "text",
        "link",
        "attempts",
        "last_attempt_at",
        "next_attempt_at",
        "created_at",
        "posted_at",
        "removed_at",
    ]

    def get_urlpatterns(self):
        # A log: no add, edit, copy or delete views.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("retry/<int:pk>/", RetryView.as_view(), name="retry"),
            path("remove/<int:pk>/", RemoveView.as_view(), name="remove"),
            path("page/<int:page_id>/remove/", RemovePagePostsView.as_view(), name="remove_page"),
        ]
