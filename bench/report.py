"""The benchmark's results as Markdown tables and JSON files."""

from bench import results_files


def markdown(results):
    return "\n\n".join(_backend_markdown(result) for result in results) + "\n"


def _backend_markdown(result):
    lines = [
        f"## {result['backend']}",
        "",
        f"{result['pages']} legal news pages; cache: {result['cache']}; wrk "
        f"{result['connections']} connections, {result['threads']} threads, "
        f"{result['duration']} s × {result['repeat']}; gunicorn {result['workers']} sync workers.",
        "",
        "| endpoint | median req/s | p50 | p99 | SQL queries | bytes | note |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    for row in result["endpoints"]:
        lines.append(
            f"| {row['name']} | {_number(row['rps'], '.1f')} "
            f"| {_number(row['p50_ms'], '.1f', ' ms')} | {_number(row['p99_ms'], '.1f', ' ms')} "
            f"| {_number(row['queries'], 'd')} "
            f"| {_number(row['bytes'], 'd')} | {row['note']} |"
        )
    lines += ["", "| ratio | value | target | result |", "|---|---:|---:|---|"]
    for ratio in result["ratios"]:
        verdict = "PASS" if ratio["passed"] else "FAIL"
        lines.append(
            f"| {ratio['name']} | {_number(ratio['value'], '.2f')} | ≥ {ratio['target']} "
            f"| {verdict} |"
        )
    return "\n".join(lines)


def _number(value, spec, suffix=""):
    return "–" if value is None else f"{value:{spec}}{suffix}"


def save(results):
    """Write the results as JSON and Markdown; return the two paths."""
    return results_files.save("api", results, "# Content API benchmark\n\n" + markdown(results))
