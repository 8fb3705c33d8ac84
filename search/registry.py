"""What the public search holds, as the apps that own it declare it in their ``ready()``.

The search names no content model. A page type is a *kind* of result
(``register_page_kind``); anything else it holds, such as the legal documents of the
bookshelf, is a ``Source`` (``register_source``). The lists that filter results by slug
(document types, issuers, legal fields, units) and the labels of effect statuses are
declared the same way (``register_list``, ``register_statuses``).
"""

from dataclasses import dataclass


class Source:
    """Objects other than pages that the search holds under one kind. Subclasses say
    how to read them; the search decides when to index them (see ``indexing``)."""

    kind = ""
    label = ""
    # Entries of this kind show their date as the date of issue (``Result.issued_date``).
    dated_by_issue = False

    def live_ids(self):
        """Ids of every object citizens may find, in a stable order (a rebuild)."""
        raise NotImplementedError

    def entries(self, ids):
        """``EntryData`` of those of ``ids`` citizens may find."""
        raise NotImplementedError

    def texts(self, ids):
        """{id: plain text} of these objects (the index keeps no copy of full texts)."""
        raise NotImplementedError

    def live_objects(self, ids):
        """{id: object} for those of ``ids`` still live, as ``url`` needs them."""
        raise NotImplementedError

    def url(self, obj, request=None, full=False):
        raise NotImplementedError


@dataclass(frozen=True)
class PageKind:
    kind: str
    label: str
    model_label: str


_sources = {}
_page_kinds = {}
_lists = {}
_statuses = {}


def register_source(source):
    _sources[source.kind] = source


def register_page_kind(kind, label, model):
    """Pages of ``model`` (live and public) are found as ``kind``, shown as ``label``."""
    _page_kinds[model._meta.label] = PageKind(kind, label, model._meta.label)


def register_list(facet, model):
    """Results filter on ``facet`` by the ``slug`` of a row of ``model``, whose ``name``
    labels the facet's values."""
    _lists[facet] = model


def register_statuses(choices):
    """Labels of the ``status`` codes entries carry: ``[(code, label), ...]``."""
    _statuses.update(dict(choices))


def sources():
    return dict(_sources)


def source(kind):
    return _sources.get(kind)


def page_kinds():
    """{page model label: PageKind}."""
    return dict(_page_kinds)


def page_kind_codes():
    return [page_kind.kind for page_kind in _page_kinds.values()]


def page_kind(page):
    """The kind of a (specific) page, or None when pages of its type are not searched."""
    found = _page_kinds.get(page._meta.label)
    return found.kind if found else None


def kind_labels():
    """{kind: label} of every kind the search holds."""
    labels = {kind: source.label for kind, source in _sources.items()}
    labels.update({page_kind.kind: page_kind.label for page_kind in _page_kinds.values()})
    return labels


def kind_label(kind):
    return kind_labels().get(kind, kind)


def lists():
    return dict(_lists)


def status_labels():
    return dict(_statuses)
