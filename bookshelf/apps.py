from django.apps import AppConfig


class BookshelfConfig(AppConfig):
    """The legal bookshelf (Tủ sách pháp luật): legal documents, their text, the
    bookshelf page, import and export."""

    name = "bookshelf"
    verbose_name = "Tủ sách pháp luật"

    def ready(self):
        from core import content_version

        from . import search_index, structured_data  # noqa: F401 (structured_data registers)
        from .models import DocumentType, IssuingBody, LegalDocument

        content_version.watch(LegalDocument, DocumentType, IssuingBody)
        search_index.register()
