from django.core.exceptions import ValidationError

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from home.models.base_page import document_field
from publications.blocks import ChapterBlock

from .base import ContentPage


class EBookPage(ContentPage):
    """An e-law book (sách pháp luật điện tử): ordered chapters readable on the page, with
    a table of contents, and the book as PDF or EPUB to download."""

    chapters = StreamField([("chapter", ChapterBlock())], verbose_name="các chương", min_num=1)
    pdf_file = document_field("tệp PDF", "Bản PDF của sách để tải về.")
    epub_file = document_field("tệp EPUB", "Bản EPUB để đọc trên điện thoại, máy đọc sách.")

    content_panels = [
        *ContentPage.content_panels,
        FieldPanel("chapters"),
        MultiFieldPanel([FieldPanel("pdf_file"), FieldPanel("epub_file")], heading="Tải về"),
    ]
    search_fields = [*ContentPage.search_fields, index.SearchField("chapters")]
    api_fields = [
        *ContentPage.api_fields,
        APIField("chapters"),
        APIField("pdf_file"),
        APIField("epub_file"),
    ]

    class Meta:
        verbose_name = "sách pháp luật điện tử"
        verbose_name_plural = "sách pháp luật điện tử"

    def clean(self):
        super().clean()
        if self.epub_file and not self.epub_file.file.name.lower().endswith(".epub"):
            raise ValidationError({"epub_file": "Tệp EPUB phải có đuôi .epub."})
        if self.pdf_file and not self.pdf_file.file.name.lower().endswith(".pdf"):
            raise ValidationError({"pdf_file": "Tệp PDF phải có đuôi .pdf."})

    @property
    def table_of_contents(self):
        """(anchor, title) for each chapter; anchors follow chapter order, so links stay
        valid when a chapter is renamed."""
        return [
            (f"chuong-{number}", chapter.value["title"])
            for number, chapter in enumerate(self.chapters, start=1)
        ]
