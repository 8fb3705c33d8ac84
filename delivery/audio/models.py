"""What the site keeps of audio it makes: pages' machine readings and the weekly
bulletins for loudspeaker operators."""

from django.db import models

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.models import Orderable

from core.audio import clock

# The page types with an audio version (home.models.AudioFields).
AUDIO_PAGE_TYPES = [
    "publications.LegalNewsPage",
    "publications.LeafletPage",
    "qa.QuestionAnswerPage",
]


class MachineReading(models.Model):
    """A page read aloud by the speech engine, for a page without an uploaded recording.
    Kept beside the page rather than on it, so that publishing another revision does
    not drop it; made again only when the words read change."""

    page = models.OneToOneField(
        "wagtailcore.Page",
        verbose_name="trang",
        on_delete=models.CASCADE,
        related_name="machine_reading",
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="tệp âm thanh",
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    duration = models.FloatField("thời lượng (giây)")
    # SHA-256 of the words read and the engine's name: the same text is not read twice.
    text_digest = models.CharField(max_length=64)
    engine = models.CharField("bộ đọc", max_length=100)
    made_at = models.DateTimeField("thời điểm đọc", auto_now=True)

    class Meta:
        verbose_name = "bản đọc bằng máy"
        verbose_name_plural = "bản đọc bằng máy"

    def __str__(self):
        return f"Bản đọc: {self.page}"


class Bulletin(ClusterableModel):
    """A weekly bulletin for commune loudspeaker operators (bản tin phát thanh cơ sở):
    the editor picks items, the site joins their audio after a spoken introduction into
    one MP3 that operators download without signing in."""

    class Status(models.TextChoices):
        WAITING = "waiting", "Đang chờ tạo"
        READY = "ready", "Sẵn sàng tải về"
        FAILED = "failed", "Lỗi khi tạo"

    title = models.CharField(
        "tiêu đề",
        max_length=255,
        help_text="Ví dụ: Bản tin pháp luật tuần 49 năm 2026.",
    )
    week_starting = models.DateField(
        "tuần bắt đầu từ", help_text="Ngày thứ Hai của tuần phát bản tin."
    )
    intro_audio = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="lời giới thiệu ghi âm",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Tệp MP3, OGG hoặc M4A phát đầu bản tin. Để trống thì lời giới thiệu "
        "được đọc bằng máy (nếu đã cấu hình), hoặc bản tin không có lời giới thiệu.",
    )
    status = models.CharField(
        "trạng thái",
        max_length=16,
        choices=Status.choices,
        default=Status.WAITING,
        editable=False,
    )
    audio = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name="tệp bản tin",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    duration = models.FloatField("thời lượng (giây)", null=True, blank=True, editable=False)
    problem = models.TextField("lỗi", blank=True, editable=False)
    built_at = models.DateTimeField("thời điểm tạo", null=True, blank=True, editable=False)

    panels = [
        FieldPanel("title"),
        FieldPanel("week_starting"),
        FieldPanel("intro_audio"),
        InlinePanel(
            "items",
            heading="Các tin trong bản tin",
            label="tin",
            min_num=1,
            help_text="Tin pháp luật, tờ gấp hoặc hỏi đáp đã xuất bản có âm thanh, theo "
            "thứ tự phát.",
        ),
    ]

    class Meta:
        verbose_name = "bản tin phát thanh cơ sở"
        verbose_name_plural = "bản tin phát thanh cơ sở"
        ordering = ["-week_starting", "-pk"]

    def __str__(self):
        return self.title

    @property
    def duration_text(self):
        return clock(self.duration) if self.duration is not None else ""


class BulletinItem(Orderable):
    bulletin = ParentalKey(Bulletin, on_delete=models.CASCADE, related_name="items")
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name="tin",
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("page", page_type=AUDIO_PAGE_TYPES)]

    class Meta(Orderable.Meta):
        verbose_name = "tin trong bản tin"
        verbose_name_plural = "tin trong bản tin"
