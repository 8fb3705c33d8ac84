"""Online exchanges (giao lưu trực tuyến): a unit announces a live session on a topic with
officials, a time and a video link; citizens send questions before and during it; the
page stays afterwards as a transcript: questions, answers and the recording.

The exchange is a page (announced through the board's workflow); its questions are
``qa.Question`` rows pointing at it, screened by a moderator (``qa.moderation``).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from home.models import BasePage
from publications.structured_data import json_ld_script

from ..api_fields import GuestsField


class ExchangePage(BasePage):
    class State(models.TextChoices):
        UPCOMING = "upcoming", "Sắp diễn ra"
        LIVE = "live", "Đang diễn ra"
        ENDED = "ended", "Đã kết thúc"

    description = RichTextField(
        "giới thiệu", blank=True, features=["bold", "italic", "ol", "ul", "link"]
    )
    starts_at = models.DateTimeField("bắt đầu lúc")
    ends_at = models.DateTimeField("kết thúc lúc")
    video_url = models.URLField(
        "đường dẫn phát trực tiếp",
        blank=True,
        help_text="Đường dẫn YouTube hoặc Facebook của buổi phát trực tiếp.",
    )
    recording_url = models.URLField(
        "đường dẫn bản ghi",
        blank=True,
        help_text="Bản ghi sau buổi giao lưu; để trống để dùng đường dẫn phát trực tiếp.",
    )
    accepts_questions = models.BooleanField(
        "nhận câu hỏi",
        default=True,
        help_text="Người dân gửi câu hỏi trước và trong buổi giao lưu; bỏ chọn để dừng nhận.",
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")])],
            heading="Thời gian",
        ),
        InlinePanel("guests", heading="Khách mời", label="khách mời"),
        FieldPanel("video_url"),
        FieldPanel("recording_url"),
        FieldPanel("accepts_questions"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("description"),
        APIField("starts_at"),
        APIField("ends_at"),
        APIField("video_url"),
        APIField("recording_url"),
        APIField("state"),
        APIField("accepts_questions"),
        APIField("guests", serializer=GuestsField()),
    ]

    is_content_page = True
    embeddable = True
    # Its state follows the clock: the content API renders it afresh for each request.
    api_changes_with_time = True

    parent_page_types = ["qa.QAIndexPage"]
    subpage_types = []
    template = "qa/exchange_page.html"

    class Meta:
        verbose_name = "giao lưu trực tuyến"
        verbose_name_plural = "giao lưu trực tuyến"

    def clean(self):
        super().clean()
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": "Thời gian kết thúc phải sau thời gian bắt đầu."})

    def state_at(self, now):
        if now < self.starts_at:
            return self.State.UPCOMING
        if now < self.ends_at:
            return self.State.LIVE
        return self.State.ENDED

    @property
    def state(self):
        return self.state_at(timezone.now())

    @property
    def takes_questions(self):
        return self.accepts_questions and self.state != self.State.ENDED

    def get_context(self, request, *args, **kwargs):
        from ..site import exchange_page

        context = super().get_context(request, *args, **kwargs)
        context.update(exchange_page.context(self, request))
        return context

    @property
    def structured_data(self):
        """The exchange described for search engines: a schema.org online ``Event``."""
        return json_ld_script(self)


class ExchangeGuest(Orderable):
    """An official answering at the exchange."""

    page = ParentalKey(ExchangePage, on_delete=models.CASCADE, related_name="guests")
    name = models.CharField("họ và tên", max_length=255)
    position = models.CharField("chức vụ, đơn vị", max_length=255, blank=True)

    panels = [FieldPanel("name"), FieldPanel("position")]

    class Meta(Orderable.Meta):
        verbose_name = "khách mời"
        verbose_name_plural = "khách mời"

    def __str__(self):
        return self.name
