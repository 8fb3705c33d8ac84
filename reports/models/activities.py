"""Activity records (hoạt động PBGDPL): what a unit did, entered when it happens, so
that its period report counts them instead of someone recounting at year end."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable


class ActivityRecord(ClusterableModel):
    class Kind(models.TextChoices):
        DIRECT = "direct", "PBGDPL trực tiếp (hội nghị, buổi tuyên truyền)"
        TRAINING = "training", "Tập huấn, bồi dưỡng người làm công tác PBGDPL"
        ONLINE_EXCHANGE = "online_exchange", "Giao lưu, đối thoại trực tuyến"
        CONTEST = "contest", "Cuộc thi tìm hiểu pháp luật (tổ chức ngoài Cổng)"

    unit = models.ForeignKey(
        "home.Unit", verbose_name="đơn vị thực hiện", on_delete=models.PROTECT, related_name="+"
    )
    kind = models.CharField("loại hoạt động", max_length=32, choices=Kind.choices)
    title = models.CharField("tên hoạt động", max_length=255)
    date = models.DateField("ngày")
    end_date = models.DateField(
        "đến ngày", null=True, blank=True, help_text="Cho hoạt động kéo dài nhiều ngày."
    )
    online = models.BooleanField(
        "trực tuyến",
        default=False,
        help_text="Tổ chức qua mạng (họp trực tuyến, cuộc thi trên Internet).",
    )
    place = models.CharField("địa điểm", max_length=255, blank=True)
    link = models.URLField(
        "đường dẫn", blank=True, help_text="Trang, video hoặc phòng họp trực tuyến."
    )
    legal_fields = ParentalManyToManyField(
        "home.LegalField", verbose_name="lĩnh vực pháp luật", blank=True, related_name="+"
    )
    participants = models.PositiveIntegerField(
        "số lượt người tham dự",
        default=0,
        help_text="Với cuộc thi: số lượt người dự thi (bài dự thi).",
    )
    presenters = models.PositiveIntegerField(
        "số người thực hiện",
        default=0,
        help_text="Báo cáo viên, tuyên truyền viên, giảng viên trình bày.",
    )
    notes = models.TextField("ghi chú", blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người nhập",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField("nhập lúc", auto_now_add=True)
    updated_at = models.DateTimeField("sửa lúc", auto_now=True)

    panels = [
        # A list, not the unit chooser: staff pick among their own units only.
        FieldPanel("unit", widget=forms.Select),
        FieldPanel("kind"),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("date"), FieldPanel("end_date")]),
        MultiFieldPanel(
            [FieldPanel("online"), FieldPanel("place"), FieldPanel("link")],
            heading="Địa điểm",
        ),
        FieldRowPanel([FieldPanel("participants"), FieldPanel("presenters")]),
        FieldPanel("legal_fields"),
        FieldPanel("notes"),
        InlinePanel("attachments", heading="Tài liệu kèm theo", label="tệp"),
    ]

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = "hoạt động PBGDPL"
        verbose_name_plural = "hoạt động PBGDPL"
        indexes = [models.Index(fields=["unit", "date"], name="reports_activity_unit_date")]

    def __str__(self):
        return f"{self.title} ({self.date:%d/%m/%Y})"

    def clean(self):
        errors = {}
        if self.end_date and self.date and self.end_date < self.date:
            errors["end_date"] = "Ngày kết thúc phải từ ngày bắt đầu trở đi."
        if not self.online and not self.place.strip():
            errors["place"] = "Ghi địa điểm, hoặc đánh dấu “trực tuyến” và ghi đường dẫn."
        if self.online and not self.link and not self.place.strip():
            errors["link"] = "Hoạt động trực tuyến cần đường dẫn (hoặc ghi nơi tổ chức)."
        if errors:
            raise ValidationError(errors)


class ActivityAttachment(Orderable):
    """A file that shows the activity took place: an invitation, photos, a sign-in list."""

    record = ParentalKey(ActivityRecord, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name="tệp", on_delete=models.PROTECT, related_name="+"
    )
    caption = models.CharField("mô tả", max_length=255, blank=True)

    panels = [FieldPanel("document"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = "tệp đính kèm"
        verbose_name_plural = "tệp đính kèm"
