"""The public search, one place for the API and the search page.

``search()`` takes the visitor's query and filters as they come from a URL (slugs,
codes, years), asks the backend in use (``search.index``) for a page of hits with the
total and the facet counts, then dresses the hits for display: URL, summary, the
searched words marked in the title and in a snippet of the text.
"""

import datetime
from dataclasses import dataclass, field

from django.utils.functional import cached_property
from django.utils.safestring import SafeString

from core import content_version

from . import registry
from .highlight import highlight_all, snippet
from .index import get_backend
from .index.base import FACETS, SORTS, Filters, SearchRequest
from .indexing import public_pages
from .models import SearchEntry
from .query import parse
from .registry import kind_label
from .sources import load_texts

MAX_PAGE_SIZE = 50
DEFAULT_PAGE_SIZE = 20
# Deeper pages than this are refused: nobody reads them and they cost the most.
MAX_RESULTS = 2000


class InvalidSearch(ValueError):
    """A filter or paging value the search cannot use; the message says which and why."""


@dataclass
class Params:
    """What a visitor asked for, as it appears in a URL."""

    q: str = ""
    kind: str | None = None
    doc_type: str | None = None
    issuer: str | None = None
    field: str | None = None
    status: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    unit: str | None = None
    sort: str = "relevance"
    page: int = 1
    page_size: int = DEFAULT_PAGE_SIZE
    language: str | None = None


@dataclass
class Result:
    kind: str
    kind_label: str
    title: str
    title_html: SafeString
    url: str | None
    summary: str
    highlight: SafeString
    number: str
    issued_date: datetime.date | None
    status: str
    status_label: str
    date: datetime.date | None


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class SearchResponse:
    params: Params
    count: int
    results: list[Result]
    facets: dict[str, list[FacetValue]] = field(default_factory=dict)

    @cached_property
    def page_count(self):
        reachable = min(self.count, MAX_RESULTS)
        return max(1, -(-reachable // self.params.page_size))


def _status_labels():
    return registry.status_labels()


def _filters(params):
    """URL values -> ``Filters`` of ids; unknown values are an ``InvalidSearch``."""
    if params.kind is not None and params.kind not in registry.kind_labels():
        raise InvalidSearch(f"kind: không có loại nội dung '{params.kind}'.")
    if params.status is not None and params.status not in _status_labels():
        raise InvalidSearch(f"status: không có tình trạng hiệu lực '{params.status}'.")
    if params.year_from and params.year_to and params.year_from > params.year_to:
        raise InvalidSearch("year_from phải nhỏ hơn hoặc bằng year_to.")
    ids = {}
    for name, model in registry.lists().items():
        slug = getattr(params, name)
        if slug is None:
            continue
        found = model.objects.filter(slug=slug).values_list("pk", flat=True).first()
        if found is None:
            raise InvalidSearch(f"{name}: không tìm thấy '{slug}'.")
        ids[name] = found
    return Filters(
        kind=params.kind,
        doc_type=ids.get("doc_type"),
        issuer=ids.get("issuer"),
        field=ids.get("field"),
        status=params.status,
        year_from=params.year_from,
        year_to=params.year_to,
        unit=ids.get("unit"),
        language=params.language,
    )


def search(params, request=None, absolute=True):
    """The page of results ``params`` asks for. URLs are absolute for other sites (the
    API) or, with ``absolute=False``, as short as the site allows (the search page)."""
    if params.sort not in SORTS:
        raise InvalidSearch(f"sort: dùng một trong {', '.join(SORTS)}.")
    if not 1 <= params.page_size <= MAX_PAGE_SIZE:
        raise InvalidSearch(f"page_size phải từ 1 đến {MAX_PAGE_SIZE}.")
    if params.page < 1 or params.page * params.page_size > MAX_RESULTS + params.page_size:
        raise InvalidSearch(f"page: chỉ xem được {MAX_RESULTS} kết quả đầu tiên.")
    filters = _filters(params)
    sort = params.sort
    if sort == "relevance" and parse(params.q).is_empty:
        sort = "newest"
    hits = get_backend().search(
        SearchRequest(
            query=params.q,
            filters=filters,
            sort=sort,
            offset=(params.page - 1) * params.page_size,
            limit=params.page_size,
        )
    )
    return SearchResponse(
        params=params,
        count=hits.count,
        results=_results(hits.ids, parse(params.q).words, request, absolute=absolute),
        facets=_facets(hits.facets, params),
    )


@content_version.per_version
def _labels():
    """{facet: {id: (slug, name)}} of the editable lists (every search shows some)."""
    lists = registry.lists()
    return {
        name: {
            pk: (slug, label)
            for pk, slug, label in lists[name].objects.values_list("pk", "slug", "name")
        }
        for name in ("doc_type", "issuer", "field")
        if name in lists
    }


def _facets(counts, params):
    labels = {name: {} for name in FACETS}
    values = {name: {} for name in FACETS}
    for name, known in _labels().items():
        for pk in counts.get(name, {}):
            if pk in known:
                values[name][pk], labels[name][pk] = known[pk]
    statuses = _status_labels()
    facets = {}
    for name in FACETS:
        items = []
        for raw, count in counts.get(name, {}).items():
            if name in ("doc_type", "issuer", "field"):
                if raw not in values[name]:
                    continue
                value, label = values[name][raw], labels[name][raw]
            elif name == "kind":
                value, label = raw, kind_label(raw)
            elif name == "status":
                value, label = raw, statuses.get(raw, raw)
            else:
                value = label = str(raw)
            selected = str(getattr(params, name, None) or "") == value
            if name == "year":
                selected = (params.year_from or 0) <= int(value) <= (params.year_to or 9999) and (
                    params.year_from is not None or params.year_to is not None
                )
            items.append(FacetValue(value=value, label=label, count=count, selected=selected))
        key = (lambda item: -int(item.value)) if name == "year" else (lambda item: -item.count)
        facets[name] = sorted(items, key=lambda item, key=key: (key(item), item.label))
    return facets


def _results(entry_ids, words, request, with_text=True, absolute=True):
    entries = SearchEntry.objects.in_bulk(entry_ids)
    shown = _still_public([entries[pk] for pk in entry_ids if pk in entries])
    ordered = [entries[pk] for pk in entry_ids if pk in shown]
    texts = load_texts(ordered) if with_text else {}
    urls = _urls(shown, request, absolute)
    statuses = _status_labels()
    return [
        Result(
            kind=entry.kind,
            kind_label=kind_label(entry.kind),
            title=entry.title,
            title_html=highlight_all(entry.title, words),
            url=urls.get(entry.pk),
            summary=entry.summary,
            highlight=snippet(f"{entry.summary} {texts.get(entry.pk, '')}", words),
            number=entry.number,
            issued_date=entry.date if _dated_by_issue(entry.kind) else None,
            status=entry.status,
            status_label=statuses.get(entry.status, ""),
            date=entry.date,
        )
        for entry in ordered
    ]


def _dated_by_issue(kind):
    source = registry.source(kind)
    return source is not None and source.dated_by_issue


def _still_public(entries):
    """{entry id: its object or page}, for those entries whose source is still live and
    public. The index should hold nothing else; this keeps what it shows right while
    a change is on its way to it (a branch written by a background task, a write that
    failed)."""
    by_kind = {}
    for entry in entries:
        by_kind.setdefault(entry.kind, {})[entry.object_id] = entry.pk
    found = {}
    pages = {}
    for kind, ids in by_kind.items():
        source = registry.source(kind)
        if source is None:
            pages.update(ids)
            continue
        for object_id, obj in source.live_objects(list(ids)).items():
            found[ids[object_id]] = (source, obj)
    if pages:
        for page in public_pages().filter(pk__in=list(pages)):
            found[pages[page.pk]] = (None, page)
    return found


def _urls(shown, request, absolute):
    """{entry id: URL}: pages where they live, other objects where their source says."""
    urls = {}
    for pk, (source, obj) in shown.items():
        if source is None:
            urls[pk] = obj.get_full_url(request) if absolute else obj.get_url(request)
        else:
            urls[pk] = source.url(obj, request=request, full=absolute)
    return urls


def suggest(q, limit=8, language=None, request=None):
    """Titles for a search box as the visitor types: numbers first, then titles."""
    ids = get_backend().suggest(q, limit, language=language)
    results = _results(ids, parse(q).words, request, with_text=False)
    return [{"title": r.title, "url": r.url, "number": r.number} for r in results]
