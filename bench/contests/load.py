"""Load test of the contest API: a burst of participants registering, starting and
submitting a round, against a minimal insert measured in the same run.

``python -m bench.contests.load`` (``make bench-contest-load``); see bench/README.md.

It drops and creates the PostgreSQL database ``bench_contest_load``, migrates it, and
flushes Redis database 10, the server's cache, where the rate limits are counted. For
each run it publishes a fresh contest with one open round (20 questions drawn from a
bank of 20, shuffled, one attempt allowed), then drives gunicorn (``bench.settings``) on
loopback from this process:

1. CAPTCHA challenges (``GET /api/contests/captcha``), their answers read from the
   database as the API tests do;
2. registrations: ``POST /api/contests/participants``, then the code each one was sent
   by SMS (the server's file backend writes them to ``SMS_FOLDER``, read here as a phone
   would) to ``POST /api/contests/participants/confirm``; a registration's time is both
   requests';
3. starts (``POST /api/contests/rounds/<id>/attempts``);
4. submissions (``POST /api/contests/attempts/<id>/submit``);
5. the baseline: the same submission bodies to ``POST /bench/insert/``, which parses the
   JSON and inserts one row;

each a closed loop over the same number of connections. Then it checks what the server
acknowledged against the database (``load_checks``). Registrations in the runs use a
cheap password hasher; the production hasher is measured apart, on a sample, with
sign-ins and the SQL statements of a start, a save and a submit on the same server.
"""

import argparse
import itertools
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import redis
from psycopg import sql

from bench import results_files
from bench import server as bench_server
from bench.middleware import HEADER as QUERIES_HEADER

from . import load_checks, load_report
from .client import Answer, Phase, Request, burst, journeys
from .load_data import answer_keys, answers_for, build_contest, people

POSTGRES = "postgres://postgres@127.0.0.1:5432/"
DATABASE = "bench_contest_load"
DATABASE_URL = POSTGRES + DATABASE
REDIS_URL = "redis://127.0.0.1:6379/10"  # a database of its own: it is flushed
# Where the server's SMS file backend writes the registration codes (emptied by each
# registration burst).
SMS_FOLDER = Path(tempfile.gettempdir()) / "bench-contest-load-sms"
PROJECT_DIR = bench_server.PROJECT_DIR
# Group numbers in phones and CCCDs: the warm-up, the runs (1, 2, ...), the sample.
WARM_UP, SAMPLE = 0, 99
# gunicorn as the Dockerfile runs it: 2 workers of 4 threads each (gthread, which keeps
# connections alive). bench/README.md, "Contest load", compares other settings.
WORKERS, WORKER_CLASS, THREADS = 2, "gthread", 4
# Phones are 09GGNNNNNN and CCCDs 0GGNNNNNNNNN, GG the group.
MAX_PARTICIPANTS, MAX_RUNS = 999_999, SAMPLE - 1


def log(line):
    print(line, flush=True)


@dataclass
class RoundRun:
    """One round's burst: what was sent and what the server acknowledged."""

    label: str
    group: int
    quiz_id: int
    keys: dict
    persons: list
    tokens: dict = field(default_factory=dict)  # phone: bearer token
    started: dict = field(default_factory=dict)  # phone: the attempt as started
    submitted: dict = field(default_factory=dict)  # attempt id: (body, result, expected)
    doubles: dict = field(default_factory=dict)  # attempt id: ((body, result), (body, result))
    phases: dict = field(default_factory=dict)  # name: client.Phase
    leaks: int = 0  # start answers that name an answer key
    check: dict = field(default_factory=dict)


def parse_args(argv):
    def positive(value, most=None):
        number = int(value)
        if number < 1 or (most and number > most):
            raise argparse.ArgumentTypeError(f"must be from 1 to {most or 'any'}")
        return number

    parser = argparse.ArgumentParser(prog="python -m bench.contests.load", description=__doc__)
    parser.add_argument(
        "--participants",
        type=lambda value: positive(value, MAX_PARTICIPANTS),
        default=2000,
        help="participants in each run",
    )
    parser.add_argument(
        "--repeat",
        type=lambda value: positive(value, MAX_RUNS),
        default=3,
        help="runs, each with its contest, round and participants",
    )
    parser.add_argument("--connections", type=positive, default=16, help="concurrent connections")
    parser.add_argument(
        "--sample",
        type=lambda value: positive(value, MAX_PARTICIPANTS),
        default=40,
        help="registrations with the production hasher",
    )
    parser.add_argument(
        "--sign-ins",
        type=positive,
        default=300,
        help="sign-ins with the production hasher, spread over the sample's accounts",
    )
    parser.add_argument("--workers", type=positive, default=WORKERS, help="gunicorn workers")
    parser.add_argument("--worker-class", default=WORKER_CLASS, choices=["sync", "gthread"])
    parser.add_argument(
        "--threads", type=positive, default=THREADS, help="threads per gthread worker"
    )
    parser.add_argument("--seed", type=int, default=1)
    return parser.parse_args(argv)


def fresh_database():
    with psycopg.connect(f"{POSTGRES}postgres", autocommit=True) as connection:
        name = sql.Identifier(DATABASE)
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        connection.execute(sql.SQL("CREATE DATABASE {}").format(name))
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "--verbosity=0"],
        cwd=PROJECT_DIR,
        env=django_env(),
        check=True,
    )
    with psycopg.connect(DATABASE_URL, autocommit=True) as connection:
        # The baseline's table (bench.views.insert).
        connection.execute(
            "CREATE TABLE bench_insert (id bigserial PRIMARY KEY, payload jsonb NOT NULL, "
            "created_at timestamptz NOT NULL DEFAULT now())"
        )
    redis.Redis.from_url(REDIS_URL).flushdb()


def django_env(**extra):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DATABASE_URL": DATABASE_URL,
        "REDIS_URL": REDIS_URL,
        "SMS_FILE_PATH": str(SMS_FOLDER),
    }
    env.pop("BENCH_FAST_PASSWORD_HASHER", None)
    return {**env, **extra}


def build(options):
    """The units and a contest per run (and one for the warm-up and one for the sample);
    returns (unit slugs, [(label, group, quiz id, answer keys)], (quiz id, answer keys)
    of the sample's round)."""
    os.environ.update(django_env())
    import django

    django.setup()
    from django.utils import timezone

    from demo.sections import home_page
    from demo.taxonomy import load_units

    units = [unit.slug for unit in load_units().values() if unit.is_active]
    home, now = home_page(), timezone.now()
    rounds = []
    for group in range(options.repeat + 1):
        label = "khởi động" if group == WARM_UP else f"lần {group}"
        quiz = build_contest(home, label, options.seed + group, now)
        rounds.append((label, group, quiz.pk, answer_keys(quiz)))
    sample_quiz = build_contest(home, "mẫu", options.seed + SAMPLE, now)
    return units, rounds, (sample_quiz.pk, answer_keys(sample_quiz))


def captcha_answers(keys):
    with psycopg.connect(DATABASE_URL) as connection:
        rows = connection.execute(
            "SELECT hashkey, response FROM captcha_captchastore WHERE hashkey = ANY(%s)",
            [list(keys)],
        )
        return dict(rows.fetchall())


def sms_codes():
    """{phone: the code of the last SMS sent to it} from the server's SMS files."""
    codes = {}
    for path in sorted(SMS_FOLDER.glob("*.sms")):  # named by time: the last one wins
        text = path.read_text(encoding="utf-8")
        phone, code = re.search(r"^To: (\d+)", text, re.M), re.search(r"\b\d{6}\b", text)
        if phone and code:
            codes[phone.group(1)] = code.group()
    return codes


def register(server, persons, connections):
    """(captcha phase, registration phase, {phone: token}): each registration is its
    request and the confirmation of the code it was sent, timed together."""
    captcha = burst(
        "captcha",
        server,
        [Request("GET", "/api/contests/captcha", tag=person) for person in persons],
        connections,
    )
    keys = {a.request.tag.phone: a.json()["key"] for a in captcha.answers if a.status == 200}
    solutions = captcha_answers(keys.values())
    requests = [
        Request(
            "POST",
            "/api/contests/participants",
            {
                **person.registration,
                "captcha_key": keys[person.phone],
                "captcha_answer": solutions[keys[person.phone]],
            },
            tag=person.phone,
        )
        for person in persons
        if person.phone in keys
    ]
    shutil.rmtree(SMS_FOLDER, ignore_errors=True)
    sent = burst("register", server, requests, connections)
    codes = sms_codes()
    pending = {a.request.tag: a for a in sent.answers if a.status == 202}
    confirmations = [
        Request(
            "POST",
            "/api/contests/participants/confirm",
            {"verification": answer.json()["verification"], "code": codes.get(phone, "")},
            tag=phone,
        )
        for phone, answer in pending.items()
    ]
    confirmed = burst("confirm", server, confirmations, connections)
    answers = [a for a in sent.answers if a.status != 202] + [
        Answer(a.request, a.status, a.body, pending[a.request.tag].seconds + a.seconds, a.error)
        for a in confirmed.answers
    ]
    phase = Phase("register", answers, sent.seconds + confirmed.seconds, connections)
    tokens = {a.request.tag: a.json()["token"] for a in confirmed.answers if a.status == 201}
    return captcha, phase, tokens


def run_round(server, run, options, rng):
    """Register, start and submit ``run``'s participants; then the baseline, the double
    submits held back from the burst, and a sample of repeated submits."""
    captcha, registering, run.tokens = register(server, run.persons, options.connections)
    starts = burst(
        "start",
        server,
        [
            Request("POST", f"/api/contests/rounds/{run.quiz_id}/attempts", token=token, tag=phone)
            for phone, token in run.tokens.items()
        ],
        options.connections,
    )
    run.started = {a.request.tag: a.json() for a in starts.answers if a.status == 200}
    run.leaks = sum(
        1
        for a in starts.answers
        if a.status == 200 and any(word in a.body for word in (b'"correct', b"statement_is_true"))
    )
    bodies = {}
    for phone, attempt in run.started.items():
        answers, expected = answers_for(attempt["questions"], run.keys, rng)
        bodies[phone] = ({"answers": answers, "prediction": rng.randrange(0, 500)}, expected)
    held = set(list(bodies)[: max(1, len(bodies) // 100)])
    submit_requests = [
        submit_request(run, phone, body, expected)
        for phone, (body, expected) in bodies.items()
        if phone not in held
    ]
    insert_requests = [Request("POST", "/bench/insert/", r.body) for r in submit_requests]
    # The baseline goes first in every other run, so that a drift in the machine's load
    # does not always fall on the same side.
    if run.group % 2:
        submits = burst("submit", server, submit_requests, options.connections)
        baseline = burst("insert", server, insert_requests, options.connections)
    else:
        baseline = burst("insert", server, insert_requests, options.connections)
        submits = burst("submit", server, submit_requests, options.connections)
    for answer in submits.answers:
        if answer.status == 200:
            attempt_id, body, expected = answer.request.tag
            run.submitted[attempt_id] = (body, answer.json(), expected)
    run.phases = {phase.name: phase for phase in (captcha, registering, starts, submits, baseline)}
    double_submit(server, run, {phone: bodies[phone] for phone in held})


def submit_request(run, phone, body, expected):
    attempt_id = run.started[phone]["id"]
    return Request(
        "POST",
        f"/api/contests/attempts/{attempt_id}/submit",
        body,
        token=run.tokens[phone],
        tag=(attempt_id, body, expected),
    )


def double_submit(server, run, bodies):
    """Each held-back submission twice at once, the second copy with other answers, as
    a double tap on a slow phone sends it."""
    requests = []
    for phone, (body, expected) in bodies.items():
        requests.append(submit_request(run, phone, body, expected))
        other = {"answers": {}, "prediction": body["prediction"] + 1}
        requests.append(submit_request(run, phone, other, expected))
    phase = burst("double submit", server, requests, len(requests))
    pairs = {}
    for answer in phase.answers:
        attempt_id, body, _ = answer.request.tag
        result = answer.json() if answer.status == 200 else None
        pairs.setdefault(attempt_id, []).append((body, result))
    run.doubles = {attempt_id: tuple(pair) for attempt_id, pair in pairs.items()}
    run.phases["double submit"] = phase


def resubmit_sample(server, run, size):
    """Submit again a sample of acknowledged attempts, with other answers: each must get
    its first result back and its row must not change."""
    sample = list(run.submitted)[:size]
    phone_of = {attempt["id"]: phone for phone, attempt in run.started.items()}
    before = load_checks.snapshot(DATABASE_URL, run.quiz_id, sample)
    requests = [
        Request(
            "POST",
            f"/api/contests/attempts/{attempt_id}/submit",
            {"answers": {}, "prediction": 1},
            token=run.tokens[phone_of[attempt_id]],
            tag=attempt_id,
        )
        for attempt_id in sample
    ]
    phase = burst("resubmit", server, requests, min(len(requests), 8) or 1)
    run.phases["resubmit"] = phase
    after = load_checks.snapshot(DATABASE_URL, run.quiz_id, sample)
    again = {
        a.request.tag: (run.submitted[a.request.tag][1], a.json() if a.status == 200 else None)
        for a in phase.answers
    }
    return load_checks.check_resubmits(before, after, again)


def production_sample(options, units, sample_round, workdir, rng):
    """On a server with the production hasher, which also counts each request's SQL
    statements: registrations and sign-ins per second, and the statements of a start,
    a save and a submit."""
    env = {**server_env(workdir, fast_hasher=False), "BENCH_COUNT_QUERIES": "1"}
    persons = people(SAMPLE, options.sample, units, options.seed)
    with serve(env, workdir / "gunicorn-sample.log", options) as server:
        _, phase, tokens = register(server, persons, options.connections)
        signing_in = sign_in(server, [p for p in persons if p.phone in tokens], options)
        queries = query_counts(server, sample_round, tokens, options, rng)
    hasher = stored_hasher(next(iter(tokens), None))
    return {
        "registrations": len(tokens),
        "per_second": phase.per_second,
        "p50_ms": phase.latency_ms(50),
        "p99_ms": phase.latency_ms(99),
        "hasher": hasher,
        "statuses": phase.statuses(),
        "sign_in": signing_in,
        "queries": queries,
    }


def sign_in(server, persons, options):
    """``--sign-ins`` sign-ins, round the sample's accounts, each as often as its
    per-account limit allows."""
    count = min(options.sign_ins, sign_ins_allowed() * len(persons))
    requests = [
        Request(
            "POST",
            "/api/contests/token",
            {"phone": person.phone, "password": person.registration["password"]},
        )
        for person in itertools.islice(itertools.cycle(persons), count)
    ]
    phase = burst("sign in", server, requests, options.connections)
    return {
        "sign_ins": len(phase.answers),
        "asked": options.sign_ins,
        "per_second": phase.per_second,
        "p50_ms": phase.latency_ms(50),
        "p99_ms": phase.latency_ms(99),
        "statuses": phase.statuses(),
    }


def sign_ins_allowed():
    """How many sign-ins an account may make in the limit's window."""
    from django.conf import settings

    return int(settings.CONTEST_RATE_LIMITS["sign_in"]["account"].split("/")[0])


def query_counts(server, sample_round, tokens, options, rng):
    """{action: {"median", "min", "max", "requests"}}: the SQL statements of each start,
    save and submit the sample's participants make, as the server counted them."""
    quiz_id, keys = sample_round

    async def take_part(send, token):
        started = await send(
            Request("POST", f"/api/contests/rounds/{quiz_id}/attempts", token=token, tag="start")
        )
        if started.status != 200:
            return
        attempt = started.json()
        answers, _ = answers_for(attempt["questions"], keys, rng)
        body = {"answers": answers, "prediction": rng.randrange(0, 500)}
        path = f"/api/contests/attempts/{attempt['id']}"
        await send(Request("PUT", f"{path}/answers", body, token=token, tag="save"))
        await send(Request("POST", f"{path}/submit", body, token=token, tag="submit"))

    phase = journeys("queries", server, tokens.values(), options.connections, take_part)
    counts = {}
    for answer in phase.answers:
        if answer.status == 200 and QUERIES_HEADER.lower() in answer.headers:
            counts.setdefault(answer.request.tag, []).append(
                int(answer.headers[QUERIES_HEADER.lower()])
            )
    return {
        action: {
            "median": statistics.median(values),
            "min": min(values),
            "max": max(values),
            "requests": len(values),
        }
        for action, values in counts.items()
    }


def stored_hasher(phone):
    if phone is None:
        return None
    with psycopg.connect(DATABASE_URL) as connection:
        row = connection.execute(
            "SELECT password FROM quizzes_participant WHERE phone = %s", [phone]
        ).fetchone()
    return row[0].split("$", 1)[0]


def server_env(workdir, fast_hasher):
    extra = {"MEDIA_ROOT": str(workdir / "media"), "STATIC_ROOT": str(workdir / "static")}
    (workdir / "static").mkdir(exist_ok=True)
    env = django_env(**extra)
    if fast_hasher:
        env["BENCH_FAST_PASSWORD_HASHER"] = "1"  # noqa: S105 (a switch, not a secret)
    return env


def serve(env, log_path, options):
    return bench_server.gunicorn(
        env,
        log_path,
        workers=options.workers,
        worker_class=options.worker_class,
        threads=options.threads,
    )


def main(argv=None):
    options = parse_args(argv)
    rng = random.Random(options.seed)
    log(f"== A fresh database {DATABASE} and Redis {REDIS_URL}")
    fresh_database()
    units, rounds, sample_round = build(options)
    runs = [
        RoundRun(label, group, quiz_id, keys, people(group, count, units, options.seed))
        for (label, group, quiz_id, keys), count in zip(
            rounds,
            [min(options.participants, 4 * options.connections)]
            + [options.participants] * options.repeat,
            strict=True,
        )
    ]
    with tempfile.TemporaryDirectory(prefix="bench-contest-load-") as workdir:
        workdir = Path(workdir)
        log(
            f"== The production hasher: {options.sample} registrations, "
            f"{options.sign_ins} sign-ins; the queries of a start, a save and a submit"
        )
        sample = production_sample(options, units, sample_round, workdir, rng)
        log(
            f"   {sample['per_second']:.1f} registrations/s, "
            f"{sample['sign_in']['per_second']:.1f} sign-ins/s ({sample['hasher']})"
        )
        log_path = workdir / "gunicorn.log"
        with serve(server_env(workdir, fast_hasher=True), log_path, options) as server:
            for run in runs:
                log(f"== Run {run.label}: {len(run.persons)} participants")
                run_round(server, run, options, rng)
                resubmits = resubmit_sample(server, run, size=50)
                run.check = {**load_checks.check_round(DATABASE_URL, run), **resubmits}
                log(
                    "   "
                    + ", ".join(
                        f"{name} {phase.per_second:.0f}/s" for name, phase in run.phases.items()
                    )
                )
        server_errors = log_path.read_text()[-3000:] if any_server_error(runs) else ""
    figures = load_report.figures(options, sample, runs[1:], runs[0])
    text = load_report.markdown(figures)
    if server_errors:
        text += "\nThe end of gunicorn's log:\n\n```\n" + server_errors + "\n```\n"
    print("\n" + text)
    _, markdown_path = results_files.save("contest-load", figures, text)
    log(f"Written: bench/results/{markdown_path.name} and .json")


def any_server_error(runs):
    return any(
        answer.status >= 500 or answer.status == 0
        for run in runs
        for phase in run.phases.values()
        for answer in phase.answers
    )


if __name__ == "__main__":
    main()
