"""The bookshelf benchmark's figures: statistics, the Markdown report and the files.

Latencies are summarised by nearest-rank percentiles over every measured sample of the
queries concerned. A sample that ran out of time counts as infinitely slow, so a median
or p95 that lands on one is shown as "> T s" (a lower bound).
"""

import importlib.metadata
import math
import os
import platform
import sqlite3
from datetime import datetime

from bench import results_files

from .queries import CLASS_LABELS, CLASSES

IMPORT_TARGET_SECONDS = 300
P95_TARGET_MS = 100
TARGET_SIZE = 100_000


def percentile(values, q):
    """Nearest-rank percentile of ``values`` (``math.inf`` allowed), or None if empty."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(q / 100 * len(ordered)) - 1)]


def samples(queries, kind=None, key="latencies_ms"):
    """Every measured latency (ms) of the queries of ``kind`` (all when None); timed-out
    samples as ``math.inf``; failed queries left out."""
    return [
        math.inf if latency is None else latency
        for query in queries
        if not query["error"] and (kind is None or query["kind"] == kind)
        for latency in query.get(key, [])
    ]


def summarise(queries):
    """{class or "all": {"median": ms, "p95": ms, "index_median": ms, "index_p95": ms}}
    for one side's query records (the index figures where measured apart)."""
    summary = {}
    for kind in (*CLASSES, None):
        values = samples(queries, kind)
        index_values = samples(queries, kind, "index_latencies_ms")
        summary[kind or "all"] = {
            "median": percentile(values, 50),
            "p95": percentile(values, 95),
            "index_median": percentile(index_values, 50),
            "index_p95": percentile(index_values, 95),
        }
    return summary


def add_summaries(run):
    for side in ("project", "stock"):
        figures = run.get(side) or {}
        if figures.get("queries"):
            figures["summary"] = summarise(figures["queries"])
            figures["numbers_correct"] = sum(1 for query in figures["queries"] if query["correct"])
            figures["numbers_total"] = sum(1 for query in figures["queries"] if query["expected"])
    run["targets"] = targets(run)
    return run


def targets(run):
    """The issue's targets for this run: [(name, value, passed or None)]."""
    project, stock = run.get("project") or {}, run.get("stock") or {}
    results = []
    if run.get("import_seconds") is not None:
        seconds = run["import_seconds"]
        results.append(("import ≤ 5 min", _seconds(seconds), seconds <= IMPORT_TARGET_SECONDS))
    overall = (project.get("summary") or {}).get("all")
    if overall and overall["p95"] is not None:
        results.append(
            ("search p95 ≤ 100 ms", _ms(overall["p95"]), overall["p95"] <= P95_TARGET_MS)
        )
    stock_overall = (stock.get("summary") or {}).get("all")
    if overall and stock_overall and overall["median"] is not None:
        timeout = stock.get("timeout")
        for name, prefix in (("", ""), (" (search index part)", "index_")):
            median, p95 = overall[f"{prefix}median"], overall[f"{prefix}p95"]
            if median is None:
                continue
            value = (
                f"median {_ms(median)} vs {_ms(stock_overall['median'], timeout)}, "
                f"p95 {_ms(p95)} vs {_ms(stock_overall['p95'], timeout)}"
            )
            passed = median <= stock_overall["median"] and p95 <= stock_overall["p95"]
            results.append((f"not slower than stock{name}", value, passed))
    return results


# -- formatting ---------------------------------------------------------------------------


def _ms(value, timeout=None):
    if value is None:
        return "–"
    if math.isinf(value):
        return f"> {timeout:g} s" if timeout else "timed out"
    return f"{value:.1f} ms" if value < 1000 else f"{value / 1000:.2f} s"


def _index(value):
    return "" if value is None else f" ({_ms(value)})"


def _seconds(value):
    return "–" if value is None else f"{value:.1f} s"


def _ratio(stock, project, timeout):
    """How many times slower stock is than the project."""
    if stock is None or project is None or project <= 0:
        return "–"
    if math.isinf(stock):
        return f"> {timeout * 1000 / project:,.0f}×"
    return f"{stock / project:,.1f}×"


def _hits(query):
    if query["error"]:
        return "error"
    if query["total"] is None:
        return str(len(query["hits"])) if query["hits"] or not query["timed_out"] else "–"
    return f"{query['total']:,}"


def _first(query):
    if query["error"]:
        return "error"
    if not query["hits"]:
        return "timed out" if query["timed_out"] else "nothing"
    number, issuer = query["hits"][0]
    mark = "✓" if query["correct"] else "✗"
    return f"{mark} {number} ({issuer})"


def markdown(results):
    machine = results["machine"]
    lines = [
        "# Bookshelf search benchmark",
        "",
        f"{datetime.fromisoformat(results['started']):%Y-%m-%d %H:%M}; corpus seed "
        f"{results['options']['seed']}; {results['options']['rounds']} rounds for the project "
        f"and {results['options']['stock_rounds']} for stock, the first discarded as warm-up; "
        f"stock queries stopped after {results['options']['stock_timeout']:g} s.",
        "",
        "Machine: " + "; ".join(f"{key} {value}" for key, value in machine.items()),
    ]
    for run in results["runs"]:
        lines += ["", *run_markdown(run)]
    return "\n".join(lines) + "\n"


def run_markdown(run):
    project, stock = run.get("project") or {}, run.get("stock") or {}
    timeout = stock.get("timeout")
    lines = [f"## {run['database']}, {run['size']:,} documents", ""]
    lines += [f"- {note}" for note in run["notes"]]
    lines += ["", "| | project | stock Wagtail |", "|---|---|---|"]
    import_seconds = run.get("import_seconds")
    rate = f" ({run['size'] / import_seconds:,.0f} docs/s)" if import_seconds else ""
    stock_index = stock.get("index_seconds")
    stock_rate = f" ({stock['documents'] / stock_index:,.0f} docs/s)" if stock_index else ""
    lines.append(
        f"| import (project: `import_legal_documents`, wall time) / load | "
        f"{_seconds(import_seconds)}{rate} | {_seconds(stock.get('load_seconds'))} |"
    )
    lines.append(
        f"| search index build | included above | {_seconds(stock_index)}{stock_rate}"
        + (
            f", index table {stock['index_size_bytes'] / 2**30:.2f} GiB"
            if stock.get("index_size_bytes")
            else ""
        )
        + " |"
    )
    lines.append(
        f"| documents searched | {project.get('documents', '–')} "
        f"({project.get('index_entries', '–')} index entries) | {stock.get('documents', '–')} |"
    )
    if project.get("summary") or stock.get("summary"):
        lines += [
            "",
            "Latency of a 10-result search. Project: the whole search as the API answers it "
            "(hits, total, facets, highlighted snippets), and in brackets the search index's "
            'part alone; stock: `StockDocument.objects.all().search(q, operator="and")[:10]`.',
            "",
            "| query class | project median | project p95 | stock median | stock p95 "
            "| stock ÷ project (median) |",
            "|---|---:|---:|---:|---:|---:|",
        ]
        for kind in (*CLASSES, "all"):
            mine = (project.get("summary") or {}).get(kind, {})
            theirs = (stock.get("summary") or {}).get(kind, {})
            label = CLASS_LABELS.get(kind, "**all queries**")
            lines.append(
                f"| {label} | {_ms(mine.get('median'))}{_index(mine.get('index_median'))} "
                f"| {_ms(mine.get('p95'))}{_index(mine.get('index_p95'))} "
                f"| {_ms(theirs.get('median'), timeout)} | {_ms(theirs.get('p95'), timeout)} "
                f"| {_ratio(theirs.get('median'), mine.get('median'), timeout)} |"
            )
    if run["targets"]:
        applies = run["database"] == "PostgreSQL" and run["size"] >= TARGET_SIZE
        lines += [
            "",
            "Targets"
            + ("" if applies else " (set for 100,000 documents on PostgreSQL; indicative here)")
            + ":",
            "",
            "| target | value | result |",
            "|---|---|---|",
        ]
        for name, value, passed in run["targets"]:
            lines.append(f"| {name} | {value} | {'PASS' if passed else 'FAIL'} |")
    lines += number_table(project, stock) + query_table(project, stock, timeout)
    return lines


def number_table(project, stock):
    """Whether each number query puts its document first, on both sides."""
    by_text = {query["text"]: query for query in stock.get("queries", [])}
    rows = [query for query in project.get("queries", []) if query["expected"]]
    if not rows:
        rows = [query for query in stock.get("queries", []) if query["expected"]]
    if not rows:
        return []
    lines = [
        "",
        "Number queries: the first result (✓ when it is the expected document)"
        + (
            f"; project {project['numbers_correct']}/{project['numbers_total']} correct"
            if project.get("queries")
            else ""
        )
        + (
            f", stock {stock['numbers_correct']}/{stock['numbers_total']}"
            if stock.get("queries")
            else ""
        )
        + ".",
        "",
        "| query | expected | project first | project hits | stock first | stock hits |",
        "|---|---|---|---:|---|---:|",
    ]
    for query in rows:
        mine = query if project.get("queries") else None
        theirs = by_text.get(query["text"])
        lines.append(
            f"| `{query['text']}` | {query['expected']} "
            f"| {_first(mine) if mine else '–'} | {_hits(mine) if mine else '–'} "
            f"| {_first(theirs) if theirs else '–'} | {_hits(theirs) if theirs else '–'} |"
        )
    return lines


def query_table(project, stock, timeout):
    mine = {query["text"]: query for query in project.get("queries", [])}
    theirs = {query["text"]: query for query in stock.get("queries", [])}
    texts = list(mine) or list(theirs)
    if not texts:
        return []
    lines = [
        "",
        "Each query: median latency and hits (the total where counted, else the results on the "
        "first page).",
        "",
        "| query | class | project median | project hits | stock median | stock hits |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for text in texts:
        query = mine.get(text) or theirs.get(text)
        cells = []
        for side, side_timeout in ((mine, None), (theirs, timeout)):
            record = side.get(text)
            if record is None:
                cells += ["–", "–"]
            elif record["error"]:
                cells += [f"error: {record['error'][:60]}", "–"]
            else:
                values = samples([record])
                cells += [_ms(percentile(values, 50), side_timeout), _hits(record)]
        lines.append(f"| `{text}` | {CLASS_LABELS[query['kind']]} | {' | '.join(cells)} |")
    answered = [
        query
        for query in theirs.values()
        if not query["error"] and any(latency is not None for latency in query["latencies_ms"])
    ]
    missing = [
        CLASS_LABELS[kind]
        for kind in CLASSES
        if any(query["kind"] == kind for query in answered)
        and not any(query["hits"] for query in answered if query["kind"] == kind)
    ]
    if missing:
        lines += ["", f"Stock Wagtail found nothing for any query of: {', '.join(missing)}."]
    return lines


# -- machine and files --------------------------------------------------------------------


def machine(postgres_url=None):
    info = {
        "CPU cores": os.cpu_count(),
        "CPU": _cpu_model(),
        "memory": _memory(),
        "load average": " ".join(f"{load:.2f}" for load in os.getloadavg()),
        "Python": platform.python_version(),
        "Django": importlib.metadata.version("django"),
        "Wagtail": importlib.metadata.version("wagtail"),
        "SQLite": sqlite3.sqlite_version,
    }
    if postgres_url:
        info.update(_postgres(postgres_url))
    return info


def _cpu_model():
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass  # no /proc (not Linux): ask the platform module instead
    return platform.processor() or "unknown"


def _memory():
    try:
        with open("/proc/meminfo", encoding="utf-8") as meminfo:
            kilobytes = int(meminfo.readline().split()[1])
        return f"{kilobytes / 2**20:.1f} GiB"
    except (OSError, ValueError, IndexError):
        return "unknown"


def _postgres(url):
    import psycopg

    try:
        with psycopg.connect(url) as connection:
            version = connection.execute("SHOW server_version").fetchone()[0]
            buffers = connection.execute("SHOW shared_buffers").fetchone()[0]
    except psycopg.OperationalError as error:
        return {"PostgreSQL": f"not answering ({error})"}
    return {"PostgreSQL": version, "shared_buffers": buffers}


def _finite(value):
    """JSON has no infinity: a latency that timed out is written as "timed out"."""
    if isinstance(value, float) and math.isinf(value):
        return "timed out"
    if isinstance(value, dict):
        return {key: _finite(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(item) for item in value]
    return value


def save(results, text):
    """Write the results as JSON and Markdown; return the two paths."""
    started = datetime.fromisoformat(results["started"])
    return results_files.save("bookshelf", _finite(results), text, when=started)
