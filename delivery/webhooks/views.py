"""Admin for webhooks: subscribers (Settings → Webhook) and their read-only delivery log."""

import json

from django import forms
from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.views.generic import TemplateView

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, StatusTagColumn, UpdatedAtColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import Button, HeaderButton
from wagtail.permissions import policy_registry

from delivery.models import WebhookDelivery, WebhookSubscriber

from . import tasks
from .delivery import RESTARTABLE, restart
from .failures import explain
from .forms import WebhookSubscriberForm

DELIVERIES_INDEX = "webhook_deliveries:index"


def can_view_deliveries(user):
    return policy_registry.get_by_type(WebhookDelivery).user_has_permission(user, "view")


class SubscriberIndexView(generic.IndexView):
    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if can_view_deliveries(self.request.user):
            buttons.append(
                HeaderButton("Lịch sử gửi", url=reverse(DELIVERIES_INDEX), icon_name="history")
            )
        return buttons

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if can_view_deliveries(self.request.user):
            buttons.append(
                Button(
                    "Lịch sử gửi",
                    url=f"{reverse(DELIVERIES_INDEX)}?subscriber={instance.pk}",
                    icon_name="history",
                    priority=25,
                )
            )
        return buttons


class SubscriberCreateView(generic.CreateView):
    def get_success_url(self):
        # The secret is shown on the edit page: the administrator copies it from there.
        return self.get_edit_url()


SETTINGS_PANELS = [
    FieldPanel("name"),
    FieldPanel("url"),
    FieldPanel("is_active"),
    MultiFieldPanel(
        [FieldPanel("on_published"), FieldPanel("on_unpublished"), FieldPanel("on_deleted")],
        heading="Sự kiện cần gửi",
    ),
    MultiFieldPanel(
        [
            FieldPanel("sections", widget=forms.CheckboxSelectMultiple),
            FieldPanel("units", widget=forms.CheckboxSelectMultiple),
        ],
        heading="Chỉ gửi nội dung của",
        help_text="Khi chọn cả chuyên mục và đơn vị, trang phải thỏa cả hai điều kiện.",
    ),
]
# What the receiver's developers need, said where the administrator copies the secret:
# the administrator cannot open the project's own documentation.
SIGNATURE_HELP = """
<p>Gửi khóa này cho người quản trị nơi nhận qua một kênh an toàn (không gửi qua thư điện
tử thường hoặc mạng xã hội). Mỗi lần gửi là một yêu cầu <code>POST</code> có nội dung
JSON, kèm hai tiêu đề:</p>
<ul>
<li><code>X-PBGDPL-Timestamp</code>: thời điểm gửi, tính bằng giây (Unix);</li>
<li><code>X-PBGDPL-Signature</code>: <code>sha256=</code> và mã HMAC-SHA256 (chữ số hệ
16, chữ thường) của chuỗi <code>&lt;giá trị X-PBGDPL-Timestamp&gt;.&lt;nội dung
nhận được&gt;</code>, ký bằng khóa bí mật này.</li>
</ul>
<p>Nơi nhận tính lại chữ ký trên nội dung nguyên bản (trước khi đọc JSON), so sánh với
tiêu đề bằng hàm so sánh an toàn (<code>hmac.compare_digest</code>,
<code>hash_equals</code>), từ chối yêu cầu sai chữ ký hoặc có thời điểm lệch quá 5 phút,
rồi trả lời ngay bằng mã <code>2xx</code>. Mọi trả lời khác, lỗi mạng hoặc quá 10 giây
đều bị coi là thất bại và được gửi lại sau 1 phút, 5 phút, 30 phút, 2 giờ và 6 giờ;
trường <code>delivery_id</code> giống nhau giữa các lần gửi lại, dùng nó để bỏ qua
thông báo trùng.</p>
"""
SECRET_PANEL = MultiFieldPanel(
    [
        FieldPanel("secret", read_only=True),
        FieldPanel("regenerate_secret"),
        HelpPanel(content=SIGNATURE_HELP, heading="Cách nơi nhận kiểm tra chữ ký"),
    ],
    heading="Khóa bí mật ký nội dung",
)


class WebhookSubscriberViewSet(ModelViewSet):
    model = WebhookSubscriber
    name = "webhooks"
    icon = "link-external"
    menu_label = "Webhook"
    menu_name = "webhooks"
    add_to_settings_menu = True
    index_view_class = SubscriberIndexView
    add_view_class = SubscriberCreateView
    copy_view_enabled = False
    list_display = [
        "name",
        "url",
        StatusTagColumn(
            "is_active",
            label="Trạng thái",
            accessor=lambda subscriber: "Đang hoạt động" if subscriber.is_active else "Tạm dừng",
            primary=lambda subscriber: subscriber.is_active,
        ),
        UpdatedAtColumn(),
    ]
    list_filter = ["is_active"]
    search_fields = ["name", "url"]
    search_backend_name = None
    edit_handler = ObjectList(
        [*SETTINGS_PANELS, SECRET_PANEL], base_form_class=WebhookSubscriberForm
    )

    def get_add_view_kwargs(self, **kwargs):
        # A new subscriber's secret is generated when it is saved: nothing to show yet.
        panel = ObjectList(SETTINGS_PANELS, base_form_class=WebhookSubscriberForm).bind_to_model(
            self.model
        )
        return super().get_add_view_kwargs(panel=panel, form_class=panel.get_form_class(), **kwargs)


class DeliveryFilterSet(WagtailFilterSet):
    class Meta:
        model = WebhookDelivery
        fields = ["status", "event", "subscriber"]


def preformatted(text):
    return format_html("<pre>{}</pre>", text) if text else "-"


class DeliveryInspectView(generic.InspectView):
    @cached_property
    def header_buttons(self):
        if self.object.status not in RESTARTABLE:
            return []
        if not self.user_has_permission("redeliver"):
            return []
        return [
            HeaderButton(
                "Gửi lại",
                url=reverse("webhook_deliveries:redeliver", args=[self.object.pk]),
                icon_name="resubmit",
            )
        ]

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        return "-" if value is None else value

    def get_field_label(self, field_name, field):
        if field_name == "failure":
            return "Lý do thất bại"
        if field_name == "response_excerpt":
            return "Chi tiết kỹ thuật (phản hồi hoặc lỗi gần nhất)"
        return super().get_field_label(field_name, field)

    def get_failure_display_value(self):
        return explain(self.object) or "-"

    def get_page_url_display_value(self):
        url = self.object.page_url
        return format_html('<a href="{}">{}</a>', url, url) if url else "-"

    def get_payload_display_value(self):
        return preformatted(json.dumps(self.object.payload, indent=2, ensure_ascii=False))

    def get_response_excerpt_display_value(self):
        return preformatted(self.object.response_excerpt)


class RedeliverView(PermissionCheckedMixin, WagtailAdminTemplateMixin, TemplateView):
    """Asks for confirmation, then starts a failed delivery over with a fresh retry schedule."""

    model = WebhookDelivery
    permission_required = "redeliver"
    template_name = "webhooks/confirm_redeliver.html"
    page_title = "Gửi lại webhook"
    header_icon = "resubmit"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.object = get_object_or_404(WebhookDelivery, pk=kwargs["pk"])
        self.inspect_url = reverse("webhook_deliveries:inspect", args=[self.object.pk])

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse(DELIVERIES_INDEX), "label": "Lịch sử gửi webhook"},
            {"url": self.inspect_url, "label": str(self.object)},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["object"] = self.object
        context["inspect_url"] = self.inspect_url
        context["can_redeliver"] = self.object.status in RESTARTABLE
        return context

    def post(self, request, *args, **kwargs):
        if restart(self.object):
            tasks.enqueue([self.object.pk])
            messages.success(request, f"Đã gửi lại “{self.object}” tới {self.object.subscriber}.")
        else:
            messages.error(request, "Chỉ gửi lại được lần gửi đã thất bại hoặc bị từ chối.")
        return redirect(self.inspect_url)


class WebhookDeliveryViewSet(ModelViewSet):
    model = WebhookDelivery
    name = "webhook_deliveries"
    url_prefix = "webhooks/deliveries"
    icon = "history"
    inspect_view_enabled = True
    inspect_view_class = DeliveryInspectView
    copy_view_enabled = False
    list_display = [
        "page_title",
        "subscriber",
        Column("event", label="Sự kiện", accessor="get_event_display", sort_key="event"),
        StatusTagColumn(
            "status",
            label="Trạng thái",
            accessor="get_status_display",
            sort_key="status",
            primary=lambda delivery: delivery.status == WebhookDelivery.Status.SUCCEEDED,
        ),
        "attempts",
        "response_status_code",
        Column("failure", label="Lý do thất bại", accessor=explain),
        "created_at",
    ]
    filterset_class = DeliveryFilterSet
    search_fields = ["page_title", "page_url"]
    search_backend_name = None
    inspect_view_fields = [
        "uuid",
        "subscriber",
        "event",
        "status",
        "page_id",
        "page_title",
        "page_url",
        "attempts",
        "last_attempt_at",
        "next_attempt_at",
        "response_status_code",
        "failure",
        "response_excerpt",
        "created_at",
        "finished_at",
        "payload",
    ]

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(
            queryset=WebhookDelivery.objects.select_related("subscriber"), **kwargs
        )

    @property
    def redeliver_view(self):
        return RedeliverView.as_view()

    def get_urlpatterns(self):
        # A log has no add, edit, copy or delete views; the permission policy hides
        # their buttons, and without URLs they cannot be reached either.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("redeliver/<int:pk>/", self.redeliver_view, name="redeliver"),
        ]
