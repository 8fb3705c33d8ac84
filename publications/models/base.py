from django.db import models

from home.models import BasePage


class ContentPage(BasePage):
    """Content an editor composes inside a section: every multimedia type builds on it."""

    summary = models.TextField(
        "tóm tắt",
        max_length=600,
        help_text="Một đến ba câu; hiển thị trong danh sách, kết quả tìm kiếm và bản tin.",
    )

    parent_page_types = ["home.SectionPage"]
    subpage_types = []

    class Meta:
        abstract = True
