"""Benchmark the suggestions shown while a citizen types a legal question, on PostgreSQL:
100,000 documents on the bookshelf and 10,000 published answers, against two baselines
measured in the same run. Target: p95 ≤ 50 ms per suggestion request.

``python -m bench.qa.run`` (``make bench-qa``); see bench/README.md. It drops and
creates the database ``qa_bench`` (or ``--database``), migrates it, imports the
bookshelf benchmark's corpus with ``manage.py import_legal_documents`` (timed), writes
the Q&A pages in bulk (``bench/qa/answers.py``), builds the suggestions index with
``manage.py rebuild_qa_suggestions`` (timed), then requests each query of the mix
(``bench/qa/questions.py``) through Django's test client, in the benchmark's production
settings (``DEBUG`` off, no Redis: nothing is served from a cache).
"""

import argparse
import io
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg
from psycopg import sql

from bench import results_files
from bench.bookshelf.corpus import DEFAULT_SEED, ensure_corpus
from bench.bookshelf.report import machine, percentile

SERVER = "postgres://postgres@127.0.0.1:5432/"
PROJECT_DIR = Path(__file__).resolve().parents[2]
SETTINGS = "bench.qa.settings"
TARGET_P95_MS = 50.0
PROJECT = "project"
ENDPOINTS = {
    PROJECT: ("GET /api/qa/suggestions", "/api/qa/suggestions"),
    "search suggest": ("GET /api/search/suggest (the existing title suggestions)", None),
    "naive": ("GET /bench/qa/naive-suggestions (ILIKE '%word%' OR …)", None),
}


def log(line):
    print(line, flush=True)


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="python -m bench.qa.run", description=__doc__)
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--answers", type=int, default=10_000)
    parser.add_argument("--questions", type=int, default=30, help="base questions of the mix")
    parser.add_argument("--rounds", type=int, default=3, help="measured rounds, after a warm-up")
    parser.add_argument("--database", default="qa_bench", help="dropped and created")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="corpus seed")
    parser.add_argument(
        "--keep-data",
        action="store_true",
        help="measure the database as a previous run left it (same sizes), without rebuilding",
    )
    return parser.parse_args(argv)


def environment(database):
    workdir = Path(tempfile.mkdtemp(prefix="bench-qa-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": SETTINGS,
        "DATABASE_URL": SERVER + database,
        "MEDIA_ROOT": str(workdir / "media"),
    }
    for name in ("REDIS_URL", "ELASTICSEARCH_URL"):
        env.pop(name, None)
    return env


def fresh_database(name):
    try:
        with psycopg.connect(f"{SERVER}postgres", autocommit=True) as connection:
            name = sql.Identifier(name)
            connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
            connection.execute(sql.SQL("CREATE DATABASE {}").format(name))
    except psycopg.OperationalError as error:
        raise SystemExit(f"PostgreSQL at {SERVER} is not answering: {error}") from error


def manage(env, *arguments):
    started = time.perf_counter()
    subprocess.run([sys.executable, "manage.py", *arguments], cwd=PROJECT_DIR, env=env, check=True)
    return time.perf_counter() - started


def setup_django(env):
    import django

    os.environ.update(env)
    for name in ("REDIS_URL", "ELASTICSEARCH_URL"):
        os.environ.pop(name, None)
    sys.path.insert(0, str(PROJECT_DIR))
    django.setup()


def build(options, env, figures):
    """A fresh database with the documents and answers, and the suggestions index."""
    corpus = ensure_corpus(options.documents, options.seed, log=log)
    log(f"== A fresh database {options.database}")
    fresh_database(options.database)
    manage(env, "migrate", "--noinput", "--verbosity=0")
    log(f"== Importing {options.documents:,} documents (import_legal_documents)")
    figures["import_seconds"] = manage(env, "import_legal_documents", str(corpus), "--no-progress")
    log(f"   {figures['import_seconds']:.0f} s")
    setup_django(env)
    from bench.qa.answers import write_answers

    log(f"== Writing {options.answers:,} published Q&A pages")
    started = time.perf_counter()
    write_answers(options.answers, seed=options.seed)
    figures["answers_seconds"] = time.perf_counter() - started
    log(f"   {figures['answers_seconds']:.1f} s")
    log("== manage.py rebuild_qa_suggestions")
    from django.core.management import call_command

    started = time.perf_counter()
    call_command("rebuild_qa_suggestions", "--no-progress", stdout=io.StringIO())
    figures["rebuild_seconds"] = time.perf_counter() - started
    log(f"   {figures['rebuild_seconds']:.0f} s")


def analyze():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def index_figures():
    from django.db import connection

    from qa.models import SuggestionEntry, SuggestionPosting, SuggestionTerm

    Kind = SuggestionEntry.Kind
    sizes = {}
    with connection.cursor() as cursor:
        for model in (SuggestionTerm, SuggestionEntry, SuggestionPosting):
            cursor.execute("SELECT pg_total_relation_size(%s)", [model._meta.db_table])
            sizes[model._meta.db_table] = cursor.fetchone()[0]
    return {
        "answers": SuggestionEntry.objects.filter(kind=Kind.ANSWER).count(),
        "documents": SuggestionEntry.objects.filter(kind=Kind.DOCUMENT).count(),
        "articles": SuggestionEntry.objects.filter(kind=Kind.ARTICLE).count(),
        "terms": SuggestionTerm.objects.count(),
        "postings": SuggestionPosting.objects.count(),
        "bytes": sizes,
    }


def urls(endpoint, q):
    from urllib.parse import urlencode

    if endpoint == PROJECT:
        return f"/api/qa/suggestions?{urlencode({'q': q})}"
    if endpoint == "search suggest":
        return f"/api/search/suggest?{urlencode({'q': q[:100]})}"
    return f"/bench/qa/naive-suggestions?{urlencode({'q': q})}"


def on_subject(endpoint, body, subject):
    """(first answer is about ``subject``, first article or document is), from a
    response's JSON."""
    from core.vietnamese import fold

    wanted = fold(subject)
    if endpoint == PROJECT:
        answers, others = body["answers"], body["articles"]
        answer_text = [f"{a['title']} {a['snippet']}" for a in answers[:1]]
        other_text = [f"{a['document_title']} {a['label']}" for a in others[:1]]
    elif endpoint == "naive":
        answer_text = [a["title"] for a in body["answers"][:1]]
        other_text = [d["title"] for d in body["documents"][:1]]
    else:
        answer_text, other_text = [], [s["title"] for s in body["suggestions"][:1]]
    return (
        any(wanted in fold(text) for text in answer_text),
        any(wanted in fold(text) for text in other_text),
    )


def measure(mix, rounds):
    """{endpoint: {"samples": [(class, ms)], "queries": [n], "on_subject": [...]}}: a warm-up
    round counting statements and checking answers, then ``rounds`` timed rounds, each
    query sent to every endpoint in turn so that a noisy moment falls on all of them."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="localhost")
    results = {
        name: {"samples": [], "queries": [], "on_subject": [], "empty": 0} for name in ENDPOINTS
    }
    for item in mix:
        for name in ENDPOINTS:
            with CaptureQueriesContext(connection) as captured:
                response = client.get(urls(name, item["q"]))
            if response.status_code != 200:
                raise RuntimeError(f"{urls(name, item['q'])} answered {response.status_code}")
            results[name]["queries"].append(len(captured))
            body = response.json()
            if not any(body.values()):
                results[name]["empty"] += 1
            if item["class"] != "typing":
                results[name]["on_subject"].append(on_subject(name, body, item["subject"]))
    for number in range(rounds):
        log(f"   round {number + 1} of {rounds}")
        for item in mix:
            for name in ENDPOINTS:
                started = time.perf_counter()
                client.get(urls(name, item["q"]))
                elapsed = (time.perf_counter() - started) * 1000
                results[name]["samples"].append((item["class"], elapsed))
    return results


def summary(result, kind=None):
    values = [ms for cls, ms in result["samples"] if kind is None or cls == kind]
    return {
        "median": statistics.median(values) if values else None,
        "p95": percentile(values, 95),
        "max": max(values) if values else None,
    }


def share(pairs, index):
    if not pairs:
        return None
    return sum(1 for pair in pairs if pair[index]) / len(pairs)


def report(figures):
    from bench.qa.questions import CLASSES

    index = figures["index"]
    lines = [
        "# Q&A suggestions benchmark (PostgreSQL)",
        "",
        f"{figures['documents']:,} documents on the bookshelf ({index['articles']:,} of their "
        f"articles worth suggesting), {index['answers']:,} published answers. "
        f"{figures['mix_size']} requests a round ({figures['base_questions']} questions, whole "
        f"with and without diacritics and as typed word by word), {figures['rounds']} rounds "
        "after a warm-up; Django's test client, production settings, no cache.",
        "",
    ]
    if "import_seconds" in figures:
        lines += [
            f"- import of the documents (`import_legal_documents`, with the search index): "
            f"{figures['import_seconds']:.0f} s",
            f"- {index['answers']:,} Q&A pages written in bulk: {figures['answers_seconds']:.1f} s",
            f"- `rebuild_qa_suggestions`: {figures['rebuild_seconds']:.0f} s",
        ]
    total = sum(index["bytes"].values())
    lines += [
        f"- index: {index['terms']:,} terms, {index['postings']:,} postings, "
        f"{index['answers'] + index['documents'] + index['articles']:,} entries; "
        f"{total / 2**20:.0f} MB on disk ("
        + ", ".join(f"{table} {size / 2**20:.0f} MB" for table, size in index["bytes"].items())
        + ")",
        "",
        "| endpoint | median | p95 | max | SQL statements (median, max) | empty answers "
        "| first answer on the subject | first article / document on the subject |",
        "|---|---:|---:|---:|---|---:|---:|---:|",
    ]
    for name, (label, _) in ENDPOINTS.items():
        result = figures["results"][name]
        overall = result["summary"]["all"]
        queries = result["queries"]
        answers_share, others_share = share(result["on_subject"], 0), share(result["on_subject"], 1)
        lines.append(
            f"| {name}: `{label}` | {overall['median']:.1f} ms | {overall['p95']:.1f} ms "
            f"| {overall['max']:.1f} ms | {statistics.median(queries):.0f}, {max(queries)} "
            f"| {result['empty']} of {figures['mix_size']} "
            f"| {_percent(answers_share)} | {_percent(others_share)} |"
        )
    lines += ["", "By kind of request (project):", "", "| kind | median | p95 |", "|---|---:|---:|"]
    for kind in CLASSES:
        part = figures["results"][PROJECT]["summary"][kind]
        lines.append(f"| {kind} | {part['median']:.1f} ms | {part['p95']:.1f} ms |")
    p95 = figures["results"][PROJECT]["summary"]["all"]["p95"]
    verdict = "PASS" if p95 <= TARGET_P95_MS else "FAIL"
    lines += [
        "",
        f"Target: p95 ≤ {TARGET_P95_MS:.0f} ms per suggestion request: {p95:.1f} ms, {verdict}.",
        "",
        '"On the subject": among the whole questions, the share whose first answer (title '
        "and snippet) or first article's document names the subject asked about; the search "
        "suggestions show titles only (no answers).",
    ]
    return "\n".join(lines) + "\n", verdict == "PASS"


def _percent(value):
    return "–" if value is None else f"{value:.0%}"


def main(argv=None):
    options = parse_args(argv)
    env = environment(options.database)
    figures = {
        "machine": machine(f"{SERVER}postgres"),
        "documents": options.documents,
        "answers": options.answers,
        "rounds": options.rounds,
        "database": options.database,
    }
    if options.keep_data:
        setup_django(env)
    else:
        build(options, env, figures)
    analyze()
    figures["index"] = index_figures()
    from bench.qa.questions import CLASSES, base_questions, query_mix

    mix = query_mix(options.questions)
    figures["mix_size"] = len(mix)
    figures["base_questions"] = len(base_questions(options.questions))
    log(f"== Measuring {len(mix)} requests × {len(ENDPOINTS)} endpoints")
    results = measure(mix, options.rounds)
    for result in results.values():
        result["summary"] = {"all": summary(result)}
        result["summary"].update({kind: summary(result, kind) for kind in CLASSES})
    figures["results"] = results
    text, passed = report(figures)
    print("\n" + text)
    _, markdown = results_files.save("qa-suggestions", figures, text)
    print(f"Written: bench/results/{markdown.name}")
    if not passed:
        sys.exit(1)


if __name__ == "__main__":
    main()
