from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from home.models import AudioFields
from home.models.base_page import document_field
from publications.blocks import LeafletPanelBlock

from .base import ContentPage


class LeafletPage(AudioFields, ContentPage):
    """An e-leaflet (tờ gấp điện tử): the printable PDF and its panels shown as a viewer."""

    pdf = document_field("tệp PDF tờ gấp", "Bản PDF để in và tải về.", blank=False)
    panels = StreamField(
        [("panel", LeafletPanelBlock())], verbose_name="các mặt tờ gấp", min_num=1, max_num=12
    )

    content_panels = [
        *ContentPage.content_panels,
        FieldPanel("pdf"),
        FieldPanel("panels"),
        *AudioFields.audio_panels,
    ]
    spoken_fields = ("panels",)
    search_fields = [*ContentPage.search_fields, index.SearchField("panels")]
    api_fields = [*ContentPage.api_fields, APIField("pdf"), APIField("panels")]

    class Meta:
        verbose_name = "tờ gấp điện tử"
        verbose_name_plural = "tờ gấp điện tử"
