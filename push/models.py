"""A device's push subscription, what it follows, and the notices sent to it.

The endpoint is the address of one browser's push channel: whoever holds it (with the
keys) can reach that phone, so it is personal data, stored encrypted
(``home.personal_data``) and found by its keyed hash. The keys that encrypt the
messages for the browser are encrypted alike. Nothing here names a person: a device
follows topics, and a topic is a kind and an object's id.
"""

from django.db import models

from home.personal_data import EncryptedTextField


class Subscription(models.Model):
    endpoint = EncryptedTextField("địa chỉ nhận (mã hóa)")
    endpoint_hash = models.CharField(max_length=64, unique=True, editable=False)
    p256dh = EncryptedTextField("khóa công khai của trình duyệt (mã hóa)")
    auth = EncryptedTextField("khóa xác thực (mã hóa)")
    created_at = models.DateTimeField("đăng ký lúc", auto_now_add=True)
    last_sent_at = models.DateTimeField("gửi lần cuối", null=True, blank=True)
    # Failed sends in a row; a success sets it back to zero.
    failures = models.PositiveIntegerField("số lần gửi lỗi liên tiếp", default=0)

    class Meta:
        verbose_name = "thiết bị nhận thông báo"
        verbose_name_plural = "thiết bị nhận thông báo"

    def __str__(self):
        # Never the endpoint: this may reach a log or an admin screen.
        return f"Thiết bị #{self.pk}"

    def as_webpush_info(self):
        return {"endpoint": self.endpoint, "keys": {"p256dh": self.p256dh, "auth": self.auth}}


class Topic(models.Model):
    """What a device wants to hear about: a kind registered in ``push.topics`` and the id
    of one of its objects (a contest page, a question, an exchange page)."""

    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="topics")
    kind = models.CharField("loại", max_length=40)
    object_id = models.PositiveBigIntegerField("mã đối tượng")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "nội dung theo dõi"
        verbose_name_plural = "nội dung theo dõi"
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "kind", "object_id"], name="push_topic_once_per_device"
            )
        ]
        indexes = [models.Index(fields=["kind", "object_id"], name="push_topic_object")]

    def __str__(self):
        return f"{self.kind} #{self.object_id}"


class Delivery(models.Model):
    """One notice to one device, sent by a background task and retried while the push
    service is busy or failing."""

    class Status(models.TextChoices):
        PENDING = "pending", "Đang chờ gửi"
        SENT = "sent", "Đã gửi"
        FAILED = "failed", "Gửi không được"

    subscription = models.ForeignKey(
        Subscription, on_delete=models.CASCADE, related_name="deliveries"
    )
    kind = models.CharField(max_length=40)
    object_id = models.PositiveBigIntegerField()
    title = models.CharField(max_length=200)
    body = models.CharField(max_length=500)
    url = models.CharField(max_length=500)
    tag = models.CharField(max_length=100)
    urgency = models.CharField(max_length=10, default="normal")
    ttl = models.PositiveIntegerField(default=86400)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    # The push service's last answer (an HTTP status), or the kind of error: never its text.
    last_error = models.CharField(max_length=100, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "thông báo đã gửi"
        verbose_name_plural = "thông báo đã gửi"
        indexes = [models.Index(fields=["status", "next_attempt_at"], name="push_delivery_due")]

    def __str__(self):
        return f"Thông báo #{self.pk} ({self.kind})"

    def payload(self):
        return {
            "title": self.title,
            "body": self.body,
            "url": self.url,
            "tag": self.tag,
            "lang": "vi",
        }


class SentReminder(models.Model):
    """A scheduled reminder (a round opening, an exchange starting) that went out, so
    that ``send_push_reminders`` sends each once."""

    kind = models.CharField(max_length=40)
    object_id = models.PositiveBigIntegerField()
    # What occasion: the time it was for, so a round moved to a later hour reminds again.
    occasion = models.CharField(max_length=100)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id", "occasion"], name="push_reminder_once"
            )
        ]

    def __str__(self):
        return f"{self.kind} #{self.object_id} {self.occasion}"
