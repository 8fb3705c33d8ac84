"""The documents and articles an answer cites: a document of the bookshelf, and
optionally one of its articles (Điều), named by its anchor in the full text
(``bookshelf.models.legal_text.table_of_contents``) so that the link keeps working when
the text around it is edited."""

from dataclasses import dataclass

from bookshelf.models import LegalDocument


@dataclass(frozen=True)
class Citation:
    document: LegalDocument
    article_anchor: str = ""
    article_label: str = ""


class UnknownArticle(ValueError):
    """The anchor is not one of the document's articles; the message says so in Vietnamese."""


def articles_of(document):
    """[(anchor, label)] of the document's articles, in the order of the text."""
    return [(entry.anchor, entry.label) for entry in document.table_of_contents.articles]


def cite(document, article_anchor=""):
    """The citation of ``document``, or of its article ``article_anchor``."""
    article_anchor = (article_anchor or "").strip()
    if not article_anchor:
        return Citation(document)
    labels = dict(articles_of(document))
    if article_anchor not in labels:
        raise UnknownArticle(f"Văn bản “{document}” không có điều này; hãy chọn lại điều.")
    return Citation(document, article_anchor, labels[article_anchor][:255])
