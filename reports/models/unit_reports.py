"""A unit's report for a period, its figures and its history.

States: draft → submitted → accepted, or submitted → returned (with the Department of
Justice's comment) → submitted again. Only the unit's reporters edit a draft or a
returned report; an accepted report is locked. What moves a report is in
``reports.workflow``.
"""

from django.conf import settings
from django.db import models


class UnitReport(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Đang soạn"
        SUBMITTED = "submitted", "Đã gửi, chờ duyệt"
        RETURNED = "returned", "Trả lại để sửa"
        ACCEPTED = "accepted", "Đã chấp nhận"

    # The figures of these count in the period's totals: the unit has vouched for them.
    COUNTED = (Status.SUBMITTED, Status.ACCEPTED)
    # The unit's reporters may change these.
    EDITABLE = (Status.DRAFT, Status.RETURNED)

    period = models.ForeignKey(
        "reports.Period",
        verbose_name="kỳ báo cáo",
        on_delete=models.PROTECT,
        related_name="reports",
    )
    unit = models.ForeignKey(
        "home.Unit", verbose_name="đơn vị", on_delete=models.PROTECT, related_name="+"
    )
    status = models.CharField(
        "trạng thái", max_length=16, choices=Status.choices, default=Status.DRAFT
    )
    notes = models.TextField(
        "thuyết minh của đơn vị",
        blank=True,
        help_text="Kết quả nổi bật, khó khăn, kiến nghị.",
    )
    # When the report was first sent: lateness is judged by it, so a report returned
    # for a correction after the deadline was still on time.
    first_submitted_at = models.DateTimeField("gửi lần đầu lúc", null=True, blank=True)
    submitted_at = models.DateTimeField("gửi lúc", null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người gửi",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField("duyệt lúc", null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người duyệt",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    review_comment = models.TextField("ý kiến của Sở Tư pháp", blank=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)

    class Meta:
        ordering = ["period", "unit__sort_order", "unit__name"]
        verbose_name = "báo cáo của đơn vị"
        verbose_name_plural = "báo cáo của đơn vị"
        constraints = [
            models.UniqueConstraint(fields=["period", "unit"], name="reports_one_report_per_unit")
        ]
        permissions = [
            ("prepare_unitreport", "Lập và gửi báo cáo thống kê của đơn vị mình"),
            ("review_unitreport", "Tổng hợp, chấp nhận hoặc trả lại báo cáo thống kê"),
        ]

    def __str__(self):
        return f"{self.unit} – {self.period}"

    @property
    def is_editable(self):
        return self.status in self.EDITABLE

    @property
    def is_counted(self):
        return self.status in self.COUNTED

    @property
    def was_late(self):
        return bool(self.first_submitted_at) and (
            self.first_submitted_at >= self.period.deadline_passes_at
        )


class ReportValue(models.Model):
    """One figure of a report. ``automatic`` is what the system computed, kept as it was
    when the report was sent (a draft shows it live); ``entered`` is what the unit typed:
    its own figure for an indicator without a source, or an override of the computed one,
    which needs an ``explanation``."""

    report = models.ForeignKey(UnitReport, on_delete=models.CASCADE, related_name="values")
    indicator = models.ForeignKey(
        "reports.Indicator", verbose_name="chỉ tiêu", on_delete=models.PROTECT, related_name="+"
    )
    automatic = models.BigIntegerField("số tự động", null=True, blank=True)
    entered = models.BigIntegerField("số đơn vị nhập", null=True, blank=True)
    explanation = models.TextField("giải trình", blank=True)

    class Meta:
        verbose_name = "số liệu"
        verbose_name_plural = "số liệu"
        constraints = [
            models.UniqueConstraint(
                fields=["report", "indicator"], name="reports_one_value_per_indicator"
            )
        ]

    def __str__(self):
        return f"{self.indicator.code}: {self.value}"

    @property
    def value(self):
        """The figure that counts."""
        return self.entered if self.entered is not None else self.automatic

    @property
    def is_override(self):
        return (
            self.automatic is not None
            and self.entered is not None
            and self.entered != self.automatic
        )


class ReportEvent(models.Model):
    """A line of a report's history: who did what, when, and which figures changed."""

    class Action(models.TextChoices):
        CREATED = "created", "Tạo báo cáo"
        SAVED = "saved", "Lưu số liệu"
        SUBMITTED = "submitted", "Gửi báo cáo"
        ACCEPTED = "accepted", "Chấp nhận"
        RETURNED = "returned", "Trả lại"
        REMINDED = "reminded", "Nhắc gửi báo cáo"

    report = models.ForeignKey(UnitReport, on_delete=models.CASCADE, related_name="events")
    action = models.CharField("việc", max_length=16, choices=Action.choices)
    at = models.DateTimeField("lúc", auto_now_add=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người thực hiện",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    comment = models.TextField("ý kiến", blank=True)
    # {indicator code: {"from": old figure or None, "to": new figure or None,
    #  "explanation": the explanation when it changed}}, and "notes" when they changed.
    changes = models.JSONField("thay đổi", default=dict, blank=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = "lịch sử báo cáo"
        verbose_name_plural = "lịch sử báo cáo"

    def __str__(self):
        return f"{self.get_action_display()} – {self.at:%d/%m/%Y %H:%M}"
