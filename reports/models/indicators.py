"""What a report asks: indicators (chỉ tiêu) and the templates that list them.

Indicators are data. Each has a stable code that exports, the API and year-over-year
comparisons match on, so a code is never reused for a different figure: a figure whose
meaning changes gets a new indicator. A template (biểu mẫu) is one year's ordered
selection of indicators, grouped by the form (biểu) they appear on; a new year's
template adds indicators or leaves some out, and past periods keep their own template,
so their reports read as they were filed.
"""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

from reports.sources import SOURCES, source_choices

CODE_VALIDATOR = RegexValidator(
    r"^[a-z0-9]+(?:[._][a-z0-9]+)*$",
    "Mã chỉ gồm chữ thường không dấu, chữ số, dấu chấm và gạch dưới, ví dụ 09b.cuoc.",
)


class StatisticsForm(models.Model):
    """A form (biểu) of a report: one sheet of the spreadsheet export."""

    code = models.CharField(
        "số hiệu biểu",
        max_length=32,
        unique=True,
        help_text="Ví dụ: 09b/BTP/PBGDPL.",
    )
    title = models.CharField("tên biểu", max_length=255)
    sheet_name = models.CharField(
        "tên trang tính",
        max_length=31,
        help_text="Tên trang trong tệp Excel (tối đa 31 ký tự), ví dụ 09b.",
    )
    sort_order = models.IntegerField("thứ tự", default=0)

    panels = [
        FieldPanel("code"),
        FieldPanel("title"),
        FieldPanel("sheet_name"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = "biểu thống kê"
        verbose_name_plural = "biểu thống kê"

    def __str__(self):
        return f"{self.code} – {self.title}"

    def clean(self):
        if any(char in self.sheet_name for char in "[]:*?/\\"):
            raise ValidationError(
                {"sheet_name": "Tên trang tính không được chứa các ký tự [ ] : * ? / \\."}
            )


class Indicator(models.Model):
    class Kind(models.TextChoices):
        COUNT = "count", "Số lượng"
        MONEY = "money", "Kinh phí (đồng)"

    code = models.CharField(
        "mã chỉ tiêu",
        max_length=64,
        unique=True,
        validators=[CODE_VALIDATOR],
        help_text="Mã cố định, không đổi qua các năm; chỉ tiêu có nội dung khác cần mã mới.",
    )
    name = models.CharField("tên chỉ tiêu", max_length=255)
    measure = models.CharField(
        "đơn vị tính", max_length=32, help_text="Ví dụ: cuộc, lượt người, người, đồng."
    )
    kind = models.CharField("loại số liệu", max_length=16, choices=Kind.choices)
    form = models.ForeignKey(
        StatisticsForm,
        verbose_name="thuộc biểu",
        on_delete=models.PROTECT,
        related_name="indicators",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name="là phần của chỉ tiêu",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="parts",
        help_text="Chỉ tiêu “trong đó”: số liệu không được lớn hơn chỉ tiêu này.",
    )
    parts_are_exclusive = models.BooleanField(
        "các phần không trùng nhau",
        default=False,
        help_text="Đánh dấu khi các chỉ tiêu “trong đó” của chỉ tiêu này không chồng lên "
        "nhau (ví dụ các nguồn kinh phí): tổng các phần không được vượt chỉ tiêu này.",
    )
    source = models.CharField(
        "nguồn tự động",
        max_length=64,
        blank=True,
        choices=source_choices,
        help_text="Để trống khi đơn vị tự nhập. Có nguồn: hệ thống tự tính cho kỳ báo cáo, "
        "đơn vị chỉ sửa khi có giải trình.",
    )
    description = models.TextField("hướng dẫn", blank=True)

    panels = [
        FieldPanel("code"),
        FieldPanel("name"),
        FieldPanel("measure"),
        FieldPanel("kind"),
        FieldPanel("form"),
        FieldPanel("parent"),
        FieldPanel("parts_are_exclusive"),
        FieldPanel("source"),
        FieldPanel("description"),
    ]

    class Meta:
        ordering = ["form__sort_order", "code"]
        verbose_name = "chỉ tiêu thống kê"
        verbose_name_plural = "chỉ tiêu thống kê"

    def __str__(self):
        return f"{self.code} – {self.name}"

    @property
    def is_automatic(self):
        return bool(self.source)

    @property
    def source_label(self):
        source = SOURCES.get(self.source)
        return source.label if source else ""

    def clean(self):
        errors = {}
        if self.parent_id:
            if self.parent_id == self.pk:
                errors["parent"] = "Chỉ tiêu không thể là phần của chính nó."
            elif self.pk and self._is_ancestor_of_parent():
                errors["parent"] = "Chọn chỉ tiêu này làm cha sẽ tạo vòng lặp."
            elif self.parent.kind != self.kind:
                errors["parent"] = "Chỉ tiêu “trong đó” phải cùng loại số liệu với chỉ tiêu cha."
        if self.source and self.source not in SOURCES:
            errors["source"] = "Nguồn tự động không tồn tại."
        if errors:
            raise ValidationError(errors)

    def _is_ancestor_of_parent(self):
        node, seen = self.parent, set()
        while node is not None and node.pk not in seen:
            if node.pk == self.pk:
                return True
            seen.add(node.pk)
            node = node.parent
        return False


class IndicatorTemplate(ClusterableModel):
    """One version of the report's content: which indicators, on which forms, in what
    order. Periods choose their template, so a past period keeps the one it was filed
    under."""

    name = models.CharField("tên mẫu", max_length=255, unique=True)
    version = models.CharField(
        "phiên bản", max_length=32, help_text="Ví dụ: 2026, hoặc 2026.2 khi sửa trong năm."
    )
    notes = models.TextField(
        "ghi chú thay đổi", blank=True, help_text="Chỉ tiêu thêm, bỏ so với mẫu trước."
    )
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("version"),
        FieldPanel("notes"),
        InlinePanel("lines", heading="Chỉ tiêu của mẫu", label="chỉ tiêu"),
    ]

    class Meta:
        ordering = ["-version", "name"]
        verbose_name = "mẫu báo cáo thống kê"
        verbose_name_plural = "mẫu báo cáo thống kê"

    def __str__(self):
        return self.name

    def indicators(self):
        """The template's indicators in report order: by form, then by line."""
        return [
            line.indicator
            for line in self.lines.select_related("indicator__form", "indicator__parent").order_by(
                "indicator__form__sort_order", "sort_order", "pk"
            )
        ]


class TemplateLine(Orderable):
    template = ParentalKey(IndicatorTemplate, on_delete=models.CASCADE, related_name="lines")
    indicator = models.ForeignKey(
        Indicator, verbose_name="chỉ tiêu", on_delete=models.PROTECT, related_name="+"
    )

    panels = [FieldPanel("indicator")]

    class Meta(Orderable.Meta):
        verbose_name = "chỉ tiêu của mẫu"
        verbose_name_plural = "chỉ tiêu của mẫu"
        constraints = [
            models.UniqueConstraint(
                fields=["template", "indicator"], name="reports_template_indicator_once"
            )
        ]

    def __str__(self):
        return str(self.indicator)
