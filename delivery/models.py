"""Sites that are notified when content changes, and the log of every notification."""

import uuid

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models

# Audio for commune loudspeakers lives in its own module; Django looks for models here.
from delivery.audio.models import Bulletin, BulletinItem, MachineReading  # noqa: F401
from delivery.webhooks.signing import generate_secret


class WebhookEvent(models.TextChoices):
    PUBLISHED = "published", "Xuất bản"
    UNPUBLISHED = "unpublished", "Ngừng xuất bản"
    DELETED = "deleted", "Xóa"


class WebhookSubscriber(models.Model):
    """A site (for example a commune's WordPress site) that receives a signed HTTP POST
    when content it follows is published, unpublished or deleted."""

    name = models.CharField("tên nơi nhận", max_length=255)
    url = models.URLField(
        "địa chỉ nhận (URL)",
        max_length=500,
        validators=[URLValidator(schemes=["http", "https"])],
        help_text="Địa chỉ https (hoặc http) mà cổng gửi yêu cầu POST tới.",
    )
    secret = models.CharField(
        "khóa bí mật",
        max_length=128,
        default=generate_secret,
        editable=False,
        help_text="Nơi nhận dùng khóa này để kiểm tra chữ ký X-PBGDPL-Signature.",
    )
    on_published = models.BooleanField("khi xuất bản", default=True)
    on_unpublished = models.BooleanField("khi ngừng xuất bản", default=True)
    on_deleted = models.BooleanField("khi xóa", default=True)
    sections = models.ManyToManyField(
        "home.SectionPage",
        verbose_name="chuyên mục",
        blank=True,
        related_name="+",
        help_text="Chỉ gửi về các trang thuộc (hoặc nằm dưới) những chuyên mục này. "
        "Để trống để gửi mọi chuyên mục.",
    )
    units = models.ManyToManyField(
        "home.Unit",
        verbose_name="đơn vị",
        blank=True,
        related_name="+",
        help_text="Chỉ gửi về các trang của những đơn vị này. Để trống để gửi mọi đơn vị.",
    )
    is_active = models.BooleanField(
        "đang hoạt động",
        default=True,
        help_text="Bỏ chọn để tạm dừng gửi; các lần gửi lại đang chờ cũng dừng.",
    )
    created_at = models.DateTimeField("ngày tạo", auto_now_add=True)
    updated_at = models.DateTimeField("ngày cập nhật", auto_now=True)

    class Meta:
        # The table keeps the name it had before the model moved to this app.
        db_table = "publications_webhooksubscriber"
        ordering = ["name"]
        verbose_name = "nơi nhận webhook"
        verbose_name_plural = "nơi nhận webhook"

    def __str__(self):
        return self.name

    def clean(self):
        if not self.events:
            raise ValidationError("Chọn ít nhất một sự kiện cần gửi.")

    @property
    def events(self):
        return [event for event in WebhookEvent if getattr(self, f"on_{event}")]

    def follows(self, path, unit_id):
        """Whether a page at tree ``path`` made by ``unit_id`` passes the filters: it is one
        of the chosen sections or below one, and one of the chosen units made it. Expects
        ``sections`` and ``units`` prefetched when called for many subscribers."""
        section_paths = [section.path for section in self.sections.all()]
        if section_paths and not any(path.startswith(prefix) for prefix in section_paths):
            return False
        unit_ids = {unit.pk for unit in self.units.all()}
        return not unit_ids or unit_id in unit_ids


class WebhookDelivery(models.Model):
    """One notification of one event to one subscriber, with the outcome of its attempts."""

    class Status(models.TextChoices):
        PENDING = "pending", "Đang chờ gửi"
        SUCCEEDED = "succeeded", "Thành công"
        RETRYING = "retrying", "Đang chờ gửi lại"
        FAILED = "failed", "Thất bại"
        # The receiver's address is on the server's own network: never sent, not retried.
        REFUSED = "refused", "Bị từ chối"

    uuid = models.UUIDField("mã lần gửi", default=uuid.uuid4, unique=True, editable=False)
    subscriber = models.ForeignKey(
        WebhookSubscriber,
        verbose_name="nơi nhận",
        on_delete=models.CASCADE,
        related_name="deliveries",
        # The (subscriber, created_at) index below serves lookups by subscriber.
        db_index=False,
    )
    event = models.CharField("sự kiện", max_length=16, choices=WebhookEvent.choices)
    # The page may be gone (deleted event): keep what the log needs, not a foreign key.
    page_id = models.PositiveIntegerField("mã trang")
    page_title = models.CharField("tiêu đề trang", max_length=255)
    page_url = models.CharField("địa chỉ trang", max_length=2000, blank=True)
    payload = models.JSONField("nội dung gửi")
    status = models.CharField(
        "trạng thái", max_length=16, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField("số lần đã gửi", default=0)
    response_status_code = models.PositiveSmallIntegerField(
        "mã phản hồi HTTP gần nhất", null=True, blank=True
    )
    response_excerpt = models.TextField("phản hồi hoặc lỗi gần nhất", blank=True)
    last_attempt_at = models.DateTimeField("lần gửi gần nhất", null=True, blank=True)
    next_attempt_at = models.DateTimeField("lần gửi tiếp theo", null=True, blank=True)
    created_at = models.DateTimeField("thời điểm tạo", auto_now_add=True)
    finished_at = models.DateTimeField("thời điểm kết thúc", null=True, blank=True)

    class Meta:
        # The table keeps the name it had before the model moved to this app.
        db_table = "publications_webhookdelivery"
        ordering = ["-created_at", "-pk"]
        verbose_name = "lần gửi webhook"
        verbose_name_plural = "lịch sử gửi webhook"
        default_permissions = ("view",)
        permissions = [("redeliver_webhookdelivery", "Có thể gửi lại webhook thất bại")]
        indexes = [
            models.Index(fields=["-created_at"], name="webhookdelivery_created_idx"),
            models.Index(fields=["status", "next_attempt_at"], name="webhookdelivery_due_idx"),
            models.Index(fields=["subscriber", "-created_at"], name="webhookdelivery_subscr_idx"),
            models.Index(fields=["event", "-created_at"], name="webhookdelivery_event_idx"),
        ]

    def __str__(self):
        return f"{self.get_event_display()}: {self.page_title}"

    @property
    def event_name(self):
        return f"page.{self.event}"


# Social networks' models live with the rest of delivery.social.
from delivery.social.models import (  # noqa: E402
    Network,
    SocialAccount,
    SocialPost,
    SocialPostChoice,
)

__all__ = [
    "Network",
    "SocialAccount",
    "SocialPost",
    "SocialPostChoice",
    "WebhookDelivery",
    "WebhookEvent",
    "WebhookSubscriber",
]
