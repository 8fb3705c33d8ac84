"""Measure one side of the benchmark in a Django process of its own (the driver,
``bench.bookshelf.run``, gives it the database in ``DATABASE_URL``):

``python -m bench.bookshelf.measure project --rounds N OUTPUT``
    the project's search over what ``import_legal_documents`` imported;
``python -m bench.bookshelf.measure stock --corpus FILE --rounds N --timeout S OUTPUT``
    load the corpus into the stock model, build stock Wagtail's index (timed), and run
    the same queries through it.

Both write their figures to OUTPUT as JSON.
"""

import argparse
import json
import os
import time

import django

from .queries import QUERIES


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench.bookshelf.measure", description=__doc__)
    parser.add_argument("side", choices=("project", "stock"))
    parser.add_argument("output")
    parser.add_argument("--rounds", type=int, required=True)
    parser.add_argument("--corpus", help="the corpus file (stock only)")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds per stock query")
    parser.add_argument("--no-counts", action="store_true", help="skip stock hit counts")
    options = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.bookshelf.settings")
    django.setup()
    result = measure_project(options) if options.side == "project" else measure_stock(options)
    with open(options.output, "w", encoding="utf-8") as output:
        json.dump(result, output, ensure_ascii=False, indent=1)


def log(line):
    print(line, flush=True)


def analyze():
    """Give PostgreSQL's planner fresh statistics after a bulk load, as autovacuum soon
    would; both sides get the same."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def measure_project(options):
    from . import project_search

    reason = project_search.unavailable_reason()
    if reason:
        log(f"   project search skipped: {reason}")
        return {"side": "project", "skipped": reason}
    documents, entries = project_search.indexed_documents()
    analyze()
    log(f"   project search: {documents} documents, {entries} index entries")
    records = run(project_search.ProjectSearch(), options.rounds)
    return {
        "side": "project",
        "documents": documents,
        "index_entries": entries,
        "queries": [record.as_dict() for record in records],
    }


def measure_stock(options):
    from . import stock_search

    started = time.perf_counter()
    documents = stock_search.load(options.corpus)
    load_seconds = time.perf_counter() - started
    log(f"   stock: loaded {documents} documents in {load_seconds:.1f} s; building the index")
    started = time.perf_counter()
    stock_search.build_index()
    index_seconds = time.perf_counter() - started
    log(f"   stock: index built in {index_seconds:.1f} s")
    analyze()
    search = stock_search.StockSearch(options.timeout)
    records = run(search, options.rounds)
    if not options.no_counts:
        log("   stock: counting hits")
        for record in records:
            if not record.error:
                record.total = search.count(record.text)
    return {
        "side": "stock",
        "documents": documents,
        "load_seconds": load_seconds,
        "index_seconds": index_seconds,
        "index_size_bytes": index_size(),
        "timeout": options.timeout,
        "queries": [record.as_dict() for record in records],
    }


def index_size():
    """Bytes of stock Wagtail's index table with its indexes (PostgreSQL), or None."""
    from django.db import connection

    from modelsearch.conf import get_app_config

    if connection.vendor != "postgresql":
        return None
    table = get_app_config().get_model("IndexEntry")._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_total_relation_size(%s::regclass)", [table])
        return cursor.fetchone()[0]


def run(search, rounds):
    from .rounds import run_rounds

    return run_rounds(QUERIES, search, rounds, log=log)


if __name__ == "__main__":
    main()
