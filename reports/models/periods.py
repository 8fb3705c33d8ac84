"""Reporting periods (kỳ báo cáo): what is reported, for when, by whom, by which date."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone

from wagtail.admin.panels import FieldPanel, FieldRowPanel

from home.models import Unit

# Since 1 July 2025 districts no longer exist; communes (the new, merged ones) report.
DISTRICTS_ABOLISHED = datetime.date(2025, 7, 1)


def units_due_for(start, end):
    """The units expected to report on a period from ``start`` to ``end``, preselected
    when a period is created (administrators change the list per period): the running
    departments and organisations; the commune units for periods that end after
    1 July 2025; the district units, kept as data, for periods that began before it."""
    current_kinds = [Unit.Kind.DEPARTMENT, Unit.Kind.ORGANISATION]
    if end >= DISTRICTS_ABOLISHED:
        current_kinds.append(Unit.Kind.COMMUNE)
    due = Q(is_active=True, kind__in=current_kinds)
    if start < DISTRICTS_ABOLISHED:
        due |= Q(kind=Unit.Kind.DISTRICT_HISTORICAL)
    return Unit.objects.filter(due)


class Period(models.Model):
    class Kind(models.TextChoices):
        SIX_MONTH = "six_month", "6 tháng"
        PRELIMINARY_ANNUAL = "preliminary_annual", "Năm (sơ bộ)"
        OFFICIAL_ANNUAL = "official_annual", "Năm (chính thức)"
        CUSTOM = "custom", "Kỳ khác"

    name = models.CharField("tên kỳ báo cáo", max_length=255, unique=True)
    slug = models.SlugField(
        "mã kỳ", max_length=64, unique=True, help_text="Ví dụ: 2026-nam-so-bo; dùng trong API."
    )
    kind = models.CharField("loại kỳ", max_length=32, choices=Kind.choices)
    start = models.DateField("từ ngày")
    end = models.DateField("đến hết ngày")
    deadline = models.DateField(
        "hạn gửi báo cáo",
        help_text="Báo cáo gửi sau ngày này là gửi muộn. Kế hoạch PBGDPL: trước ngày 15/11.",
    )
    template = models.ForeignKey(
        "reports.IndicatorTemplate",
        verbose_name="mẫu báo cáo",
        on_delete=models.PROTECT,
        related_name="periods",
    )
    units = models.ManyToManyField(
        Unit,
        verbose_name="đơn vị phải báo cáo",
        related_name="+",
        blank=True,
        help_text="Để trống khi tạo kỳ để chọn sẵn các đơn vị theo thời gian của kỳ: sở, "
        "ngành, tổ chức; cấp huyện nếu kỳ bắt đầu trước 01/7/2025; cấp xã nếu kỳ kết "
        "thúc từ 01/7/2025.",
    )
    compare_with = models.ForeignKey(
        "self",
        verbose_name="so sánh với kỳ",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Để trống để so với kỳ cùng loại của năm trước.",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end"), FieldPanel("deadline")]),
        FieldPanel("template"),
        FieldPanel("units"),
        FieldPanel("compare_with"),
    ]

    class Meta:
        ordering = ["-end", "name"]
        verbose_name = "kỳ báo cáo"
        verbose_name_plural = "kỳ báo cáo"

    def __str__(self):
        return self.name

    def clean(self):
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = "Ngày kết thúc phải từ ngày bắt đầu trở đi."
        if self.start and self.deadline and self.deadline < self.start:
            errors["deadline"] = "Hạn gửi báo cáo phải sau ngày bắt đầu kỳ."
        if self.compare_with_id and self.compare_with_id == self.pk:
            errors["compare_with"] = "Không so sánh một kỳ với chính nó."
        if errors:
            raise ValidationError(errors)

    @property
    def starts_at(self):
        """The first moment of the period, in Vietnam's time."""
        return _local_midnight(self.start)

    @property
    def ends_before(self):
        """The first moment after the period (its last day is included)."""
        return _local_midnight(self.end + datetime.timedelta(days=1))

    @property
    def deadline_passes_at(self):
        """A report sent at or after this moment is late: the deadline day is included."""
        return _local_midnight(self.deadline + datetime.timedelta(days=1))

    def is_overdue(self, now=None):
        return (now or timezone.now()) >= self.deadline_passes_at

    def previous(self):
        """The period this one is compared with: the chosen one, or the latest period of
        the same kind that ended in the previous year."""
        if self.compare_with_id:
            return self.compare_with
        return (
            Period.objects.filter(kind=self.kind, end__year=self.end.year - 1)
            .exclude(pk=self.pk)
            .order_by("-end")
            .first()
        )


def _local_midnight(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
