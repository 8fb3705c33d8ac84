"""Load runs with wrk (the Debian package), and what its report says."""

import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

WRK = "/usr/bin/wrk"
THREADS = 2
CONNECTIONS = 8
# Slow responses must count in the latency figures rather than vanish as timeouts.
TIMEOUT = "30s"
UNIQUE_QUERY_SCRIPT = Path(__file__).with_name("unique_query.lua")

UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0, "h": 3_600_000.0}
LATENCY = r"([\d.]+)(us|ms|s|m|h)"


@dataclass
class Run:
    requests: int
    requests_per_second: float
    p50_ms: float
    p99_ms: float
    errors: int  # socket errors and non-2xx/3xx responses


def ensure_wrk():
    """Install wrk with apt-get when it is missing and we are root; fail clearly otherwise."""
    if os.path.exists(WRK):
        return
    if os.geteuid() != 0:
        raise SystemExit("wrk is missing: install it with `sudo apt-get install wrk` (Debian).")
    print("Installing wrk: apt-get install -y wrk", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "wrk"]
    if subprocess.run(install, env=env).returncode != 0:
        # A fresh machine may not have read the package lists yet.
        subprocess.run(["apt-get", "update"], env=env, check=True)
        subprocess.run(install, env=env, check=True)
    if not os.path.exists(WRK):
        raise SystemExit(f"apt-get did not install {WRK}.")


def run(server, path, duration, headers=None, unique_run=None):
    """Load ``path`` on ``server`` (host, port) for ``duration`` seconds; ``unique_run``
    names the run whose requests each get their own query string."""
    host, port = server
    url = f"http://{host}:{port}{path}"
    command = [
        WRK,
        f"--threads={THREADS}",
        f"--connections={CONNECTIONS}",
        f"--duration={duration}s",
        f"--timeout={TIMEOUT}",
        "--latency",
    ]
    for name, value in (headers or {}).items():
        command += ["--header", f"{name}: {value}"]
    if unique_run is not None:
        command += ["--script", str(UNIQUE_QUERY_SCRIPT), url, "--", unique_run]
    else:
        command.append(url)
    result = subprocess.run(command, capture_output=True, text=True, timeout=duration + 60)
    if result.returncode:
        raise RuntimeError(f"wrk failed: {result.stderr or result.stdout}")
    return parse(result.stdout)


def parse(report):
    def number(pattern):
        found = re.search(pattern, report)
        return found.groups() if found else None

    requests = number(r"(\d+) requests in")
    rps = number(r"Requests/sec:\s+([\d.]+)")
    p50, p99 = number(rf"\s50%\s+{LATENCY}"), number(rf"\s99%\s+{LATENCY}")
    if not (requests and rps and p50 and p99):
        raise RuntimeError(f"Unexpected wrk report:\n{report}")
    socket_errors = number(r"connect (\d+), read (\d+), write (\d+), timeout (\d+)") or ()
    bad_responses = number(r"Non-2xx or 3xx responses: (\d+)") or ()
    return Run(
        requests=int(requests[0]),
        requests_per_second=float(rps[0]),
        p50_ms=float(p50[0]) * UNITS_MS[p50[1]],
        p99_ms=float(p99[0]) * UNITS_MS[p99[1]],
        errors=sum(int(count) for count in (*socket_errors, *bad_responses)),
    )
