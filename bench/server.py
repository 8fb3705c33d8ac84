"""The benchmark's own gunicorn server on loopback, and single requests to it."""

import contextlib
import http.client
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

PROJECT_DIR = Path(__file__).parent.parent
WORKERS = 2
START_TIMEOUT = 60


@contextlib.contextmanager
def gunicorn(env, log, workers=WORKERS, worker_class="sync", threads=1, port=None):
    """Serve the project with ``env``; yield (host, port), stop the server on exit.
    ``port`` is a free one unless given (a demo whose links name the port needs it
    chosen before the server starts)."""
    with gunicorn_process(env, log, workers, worker_class, threads, port) as (server, _):
        yield server


@contextlib.contextmanager
def gunicorn_process(env, log, workers=WORKERS, worker_class="sync", threads=1, port=None):
    """As ``gunicorn``, yielding ((host, port), the master's Popen)."""
    server = ("127.0.0.1", port or free_port())
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "cms.wsgi:application",
        f"--workers={workers}",
        f"--worker-class={worker_class}",
        f"--threads={threads}",
        f"--bind={server[0]}:{server[1]}",
        f"--error-logfile={log}",
    ]
    process = subprocess.Popen(command, cwd=PROJECT_DIR, env=env)
    try:
        _wait_until_serving(process, server, log)
        yield server, process
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def worker_pids(master):
    """The process ids of a gunicorn master's workers (its children), from /proc."""
    pids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended meanwhile
            continue
        if int(fields[1]) == master:
            pids.append(int(stat.parent.name))
    return sorted(pids)


def fetch(server, path, headers=None):
    """(status, headers, body) of one GET."""
    connection = http.client.HTTPConnection(*server, timeout=60)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_until_serving(process, server, log):
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline and process.poll() is None:
        with contextlib.suppress(OSError):
            if fetch(server, "/bench/minimal/")[0] == 200:
                return
        time.sleep(0.5)
    raise SystemExit(f"gunicorn did not start; the end of its log:\n{log.read_text()[-3000:]}")
