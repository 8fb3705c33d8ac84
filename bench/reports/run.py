"""Benchmark the PBGDPL statistics on PostgreSQL: a period of 200 units × 60 indicators,
every report sent, then the Department of Justice's dashboard and the XLSX export of
the period's totals, each of which must take less than 2 s.

``python -m bench.reports.run`` (``make bench-reports``); see bench/README.md. It drops
and creates the database ``bench_reports`` (or ``--database``), migrates it, writes the
period (``bench/reports/data.py``), and requests each page as a signed-in reviewer
through Django's test client, in the benchmark's production settings (``DEBUG`` off).
Exits with status 1 when a target is missed.
"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from psycopg import sql

from bench import results_files

SERVER = "postgres://postgres@127.0.0.1:5432/"
PROJECT_DIR = Path(__file__).resolve().parents[2]
SETTINGS = "bench.reports.settings"
TARGET_SECONDS = 2.0


def log(line):
    print(line, flush=True)


def fresh_database(name):
    """Drop, create and migrate ``name``; point this process at it, with media and static
    folders in a temporary folder, which it returns."""
    with psycopg.connect(f"{SERVER}postgres", autocommit=True) as connection:
        identifier = sql.Identifier(name)
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(identifier))
        connection.execute(sql.SQL("CREATE DATABASE {}").format(identifier))
    workdir = Path(tempfile.mkdtemp(prefix="bench-reports-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": SETTINGS,
        "DATABASE_URL": SERVER + name,
        "MEDIA_ROOT": str(workdir / "media"),
        "STATIC_ROOT": str(workdir / "static"),
    }
    (workdir / "static").mkdir()
    env.pop("REDIS_URL", None)
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "--verbosity=0"],
        cwd=PROJECT_DIR,
        env=env,
        check=True,
    )
    os.environ.update(
        {
            key: env[key]
            for key in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL", "MEDIA_ROOT", "STATIC_ROOT")
        }
    )
    os.environ.pop("REDIS_URL", None)
    return workdir


def setup_django():
    import django

    sys.path.insert(0, str(PROJECT_DIR))
    django.setup()


@dataclass
class Measurement:
    name: str
    what: str
    run: object  # () -> the size in bytes of what it made, or None
    target: float | None = None
    times: list = field(default_factory=list)
    queries: int | None = None
    size: int | None = None

    @property
    def median(self):
        return statistics.median(self.times)

    @property
    def passed(self):
        return self.target is None or self.median < self.target


def measurements(built):
    from django.test import Client
    from django.urls import NoReverseMatch, reverse

    from reports.figures import period_totals

    client = Client(HTTP_HOST="localhost")
    client.force_login(built.reviewer)

    def get(url):
        def run():
            response = client.get(url)
            if response.status_code != 200:
                raise RuntimeError(f"GET {url} answered {response.status_code}")
            return len(response.content)

        return run

    def totals():
        period_totals(built.period)

    period_id = built.period.pk
    try:
        dashboard = reverse("reports_dashboard", args=[period_id])
    except NoReverseMatch:
        first = [
            Measurement(
                "dashboard's figures (no dashboard page yet)",
                "reports.figures.period_totals(period)",
                totals,
                TARGET_SECONDS,
            )
        ]
    else:
        # The dashboard against the figures it shows: what its page adds to them.
        first = [
            Measurement("dashboard", f"GET {dashboard}", get(dashboard), TARGET_SECONDS),
            Measurement("totals alone", "reports.figures.period_totals(period)", totals),
        ]
    export = reverse("reports_totals_xlsx", args=[period_id])
    return [
        *first,
        Measurement("totals XLSX export", f"GET {export}", get(export), TARGET_SECONDS),
        Measurement("admin home (baseline)", "GET /admin/", get("/admin/")),
    ]


def measure(items, repeat):
    """A warm-up and a count of SQL statements for each, then ``repeat`` rounds, each
    going through every measurement, so that a noisy moment falls on all of them."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for item in items:
        with CaptureQueriesContext(connection) as captured:
            item.size = item.run()
        item.queries = len(captured)
    for _ in range(repeat):
        for item in items:
            started = time.perf_counter()
            item.run()
            item.times.append(time.perf_counter() - started)


def report(items, built, repeat, build_seconds):
    lines = [
        "# Statistics benchmark (PostgreSQL)",
        "",
        f"{len(built.units)} units × {len(built.indicators)} indicators, every report sent; "
        f"the year before the same, accepted. Medians of {repeat} runs after a warm-up. "
        f"Data written in {build_seconds:.1f} s.",
        "",
        "| measurement | what | median | runs | SQL statements | bytes | target | result |",
        "|---|---|---:|---|---:|---:|---|---|",
    ]
    for item in items:
        runs = ", ".join(f"{seconds:.2f}" for seconds in item.times)
        target = f"< {item.target:.0f} s" if item.target else "–"
        verdict = ("PASS" if item.passed else "FAIL") if item.target else "–"
        size = f"{item.size:,}" if item.size else "–"
        lines.append(
            f"| {item.name} | `{item.what}` | {item.median:.3f} s | {runs} | {item.queries} "
            f"| {size} | {target} | {verdict} |"
        )
    return "\n".join(lines) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench.reports.run", description=__doc__)
    parser.add_argument("--units", type=int, default=200)
    parser.add_argument("--indicators", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each measurement")
    parser.add_argument("--database", default="bench_reports", help="dropped and created")
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args(argv)

    log(f"== A fresh database {options.database}")
    workdir = fresh_database(options.database)
    setup_django()
    from bench.reports.data import build

    log(f"== Writing {options.units} units × {options.indicators} indicators")
    started = time.perf_counter()
    built = build(units=options.units, indicators=options.indicators, seed=options.seed)
    build_seconds = time.perf_counter() - started
    log("== Measuring")
    items = measurements(built)
    measure(items, options.repeat)
    text = report(items, built, options.repeat, build_seconds)
    print("\n" + text)
    figures = {
        "units": len(built.units),
        "indicators": len(built.indicators),
        "repeat": options.repeat,
        "build_seconds": build_seconds,
        "measurements": [
            {
                "name": item.name,
                "what": item.what,
                "median": item.median,
                "runs": item.times,
                "queries": item.queries,
                "bytes": item.size,
                "target": item.target,
                "passed": item.passed,
            }
            for item in items
        ],
    }
    shutil.rmtree(workdir, ignore_errors=True)
    _, markdown_path = results_files.save("reports", figures, text)
    print(f"Written: bench/results/{markdown_path.name}")
    missed = [item.name for item in items if not item.passed]
    if missed:
        print(f"Target missed: {', '.join(missed)}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
