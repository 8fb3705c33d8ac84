"""The search backend in use: Elasticsearch when configured, else the database's own."""

from functools import cache

from django.conf import settings
from django.db import connection


@cache
def get_backend():
    if getattr(settings, "SEARCH_ELASTICSEARCH", None):
        from .elasticsearch import ElasticsearchBackend

        return ElasticsearchBackend.from_settings()
    if connection.vendor == "postgresql":
        from .postgres import PostgresBackend

        return PostgresBackend()
    from .sqlite import SqliteBackend

    return SqliteBackend()
