from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from home.blocks import body_blocks
from home.models import AudioFields

from .base import ContentPage


class LegalNewsPage(AudioFields, ContentPage):
    """A legal news article (tin pháp luật): text, images, quotes, embeds, tables."""

    body = StreamField(body_blocks(), verbose_name="nội dung")

    content_panels = [*ContentPage.content_panels, FieldPanel("body"), *AudioFields.audio_panels]
    spoken_fields = ("body",)

    search_fields = [*ContentPage.search_fields, index.SearchField("body")]
    api_fields = [*ContentPage.api_fields, APIField("body")]

    class Meta:
        verbose_name = "tin pháp luật"
        verbose_name_plural = "tin pháp luật"
