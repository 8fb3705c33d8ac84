"""Sitemap sections: the site's pages (Wagtail's) and the bookshelf's legal documents.

A province's bookshelf may hold over 100,000 documents, more than the 50,000 URLs one
sitemap file may list, so documents have a section of their own that Django pages
(``sitemap-documents.xml?p=2``), under a sitemap index at ``/sitemap.xml``.
"""

from django.contrib.sitemaps import Sitemap

from wagtail.contrib.sitemaps import Sitemap as PageSitemap

from bookshelf.models import LegalDocument
from bookshelf.models.bookshelf_page import live_bookshelf


class LegalDocumentSitemap(Sitemap):
    limit = 50_000

    def items(self):
        if live_bookshelf() is None:
            return LegalDocument.objects.none()
        return (
            LegalDocument.objects.filter(live=True)
            .only("pk", "slug", "last_published_at", "updated_at")
            .order_by("pk")
        )

    def location(self, document):
        bookshelf = live_bookshelf()
        return bookshelf.url + bookshelf.reverse_subpage("legal_document", args=[document.slug])

    def lastmod(self, document):
        return document.last_published_at or document.updated_at


SITEMAPS = {"pages": PageSitemap, "documents": LegalDocumentSitemap}
