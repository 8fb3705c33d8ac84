from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from home.blocks import RICH_TEXT_FEATURES
from publications.blocks import InfographicImageBlock

from .base import ContentPage


class InfographicPage(ContentPage):
    """An infographic: one or more images, with the full text so that it can be read
    aloud by screen readers and found by search."""

    images = StreamField(
        [("image", InfographicImageBlock())], verbose_name="ảnh infographic", min_num=1
    )
    transcript = RichTextField(
        "nội dung chữ của infographic",
        features=RICH_TEXT_FEATURES,
        help_text="Toàn bộ chữ trên infographic, theo thứ tự đọc.",
    )

    content_panels = [*ContentPage.content_panels, FieldPanel("images"), FieldPanel("transcript")]
    search_fields = [
        *ContentPage.search_fields,
        index.SearchField("transcript"),
        index.SearchField("images"),
    ]
    api_fields = [*ContentPage.api_fields, APIField("images"), APIField("transcript")]

    class Meta:
        verbose_name = "infographic"
        verbose_name_plural = "infographic"
