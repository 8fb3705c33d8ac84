"""The search page: the same engine as ``/api/search``, rendered for phones first."""

from urllib.parse import urlencode

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.translation import get_language

from . import engine
from .index.base import FACETS

TEXT_PARAMS = ("q", "kind", "doc_type", "issuer", "field", "status", "unit", "sort")
NUMBER_PARAMS = ("year_from", "year_to", "page")
FACET_HEADINGS = {
    "kind": "Loại nội dung",
    "doc_type": "Loại văn bản",
    "status": "Tình trạng hiệu lực",
    "issuer": "Cơ quan ban hành",
    "field": "Lĩnh vực",
    "year": "Năm ban hành",
}
SORT_LABELS = {"relevance": "Phù hợp nhất", "newest": "Mới nhất", "oldest": "Cũ nhất"}


def _params(query):
    """What the URL asks for; malformed numbers are ignored rather than refused."""
    values = {name: query.get(name, "").strip() or None for name in TEXT_PARAMS}
    values["q"] = (values["q"] or "")[:200]
    if values["sort"] not in SORT_LABELS:
        values["sort"] = "relevance"
    for name in NUMBER_PARAMS:
        raw = query.get(name, "")
        values[name] = int(raw) if raw.isascii() and raw.isdecimal() and len(raw) <= 6 else None
    values["page"] = values["page"] or 1
    return values


def _url(values, **changes):
    # A new filter or sort starts again from the first page.
    merged = {**values, "page": None, **changes}
    pairs = [(k, v) for k, v in merged.items() if v not in (None, "") and k != "language"]
    if ("sort", "relevance") in pairs:
        pairs.remove(("sort", "relevance"))
    if ("page", 1) in pairs:
        pairs.remove(("page", 1))
    return "?" + urlencode(pairs)


def _facet_links(response, values):
    """Each facet value with the URL that picks it (or, when picked, drops it)."""
    groups = []
    for name in FACETS:
        links = []
        for item in response.facets.get(name, []):
            if name == "year":
                year = int(item.value)
                change = (
                    {"year_from": None, "year_to": None}
                    if item.selected
                    else {"year_from": year, "year_to": year}
                )
            else:
                change = {name: None if item.selected else item.value}
            links.append({"item": item, "url": _url(values, **change)})
        if links:
            groups.append({"name": name, "heading": FACET_HEADINGS[name], "links": links})
    return groups


def _page_links(current, last, values):
    links = []
    for number in range(1, last + 1):
        if number in (1, last) or abs(number - current) <= 2:
            links.append(
                {"number": number, "url": _url(values, page=number), "current": number == current}
            )
        elif abs(number - current) == 3:
            links.append({"gap": True})
    return links


def search(request):
    values = _params(request.GET)
    filtered = any(values[name] for name in TEXT_PARAMS[1:-1] + ("year_from", "year_to"))
    context = {"query": values["q"], "values": values, "sort_labels": SORT_LABELS}
    if values["q"] or filtered:
        params = engine.Params(
            **values,
            page_size=settings.SEARCH_PAGE_SIZE,
            language=(get_language() or "vi").split("-")[0],
        )
        try:
            response = engine.search(params, request=request, absolute=False)
        except engine.InvalidSearch as error:
            context["error"] = str(error)
        else:
            if not response.results and response.count and values["page"] > 1:
                # Past the last page (a stale link): show the last one.
                params.page = values["page"] = response.page_count
                response = engine.search(params, request=request, absolute=False)
            page = values["page"]
            context.update(
                response=response,
                facet_groups=_facet_links(response, values),
                page_links=_page_links(page, response.page_count, values)
                if response.page_count > 1
                else [],
                sort_links=[
                    {
                        "label": label,
                        "url": _url(values, sort=key),
                        "current": key == values["sort"],
                    }
                    for key, label in SORT_LABELS.items()
                ],
                clear_url=_url({"q": values["q"]}),
            )
    return TemplateResponse(request, "search/search.html", context)
