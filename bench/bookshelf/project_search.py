"""The project's search as the benchmark calls it: the one module to adapt when the
search's interface changes.

Each query is timed twice, back to back: the whole search as the API and the search
page answer it (``search.engine.search``: the backend's page of hits with the total and
facet counts, then titles, URLs and highlighted snippets), and the backend's part alone
(``get_backend().search``). Which documents came first is read from the backend's hits,
after the timing.
"""

import time

from .rounds import Outcome

PAGE_SIZE = 10


def unavailable_reason():
    """Why the project's search cannot be measured in this tree, or "" when it can."""
    try:
        from search.engine import Params, search  # noqa: F401
        from search.index import get_backend  # noqa: F401
        from search.index.base import SearchRequest  # noqa: F401
    except ImportError as error:
        return f"the search is not importable ({error})"
    return ""


class ProjectSearch:
    def __init__(self):
        from search.engine import Params, search
        from search.index import get_backend
        from search.index.base import SearchRequest

        self.engine_search, self.params = search, Params
        self.backend, self.request = get_backend(), SearchRequest

    def __call__(self, text):
        started = time.perf_counter()
        self.engine_search(self.params(q=text, page_size=PAGE_SIZE))
        seconds = time.perf_counter() - started
        started = time.perf_counter()
        hits = self.backend.search(self.request(query=text, limit=PAGE_SIZE))
        index_seconds = time.perf_counter() - started
        return Outcome(seconds, describe(hits.ids), hits.count, index_seconds)


def describe(entry_ids):
    """(number, issuer) of each search entry, in order."""
    from bookshelf.models import IssuingBody
    from search.models import SearchEntry

    entries = SearchEntry.objects.in_bulk(entry_ids)
    issuer_ids = {entry.issuer_id for entry in entries.values() if entry.issuer_id}
    names = dict(IssuingBody.objects.filter(id__in=issuer_ids).values_list("id", "name"))
    return [
        (entries[entry_id].number, names.get(entries[entry_id].issuer_id, ""))
        for entry_id in entry_ids
        if entry_id in entries
    ]


def indexed_documents():
    """Legal documents on the bookshelf, and entries in the public search index."""
    from bookshelf.models import LegalDocument
    from search.models import SearchEntry

    return LegalDocument.objects.count(), SearchEntry.objects.count()
