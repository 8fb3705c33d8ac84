"""The fault runs' driver and checks (bench/contests/): a client that retries as a real
one does, and the verdicts drawn from what it saw."""

import asyncio

import pytest

from bench.contests import fault_checks, fault_report
from bench.contests.client import (
    DROPPED,
    Answer,
    Connection,
    Request,
    Try,
    exchange,
    retry_delay,
)

OK = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"
BUSY = b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 0\r\nContent-Length: 2\r\n\r\n{}"


def serve_in_turn(replies):
    """A server answering its n-th request with ``replies[n]``; None cuts the
    connection without an answer. Returns (host, port) and the requests it saw."""
    seen = []

    async def handle(reader, writer):
        while True:
            try:
                await reader.readuntil(b"\r\n\r\n")
            except asyncio.IncompleteReadError:
                break
            reply = replies[len(seen)]
            seen.append(reply)
            if reply is None:
                writer.transport.abort()
                return
            writer.write(reply)
            await writer.drain()
        writer.close()

    return handle, seen


def send(replies, retry, **request):
    handle, seen = serve_in_turn(replies)

    async def run():
        server = await asyncio.start_server(handle, "127.0.0.1", 0)
        host, port = server.sockets[0].getsockname()[:2]
        async with server:
            connection = Connection(host, port)
            return await exchange(connection, Request("POST", "/submit", {}, **request), retry)

    return asyncio.run(run()), seen


def test_a_retrying_client_sends_again_after_a_cut_connection_and_a_503(monkeypatch):
    monkeypatch.setattr("bench.contests.client.RECONNECT_SECONDS", 0)
    answer, seen = send([None, BUSY, OK], retry=True)
    assert answer.status == 200
    assert [attempt.status for attempt in answer.tries] == [0, 503, 200]
    assert answer.tries[1].retry_after == "0"
    assert answer.retries == 2
    assert len(seen) == 3


def test_a_client_that_loses_the_answer_sends_the_request_again(monkeypatch):
    monkeypatch.setattr("bench.contests.client.RECONNECT_SECONDS", 0)
    answer, seen = send([OK, OK], retry=True, drop_first_answer=True)
    assert answer.status == 200
    assert [attempt.error for attempt in answer.tries] == [DROPPED, ""]
    assert len(seen) == 2  # the server answered both


def test_without_retries_the_first_answer_is_final():
    answer, seen = send([BUSY], retry=False)
    assert answer.status == 503
    assert answer.retries == 0


@pytest.mark.parametrize(
    ("status", "retry_after", "delay"),
    [(0, None, 0.5), (503, "5", 5.0), (503, None, 1), (502, "soon", 1), (200, None, None)],
)
def test_when_a_client_sends_again(status, retry_after, delay):
    assert retry_delay(status, retry_after) == delay


def answer(*statuses, sent_at=100.0, retry_after="5"):
    tries = [
        Try(sent_at + n, status, "" if status else "ConnectionResetError", retry_after)
        for n, status in enumerate(statuses)
    ]
    return Answer(Request("POST", "/"), statuses[-1], b"", 0.1, tries=tries)


def test_transport_figures_count_every_try():
    answers = [answer(200), answer(0, 200), answer(503, 503, 200), answer(503, retry_after=None)]
    figures = fault_checks.transport_figures(answers)
    assert figures["retries"] == 3
    assert figures["cut"] == 1
    assert figures["unavailable"] == 3
    assert figures["unavailable_without_retry_after"] == 1
    assert figures["server_errors"] == 0
    assert figures["unanswered"] == 1
    assert figures["tries_by_status"] == {"200": 3, "ConnectionResetError": 1, "503": 3}
    assert fault_checks.transport_figures([answer(500)])["server_errors"] == 1


def test_a_retry_answered_with_what_a_cut_try_stored_is_told_apart():
    stored_before_retry = answer(0, 200, sent_at=100.0)  # retried at 101
    stored_by_retry = answer(0, 200, sent_at=200.0)
    not_retried = answer(200, sent_at=300.0)
    stored_at = {
        id(stored_before_retry): 100.5,
        id(stored_by_retry): 201.2,
        id(not_retried): 299.0,
    }
    answers = [stored_before_retry, stored_by_retry, not_retried]
    assert fault_checks.answered_from_before(answers, stored_at) == 1


def test_limit_bounds_shared_or_per_process():
    assert fault_checks.limit_bounds(30, processes=4, windows=1, shared=True) == (30, 30)
    assert fault_checks.limit_bounds(30, processes=2, windows=1, shared=False) == (30, 60)
    assert fault_checks.limit_bounds(30, processes=2, windows=2, shared=False) == (30, 120)
    probe = {"accepted": 31, "other": 0, "bounds": (30, 30)}
    assert not fault_checks.probe_verdict(probe)
    assert fault_checks.probe_verdict({**probe, "bounds": (30, 60)})


def clean_run(**changes):
    run = {
        "check": {"lost": 0, "duplicated": 0, "altered": 0, "wrong_score": 0, "unexplained": 0},
        "half_written": {"entries_without_attempt": 0, "finished_without_score": 0},
        "transport": fault_checks.transport_figures([answer(503, 200)]),
        "limit_probe": None,
        "fault": {"met": True},
    }
    for path, value in changes.items():
        section, key = path.split("__")
        run[section] = {**run[section], key: value}
    return run


@pytest.mark.parametrize(
    "changes",
    [
        {"check__lost": 1},
        {"check__wrong_score": 1},
        {"half_written__entries_without_attempt": 1},
        {"transport__server_errors": 1},
        {"transport__unavailable_without_retry_after": 1},
        {"transport__unanswered": 1},
        {"fault__met": False},
    ],
)
def test_a_run_passes_only_when_everything_holds(changes):
    assert fault_checks.passed(clean_run())
    assert not fault_checks.passed(clean_run(**changes))


def reported_run(name, title, **changes):
    run = {
        **clean_run(),
        "name": name,
        "title": title,
        "participants": 500,
        "by_action": {"submit": {"dropped": 0}},
        "answered_from_before": {"start": 0, "submit": 0},
        "passed": True,
        **changes,
    }
    run["check"] = {**run["check"], "acknowledged": 500}
    return run


def test_the_report_says_what_each_fault_did_and_its_verdict():
    redis = reported_run(
        "redis",
        "Redis stopped",
        fault={
            "met": True,
            "at_request": 450,
            "started_at": 10.0,
            "ended_at": 13.5,
            "down_at": 10.2,
            "up_at": 13.4,
            "requests_during": 120,
        },
        limit_probe={
            "rule": "30 submits per account per 60 s",
            "counted": "in each worker's memory",
            "sent": 90,
            "accepted": 41,
            "refused": 49,
            "other": 0,
            "windows": 1,
            "processes": 2,
            "bounds": (30, 60),
        },
    )
    worker = reported_run(
        "worker",
        "workers killed",
        fault={"met": False, "note": "the burst ended before the fault"},
        passed=False,
    )
    text = fault_report.markdown(
        {
            "runs": [redis, worker],
            "server": {"workers": 2, "threads": 4},
            "connections": 16,
            "machine": {"cores": 2},
            "participants": 500,
            "outage_seconds": 3,
            "minutes": 3.2,
            "passed": False,
        }
    )
    assert "| the fault | Redis down 3.2 s, 120 requests sent from its stop to its start;" in text
    assert "41 of 90 accepted, 49 refused (expected 30–60 accepted" in text
    assert "the burst ended before the fault" in text
    assert "| verdict | **PASS** | **FAIL** |" in text
    assert "Every run: **FAIL**" in text
