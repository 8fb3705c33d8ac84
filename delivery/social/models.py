"""Connections to the province's social accounts, what an editor asks to post for a page,
and every post made (or to be made) with its outcome."""

import hashlib
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from modelcluster.fields import ParentalKey
from wagtail.models import Orderable

from home.personal_data import EncryptedTextField

from .text import LIMITS, length_on

# Administrators are warned this long before a token expires.
TOKEN_WARNING = timedelta(days=7)


class Network(models.TextChoices):
    FACEBOOK = "facebook", "Facebook (Trang)"
    ZALO = "zalo", "Zalo OA"
    X = "x", "X (Twitter)"
    YOUTUBE = "youtube", "YouTube"


class SocialAccount(models.Model):
    """The connection to one of the province's accounts: which page or channel, and the
    token the network issued. Tokens are stored encrypted and never shown back."""

    network = models.CharField("mạng xã hội", max_length=16, choices=Network.choices, unique=True)
    name = models.CharField(
        "tên tài khoản", max_length=255, help_text="Ví dụ: Trang Phổ biến pháp luật Quảng Ninh."
    )
    account_id = models.CharField(
        "mã trang / tài khoản",
        max_length=255,
        blank=True,
        help_text="Facebook: mã Trang (page id). Zalo: mã OA. X, YouTube: không bắt buộc.",
    )
    access_token = EncryptedTextField("mã truy cập (access token)", blank=True, editable=False)
    token_expires_at = models.DateTimeField(
        "mã truy cập hết hạn lúc",
        null=True,
        blank=True,
        help_text="Để trống nếu mã không hết hạn. Hệ thống nhắc quản trị viên trước 7 ngày.",
    )
    # Set when the network refused the token; cleared when a new token is saved.
    token_rejected_at = models.DateTimeField("mạng xã hội từ chối mã lúc", null=True, blank=True)
    token_rejected_reason = models.CharField("lý do từ chối mã", max_length=500, blank=True)
    is_active = models.BooleanField(
        "đang hoạt động", default=True, help_text="Bỏ chọn để tạm dừng đăng lên mạng này."
    )
    daily_digest = models.BooleanField(
        "đăng bản tin hằng ngày",
        default=False,
        help_text="Mỗi tối đăng một bài tổng hợp các tin đã xuất bản trong ngày.",
    )
    updated_at = models.DateTimeField("ngày cập nhật", auto_now=True)

    class Meta:
        ordering = ["network"]
        verbose_name = "tài khoản mạng xã hội"
        verbose_name_plural = "tài khoản mạng xã hội"

    def __str__(self):
        return f"{self.get_network_display()}: {self.name}"

    @property
    def masked_token(self):
        """Enough of the token to tell two apart, never enough to use it."""
        if not self.access_token:
            return "Chưa có"
        return f"••••••{self.access_token[-4:]}" if len(self.access_token) > 12 else "••••••"

    def token_blocker(self, now=None):
        """Why nothing can be posted with the stored token, in Vietnamese; empty when
        it may be used."""
        now = now or timezone.now()
        if not self.access_token:
            return "Chưa nhập mã truy cập."
        if self.token_rejected_at:
            return f"Mạng xã hội từ chối mã truy cập: {self.token_rejected_reason}"
        if self.token_expires_at and self.token_expires_at <= now:
            return "Mã truy cập đã hết hạn."
        return ""

    def token_problem(self, now=None):
        """What administrators must act on: a token that cannot be used, or one that
        expires within 7 days; empty when the token is fine."""
        now = now or timezone.now()
        blocker = self.token_blocker(now)
        if blocker:
            return blocker
        if self.token_expires_at and self.token_expires_at <= now + TOKEN_WARNING:
            local = timezone.localtime(self.token_expires_at)
            return f"Mã truy cập sắp hết hạn ({local:%d/%m/%Y %H:%M})."
        return ""


class SocialPostChoice(Orderable):
    """A network the editor chose for a page, with the text to post there. Kept with the
    page's revisions: a choice made in a draft takes effect when the page is published."""

    page = ParentalKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="social_posts")
    network = models.CharField("mạng xã hội", max_length=16, choices=Network.choices)
    text = models.TextField(
        "nội dung đăng",
        blank=True,
        help_text="Để trống để dùng phần tóm tắt, cắt vừa giới hạn của mạng, kèm các thẻ "
        "dạng #hashtag. X: tối đa 280 ký tự, tính cả đường dẫn (23 ký tự).",
    )
    scheduled_at = models.DateTimeField(
        "đăng lúc",
        null=True,
        blank=True,
        help_text="Để trống để đăng ngay khi trang được xuất bản.",
    )

    class Meta(Orderable.Meta):
        verbose_name = "bài đăng mạng xã hội"
        verbose_name_plural = "bài đăng mạng xã hội"

    def clean(self):
        super().clean()
        limit = LIMITS.get(self.network)
        if self.text and limit and length_on(self.network, self.text) > limit:
            raise ValidationError(
                {
                    "text": f"Quá dài cho {self.get_network_display()}: tối đa {limit} ký tự "
                    f"(tính cả đường dẫn), hiện có {length_on(self.network, self.text)}."
                }
            )


class SocialPost(models.Model):
    """One post on one network: a page's (or the day's digest), its state and its link.
    Written by the system; editors read it, retry it and remove it."""

    class Status(models.TextChoices):
        PENDING = "pending", "Đang chờ đăng"
        RETRYING = "retrying", "Đang chờ đăng lại"
        POSTED = "posted", "Đã đăng"
        FAILED = "failed", "Thất bại"
        REMOVED = "removed", "Đã gỡ"
        CANCELLED = "cancelled", "Đã hủy"

    class Kind(models.TextChoices):
        PAGE = "page", "Bài của trang"
        DIGEST = "digest", "Bản tin hằng ngày"

    network = models.CharField("mạng xã hội", max_length=16, choices=Network.choices)
    kind = models.CharField("loại", max_length=8, choices=Kind.choices, default=Kind.PAGE)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="trang",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    title = models.CharField("tiêu đề", max_length=255)
    text = models.TextField("nội dung đăng")
    text_hash = models.CharField(max_length=64, editable=False)
    link = models.CharField("đường dẫn trang", max_length=2000, blank=True)
    digest_date = models.DateField("ngày của bản tin", null=True, blank=True)
    status = models.CharField(
        "trạng thái", max_length=16, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField("số lần đã thử", default=0)
    next_attempt_at = models.DateTimeField("lần thử tiếp theo", null=True, blank=True)
    last_attempt_at = models.DateTimeField("lần thử gần nhất", null=True, blank=True)
    failure = models.CharField("lý do thất bại", max_length=500, blank=True)
    # Failed because the network's account could not be used (not connected, paused, its
    # token expired or refused): fixing the account starts recent ones again
    # (``posting.resume_blocked``).
    blocked_by_account = models.BooleanField("chờ tài khoản", default=False, editable=False)
    remote_id = models.CharField("mã bài trên mạng xã hội", max_length=255, blank=True)
    remote_url = models.CharField("liên kết bài đăng", max_length=2000, blank=True)
    created_at = models.DateTimeField("thời điểm tạo", auto_now_add=True)
    posted_at = models.DateTimeField("thời điểm đăng", null=True, blank=True)
    removed_at = models.DateTimeField("thời điểm gỡ", null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "bài đăng mạng xã hội"
        verbose_name_plural = "bài đăng mạng xã hội"
        default_permissions = ()
        indexes = [
            models.Index(fields=["status", "next_attempt_at"], name="socialpost_due_idx"),
            models.Index(fields=["page", "network"], name="socialpost_page_idx"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["network", "digest_date"],
                condition=models.Q(kind="digest"),
                name="socialpost_one_digest_a_day",
            )
        ]

    def __str__(self):
        return f"{self.get_network_display()}: {self.title}"

    def save(self, *args, **kwargs):
        self.text_hash = text_hash(self.text)
        super().save(*args, **kwargs)


def text_hash(text):
    return hashlib.sha256(text.encode()).hexdigest()
