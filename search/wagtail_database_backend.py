"""Wagtail's database search backend (SQLite FTS5, PostgreSQL or MySQL, as modelsearch
picks for the default database), with every query bounded (``search.wagtail_query``)."""

from functools import cache

from modelsearch.backends.database import SearchBackend as database_backend

from search.wagtail_query import BoundedQueryMixin


@cache
def _bounded(backend_class):
    return type(backend_class.__name__, (BoundedQueryMixin, backend_class), {})


def SearchBackend(params):  # noqa: N802 (the name modelsearch looks a backend up by)
    return _bounded(type(database_backend(params)))(params)
