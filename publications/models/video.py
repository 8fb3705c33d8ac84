from django.core.exceptions import ValidationError
from django.db import models

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedException
from wagtail.fields import RichTextField
from wagtail.search import index

from home.api.fields import EmbedField
from home.blocks import RICH_TEXT_FEATURES
from home.models.base_page import document_field

from .base import ContentPage


class VideoPage(ContentPage):
    """A video clip: a YouTube or Facebook link, or a file uploaded to the library."""

    video_url = models.URLField(
        "đường dẫn video",
        blank=True,
        help_text="Đường dẫn YouTube hoặc Facebook. Để trống nếu tải tệp video lên.",
    )
    video_file = document_field("tệp video", "Tệp MP4 hoặc WebM, nếu không dùng đường dẫn.")
    duration = models.DurationField(
        "thời lượng", null=True, blank=True, help_text="Dạng giờ:phút:giây, ví dụ 00:04:35."
    )
    transcript = RichTextField(
        "lời thoại / thuyết minh",
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text="Lời của video, giúp người khiếm thính theo dõi và để tìm kiếm.",
    )
    subtitles = document_field("tệp phụ đề", "Tệp WebVTT (.vtt) cho tệp video tải lên.")

    content_panels = [
        *ContentPage.content_panels,
        MultiFieldPanel(
            [FieldPanel("video_url"), FieldPanel("video_file"), FieldPanel("duration")],
            heading="Video",
        ),
        FieldPanel("transcript"),
        FieldPanel("subtitles"),
    ]
    search_fields = [*ContentPage.search_fields, index.SearchField("transcript")]
    api_fields = [
        *ContentPage.api_fields,
        APIField("video_url"),
        APIField("video_embed", serializer=EmbedField(source="video_url")),
        APIField("video_file"),
        APIField("duration"),
        APIField("transcript"),
        APIField("subtitles"),
    ]

    class Meta:
        verbose_name = "video"
        verbose_name_plural = "video"

    def clean(self):
        super().clean()
        if bool(self.video_url) == bool(self.video_file_id):
            raise ValidationError(
                {"video_url": "Nhập đường dẫn video hoặc chọn tệp video (một trong hai)."}
            )
        if self.video_url:
            try:
                get_embed(self.video_url)
            except EmbedException as error:
                raise ValidationError(
                    {"video_url": "Không nhúng được video từ đường dẫn này."}
                ) from error
