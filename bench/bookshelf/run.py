"""Benchmark the legal bookshelf's search against stock Wagtail, on SQLite and PostgreSQL.

``python -m bench.bookshelf.run`` (``make bench-bookshelf``); see bench/README.md. For each
size and database: a fresh database, migrations, ``manage.py import_legal_documents`` on
the corpus (timed), the query set through the project's search, then stock Wagtail's
database backend on the same corpus. Each step runs in a process of its own, as Django
is configured once per process.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import psycopg
from psycopg import sql

from bench.results_files import RESULTS_DIR

from . import report
from .corpus import DEFAULT_SEED, ensure_corpus

PROJECT_DIR = Path(__file__).resolve().parents[2]
DATABASE_NAMES = {"sqlite": "SQLite", "postgres": "PostgreSQL"}
POSTGRES_SERVER = "postgres://postgres@127.0.0.1:5432/"
SETTINGS = "bench.bookshelf.settings"
# Stock Wagtail at 100,000 documents on SQLite takes hours (docs/performance.md).
DEFAULT_STOCK = "sqlite:10000,postgres"


def main(argv=None):
    options = parse_args(argv)
    started = datetime.now()
    postgres = "postgres" in options.databases
    results = {
        "started": started.isoformat(timespec="seconds"),
        "machine": report.machine(f"{POSTGRES_SERVER}postgres" if postgres else None),
        "options": {
            "sizes": options.sizes,
            "databases": options.databases,
            "stock": options.stock,
            "seed": options.seed,
            "rounds": options.rounds,
            "stock_rounds": options.stock_rounds,
            "stock_timeout": options.stock_timeout,
        },
        "runs": [],
    }
    for size in options.sizes:
        log(f"\n== Corpus of {size:,} documents")
        corpus = ensure_corpus(size, options.seed, log=log)
        for database in options.databases:
            run = run_one(database, size, corpus, options)
            results["runs"].append(report.add_summaries(run))
    text = report.markdown(results)
    print("\n" + text)
    for path in report.save(results, text):
        print(f"Written: {path}")


def log(line):
    print(line, flush=True)


def parse_args(argv):
    def sizes(value):
        try:
            numbers = [int(part.replace("_", "")) for part in value.split(",") if part.strip()]
        except ValueError as error:
            raise argparse.ArgumentTypeError("sizes are whole numbers: 10000,100000") from error
        if not numbers or min(numbers) < 100:
            raise argparse.ArgumentTypeError("give at least one size of 100 documents or more")
        return numbers

    def databases(value):
        names = [name.strip() for name in value.split(",") if name.strip()]
        if not names or set(names) - set(DATABASE_NAMES):
            raise argparse.ArgumentTypeError(f"choose among {', '.join(DATABASE_NAMES)}")
        return names

    def stock(value):
        entries = [entry.strip() for entry in value.split(",") if entry.strip()]
        for entry in entries:
            if entry in ("all", "none") or entry in DATABASE_NAMES or entry.isdigit():
                continue
            database, _, size = entry.partition(":")
            if database not in DATABASE_NAMES or not size.isdigit():
                raise argparse.ArgumentTypeError(f"not a database, size or database:size: {entry}")
        return entries

    parser = argparse.ArgumentParser(prog="python -m bench.bookshelf.run", description=__doc__)
    parser.add_argument("--sizes", type=sizes, default=[10_000, 100_000], help="10000,100000")
    parser.add_argument(
        "--databases", type=databases, default=list(DATABASE_NAMES), help="sqlite,postgres"
    )
    parser.add_argument(
        "--stock-sizes",
        dest="stock",
        type=stock,
        default=stock(DEFAULT_STOCK),
        help="where to measure stock Wagtail: entries DATABASE, SIZE or DATABASE:SIZE, or all "
        f"or none (default {DEFAULT_STOCK}: not SQLite above 10,000)",
    )
    parser.add_argument("--rounds", type=int, default=6, help="project rounds, 1st is warm-up")
    parser.add_argument("--stock-rounds", type=int, default=3, help="stock rounds, 1st is warm-up")
    parser.add_argument(
        "--stock-timeout", type=float, default=10.0, help="seconds before a stock query stops"
    )
    parser.add_argument("--no-stock-counts", action="store_true", help="skip stock hit counts")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="corpus seed")
    parser.add_argument(
        "--postgres-database", default="bench_bookshelf", help="dropped and created for each run"
    )
    options = parser.parse_args(argv)
    if options.rounds < 2 or options.stock_rounds < 2:
        parser.error("rounds must be at least 2: the first one is discarded")
    return options


def wants_stock(entries, database, size):
    for entry in entries:
        if entry == "all" or entry == database or entry == str(size):
            return True
        if entry == f"{database}:{size}":
            return True
    return False


def run_one(database, size, corpus, options):
    name = DATABASE_NAMES[database]
    log(f"\n== {name}, {size:,} documents")
    run = {"database": name, "size": size, "notes": [], "import_seconds": None}
    env = environment(database, size, options)
    with tempfile.TemporaryDirectory(prefix="bench-bookshelf-") as workdir:
        log("   migrating a fresh database")
        if not step(run, "migrate", manage("migrate", "--noinput", "--verbosity=0"), env):
            return run
        project(run, corpus, env, options, Path(workdir) / "project.json")
        if wants_stock(options.stock, database, size):
            stock_output = Path(workdir) / "stock.json"
            command = measure_command("stock", stock_output, options.stock_rounds)
            command += ["--corpus", str(corpus), "--timeout", str(options.stock_timeout)]
            if options.no_stock_counts:
                command.append("--no-counts")
            if step(run, "stock Wagtail", command, env):
                run["stock"] = json.loads(stock_output.read_text())
        else:
            run["notes"].append(
                f"Stock Wagtail not measured on {name} at {size:,} documents (--stock-sizes)."
            )
    return run


def project(run, corpus, env, options, output):
    """Import the corpus with the project's importer (timed), then search it."""
    available = subprocess.run(
        manage("help", "import_legal_documents"), cwd=PROJECT_DIR, env=env, capture_output=True
    )
    if available.returncode != 0:
        run["notes"].append(
            "Project not measured: manage.py has no import_legal_documents command yet."
        )
        return
    log("   importing with manage.py import_legal_documents")
    started = time.perf_counter()
    if not step(run, "import", manage("import_legal_documents", str(corpus)), env):
        return
    run["import_seconds"] = time.perf_counter() - started
    log(f"   imported in {run['import_seconds']:.1f} s")
    if step(run, "project search", measure_command("project", output, options.rounds), env):
        figures = json.loads(output.read_text())
        if figures.get("skipped"):
            run["notes"].append(f"Project search not measured: {figures['skipped']}.")
        else:
            run["project"] = figures


def step(run, name, command, env):
    """Run one step; on failure note it in the run and return False."""
    result = subprocess.run(command, cwd=PROJECT_DIR, env=env)
    if result.returncode != 0:
        run["notes"].append(f"The {name} step failed (exit status {result.returncode}).")
        log(f"   {name} failed")
        return False
    return True


def manage(*arguments):
    return [sys.executable, "manage.py", *arguments]


def measure_command(side, output, rounds):
    return [
        sys.executable,
        "-m",
        "bench.bookshelf.measure",
        side,
        str(output),
        f"--rounds={rounds}",
    ]


def environment(database, size, options):
    """The environment of every process of one run: the benchmark's settings and a fresh
    database. Search runs on the database (no Elasticsearch) and caches in memory."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": SETTINGS}
    for name in ("ELASTICSEARCH_URL", "REDIS_URL"):
        env.pop(name, None)
    env["DATABASE_URL"] = fresh_database(database, size, options.postgres_database)
    return env


def fresh_database(database, size, postgres_database):
    """The DATABASE_URL of an empty database; the SQLite file stays in bench/results/ and
    the PostgreSQL database on the server, for inspection, until the next run."""
    if database == "sqlite":
        RESULTS_DIR.mkdir(parents=True, exist_ok=True)
        path = RESULTS_DIR / f"bookshelf-{size}.sqlite3"
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        return f"sqlite:///{path}"
    try:
        with psycopg.connect(f"{POSTGRES_SERVER}postgres", autocommit=True) as connection:
            name = sql.Identifier(postgres_database)
            connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
            connection.execute(sql.SQL("CREATE DATABASE {}").format(name))
    except psycopg.OperationalError as error:
        raise SystemExit(f"PostgreSQL at {POSTGRES_SERVER} is not answering: {error}") from error
    return f"{POSTGRES_SERVER}{postgres_database}"


if __name__ == "__main__":
    main()
