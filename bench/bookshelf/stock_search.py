"""Stock Wagtail on the same corpus: load it into ``StockDocument``, build the index as
``manage.py update_index`` does for that one model, and search it the way a stock site
does, ``StockDocument.objects.all().search(q, operator="and")[:10]``.

Stock searches can take minutes (docs/performance.md), so each runs under a deadline:
PostgreSQL's ``statement_timeout``, or an SQLite progress handler that interrupts the
statement.
"""

import contextlib
import json
import time

from django.db import OperationalError, connection, transaction

from wagtail.search.backends import get_search_backend

from .rounds import Outcome, Timeout
from .stock.models import StockDocument

BATCH = 1000
PAGE_SIZE = 10
# How often (in SQLite virtual machine instructions) the progress handler looks at the clock.
SQLITE_CHECK_EVERY = 10_000


def load(corpus):
    """Copy the corpus into ``StockDocument``; return the number of documents."""
    count, batch = 0, []
    with transaction.atomic(), open(corpus, encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            batch.append(
                StockDocument(
                    number=row["number"],
                    issuer=row["issuer"],
                    title=row["title"],
                    body=row["body_html"],
                )
            )
            if len(batch) == BATCH:
                StockDocument.objects.bulk_create(batch)
                count, batch = count + len(batch), []
        StockDocument.objects.bulk_create(batch)
    return count + len(batch)


def build_index():
    """Index every ``StockDocument`` with the default backend, in chunks of 1,000 by
    primary key, through the backend's rebuilder, as ``update_index`` does for a model."""
    backend = get_search_backend()
    index = backend.get_index_for_model(StockDocument)
    rebuilder = backend.rebuilder_class(index)
    index = rebuilder.start()
    index.add_model(StockDocument)
    queryset = StockDocument.get_indexed_objects().order_by("pk")
    last = 0
    while chunk := list(queryset.filter(pk__gt=last)[:BATCH]):
        index.add_items(StockDocument, chunk)
        last = chunk[-1].pk
    rebuilder.finish()


@contextlib.contextmanager
def deadline(seconds):
    """Stop the statements run inside after ``seconds``, raising ``Timeout``."""
    connection.ensure_connection()
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config('statement_timeout', %s, false)", [f"{seconds}s"])
        try:
            yield
        except OperationalError as error:
            if "statement timeout" in str(error):
                raise Timeout from error
            raise
        finally:
            with connection.cursor() as cursor:
                cursor.execute("SELECT set_config('statement_timeout', '0', false)")
        return
    if connection.vendor != "sqlite":
        yield
        return
    stop_at = time.perf_counter() + seconds
    sqlite = connection.connection
    sqlite.set_progress_handler(lambda: time.perf_counter() > stop_at, SQLITE_CHECK_EVERY)
    try:
        yield
    except OperationalError as error:
        if "interrupted" in str(error):
            raise Timeout from error
        raise
    finally:
        sqlite.set_progress_handler(None, 0)


class StockSearch:
    def __init__(self, timeout):
        self.timeout = timeout

    def __call__(self, text):
        with deadline(self.timeout):
            started = time.perf_counter()
            results = list(StockDocument.objects.all().search(text, operator="and")[:PAGE_SIZE])
            seconds = time.perf_counter() - started
        return Outcome(seconds, [(document.number, document.issuer) for document in results])

    def count(self, text):
        """How many documents the query finds, or None when counting runs out of time."""
        try:
            with deadline(self.timeout):
                return StockDocument.objects.all().search(text, operator="and").count()
        except Timeout:
            return None
