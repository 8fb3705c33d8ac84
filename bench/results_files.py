"""Where the benchmarks write what they measured: ``bench/results/`` (not kept in git),
a Markdown report and its figures as JSON, named after the benchmark and the time."""

import json
from datetime import UTC, datetime
from pathlib import Path

RESULTS_DIR = Path(__file__).with_name("results")


def save(name, figures, text, when=None):
    """Write ``figures`` (JSON) and ``text`` (Markdown) as
    ``bench/results/<name>-<date>-<time>.json`` and ``.md``; the two paths."""
    RESULTS_DIR.mkdir(exist_ok=True)
    stem = RESULTS_DIR / f"{name}-{when or datetime.now(UTC):%Y%m%d-%H%M%S}"
    json_path, markdown_path = stem.with_suffix(".json"), stem.with_suffix(".md")
    json_path.write_text(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
    markdown_path.write_text(text)
    return json_path, markdown_path


def latest(name, since=0.0):
    """The figures of the newest ``name`` report written since ``since`` (a Unix time),
    or None."""
    found = [
        path for path in RESULTS_DIR.glob(f"{name}-[0-9]*.json") if path.stat().st_mtime >= since
    ]
    if not found:
        return None
    return json.loads(max(found, key=lambda path: path.name).read_text())
