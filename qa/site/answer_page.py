"""What a published answer's page shows beside the question and the answer: the legal
basis linked to the bookshelf, related answers of the same field, and where to ask."""

from bookshelf.models import BookshelfPage

from ..models import QAIndexPage, QuestionAnswerPage
from .listing import route_url

RELATED_ANSWERS = 5


def context(page, request):
    section = qa_section(page)
    return {
        "related_answers": related_answers(page) if page.pk else [],
        "ask_url": route_url(section, "ask_route") if section else None,
        "section": section,
    }


def qa_section(page):
    """The Q&A section the page is in, or None (a page being previewed before it has a
    place in the tree)."""
    if not page.path:
        return None
    return QAIndexPage.objects.ancestor_of(page).order_by("-depth").first()


def legal_basis(page):
    """The documents and articles the answer cites, each linked to its place on the
    bookshelf when the document is published there (the article by its anchor)."""
    cited = []
    for reference in page.references.select_related("document", "document__doc_type"):
        document = reference.document
        url = BookshelfPage.document_url(document) if document.live else None
        if url and reference.article_anchor:
            url = f"{url}#{reference.article_anchor}"
        kind = document.doc_type.name
        cited.append(
            {
                "article": reference.article_label,
                # "Luật số 31/2024/QH15", or "Hiến pháp" for a document without a number.
                "document": kind if document.has_no_number else f"{kind} số {document.number}",
                "title": document.title,
                "url": url,
                "status": document.status,
                "status_label": document.get_status_display(),
            }
        )
    return cited


def related_answers(page):
    """Other published answers in the page's legal fields, newest first."""
    field_ids = [field.pk for field in page.legal_fields.all()]
    if not field_ids:
        return []
    return list(
        QuestionAnswerPage.objects.live()
        .public()
        .filter(locale_id=page.locale_id, legal_fields__in=field_ids)
        .exclude(pk=page.pk)
        .distinct()
        .order_by("-first_published_at", "-pk")[:RELATED_ANSWERS]
    )
