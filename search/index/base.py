"""What every search backend is given and what it answers.

``EntryData`` is one searchable thing as its source describes it (original text, not
folded: each backend folds as it indexes). ``SearchRequest`` is a parsed query with its
filters; ``SearchHits`` is what a backend finds: ordered entry ids for the page asked
for, the total, and the facet counts.
"""

import datetime
from dataclasses import dataclass, field

FACETS = ("kind", "doc_type", "issuer", "field", "status", "year")
SORTS = ("relevance", "newest", "oldest")


@dataclass
class EntryData:
    kind: str
    object_id: int
    title: str
    language: str = ""
    number: str = ""
    summary: str = ""
    date: datetime.date | None = None
    doc_type_id: int | None = None
    issuer_id: int | None = None
    status: str = ""
    unit_id: int | None = None
    field_ids: list[int] = field(default_factory=list)
    # Words read before the title and indexed with it ("Luật" before "Đất đai"), then
    # other words matched and ranked like the title (issuing body, unit); neither shown.
    title_extra: str = ""
    context: str = ""
    # The full text, plain (no markup).
    body: str = ""


@dataclass
class Filters:
    kind: str | None = None
    doc_type: int | None = None
    issuer: int | None = None
    field: int | None = None
    status: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    unit: int | None = None
    # Pages in other languages are left out; legal documents are in every language.
    language: str | None = None


@dataclass
class SearchRequest:
    query: str = ""
    filters: Filters = field(default_factory=Filters)
    sort: str = "relevance"
    offset: int = 0
    limit: int = 20


@dataclass
class SearchHits:
    ids: list[int]
    count: int
    # facet name -> {value: count}; values are ids (doc_type, issuer, field), years,
    # or codes (kind, status).
    facets: dict[str, dict] = field(default_factory=dict)


class SearchBackend:
    """Keeps the full text of ``SearchEntry`` rows and answers queries over it.

    ``write`` is given entries already saved in the ``SearchEntry`` table (``entry_ids``
    maps each ``(kind, object_id)`` to its row id) and replaces whatever the backend held
    for them; ``delete`` forgets rows by id. ``search`` returns ``SearchHits`` whose ids
    are ``SearchEntry`` ids in result order.
    """

    def add(self, entries):
        """Write new entries (rows and text); returns {(kind, object_id): entry id}."""
        from .entries import save_entries

        entry_ids = save_entries(entries)
        self.write(entries, entry_ids)
        return entry_ids

    def write(self, entries, entry_ids):
        raise NotImplementedError

    def delete(self, entry_ids):
        raise NotImplementedError

    def clear(self):
        raise NotImplementedError

    def finish_bulk_write(self):
        """Called once after a large write (an import, a rebuild): a chance to tidy up."""

    def search(self, request):
        raise NotImplementedError

    def suggest(self, query, limit, language=None):
        """Entry ids whose number or title starts like ``query`` (as-you-type)."""
        raise NotImplementedError
