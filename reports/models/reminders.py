"""Reminders (nhắc gửi báo cáo) sent to units that have not sent their report: the
dashboard shows when each unit was last reminded, and the scheduled command reminds a
unit at most once a day."""

from django.conf import settings
from django.db import models
from django.utils import timezone


class Reminder(models.Model):
    period = models.ForeignKey(
        "reports.Period",
        verbose_name="kỳ báo cáo",
        on_delete=models.CASCADE,
        related_name="reminders",
    )
    unit = models.ForeignKey(
        "home.Unit", verbose_name="đơn vị", on_delete=models.CASCADE, related_name="+"
    )
    sent_at = models.DateTimeField("gửi lúc", default=timezone.now)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người gửi",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Để trống khi lệnh nhắc tự động gửi.",
    )
    recipients = models.PositiveIntegerField("số người nhận")

    class Meta:
        ordering = ["-sent_at", "-pk"]
        verbose_name = "lần nhắc gửi báo cáo"
        verbose_name_plural = "lần nhắc gửi báo cáo"
        indexes = [
            models.Index(fields=["period", "unit", "sent_at"], name="reports_reminder_unit_time")
        ]

    def __str__(self):
        return f"{self.unit} – {self.period} ({timezone.localtime(self.sent_at):%d/%m/%Y %H:%M})"
