"""The contest load test's figures and their Markdown report."""

import os
import statistics

from .load_checks import passed

PHASES = {
    "captcha": "CAPTCHA challenges",
    "register": "registrations",
    "start": "starts",
    "submit": "submissions",
    "insert": "baseline: minimal insert",
}
EXPECTED = {"register": 201}
TARGET_PER_SECOND = 300
# A submission and a start do more than a minimal insert, so at least half of its rate
# each; a start in at most 3 SQL statements; 50 sign-ins a second with the production
# hasher, so that 2,000 people signing in for a round's opening wait under a minute.
TARGET_RATIO = 0.5
TARGET_START_QUERIES = 3
TARGET_SIGN_INS = 50
CHECKS = [
    ("acknowledged", "submissions acknowledged (200)"),
    ("attempts_stored", "attempts in the round"),
    ("lost", "lost (acknowledged, not stored as submitted)"),
    ("duplicated", "duplicated (more than one attempt per participant)"),
    ("altered", "stored with another score, answers or prediction"),
    ("wrong_score", "score not the one computed from the answer keys"),
    ("unexplained", "attempts no acknowledged start explains"),
    ("double_submits", "held back from the burst, then submitted twice at once"),
    ("double_submits_failed", "of these, disagreeing or not stored as one of the two"),
    ("resubmits", "acknowledged submissions sent again"),
    ("resubmit_answer_changed", "of these, not answered with the first result"),
    ("resubmit_row_changed", "of these, changing the stored row"),
]


def _phase_figures(name, phases):
    rates = [phase.per_second for phase in phases]
    by_rate = sorted(phases, key=lambda phase: phase.per_second)
    middle = by_rate[(len(by_rate) - 1) // 2]
    return {
        "per_second": statistics.median(rates),
        "runs_per_second": rates,
        "requests": [len(phase.answers) for phase in phases],
        # Latencies of the run whose rate is the median.
        "p50_ms": middle.latency_ms(50),
        "p99_ms": middle.latency_ms(99),
    }


def _errors(runs):
    """{phase: {status: count}} of every answer that is not the expected one."""
    errors = {}
    for run in runs:
        for name, phase in run.phases.items():
            expected = EXPECTED.get(name, 200)
            for status, count in phase.statuses().items():
                if status != expected:
                    counts = errors.setdefault(name, {})
                    counts[str(status)] = counts.get(str(status), 0) + count
    return errors


def _ratio(rate, insert):
    return rate / insert if insert else None


def figures(options, sample, runs, warm_up):
    phases = {name: _phase_figures(name, [run.phases[name] for run in runs]) for name in PHASES}
    submit, insert = phases["submit"]["per_second"], phases["insert"]["per_second"]
    start = phases["start"]["per_second"]
    start_queries = sample["queries"].get("start", {}).get("median")
    checks = [{"run": run.label, "leaks": run.leaks, **run.check} for run in [warm_up, *runs]]
    verified = all(passed(check) and not check["leaks"] for check in checks)
    return {
        "machine": {"cores": os.cpu_count(), "load": os.getloadavg()},
        "server": {
            "workers": options.workers,
            "worker_class": options.worker_class,
            "threads": options.threads,
        },
        "connections": options.connections,
        "participants": options.participants,
        "repeat": options.repeat,
        "phases": phases,
        "production_hasher": sample,
        "ratio": _ratio(submit, insert),
        "start_ratio": _ratio(start, insert),
        "targets": {
            "submissions_per_second": {
                "target": TARGET_PER_SECOND,
                "met": submit >= TARGET_PER_SECOND,
            },
            "ratio_to_insert": {
                "target": TARGET_RATIO,
                "met": bool(insert and submit / insert >= TARGET_RATIO),
            },
            "start_ratio_to_insert": {
                "target": TARGET_RATIO,
                "met": bool(insert and start / insert >= TARGET_RATIO),
            },
            "queries_per_start": {
                "target": TARGET_START_QUERIES,
                "met": start_queries is not None and start_queries <= TARGET_START_QUERIES,
            },
            "sign_ins_per_second": {
                "target": TARGET_SIGN_INS,
                "met": sample["sign_in"]["per_second"] >= TARGET_SIGN_INS,
            },
            "nothing_lost_or_duplicated": {"met": verified},
        },
        "checks": checks,
        "verified": verified,
        "errors": _errors([warm_up, *runs]),
    }


def _verdict(target):
    return "**met**" if target["met"] else "**not met**"


def _ms(value):
    return "–" if value is None else f"{value:.0f}"


def _times(ratio):
    return "–" if ratio is None else f"{ratio:.2f}×"


def _queries(counts):
    if not counts:
        return "–"
    return f"{counts['median']:g} ({counts['min']}–{counts['max']})"


def markdown(figures):
    phases, sample = figures["phases"], figures["production_hasher"]
    server = figures["server"]
    worker = f"{server['workers']} {server['worker_class']} workers"
    if server["worker_class"] == "gthread":
        worker += f" × {server['threads']} threads"
    lines = [
        "# Contest load test (PostgreSQL, Redis)",
        "",
        f"gunicorn with {worker} on loopback, `bench.settings`; a driver of "
        f"{figures['connections']} connections on the same {figures['machine']['cores']} "
        f"cores; {figures['participants']:,} participants per run, {figures['repeat']} runs "
        "(a fresh contest and round each), rates are medians of the runs.",
        "",
        "| | requests per run | per second | runs | p50 ms | p99 ms |",
        "|---|---:|---:|---|---:|---:|",
    ]
    for name, title in PHASES.items():
        phase = phases[name]
        if name == "register":
            title += " (MD5 hasher, see below)"
        runs = ", ".join(f"{rate:.0f}" for rate in phase["runs_per_second"])
        lines.append(
            f"| {title} | {phase['requests'][0]:,} | **{phase['per_second']:.0f}** | {runs} "
            f"| {_ms(phase['p50_ms'])} | {_ms(phase['p99_ms'])} |"
        )
    signing_in = sample["sign_in"]
    lines += [
        f"| registrations, production hasher ({sample['hasher']}) | {sample['registrations']} "
        f"| **{sample['per_second']:.1f}** | 1 | {_ms(sample['p50_ms'])} "
        f"| {_ms(sample['p99_ms'])} |",
        f"| sign-ins, production hasher | {signing_in['sign_ins']} "
        f"| **{signing_in['per_second']:.1f}** | 1 | {_ms(signing_in['p50_ms'])} "
        f"| {_ms(signing_in['p99_ms'])} |",
    ]
    submit, start = phases["submit"]["per_second"], phases["start"]["per_second"]
    targets = figures["targets"]
    lines += [
        "",
        "| target | measured | |",
        "|---|---|---|",
        f"| submissions ≥ {TARGET_RATIO}× the minimal insert | {_times(figures['ratio'])} "
        f"({submit:.0f}/s) | {_verdict(targets['ratio_to_insert'])} |",
        f"| submissions ≥ {TARGET_PER_SECOND}/s | {submit:.0f}/s "
        f"| {_verdict(targets['submissions_per_second'])} |",
        f"| starts ≥ {TARGET_RATIO}× the minimal insert | {_times(figures['start_ratio'])} "
        f"({start:.0f}/s) | {_verdict(targets['start_ratio_to_insert'])} |",
        f"| SQL statements per start ≤ {TARGET_START_QUERIES} "
        f"| {_queries(sample['queries'].get('start'))} "
        f"| {_verdict(targets['queries_per_start'])} |",
        f"| sign-ins ≥ {TARGET_SIGN_INS}/s with the production hasher "
        f"| {signing_in['per_second']:.1f}/s ({sample['hasher']}) "
        f"| {_verdict(targets['sign_ins_per_second'])} |",
        f"| nothing lost or duplicated | {'nothing' if figures['verified'] else 'see below'} "
        f"| {_verdict(targets['nothing_lost_or_duplicated'])} |",
        "",
        "SQL statements per request, counted by the server for the whole request, "
        "savepoints included (the median, and the range over the sample's requests; each "
        "start is its participant's first, which also joins the contest): "
        + "; ".join(
            f"{action} {_queries(sample['queries'].get(action))}"
            for action in ("start", "save", "submit")
        )
        + ".",
        "",
        "Password hashing: the runs' participants register with "
        "`BENCH_FAST_PASSWORD_HASHER=1` (MD5, as the tests do), which measures everything "
        "but the hash. The production hasher's rates above come from a sample of "
        f"{sample['registrations']} registrations and {signing_in['sign_ins']} sign-ins round "
        "their accounts, on a server with the production settings' `PASSWORD_HASHERS`.",
        "",
        "## Verification against the database",
        "",
        "| | " + " | ".join(check["run"] for check in figures["checks"]) + " |",
        "|---|" + "---:|" * len(figures["checks"]),
    ]
    for key, title in CHECKS:
        values = " | ".join(f"{check.get(key, 0):,}" for check in figures["checks"])
        lines.append(f"| {title} | {values} |")
    leaks = " | ".join(str(check["leaks"]) for check in figures["checks"])
    lines.append(f"| started attempts that show an answer key | {leaks} |")
    lines += [
        "",
        f"Verification: **{'PASS' if figures['verified'] else 'FAIL'}**.",
        "",
    ]
    if figures["errors"]:
        lines.append("Unexpected answers, by phase and status:")
        lines.append("")
        for name, counts in figures["errors"].items():
            listed = ", ".join(f"{status}: {count}" for status, count in counts.items())
            lines.append(f"- {name}: {listed}")
    else:
        lines.append("Unexpected answers: none (every request got its expected status).")
    return "\n".join(lines) + "\n"
