"""Fault runs of the contest API: a burst of participants taking a round while a part of
the service fails, then a check of the database; and a run on two servers behind nginx.

``python -m bench.contests.faults`` (``make bench-contest-faults``); see bench/README.md.

Everything runs on a private PostgreSQL cluster and a private Redis server
(``bench.services``), which it stops and starts; the machine's shared servers are
never touched. gunicorn serves ``bench.settings`` as the Dockerfile runs it. Each run
has a contest and a round of its own, and participants registered before it begins.
Each participant starts, saves and submits, one request after the other, and the
driver retries as a real client does: the same request again after a cut connection,
or after ``Retry-After`` on a 503. Once ``FAULT_AT`` of the burst's requests are
answered, the fault comes:

1. Redis is stopped for ``--outage`` seconds, then started again (empty). Meanwhile one
   account submits three times its per-account limit: each worker process must refuse
   it past its own count (the limits count in each process's memory), never sooner.
2. A gunicorn worker is killed (SIGKILL) at 30%, 50% and 70% of the burst, each time
   once gunicorn has started another in place of the last.
3. PostgreSQL is stopped for ``--outage`` seconds (a fast shutdown, which ends every
   session), then started again.
4. No fault: two gunicorn servers behind nginx, sharing PostgreSQL and Redis, with
   ``TRUSTED_PROXY_COUNT=1``. Afterwards one account submits past its limit alternately
   to each server: the limit, counted in Redis, must refuse it exactly at its count.
"""

import argparse
import asyncio
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
from psycopg import sql

from bench import results_files, services
from bench import server as bench_server

from . import fault_checks, fault_report, load, load_checks
from .client import Request, journeys, one_request, run_journeys
from .load_data import answer_keys, answers_for, build_contest, people

DATABASE = "bench_faults"
# The share of a burst's requests answered when its fault comes; the workers are
# killed at each of ``KILLS``.
FAULT_AT = 0.3
KILLS = (0.3, 0.5, 0.7)
# In the run with kills, one participant in this many loses the answer to their submit.
DROP_EVERY = 20
PROBE_CONNECTIONS = 4
RUNS = {
    "redis": "Redis stopped",
    "worker": "workers killed",
    "postgres": "PostgreSQL restarted",
    "two_servers": "two servers behind nginx",
}


def log(line):
    print(line, flush=True)


@dataclass
class FaultRun:
    name: str
    contest_id: int
    round: load.RoundRun  # the load test's record of a round's burst, checked as it is
    probe: object  # the participant kept back for the limit probe
    fault: dict = field(default_factory=dict)  # what was done, when, and whether it was met
    server: tuple | None = None  # (host, port) the burst goes to
    phase: object = None
    limit_probe: dict | None = None


def parse_args(argv):
    def positive(value):
        number = int(value)
        if number < 1:
            raise argparse.ArgumentTypeError("must be 1 or more")
        return number

    parser = argparse.ArgumentParser(prog="python -m bench.contests.faults", description=__doc__)
    parser.add_argument(
        "--participants", type=positive, default=500, help="participants in each run"
    )
    parser.add_argument("--connections", type=positive, default=16, help="concurrent connections")
    parser.add_argument(
        "--outage", type=float, default=3.0, help="seconds Redis and PostgreSQL stay down"
    )
    parser.add_argument(
        "--workers", type=positive, default=load.WORKERS, help="gunicorn workers per server"
    )
    parser.add_argument(
        "--threads", type=positive, default=load.THREADS, help="threads per gunicorn worker"
    )
    parser.add_argument("--seed", type=int, default=1)
    return parser.parse_args(argv)


def server_env(workdir, database_url, redis_url):
    (workdir / "static").mkdir(exist_ok=True)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "MEDIA_ROOT": str(workdir / "media"),
        "STATIC_ROOT": str(workdir / "static"),
        "SMS_FILE_PATH": str(load.SMS_FOLDER),
        "BENCH_FAST_PASSWORD_HASHER": "1",
    }
    env.pop("BENCH_COUNT_QUERIES", None)
    return env


def create_database(database, env):
    with psycopg.connect(database.url + "postgres", autocommit=True) as connection:
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DATABASE)))
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "--verbosity=0"],
        cwd=bench_server.PROJECT_DIR,
        env=env,
        check=True,
    )


def build(env, options):
    """The units and a contest with one open round per run; returns (unit slugs,
    {run: (contest id, round id, answer keys)}, (count, seconds) of the per-account
    submit limit)."""
    os.environ.update(env)
    import django

    django.setup()
    from django.conf import settings
    from django.db import connections
    from django.utils import timezone

    from demo.sections import home_page
    from demo.taxonomy import load_units
    from quizzes.limits import PERIODS

    units = [unit.slug for unit in load_units().values() if unit.is_active]
    home, now = home_page(), timezone.now()
    rounds = {}
    for number, (name, title) in enumerate(RUNS.items(), start=1):
        quiz = build_contest(home, f"sự cố: {title}", options.seed + number, now)
        rounds[name] = (quiz.get_parent().pk, quiz.pk, answer_keys(quiz))
    count, period = settings.CONTEST_RATE_LIMITS["submit"]["account"].split("/")
    connections.close_all()  # PostgreSQL will be stopped under it
    return units, rounds, (int(count), PERIODS[period[0]])


def fault_runs(units, rounds, options):
    found = []
    for group, (name, (contest_id, quiz_id, keys)) in enumerate(rounds.items(), start=1):
        persons = people(group, options.participants + 1, units, options.seed)
        burst = load.RoundRun(RUNS[name], group, quiz_id, keys, persons)
        found.append(FaultRun(name, contest_id, burst, probe=persons[-1]))
    return found


def register_everyone(server, runs, options):
    persons = [person for run in runs for person in run.round.persons]
    _, phase, tokens = load.register(server, persons, options.connections)
    for run in runs:
        run.round.tokens = {
            p.phone: tokens[p.phone] for p in run.round.persons if p.phone in tokens
        }
    log(f"   {len(tokens)} of {len(persons)} registered ({phase.per_second:.0f}/s)")


def taking_part(burst, rng, drop_every=0):
    """The journey of one participant (a phone): start, save, submit, each retried as a
    client does; what was acknowledged goes into ``burst``. With ``drop_every``, every
    so many participants' phones lose the answer to their submit, and send it again."""
    start_path = f"/api/contests/rounds/{burst.quiz_id}/attempts"
    numbers = {phone: number for number, phone in enumerate(burst.tokens)}

    async def take_part(send, phone):
        token = burst.tokens[phone]
        started = await send(Request("POST", start_path, token=token, tag=("start", phone)))
        if started.status != 200:
            return
        attempt = burst.started[phone] = started.json()
        answers, expected = answers_for(attempt["questions"], burst.keys, rng)
        body = {"answers": answers, "prediction": rng.randrange(0, 500)}
        path = f"/api/contests/attempts/{attempt['id']}"
        await send(Request("PUT", f"{path}/answers", body, token=token, tag=("save", phone)))
        drop = bool(drop_every) and numbers[phone] % drop_every == 0
        submitted = await send(
            Request(
                "POST",
                f"{path}/submit",
                body,
                token=token,
                tag=("submit", phone),
                drop_first_answer=drop,
            )
        )
        if submitted.status == 200:
            burst.submitted[attempt["id"]] = (body, submitted.json(), expected)

    return take_part


def start_probe(server, run):
    """Start the probe's attempt, before the burst."""
    burst, phone = run.round, run.probe.phone
    path = f"/api/contests/rounds/{burst.quiz_id}/attempts"
    request = Request("POST", path, token=burst.tokens[phone])
    phase = journeys("probe start", server, [request], 1, one_request, retry=True)
    burst.started[phone] = phase.answers[0].json()


async def probe_limit(run, servers, count, connections):
    """``count`` submits of the probe's attempt, sent round ``servers`` on
    ``connections`` connections; {"sent", "accepted", "refused", "other", "sent_at"}.
    The first acknowledged one is recorded as the probe's submission."""
    burst, phone = run.round, run.probe.phone
    path = f"/api/contests/attempts/{burst.started[phone]['id']}/submit"
    body = {"answers": {}, "prediction": 1}
    requests = [
        Request("POST", path, body, token=burst.tokens[phone], server=servers[n % len(servers)])
        for n in range(count)
    ]
    answers, _ = await run_journeys(servers[0], requests, connections, one_request)
    accepted = [answer for answer in answers if answer.status == 200]
    if accepted:
        first = min(accepted, key=lambda answer: answer.tries[0].sent_at)
        burst.submitted[burst.started[phone]["id"]] = (body, first.json(), 0)
    return {
        "sent": len(answers),
        "accepted": len(accepted),
        "refused": sum(1 for answer in answers if answer.status == 429),
        "other": sum(1 for answer in answers if answer.status not in (200, 429)),
        "sent_at": [answer.tries[0].sent_at for answer in answers],
    }


async def answered(answers, count, finished):
    """Wait until ``count`` requests are answered; False if the burst ends first."""
    while len(answers) < count:
        if finished.is_set():
            return False
        await asyncio.sleep(0.02)
    return True


def when_due(total, act, record):
    """An ``alongside`` for ``journeys``: once ``FAULT_AT`` of ``total`` requests are
    answered, ``await act(record, due)``, where ``await due(share)`` waits until that
    share of them is answered (False if the burst ends first); nothing if the burst
    ends before the fault."""

    async def alongside(answers, finished):
        if not await answered(answers, total * FAULT_AT, finished):
            record["note"] = "the burst ended before the fault"
            return
        record["at_request"] = len(answers)
        record["started_at"] = time.time()
        await act(record, lambda share: answered(answers, total * share, finished))
        record["ended_at"] = time.time()

    return alongside


def stop_redis(cache, run, options, limit):
    async def act(record, due):
        await asyncio.to_thread(cache.stop)
        record["down_at"] = time.time()
        count, period = limit
        run.limit_probe = await probe_limit(run, [run.server], 3 * count, PROBE_CONNECTIONS)
        run.limit_probe.update(rule=f"{count} submits per account per {period} s")
        await asyncio.sleep(max(0.0, options.outage - (time.time() - record["down_at"])))
        await asyncio.to_thread(cache.start)
        record["up_at"] = time.time()

    return act


def kill_workers(master):
    """SIGKILL a worker at ``KILLS`` shares of the burst, each time once gunicorn has
    started another: each kill cuts the requests the worker had under way, some of
    them already written."""

    async def act(record, due):
        record["killed"] = []
        for share in KILLS:
            if not await due(share):
                return
            workers = bench_server.worker_pids(master.pid)
            victim = workers[0]
            os.kill(victim, signal.SIGKILL)
            killed = time.monotonic()
            while time.monotonic() - killed < 60:
                now = bench_server.worker_pids(master.pid)
                if victim not in now and len(now) == len(workers):
                    break
                await asyncio.sleep(0.1)
            record["killed"].append((victim, round(time.monotonic() - killed, 1)))

    return act


def restart_postgres(database, options):
    async def act(record, due):
        await asyncio.to_thread(database.stop)
        record["down_at"] = time.time()
        await asyncio.sleep(options.outage)
        await asyncio.to_thread(database.start)
        record["up_at"] = time.time()

    return act


def burst(run, server, options, rng, act=None):
    """The run's participants (all but the probe) take the round through ``server``,
    with ``act`` as the fault. While workers are killed, some phones also lose the
    answer to their submit, so that retries of stored submissions surely occur."""
    burst = run.round
    phones = [p.phone for p in burst.persons if p.phone in burst.tokens and p is not run.probe]
    alongside = None if act is None else when_due(3 * len(phones), act, run.fault)
    log(f"== {burst.label}: {len(phones)} participants")
    run.phase = journeys(
        run.name,
        server,
        phones,
        options.connections,
        taking_part(burst, rng, DROP_EVERY if run.name == "worker" else 0),
        retry=True,
        alongside=alongside,
    )
    retries = sum(answer.retries for answer in run.phase.answers)
    log(f"   {len(run.phase.answers):,} requests in {run.phase.seconds:.1f} s, {retries} retried")


def two_servers(env, run, workdir, options, rng, limit):
    env = {**env, "TRUSTED_PROXY_COUNT": "1"}
    with (
        bench_server.gunicorn_process(
            env, workdir / "gunicorn-a.log", options.workers, "gthread", options.threads
        ) as (first, _),
        bench_server.gunicorn_process(
            env, workdir / "gunicorn-b.log", options.workers, "gthread", options.threads
        ) as (second, _),
        services.nginx([first, second]) as proxy,
    ):
        run.server = proxy
        start_probe(proxy, run)
        burst(run, proxy, options, rng)
        count, period = limit
        wait_for_a_fresh_window(period)
        run.limit_probe = asyncio.run(probe_limit(run, [first, second], count + 10, 1))
        run.limit_probe.update(rule=f"{count} submits per account per {period} s")
        run.fault.update(met=True, note="none: both servers, one nginx")


def wait_for_a_fresh_window(period, margin=10):
    """Sleep into the next window of the limit when fewer than ``margin`` seconds are
    left of this one, so that a short probe counts in one window."""
    left = period - time.time() % period
    if left < margin:
        time.sleep(left + 0.1)


def verify(run, database_url, options, limit):
    burst = run.round
    check = load_checks.check_round(database_url, burst)
    rows = load_checks.attempts(database_url, burst.quiz_id)
    attempt_of = {phone: attempt["id"] for phone, attempt in burst.started.items()}
    stored_at = {}
    for answer in run.phase.answers:
        action, phone = answer.request.tag
        row = rows.get(attempt_of.get(phone))
        if row is not None:
            moment = row["finished_at"] if action == "submit" else row["started_at"]
            stored_at[id(answer)] = moment.timestamp() if moment else None
    by_action = {}
    for answer in run.phase.answers:
        by_action.setdefault(answer.request.tag[0], []).append(answer)
    figures = {
        "name": run.name,
        "title": burst.label,
        "participants": len(burst.started),
        "seconds": run.phase.seconds,
        "fault": run.fault,
        "check": check,
        "half_written": fault_checks.half_written(database_url, run.contest_id, burst.quiz_id),
        "transport": fault_checks.transport_figures(run.phase.answers),
        "by_action": {
            action: fault_checks.transport_figures(answers) for action, answers in by_action.items()
        },
        "answered_from_before": {
            action: fault_checks.answered_from_before(by_action.get(action, []), stored_at)
            for action in ("start", "submit")
        },
        "limit_probe": limit_probe_figures(run, options, limit),
    }
    figures["fault"]["met"] = fault_met(run, figures["transport"])
    figures["passed"] = fault_checks.passed(figures)
    return figures


def limit_probe_figures(run, options, limit):
    probe = run.limit_probe
    if probe is None:
        return None
    count, period = limit
    windows = len({int(moment // period) for moment in probe.pop("sent_at")})
    shared = run.name == "two_servers"
    servers = 2 if shared else 1
    probe["windows"] = windows
    probe["processes"] = options.workers * servers
    probe["bounds"] = fault_checks.limit_bounds(count, probe["processes"], windows, shared)
    probe["counted"] = "in Redis, by both servers" if shared else "in each worker's memory"
    return probe


def fault_met(run, transport):
    """Whether the fault met the burst: requests were sent while it lasted, and it did
    to them what it does (503s from the database, connections cut by the kills)."""
    fault = run.fault
    if run.name == "two_servers":
        return True
    if "started_at" not in fault:
        return False
    # From the moment the fault begins: requests sent while PostgreSQL shuts down meet
    # it as much as those sent while it is down.
    window = (fault["started_at"], fault.get("up_at", fault["ended_at"]))
    fault["requests_during"] = sum(
        1
        for answer in run.phase.answers
        for attempt in answer.tries
        if window[0] <= attempt.sent_at <= window[1]
    )
    if run.name == "postgres":
        return transport["unavailable"] > 0
    if run.name == "worker":
        return len(fault.get("killed", [])) == len(KILLS) and transport["cut"] > 0
    return fault["requests_during"] > 0 and run.limit_probe is not None


def main(argv=None):
    options = parse_args(argv)
    rng = random.Random(options.seed)
    started = time.monotonic()
    with (
        tempfile.TemporaryDirectory(prefix="bench-contest-faults-") as workdir,
        services.postgres() as database,
        services.redis_server() as cache,
    ):
        workdir = Path(workdir)
        database_url = database.url + DATABASE
        log(f"== Private PostgreSQL ({database.url}) and Redis ({cache.url}); migrating")
        env = server_env(workdir, database_url, cache.url)
        create_database(database, env)
        units, rounds, limit = build(env, options)
        # The load test's registration step reads the CAPTCHA answers from its database.
        load.DATABASE_URL = database_url
        runs = fault_runs(units, rounds, options)
        by_name = {run.name: run for run in runs}
        log_path = workdir / "gunicorn.log"
        with bench_server.gunicorn_process(
            env, log_path, options.workers, "gthread", options.threads
        ) as (server, master):
            log("== Registering every run's participants")
            register_everyone(server, runs, options)
            acts = {
                "redis": lambda run: stop_redis(cache, run, options, limit),
                "worker": lambda run: kill_workers(master),
                "postgres": lambda run: restart_postgres(database, options),
            }
            for name, act in acts.items():
                run = by_name[name]
                run.server = server
                start_probe(server, run)
                burst(run, server, options, rng, act(run))
        two_servers(env, by_name["two_servers"], workdir, options, rng, limit)
        figures = {
            "participants": options.participants,
            "connections": options.connections,
            "outage_seconds": options.outage,
            "server": {"workers": options.workers, "threads": options.threads},
            "machine": {"cores": os.cpu_count(), "load": os.getloadavg()},
            "runs": [verify(run, database_url, options, limit) for run in runs],
            "minutes": (time.monotonic() - started) / 60,
        }
        figures["passed"] = all(run["passed"] for run in figures["runs"])
        text = fault_report.markdown(figures)
        if any(run["transport"]["server_errors"] for run in figures["runs"]):
            text += (
                "\nThe end of gunicorn's log:\n\n```\n" + log_path.read_text()[-3000:] + "\n```\n"
            )
    print("\n" + text)
    _, markdown_path = results_files.save("contest-faults", figures, text)
    log(f"Written: bench/results/{markdown_path.name} and .json")


if __name__ == "__main__":
    main()
