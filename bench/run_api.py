"""Benchmark the content API listing against two baselines, on SQLite and PostgreSQL.

``python -m bench.run_api`` (``make bench-api``); see bench/README.md.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import redis
from psycopg import sql

from . import report, wrk
from .endpoints import ENDPOINTS, TARGETS, Endpoint
from .server import PROJECT_DIR, WORKERS, fetch, gunicorn

POSTGRES_SERVER = "postgres://postgres@127.0.0.1:5432/"
POSTGRES_DATABASE = "bench_api"  # dropped and created again by every run
REDIS_URL = "redis://127.0.0.1:6379/9"  # a database of its own: it is flushed
WARM_REQUESTS = 3
BACKEND_NAMES = {"sqlite": "SQLite", "postgres": "PostgreSQL"}


def main(argv=None):
    options = parse_args(argv)
    wrk.ensure_wrk()
    cache = options.redis_url if redis_answers(options.redis_url) else None
    results = [run_backend(backend, options, cache) for backend in options.backends]
    print("\n" + report.markdown(results))
    for path in report.save(results):
        print(f"Written: {path}")


def parse_args(argv):
    def positive(value):
        number = int(value)
        if number < 1:
            raise argparse.ArgumentTypeError("must be at least 1")
        return number

    def backends(value):
        names = [name.strip() for name in value.split(",") if name.strip()]
        if not names or set(names) - set(BACKEND_NAMES):
            raise argparse.ArgumentTypeError(f"choose among {', '.join(BACKEND_NAMES)}")
        return names

    parser = argparse.ArgumentParser(prog="python -m bench.run_api", description=__doc__)
    parser.add_argument(
        "--backends", type=backends, default=list(BACKEND_NAMES), help="sqlite,postgres"
    )
    parser.add_argument("--duration", type=positive, default=10, help="seconds per wrk run")
    parser.add_argument("--repeat", type=positive, default=3, help="wrk runs per endpoint")
    parser.add_argument("--pages", type=positive, default=40, help="legal news pages")
    parser.add_argument(
        "--postgres-database",
        default=POSTGRES_DATABASE,
        help="the PostgreSQL database dropped and created for the run",
    )
    parser.add_argument(
        "--redis-url",
        default=REDIS_URL,
        help="the Redis database the server caches in; it is flushed",
    )
    return parser.parse_args(argv)


def redis_answers(url):
    try:
        return redis.Redis.from_url(url, socket_timeout=1).ping()
    except redis.RedisError:
        return False


def flush_cache(cache):
    if cache:
        redis.Redis.from_url(cache).flushdb()


@dataclass
class Measurement:
    """What one endpoint did: its answer to the warm-up, and the wrk runs."""

    endpoint: Endpoint
    status: int | None = None
    size: int | None = None
    note: str = ""
    skipped: bool = False
    runs: list = field(default_factory=list)

    def row(self, queries):
        row = {
            "name": self.endpoint.name,
            "path": self.endpoint.path,
            "status": self.status,
            "bytes": self.size,
            "queries": queries,
            "runs_rps": [run.requests_per_second for run in self.runs],
            "rps": None,
            "p50_ms": None,
            "p99_ms": None,
            "note": self.note,
        }
        if any(run.requests == 0 for run in self.runs):
            # wrk counts only the requests answered within the run.
            row["note"] = "a run got no answer: lengthen --duration"
        elif self.runs:
            # The latency figures come from the run whose throughput is the median.
            by_rps = sorted(self.runs, key=lambda run: run.requests_per_second)
            median_run = by_rps[(len(by_rps) - 1) // 2]
            row.update(
                rps=statistics.median(row["runs_rps"]),
                p50_ms=median_run.p50_ms,
                p99_ms=median_run.p99_ms,
            )
            errors = sum(run.errors for run in self.runs)
            if errors:
                row["note"] = f"{self.note} {errors} failed requests".strip()
        return row


def run_backend(backend, options, cache):
    name = BACKEND_NAMES[backend]
    print(f"\n== {name}: migrating and building {options.pages} pages", flush=True)
    with tempfile.TemporaryDirectory(prefix=f"bench-api-{backend}-") as workdir:
        workdir = Path(workdir)
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "DATABASE_URL": fresh_database(backend, workdir, options.postgres_database),
            "MEDIA_ROOT": str(workdir / "media"),
            "STATIC_ROOT": str(workdir / "static"),
        }
        env.pop("REDIS_URL", None)
        if cache:
            env["REDIS_URL"] = cache
        (workdir / "static").mkdir()
        flush_cache(cache)
        queries = prepare(env, options.pages, workdir / "probes.json")
        with gunicorn(env, workdir / "gunicorn.log") as server:
            measurements = measure(server, options, cache)
        flush_cache(cache)
    rows = [m.row(queries[m.endpoint.name]["queries"]) for m in measurements]
    return {
        "backend": name,
        "pages": options.pages,
        "cache": f"Redis {cache}" if cache else "none (no Redis: server-side response cache off)",
        "workers": WORKERS,
        "threads": wrk.THREADS,
        "connections": wrk.CONNECTIONS,
        "duration": options.duration,
        "repeat": options.repeat,
        "endpoints": rows,
        "ratios": ratios(rows),
    }


def fresh_database(backend, workdir, name=POSTGRES_DATABASE):
    """The DATABASE_URL of an empty database for ``backend``."""
    if backend == "sqlite":
        return f"sqlite:///{workdir / 'bench.sqlite3'}"
    database = sql.Identifier(name)
    try:
        with psycopg.connect(f"{POSTGRES_SERVER}postgres", autocommit=True) as connection:
            connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(database))
            connection.execute(sql.SQL("CREATE DATABASE {}").format(database))
    except psycopg.OperationalError as error:
        raise SystemExit(f"PostgreSQL at {POSTGRES_SERVER} is not answering: {error}") from error
    return f"{POSTGRES_SERVER}{name}"


def prepare(env, pages, output):
    """Migrate, build the content and probe the endpoints in a process of its own (Django
    is configured once per process, and each backend needs its own settings)."""
    command = [sys.executable, "-m", "bench.prepare", f"--pages={pages}", str(output)]
    subprocess.run(command, cwd=PROJECT_DIR, env=env, check=True)
    return json.loads(output.read_text())


def measure(server, options, cache):
    """``options.repeat`` wrk runs per endpoint; each repetition goes round all endpoints
    so that a noisy moment on the machine does not fall on one endpoint only."""
    measurements = [Measurement(endpoint) for endpoint in ENDPOINTS]
    for repetition in range(1, options.repeat + 1):
        for measurement in measurements:
            if measurement.skipped:
                continue
            endpoint = measurement.endpoint
            print(f"   {endpoint.name}: run {repetition}/{options.repeat}", flush=True)
            # Every run starts from an empty cache that its warm-up fills again, so that
            # the unique URLs of one run do not pile up in Redis.
            flush_cache(cache)
            headers = warm_up(server, measurement)
            if measurement.skipped:
                continue
            unique_run = f"r{repetition}" if endpoint.unique else None
            measurement.runs.append(
                wrk.run(server, endpoint.path, options.duration, headers, unique_run)
            )
    return measurements


def warm_up(server, measurement):
    """Send a few requests (they make the image renditions and fill the caches) and
    record the answer; return the headers to load the endpoint with."""
    endpoint, headers = measurement.endpoint, {}
    if endpoint.conditional:
        etag = fetch(server, endpoint.path)[1].get("ETag")
        if not etag:
            measurement.skipped, measurement.note = True, "skipped: no ETag in the response yet"
            return headers
        headers["If-None-Match"] = etag
    for attempt in range(WARM_REQUESTS):
        status, _, body = fetch(server, endpoint.url(f"warm-{attempt}"), headers)
    measurement.status, measurement.size = status, len(body)
    expected = 304 if endpoint.conditional else 200
    if status >= 400:
        measurement.skipped, measurement.note = True, f"skipped: HTTP {status}"
    elif status != expected:
        measurement.note = f"HTTP {status}, expected {expected}"
    return headers


def ratios(rows):
    rps = {row["name"]: row["rps"] for row in rows}
    results = []
    for numerator, denominator, target in TARGETS:
        top, bottom = rps[numerator.name], rps[denominator.name]
        value = top / bottom if top and bottom else None
        results.append(
            {
                "name": f"{numerator.name} / {denominator.name}",
                "value": value,
                "target": target,
                "passed": value is not None and value >= target,
            }
        )
    return results


if __name__ == "__main__":
    main()
