"""Lighthouse 12.2.3 (bench/budget/node_modules, pinned by package-lock.json) on one page:
mobile form factor and simulated throttling (its defaults), Debian's Chromium."""

import json
import os
import subprocess
from pathlib import Path

from .verdict import CATEGORIES, PWA_AUDITS

BUDGET_DIR = Path(__file__).resolve().parent
LIGHTHOUSE = BUDGET_DIR / "node_modules" / ".bin" / "lighthouse"
CHROME_PATH = "/usr/bin/chromium"
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking"
# Lighthouse itself gives up on a page after 45 s of loading; this bounds the whole run.
RUN_TIMEOUT = 180


def check_installed():
    """Refuse to start, saying what to do, when the npm packages are missing."""
    if not LIGHTHOUSE.exists():
        raise SystemExit(
            f"{LIGHTHOUSE} is missing: run `npm ci` in {BUDGET_DIR} (make test-budget does)."
        )
    if not Path(CHROME_PATH).exists():
        raise SystemExit(
            f"{CHROME_PATH} is missing: apt-get install --no-install-recommends chromium"
        )


def run(url, report_path):
    """Run Lighthouse on ``url``, write its JSON report to ``report_path`` and return it
    parsed. The PWA-related audits that are not in the two categories are asked for by
    name (``--only-audits`` adds to ``--only-categories``)."""
    command = [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        f"--output-path={report_path}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--only-audits={','.join(PWA_AUDITS)}",
        f"--chrome-flags={CHROME_FLAGS}",
        "--form-factor=mobile",
        "--throttling-method=simulate",
        "--quiet",
    ]
    try:
        completed = subprocess.run(
            command,
            env={**os.environ, "CHROME_PATH": CHROME_PATH},
            capture_output=True,
            text=True,
            timeout=RUN_TIMEOUT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return _failed_run(url, "TIMEOUT", f"no report after {RUN_TIMEOUT} s")
    if report_path.exists():
        # On a page it could not measure Lighthouse exits 1 and still writes a report,
        # whose runtimeError says why.
        return json.loads(report_path.read_text())
    return _failed_run(
        url, f"EXIT {completed.returncode}", completed.stderr.strip()[-2000:] or "no report"
    )


def _failed_run(url, code, message):
    """A report standing for a run that wrote none, judged as a failed run."""
    return {"finalDisplayedUrl": url, "runtimeError": {"code": code, "message": message}}
