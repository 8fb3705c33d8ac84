"""The Markdown report of the contest fault runs (``bench.contests.faults``)."""

from .fault_checks import probe_verdict

ROWS = [
    ("the fault", lambda run: _fault(run)),
    ("participants who started", lambda run: f"{run['participants']:,}"),
    ("submissions acknowledged (200)", lambda run: f"{run['check']['acknowledged']:,}"),
    ("**lost** (acknowledged, not stored as submitted)", lambda run: _n(run["check"]["lost"])),
    (
        "**duplicated** (more than one attempt per participant)",
        lambda run: _n(run["check"]["duplicated"]),
    ),
    (
        "**mis-scored** (stored otherwise, or not the answer keys' score)",
        lambda run: _n(run["check"]["altered"] + run["check"]["wrong_score"]),
    ),
    (
        "**half-written** (contest entries without an attempt, finished attempts without a score)",
        lambda run: _n(sum(run["half_written"].values())),
    ),
    ("attempts no acknowledged start explains", lambda run: _n(run["check"]["unexplained"])),
    ("requests (start, save, submit)", lambda run: f"{run['transport']['requests']:,}"),
    ("final answers by status", lambda run: _counts(run["transport"]["final_by_status"])),
    ("every try by status", lambda run: _counts(run["transport"]["tries_by_status"])),
    ("**500s**", lambda run: _n(run["transport"]["server_errors"])),
    (
        "503s without Retry-After",
        lambda run: _n(run["transport"]["unavailable_without_retry_after"]),
    ),
    ("retries by the driver", lambda run: _n(run["transport"]["retries"])),
    (
        "retried starts answered with the attempt an unanswered try had started",
        lambda run: _n(run["answered_from_before"].get("start", 0)),
    ),
    (
        "submits whose first answer the phone lost (connection closed), then sent again",
        lambda run: _n(run["by_action"].get("submit", {}).get("dropped", 0)),
    ),
    (
        "retried submits answered with the result an unanswered try had stored",
        lambda run: _n(run["answered_from_before"].get("submit", 0)),
    ),
    ("refused by a rate limit during the burst (429)", lambda run: _n(_limited(run))),
    ("rate limit probe", lambda run: _probe(run["limit_probe"])),
    ("verdict", lambda run: "**PASS**" if run["passed"] else "**FAIL**"),
]


def _n(value):
    return f"{value:,}"


def _counts(counts):
    return ", ".join(f"{status}: {count:,}" for status, count in sorted(counts.items())) or "–"


def _limited(run):
    return run["transport"]["refused_by_limits"]


def _fault(run):
    fault = run["fault"]
    if "at_request" not in fault:
        return fault.get("note", "–")
    if run["name"] == "worker":
        kills = fault.get("killed", [])
        what = f"{len(kills)} workers killed (SIGKILL), a new one forked after " + ", ".join(
            f"{seconds} s" for _, seconds in kills
        )
    else:
        seconds = fault["up_at"] - fault["down_at"]
        what = f"{run['title'].split()[0]} down {seconds:.1f} s, "
        what += f"{fault['requests_during']:,} requests sent from its stop to its start"
    met = "" if fault["met"] else " (**not met**: the burst did not feel it)"
    return f"{what}; at request {fault['at_request']:,}{met}"


def _probe(probe):
    if probe is None:
        return "–"
    low, high = probe["bounds"]
    expected = f"exactly {low}" if low == high else f"{low}–{high}"
    verdict = "as expected" if probe_verdict(probe) else "**not as expected**"
    return (
        f"{probe['rule']}, counted {probe['counted']}: {probe['accepted']} of "
        f"{probe['sent']} accepted, {probe['refused']} refused (expected {expected} "
        f"accepted over {probe['processes']} worker processes, {probe['windows']} "
        f"window{'s' if probe['windows'] > 1 else ''}): {verdict}"
    )


def markdown(figures):
    runs = figures["runs"]
    server = figures["server"]
    lines = [
        "# Contest fault runs (private PostgreSQL and Redis)",
        "",
        f"gunicorn with {server['workers']} gthread workers × {server['threads']} threads "
        "(as the Dockerfile runs it) on loopback, `bench.settings`; a driver of "
        f"{figures['connections']} connections on the same {figures['machine']['cores']} "
        "cores, retrying as a client does (after a cut connection, or after `Retry-After` "
        f"on a 503); {figures['participants']:,} participants per run, each starting, saving "
        "and submitting; the fault once 30% of the burst's requests are answered; Redis "
        f"and PostgreSQL down {figures['outage_seconds']:g} s. Took "
        f"{figures['minutes']:.1f} minutes.",
        "",
        "| | " + " | ".join(run["title"] for run in runs) + " |",
        "|---|" + "---|" * len(runs),
    ]
    for title, value in ROWS:
        lines.append(f"| {title} | " + " | ".join(value(run) for run in runs) + " |")
    lines += [
        "",
        f"Every run: **{'PASS' if figures['passed'] else 'FAIL'}** (nothing acknowledged lost, "
        "duplicated or mis-scored, nothing half-written, no 500, a Retry-After on every "
        "503, every participant through in the end, the limits as documented, and each "
        "fault met by the burst).",
        "",
        "Rate limits: while Redis is down each worker process counts alone, so an "
        "account gets from its limit to its limit per process (docs/contests.md, "
        '"Outages"); on two servers the count is shared in Redis, so the limit refuses '
        "exactly at its count whichever server answers.",
        "",
    ]
    return "\n".join(lines)
