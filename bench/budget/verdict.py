"""What the budget allows, and what a Lighthouse report (its JSON, "LHR") says against it.

Pure functions on the parsed report, so that the thresholds are tested without a browser
(tests/bench/test_budget_verdict.py).
"""

from dataclasses import dataclass, field

# Both categories must score 100: Lighthouse rounds to whole points, so 0.995 shows as
# 100 but is still below it, and is refused.
CATEGORIES = ("performance", "accessibility")
MIN_SCORE = 1.0
# "KB" here is 1024 bytes: 150 KB = 153,600 bytes, transferred (compressed) on a first
# visit with an empty cache, as Lighthouse's total-byte-weight counts them.
MAX_FIRST_VISIT_BYTES = 150 * 1024
# Lighthouse 12 dropped the PWA category and its installability, service worker, splash
# screen, themed omnibox, maskable icon, content width and apple-touch-icon audits.
# These are the ones it still runs of what the PWA category used to check.
PWA_AUDITS = ("viewport", "is-on-https", "redirects-http")
# Lighthouse says so when an audit has nothing to judge (redirects-http on loopback,
# which is a secure context already): not a failure.
NOT_JUDGED = ("notApplicable", "informative", "manual")


@dataclass
class PageResult:
    """One page's Lighthouse run, reduced to what the budget reads."""

    name: str
    url: str
    scores: dict
    weight_bytes: int
    requests: int
    failures: list = field(default_factory=list)

    @property
    def passed(self):
        return not self.failures

    @property
    def weight_kb(self):
        return self.weight_bytes / 1024


def score_points(score):
    """A category score as Lighthouse shows it (0–100), or "n/a" when it could not score."""
    return "n/a" if score is None else f"{round(score * 100)}"


def judge(name, report):
    """A PageResult for one Lighthouse report: its figures and every way it misses the
    budget, one line each naming the audit."""
    if report.get("runtimeError"):
        error = report["runtimeError"]
        return PageResult(
            name,
            report.get("finalDisplayedUrl", ""),
            dict.fromkeys(CATEGORIES),
            0,
            0,
            [f"Lighthouse failed: {error.get('code')}: {error.get('message')}"],
        )
    audits = report["audits"]
    scores = {category: report["categories"][category]["score"] for category in CATEGORIES}
    weight = int(audits["total-byte-weight"]["numericValue"])
    requests = len((audits["network-requests"].get("details") or {}).get("items", []))
    result = PageResult(name, report["finalDisplayedUrl"], scores, weight, requests)
    for category in CATEGORIES:
        result.failures += _category_failures(report, category)
    if weight > MAX_FIRST_VISIT_BYTES:
        result.failures.append(
            f"total-byte-weight: {weight:,} bytes ({weight / 1024:.1f} KB) on a first visit, "
            f"over the {MAX_FIRST_VISIT_BYTES:,} bytes "
            f"({MAX_FIRST_VISIT_BYTES // 1024} KB) allowed; "
            f"largest: {_largest_resources(audits['total-byte-weight'])}"
        )
    for audit_id in PWA_AUDITS:
        audit = audits.get(audit_id)
        if audit is None:
            result.failures.append(f"{audit_id}: the audit did not run")
        elif audit["scoreDisplayMode"] not in NOT_JUDGED and audit["score"] != 1:
            result.failures.append(f"{audit_id}: {audit['title']} ({_explain(audit)})")
    return result


def _category_failures(report, category):
    score = report["categories"][category]["score"]
    if score is not None and score >= MIN_SCORE:
        return []
    audits = report["audits"]
    losing = []
    for ref in report["categories"][category]["auditRefs"]:
        audit = audits[ref["id"]]
        if not ref["weight"] or audit["scoreDisplayMode"] in NOT_JUDGED:
            continue
        # Every weighted audit below 1 cost the category points: name them all.
        if audit["score"] is None or audit["score"] < 1:
            losing.append(f"{ref['id']} (score {audit['score']}, {_explain(audit)})")
    reasons = "; ".join(losing) or "no weighted audit below 1"
    return [f"{category} {score_points(score)} < 100: {reasons}"]


def _explain(audit):
    """The audit's figure or the elements it found, briefly."""
    if audit.get("displayValue"):
        return str(audit["displayValue"])
    items = (audit.get("details") or {}).get("items", [])
    targets = [
        item["node"].get("selector", "") for item in items if isinstance(item.get("node"), dict)
    ]
    if targets:
        return "elements: " + ", ".join(targets[:5])
    return audit.get("explanation") or audit.get("errorMessage") or "failed"


def _largest_resources(audit, count=3):
    items = sorted(
        (audit.get("details") or {}).get("items", []),
        key=lambda item: item.get("totalBytes", 0),
        reverse=True,
    )
    return ", ".join(f"{item['url']} {item['totalBytes'] / 1024:.1f} KB" for item in items[:count])


def median_run(results):
    """Of several runs of one page, the one with the median performance score (the
    lower middle one of an even number), its other figures kept with it. A run that
    Lighthouse could not finish (a runtime error, which it asks to retry) is judged only
    when no run finished."""
    finished = [result for result in results if result.scores["performance"] is not None]
    if not finished:
        return results[-1]
    ranked = sorted(finished, key=lambda result: result.scores["performance"])
    return ranked[(len(ranked) - 1) // 2]


def table(results):
    """The results as a Markdown table."""
    lines = [
        "| page | URL | performance | accessibility | weight (KB) | requests | budget |",
        "|---|---|---:|---:|---:|---:|---|",
    ]
    for result in results:
        lines.append(
            f"| {result.name} | {result.url} | {score_points(result.scores['performance'])} "
            f"| {score_points(result.scores['accessibility'])} | {result.weight_kb:.1f} "
            f"| {result.requests} | {'PASS' if result.passed else 'FAIL'} |"
        )
    return "\n".join(lines)
