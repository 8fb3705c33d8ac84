"""The legal basis of an imported answer: documents of the bookshelf named by their
number (số ký hiệu), optionally with an article ("Điều 56").

A citation is written ``31/2024/QH15``, ``31/2024/QH15 Điều 56``, ``Điều 56 Luật Đất đai
31/2024/QH15`` or, in JSON, ``{"number": "31/2024/QH15", "article": "56"}``: the number
in any spelling the bookshelf search knows, the article by its number.
"""

import re
import unicodedata
from dataclasses import dataclass

from bookshelf.models import LegalDocument
from core.document_numbers import find_number

_ARTICLE = re.compile(r"(?<!\w)(?:điều|dieu)\s*(\d+[a-zđ]?)(?!\w)", re.IGNORECASE)
_BARE_ARTICLE = re.compile(r"(?:(?:điều|dieu)\s*)?(\d+[a-zđ]?)", re.IGNORECASE)


class CitationError(ValueError):
    """A citation that names no document, or an article its document does not have."""


@dataclass(frozen=True)
class Citation:
    document_id: int
    article_anchor: str
    article_label: str


def split_citation(text):
    """(number text, article number or "") of a written citation."""
    text = unicodedata.normalize("NFC", text).strip()
    found = _ARTICLE.search(text)
    if not found:
        return text, ""
    rest = (text[: found.start()] + " " + text[found.end() :]).strip(" ,;:-–")
    return rest, found.group(1).lower()


def parse_article(text):
    """The article number of "Điều 56", "điều 5a" or "56"; None for anything else."""
    found = _BARE_ARTICLE.fullmatch(unicodedata.normalize("NFC", text).strip())
    return found.group(1).lower() if found else None


class DocumentFinder:
    """Finds cited documents by number key, each number once per import, and checks
    articles against each document's table of contents."""

    def __init__(self):
        self._by_key = {}
        self._articles = {}

    def cite(self, number_text, article):
        """A ``Citation``; CitationError saying what is wrong."""
        number = find_number(number_text)
        if number is None:
            raise CitationError(f"không thấy số ký hiệu văn bản trong '{number_text}'")
        document = self._document(number.key, number_text)
        if not article:
            return Citation(document.pk, "", "")
        anchor = f"dieu-{article.replace('đ', 'd')}"
        anchors = self._anchors(document)
        if anchors and anchor not in anchors:
            raise CitationError(
                f"văn bản {document.number} không có Điều {article} trong toàn văn trên tủ sách"
            )
        return Citation(document.pk, anchor, f"Điều {article}")

    def _document(self, key, number_text):
        if key not in self._by_key:
            self._by_key[key] = list(
                LegalDocument.objects.filter(number_key=key).only("pk", "number", "body")
            )
        documents = self._by_key[key]
        if not documents:
            raise CitationError(
                f"tủ sách không có văn bản số '{number_text}'; hãy nhập văn bản trước"
            )
        if len(documents) > 1:
            numbers = ", ".join(f"id {document.pk}" for document in documents)
            raise CitationError(f"số '{number_text}' là của nhiều văn bản ({numbers})")
        return documents[0]

    def _anchors(self, document):
        if document.pk not in self._articles:
            self._articles[document.pk] = {
                entry.anchor for entry in document.table_of_contents.articles
            }
        return self._articles[document.pk]
