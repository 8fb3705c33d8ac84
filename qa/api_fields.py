"""Content API fields of the Q&A pages (``/api/v2/pages/``): a published answer's legal
basis and an exchange's guests.

Each loads what every page of a response needs in one query before any page is
serialised (``collect_references``, see ``home.api.references``), so that a listing
costs the same number of queries whatever its length.
"""

from collections import defaultdict

from rest_framework import serializers

from bookshelf.models import BookshelfPage
from home.api.references import references_of

LEGAL_BASIS = "_api_legal_basis"
GUESTS = "_api_guests"


class _PreloadedChildren(serializers.Field):
    """Child rows of the pages, loaded for all of them at once; a page being previewed
    keeps its unsaved rows in memory (``modelcluster``), which are used as they are."""

    attribute = ""
    relation = ""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, source="*", **kwargs)

    def rows(self, page_ids):
        raise NotImplementedError

    def collect_references(self, instances, wanted):
        ids = [instance.pk for instance in instances if instance.pk]
        by_page = defaultdict(list)
        for row in self.rows(ids) if ids else ():
            by_page[row.page_id].append(row)
        for instance in instances:
            setattr(instance, self.attribute, by_page[instance.pk])

    def children(self, page):
        if getattr(page, self.relation).is_deferring:
            return list(getattr(page, self.relation).all())
        loaded = getattr(page, self.attribute, None)
        if loaded is None:
            # Not collected (a serializer used on its own): read them now.
            loaded = list(self.rows([page.pk]))
        return loaded


class LegalBasisField(_PreloadedChildren):
    """``[{document: {id, number, title, type, status}, article, url}]``: the documents
    the answer cites, and the article when one is; ``url`` is the document's address on
    the bookshelf (with the article's anchor), null while it is not published there."""

    attribute = LEGAL_BASIS
    relation = "references"

    def rows(self, page_ids):
        from .models import AnswerReference

        return AnswerReference.objects.filter(page_id__in=page_ids).select_related(
            "document", "document__doc_type"
        )

    def to_representation(self, page):
        references = references_of(self.context)
        cited = []
        for reference in self.children(page):
            document = reference.document
            url = BookshelfPage.document_url(document) if document.live else None
            if url and reference.article_anchor:
                url = f"{url}#{reference.article_anchor}"
            cited.append(
                {
                    "document": {
                        "id": document.pk,
                        "number": "" if document.has_no_number else document.number,
                        "title": document.title,
                        "type": document.doc_type.name,
                        "status": document.status,
                    },
                    "article": reference.article_label,
                    "url": references.absolute(url),
                }
            )
        return cited


class GuestsField(_PreloadedChildren):
    """``[{name, position}]``: the officials who answer at an exchange."""

    attribute = GUESTS
    relation = "guests"

    def rows(self, page_ids):
        from .models import ExchangeGuest

        return ExchangeGuest.objects.filter(page_id__in=page_ids).order_by("sort_order", "pk")

    def to_representation(self, page):
        return [{"name": guest.name, "position": guest.position} for guest in self.children(page)]
