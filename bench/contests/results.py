"""Benchmark a contest's results at scale on PostgreSQL: closing a round, ranking it at
100,000 and 1,000,000 attempts, and the XLSX export of 100,000 results.

``python -m bench.contests.results`` (``make bench-contest-results``); see bench/README.md.
It drops and creates the database ``bench_contests``, migrates it, and writes the
participants and attempts with COPY: 600,000 participants, one round where 100,000 of
them made one attempt each, and one where 500,000 made two each. Scores, predictions,
durations and start times are drawn from a fixed seed so that ties at every criterion
occur, as they do in real contests (25 questions × 4 points: many people share a score).
"""

import argparse
import io
import os
import random
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import psycopg
from psycopg import sql

from bench import results_files

SERVER = "postgres://postgres@127.0.0.1:5432/"
DATABASE = "bench_contests"
PROJECT_DIR = Path(__file__).resolve().parents[2]
OPENED = datetime(2026, 11, 2, 1, 0, tzinfo=UTC)


def log(line):
    print(line, flush=True)


def fresh_database():
    with psycopg.connect(f"{SERVER}postgres", autocommit=True) as connection:
        name = sql.Identifier(DATABASE)
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        connection.execute(sql.SQL("CREATE DATABASE {}").format(name))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DATABASE_URL": SERVER + DATABASE,
    }
    env.pop("REDIS_URL", None)
    subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "--verbosity=0"],
        cwd=PROJECT_DIR,
        env=env,
        check=True,
    )
    os.environ.update({k: env[k] for k in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL")})


def setup_django():
    import django

    sys.path.insert(0, str(PROJECT_DIR))
    django.setup()


def make_rounds():
    """Two contests with one closed round each (separate contests: prizes are per contest)."""
    from home.models import HomePage, Unit
    from quizzes.models import ContestPage, ContestPrize, QuizPage

    home = HomePage.objects.first()
    units = [
        Unit.objects.create(name=f"Đơn vị {n:02d}", slug=f"don-vi-{n:02d}", kind="commune")
        for n in range(50)
    ]
    rounds = []
    for label in ("100k", "1M"):
        contest = home.add_child(
            instance=ContestPage(title=f"Cuộc thi {label}", organiser="Sở Tư pháp")
        )
        for order, (name, count) in enumerate([("Nhất", 1), ("Nhì", 5), ("Ba", 10), ("KK", 20)]):
            ContestPrize.objects.create(
                contest=contest, name=f"Giải {name}", count=count, sort_order=order
            )
        bank = [
            (
                "single_choice",
                {
                    "text": f"Câu hỏi {n + 1}",
                    "points": 4,
                    "options": [{"text": "A", "correct": True}, {"text": "B", "correct": False}],
                },
            )
            for n in range(25)
        ]
        quiz = contest.add_child(
            instance=QuizPage(
                title="Tuần 1",
                opens_at=OPENED,
                closes_at=OPENED + timedelta(days=7),
                attempts_allowed=0,
                questions=bank,
            )
        )
        rounds.append(quiz)
    return units, rounds


def copy_rows(connection, table, columns, rows):
    with (
        connection.cursor() as cursor,
        cursor.copy(
            sql.SQL("COPY {} ({}) FROM STDIN").format(
                sql.Identifier(table), sql.SQL(", ").join(map(sql.Identifier, columns))
            )
        ) as copy,
    ):
        for row in rows:
            copy.write_row(row)


def fill(units, rounds, seed):
    """600,000 participants; 100,000 attempts in the first round, 1,000,000 in the second."""
    from django.contrib.auth.hashers import make_password

    from home.personal_data import encrypt, keyed_hash

    rng = random.Random(seed)
    password = make_password("bench-password")  # one hash for everyone: hashing is not measured
    unit_ids = [unit.pk for unit in units]
    started = time.perf_counter()
    with psycopg.connect(SERVER + DATABASE) as connection:
        copy_rows(
            connection,
            "quizzes_participant",
            [
                "phone",
                "password",
                "full_name",
                "birth_date",
                "unit_id",
                "cccd",
                "cccd_hash",
                "email",
                "consented_at",
                "registered_at",
                "registration_device",
                "token_salt",
            ],
            (
                (
                    f"09{n:08d}",
                    password,
                    f"Nguyễn Văn Người{n}",
                    "1990-01-01",
                    unit_ids[n % len(unit_ids)],
                    encrypt(f"{n:012d}"),
                    keyed_hash(f"{n:012d}"),
                    "",
                    OPENED,
                    OPENED,
                    "",
                    "salt",
                )
                for n in range(600_000)
            ),
        )
        first_id = connection.execute("SELECT min(id) FROM quizzes_participant").fetchone()[0]

        def attempts(quiz, people, per_person):
            for person in range(people):
                for number in range(1, per_person + 1):
                    right = min(25, max(0, int(rng.gauss(18, 4))))
                    start = OPENED + timedelta(seconds=rng.randrange(7 * 86400))
                    seconds = rng.randrange(60, 1800)
                    yield (
                        quiz.pk,
                        first_id + person,
                        number,
                        start,
                        start + timedelta(minutes=30),
                        "[]",
                        "{}",
                        rng.randrange(0, 2000) if rng.random() < 0.95 else None,
                        start + timedelta(seconds=seconds),
                        "submitted",
                        right * 4,
                        right,
                        right == 25,
                        seconds * 1000,
                        "",
                    )

        columns = [
            "quiz_id",
            "participant_id",
            "number",
            "started_at",
            "deadline",
            "questions",
            "answers",
            "prediction",
            "finished_at",
            "finish",
            "score",
            "correct_count",
            "all_correct",
            "duration_ms",
            "device",
        ]
        copy_rows(connection, "quizzes_attempt", columns, attempts(rounds[0], 100_000, 1))
        copy_rows(connection, "quizzes_attempt", columns, attempts(rounds[1], 500_000, 2))
        connection.execute("ANALYZE quizzes_attempt")
        connection.execute("ANALYZE quizzes_participant")
        connection.commit()
    return time.perf_counter() - started


def timed(function, repeat):
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - started)
    return statistics.median(times), times, result


def measure(rounds, repeat):
    from django.utils import timezone

    from quizzes.exports import result_rows, write_xlsx
    from quizzes.ranking import allocate_prizes, close_round, round_ranking

    figures = {}
    after_close = OPENED + timedelta(days=8)
    for label, quiz in zip(("100k", "1M"), rounds, strict=True):
        started = time.perf_counter()
        perfect = close_round(quiz, now=after_close)
        figures[f"close_{label}"] = time.perf_counter() - started
        median, times, ranking = timed(lambda quiz=quiz: round_ranking(quiz), repeat)
        figures[f"ranking_{label}"] = {"median": median, "runs": times, "rows": len(ranking)}
        median, times, top = timed(lambda quiz=quiz: round_ranking(quiz, limit=100), repeat)
        figures[f"ranking_top100_{label}"] = {"median": median, "runs": times}
        median, times, awards = timed(
            lambda quiz=quiz: allocate_prizes(quiz.get_parent().specific), 1
        )
        figures[f"prizes_{label}"] = {"median": median, "awards": len(awards)}
        figures[f"perfect_{label}"] = perfect
        seconds = figures[f"ranking_{label}"]["median"]
        log(f"   {label}: ranking {seconds:.2f} s ({len(ranking):,} rows)")

    def export():
        stream = io.BytesIO()
        write_xlsx(result_rows(rounds[0], personal=True), stream)
        return stream.getbuffer().nbytes

    median, times, size = timed(export, max(1, repeat - 1))
    figures["xlsx_100k"] = {"median": median, "runs": times, "bytes": size}
    log(f"   XLSX of 100k results: {median:.1f} s, {size / 1e6:.1f} MB")
    figures["measured_at"] = timezone.now().isoformat(timespec="seconds")
    return figures


def report(figures, fill_seconds):
    def pair(name, key="median"):
        small, large = figures[f"{name}_100k"], figures[f"{name}_1M"]
        if isinstance(small, dict):
            small, large = small[key], large[key]
        return f"{small:.2f} s | {large:.2f} s"

    ranking_1m = figures["ranking_1M"]["median"]
    export = figures["xlsx_100k"]
    verdict = "PASS" if ranking_1m <= 10 else "FAIL"
    lines = [
        "# Contest results benchmark (PostgreSQL)",
        "",
        f"{figures['measured_at']}; medians of {len(figures['ranking_1M']['runs'])} runs.",
        "",
        "| | 100,000 attempts | 1,000,000 attempts |",
        "|---|---:|---:|",
        f"| close the round (finish, count all-correct) | {pair('close')} |",
        f"| full ranking, every row to Python | {pair('ranking')} |",
        f"| first 100 of the ranking | {pair('ranking_top100')} |",
        f"| prizes (36 per round, one per person) | {pair('prizes')} |",
        "",
        f"XLSX export of 100,000 results with personal data: {export['median']:.1f} s, "
        f"{export['bytes'] / 1e6:.1f} MB.",
        "",
        f"Target, ranking 1M attempts ≤ 10 s: {verdict} ({ranking_1m:.2f} s).",
        "",
        f"Data written with COPY in {fill_seconds:.0f} s "
        "(600,000 participants, 1,100,000 attempts).",
    ]
    return "\n".join(lines) + "\n"


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench.contests.results", description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each measurement")
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args(argv)
    log("== A fresh database")
    fresh_database()
    setup_django()
    units, rounds = make_rounds()
    log("== Writing participants and attempts")
    fill_seconds = fill(units, rounds, options.seed)
    log("== Measuring")
    figures = measure(rounds, options.repeat)
    text = report(figures, fill_seconds)
    print("\n" + text)
    _, markdown_path = results_files.save("contests", figures, text)
    print(f"Written: bench/results/{markdown_path.name}")


if __name__ == "__main__":
    main()
