"""Settings of the bookshelf benchmark's processes: the benchmark's production settings
(``DEBUG`` off, so no query log grows through a 100,000-document import), the stock
baseline's app, and Wagtail's database search backend whatever the environment says."""

from bench.settings import *  # noqa: F403

INSTALLED_APPS = [*INSTALLED_APPS, "bench.bookshelf.stock"]  # noqa: F405
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
