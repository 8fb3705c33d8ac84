from django.db import models

from wagtail.admin.panels import InlinePanel

from home.models import BasePage
from publications.structured_data import json_ld_script


class ContentPage(BasePage):
    """Content an editor composes inside a section: every multimedia type builds on it."""

    summary = models.TextField(
        "tóm tắt",
        max_length=600,
        help_text="Một đến ba câu; hiển thị trong danh sách, kết quả tìm kiếm và bản tin.",
    )

    promote_panels = [
        *BasePage.promote_panels,
        InlinePanel(
            "legal_document_links",
            heading="Văn bản pháp luật được giới thiệu",
            label="văn bản",
            help_text="Văn bản trên tủ sách pháp luật mà bài này giới thiệu, phân tích, "
            "hướng dẫn; trang văn bản sẽ dẫn ngược về bài.",
        ),
    ]

    # Listed by sections and the home page, and fed to other sites (home.models.live_content).
    is_content_page = True

    # Other sites may show it through /embed/<id>/ and the oEmbed endpoint.
    embeddable = True

    parent_page_types = ["home.SectionPage"]
    subpage_types = []

    class Meta:
        abstract = True

    @property
    def structured_data(self):
        """The page described for search engines: a schema.org JSON-LD script element."""
        return json_ld_script(self)
