"""Every contest benchmark, one after the other, and one table of the figures they give
against their targets (``make bench-contests``); see bench/README.md.

1. ``bench.contests.load``: starts, submissions and sign-ins against the minimal insert;
2. ``bench.contests.faults``: the fault runs and the run on two servers;
3. ``bench.contests.results``: closing, ranking and exporting at scale.

Each writes its own report; the summary goes to ``bench/results/contest-summary-*``.
"""

import argparse
import subprocess
import sys
import time

from bench import results_files
from bench.server import PROJECT_DIR

# (module, report name, arguments of a quick try)
BENCHMARKS = [
    (
        "bench.contests.load",
        "contest-load",
        ["--participants", "500", "--repeat", "1", "--sample", "20", "--sign-ins", "100"],
    ),
    ("bench.contests.faults", "contest-faults", ["--participants", "150"]),
    ("bench.contests.results", "contests", ["--repeat", "1"]),
]


def log(line):
    print(line, flush=True)


def _verdict(met):
    return "**met**" if met else "**not met**"


def _ok(passed):
    return "**PASS**" if passed else "**FAIL**"


def _load_rows(load):
    phases, targets, sample = load["phases"], load["targets"], load["production_hasher"]
    insert = phases["insert"]["per_second"]
    starts = sample["queries"].get("start", {})
    lost = sum(check["lost"] for check in load["checks"])
    duplicated = sum(check["duplicated"] for check in load["checks"])
    misscored = sum(check["altered"] + check["wrong_score"] for check in load["checks"])
    return [
        (
            "starts",
            f"{phases['start']['per_second']:.0f}/s, {load['start_ratio']:.2f}× the minimal "
            f"insert ({insert:.0f}/s)",
            "≥ 0.5× the insert",
            _verdict(targets["start_ratio_to_insert"]["met"]),
        ),
        (
            "SQL statements per start (the whole request)",
            f"{starts['median']:g}" if starts else "–",
            "≤ 3",
            _verdict(targets["queries_per_start"]["met"]),
        ),
        (
            "submissions",
            f"{phases['submit']['per_second']:.0f}/s, {load['ratio']:.2f}× the minimal insert",
            "≥ 0.5× the insert",
            _verdict(targets["ratio_to_insert"]["met"]),
        ),
        (
            f"sign-ins with the production hasher ({sample['hasher']})",
            f"{sample['sign_in']['per_second']:.1f}/s ({sample['sign_in']['sign_ins']} "
            f"over {load['connections']} connections)",
            "≥ 50/s",
            _verdict(targets["sign_ins_per_second"]["met"]),
        ),
        (
            "load test, checked in the database",
            f"{lost} lost, {duplicated} duplicated, {misscored} mis-scored",
            "0 lost",
            _verdict(load["verified"]),
        ),
    ]


def _fault_rows(faults):
    rows = []
    for run in faults["runs"]:
        check, transport = run["check"], run["transport"]
        measured = (
            f"{check['lost']} lost, {check['duplicated']} duplicated, "
            f"{check['altered'] + check['wrong_score']} mis-scored, "
            f"{sum(run['half_written'].values())} half-written of "
            f"{check['acknowledged']:,} acknowledged; {transport['server_errors']} 500s"
        )
        if run["name"] == "postgres":
            measured += f"; {transport['unavailable']} 503s with Retry-After"
        if run["name"] == "worker":
            measured += f"; {transport['cut']} requests cut"
        measured += f"; {transport['retries']} retries"
        probe = run["limit_probe"]
        if probe:
            low, high = probe["bounds"]
            measured += (
                f"; a limit of {low} let {probe['accepted']} through "
                f"({'exactly ' + str(low) if low == high else f'{low}–{high}'} expected)"
            )
        rows.append((run["title"], measured, "0 lost, no 500", _ok(run["passed"])))
    return rows


def _results_rows(results):
    ranking = results["ranking_1M"]["median"]
    return [
        ("full ranking of 1,000,000 attempts", f"{ranking:.2f} s", "≤ 10 s", _ok(ranking <= 10)),
        (
            "XLSX export of 100,000 results",
            f"{results['xlsx_100k']['median']:.1f} s",
            "–",
            "",
        ),
    ]


def summary(load, faults, results):
    rows = []
    if load:
        rows += _load_rows(load)
    if faults:
        rows += _fault_rows(faults)
    if results:
        rows += _results_rows(results)
    lines = [
        "# Contest benchmarks: every figure",
        "",
        "From `make bench-contests`; the reports of each benchmark give the details.",
        "",
        "| | measured | target | |",
        "|---|---|---|---|",
        *(
            f"| {title} | {measured} | {target} | {verdict} |"
            for title, measured, target, verdict in rows
        ),
        "",
    ]
    missing = [
        name
        for name, figures in (("load", load), ("faults", faults), ("results", results))
        if not figures
    ]
    if missing:
        lines += [f"No figures from: {', '.join(missing)} (it failed; see its output).", ""]
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench.contests.run", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="small sizes, one run each: a try, not figures"
    )
    options = parser.parse_args(argv)
    since = time.time()
    failed = []
    for module, _, quick in BENCHMARKS:
        log(f"\n##### {module}\n")
        command = [sys.executable, "-m", module, *(quick if options.quick else [])]
        if subprocess.run(command, cwd=PROJECT_DIR, check=False).returncode:
            failed.append(module)
    figures = {name: results_files.latest(name, since) for _, name, _ in BENCHMARKS}
    text = summary(figures["contest-load"], figures["contest-faults"], figures["contests"])
    print("\n" + text)
    _, markdown_path = results_files.save("contest-summary", figures, text)
    log(f"Written: bench/results/{markdown_path.name} and .json")
    if failed:
        raise SystemExit(f"Failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
