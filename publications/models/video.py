from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.core.exceptions import ValidationError
from django.db import models

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedException
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from home.api.fields import EmbedField
from home.blocks import RICH_TEXT_FEATURES
from home.models.base_page import document_field
from publications.blocks import VideoChapterBlock
from publications.video_tracks import (
    chapter_errors,
    chapters_webvtt,
    display_timecode,
    is_webvtt,
    parse_timecode,
)

from .base import ContentPage

YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be"}


class VideoPage(ContentPage):
    """A video clip: a YouTube or Facebook link, or a file uploaded to the library; in a
    programme of the TV channel, one episode of it."""

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
    chapters = StreamField(
        [("chapter", VideoChapterBlock())],
        verbose_name="chương",
        blank=True,
        help_text="Các đoạn của video theo thứ tự thời gian; cần nhập thời lượng video.",
    )
    # A number rather than the order of the programme's children: it is what viewers and
    # district sites see ("Tập 12"), it survives pages being moved or reordered, it can
    # be filtered and sorted in the API, and a recording made into a page takes the next
    # one without anyone rearranging the page tree.
    episode_number = models.PositiveIntegerField(
        "số tập",
        null=True,
        blank=True,
        help_text="Thứ tự của video trong chương trình truyền hình; để trống nếu không thuộc "
        "chương trình nào.",
    )

    content_panels = [
        *ContentPage.content_panels,
        MultiFieldPanel(
            [FieldPanel("video_url"), FieldPanel("video_file"), FieldPanel("duration")],
            heading="Video",
        ),
        FieldPanel("episode_number"),
        FieldPanel("transcript"),
        FieldPanel("subtitles"),
        FieldPanel("chapters"),
    ]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("transcript"),
        index.FilterField("episode_number"),
    ]
    api_fields = [
        *ContentPage.api_fields,
        APIField("video_url"),
        APIField("video_embed", serializer=EmbedField(source="video_url")),
        APIField("video_file"),
        APIField("duration"),
        APIField("transcript"),
        APIField("subtitles"),
        APIField("episode_number"),
        APIField("chapters"),
    ]

    parent_page_types = ["home.SectionPage", "publications.ProgrammePage"]

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
        errors = chapter_errors(self.chapter_list, self.duration)
        if errors:
            raise ValidationError({"chapters": errors})
        if self.subtitles and not self._subtitles_are_webvtt():
            raise ValidationError(
                {"subtitles": "Tệp phụ đề phải là WebVTT: tệp .vtt bắt đầu bằng dòng “WEBVTT”."}
            )

    def _subtitles_are_webvtt(self):
        file = self.subtitles.file
        try:
            file.open("rb")
            return is_webvtt(file)
        except OSError:
            return False
        finally:
            file.close()

    @property
    def chapter_list(self):
        """``[(start, title)]``: the chapters as times from the start of the video."""
        chapters = []
        for block in self.chapters:
            try:
                chapters.append((parse_timecode(block.value["start"]), block.value["title"]))
            except ValueError:
                continue  # refused by the block's own validation before it is saved
        return chapters

    @property
    def chapter_links(self):
        """The chapters as the page lists them: start in seconds and as shown, title, and
        where the link leads."""
        return [
            {
                "seconds": int(start.total_seconds()),
                "start": display_timecode(start),
                "title": title,
                "href": self._moment_url(int(start.total_seconds())),
            }
            for start, title in self.chapter_list
        ]

    def _moment_url(self, seconds):
        """Where a chapter link leads without JavaScript: the moment on YouTube, which
        takes a start time in the address; the player on this page otherwise."""
        parts = urlsplit(self.video_url or "")
        if parts.hostname in YOUTUBE_HOSTS:
            query = [(key, value) for key, value in parse_qsl(parts.query) if key != "t"]
            return urlunsplit(parts._replace(query=urlencode([*query, ("t", f"{seconds}s")])))
        return "#video-player"

    def chapters_webvtt(self):
        """The chapters as a WebVTT track (``<track kind="chapters">``); None when the
        video has none, or no duration for the last one to end at."""
        chapters = self.chapter_list
        if not chapters or self.duration is None:
            return None
        return chapters_webvtt(chapters, self.duration)
