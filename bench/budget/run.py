"""Check the performance and accessibility budget of the public site.

``python -m bench.budget`` (``make test-budget``; bench/README.md, "Performance and
accessibility budget"): builds a fresh demo database in a temporary folder, collects the
static files, serves them with gunicorn under production settings (``DEBUG`` off) on a
free loopback port, and on seven pages (home, a legal news page, a leaflet, the
bookshelf, the search page, a contest round open for entry and a Q&A answer) runs:

- Lighthouse 12.2.3, mobile, simulated throttling: performance and accessibility must
  score 100, a first visit must weigh at most 150 KB (153,600 bytes) and the PWA-related
  audits Lighthouse 12 still runs must pass; a page is run up to three times, and when
  the first run misses the budget the median of three runs is judged (each page is
  requested before, so that its picture renditions exist, as on a live site);
- a repeat visit in Chromium: no static file may come from the network the second time.

Prints a table, writes every Lighthouse report (JSON) and the table to ``--output``, and
exits with status 1 when any page misses the budget, saying which page and audit.
"""

import argparse
import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from bench import server

from . import demo_site, lighthouse, repeat_visit
from .verdict import judge, median_run, score_points, table

RESULTS_DIR = Path(__file__).resolve().parents[1] / "results"
MAX_RUNS = 3


def log(line):
    print(line, flush=True)


def parse_args(argv):
    parser = argparse.ArgumentParser(
        prog="python -m bench.budget", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument(
        "--output",
        type=Path,
        default=None,
        help="folder for the Lighthouse reports and the table "
        "(default bench/results/budget-<date>-<time>/)",
    )
    parser.add_argument(
        "--runs",
        type=int,
        default=MAX_RUNS,
        choices=(1, 3),
        help="Lighthouse runs of a page that misses the budget on its first run: 3 (the "
        "median is judged) or 1 (default 3)",
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the temporary demo folder and say where"
    )
    return parser.parse_args(argv)


def measure(page, url, output, runs):
    """The judged Lighthouse result of one page, and how many runs it took."""
    results = []
    for number in range(1, runs + 1):
        report = lighthouse.run(url, output / f"{_slug(page.name)}-{number}.json")
        results.append(judge(page.name, report))
        if number == 1 and results[0].passed:
            break
    return median_run(results), len(results)


def warm_up(address, pages):
    """Request each page once before measuring: Wagtail makes a picture's renditions
    when a page first shows it, which a live site did long before a citizen's visit,
    and each gunicorn worker loads its templates on its first requests."""
    for page in pages:
        for _ in range(server.WORKERS):
            status = server.fetch(address, page.path)[0]
            if status != 200:
                raise SystemExit(f"{page.name}: {page.path} answered {status}, not 200.")


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    lighthouse.check_installed()
    output = args.output or RESULTS_DIR / f"budget-{datetime.now(UTC):%Y%m%d-%H%M%S}"
    output.mkdir(parents=True, exist_ok=True)
    workdir = Path(tempfile.mkdtemp(prefix="pbgdpl-budget-"))
    port = server.free_port()
    origin = f"http://127.0.0.1:{port}"
    try:
        log(f"Building the demo database in {workdir}")
        env = demo_site.build(workdir, f"127.0.0.1:{port}", workdir / "build.log")
        pages = demo_site.find_pages(env)
        access_log = workdir / "access.log"
        # The repeat visit reads which static files the server itself answered.
        env["GUNICORN_CMD_ARGS"] = f"--access-logfile={access_log}"
        log(f"Serving it on {origin} with gunicorn ({server.WORKERS} workers)")
        with server.gunicorn(env, workdir / "server.log", port=port) as address:
            warm_up(address, pages)
            results, repeats = [], []
            for page in pages:
                result, run_count = measure(page, origin + page.path, output, args.runs)
                log(
                    f"  {page.name}: performance {score_points(result.scores['performance'])}, "
                    f"accessibility {score_points(result.scores['accessibility'])}, "
                    f"{result.weight_kb:.1f} KB ({run_count} run{'s' if run_count > 1 else ''})"
                )
                results.append(result)
            log("Repeat visits")
            repeats = repeat_visit.check(origin, pages, access_log)
    finally:
        if args.keep:
            log(f"The demo folder is kept: {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    return report(results, repeats, output)


def report(results, repeats, output):
    """Print and save the table and every failure; the exit status."""
    lines = [table(results), ""]
    for visit in repeats:
        lines.append(
            f"- repeat visit, {visit.name}: {len(visit.local)} static files served locally, "
            f"{len(visit.network)} from the network"
        )
    failures = [
        f"{result.name} ({result.url}): {failure}"
        for result in results
        for failure in result.failures
    ]
    failures += [
        f"{visit.name} ({visit.url}): the repeat visit fetched static files from the network: "
        + ", ".join(visit.network)
        for visit in repeats
        if not visit.passed
    ]
    if failures:
        lines += ["", "Budget missed:", *(f"- {failure}" for failure in failures)]
    text = "\n".join(lines) + "\n"
    (output / "budget.md").write_text(text)
    log("")
    log(text)
    log(f"Lighthouse reports and the table: {output}")
    if failures:
        log("FAIL: the budget is missed (see above).")
        return 1
    log("PASS: every page is within the budget.")
    return 0


def _slug(name):
    return "".join(character if character.isalnum() else "-" for character in name.lower())
