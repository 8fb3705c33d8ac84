from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from publications.blocks import LectureSectionBlock

from .base import ContentPage


class LecturePage(ContentPage):
    """An e-lecture (bài giảng điện tử): ordered sections of slides, video and notes."""

    sections = StreamField(
        [("section", LectureSectionBlock())], verbose_name="các phần bài giảng", min_num=1
    )

    content_panels = [*ContentPage.content_panels, FieldPanel("sections")]
    search_fields = [*ContentPage.search_fields, index.SearchField("sections")]
    api_fields = [*ContentPage.api_fields, APIField("sections")]

    class Meta:
        verbose_name = "bài giảng điện tử"
        verbose_name_plural = "bài giảng điện tử"
