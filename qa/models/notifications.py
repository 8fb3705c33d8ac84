"""What the asker is told, and whether it reached them.

Each time a question is answered, needs clarification, is refused or is published, one
notification is recorded and sent in the background (``qa.notifications``) by the
sender of the asker's contact kind. A failed attempt is kept with the kind of error,
never the address, and tried again later; staff see every attempt on the question's
screen and may send it again.
"""

from django.db import models
from django.utils import timezone


class QuestionNotification(models.Model):
    class Reason(models.TextChoices):
        ANSWERED = "answered", "Đã có câu trả lời"
        CLARIFY = "clarifying", "Đề nghị bổ sung thông tin"
        REJECTED = "rejected", "Không tiếp nhận"
        PUBLISHED = "published", "Đã đăng công khai"

    class Status(models.TextChoices):
        PENDING = "pending", "Chờ gửi"
        SENT = "sent", "Đã gửi"
        FAILED = "failed", "Không gửi được"

    question = models.ForeignKey(
        "qa.Question", on_delete=models.CASCADE, related_name="notifications"
    )
    reason = models.CharField("nội dung", max_length=16, choices=Reason)
    # The contact kind the sender was chosen by (``Question.ContactKind``).
    channel = models.CharField("gửi qua", max_length=8)
    status = models.CharField(
        "trạng thái", max_length=8, choices=Status, default=Status.PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField("số lần gửi", default=0)
    # The kind of the last error (an exception's class), not its text: a mail server's
    # refusal quotes the address.
    last_error = models.CharField("lỗi lần gửi trước", max_length=255, blank=True)
    created_at = models.DateTimeField("tạo lúc", default=timezone.now)
    next_attempt_at = models.DateTimeField("gửi lại lúc", null=True, blank=True)
    sent_at = models.DateTimeField("gửi được lúc", null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = "thông báo cho người hỏi"
        verbose_name_plural = "thông báo cho người hỏi"
        indexes = [
            models.Index(fields=["status", "next_attempt_at"], name="qa_notification_due"),
        ]

    def __str__(self):
        return f"{self.question_id} {self.reason} {self.status}"
