"""Production settings for the benchmark's own server: plain HTTP on loopback.

The drivers (``bench.run_api``, ``bench.contests.load``) give every process they start
``DATABASE_URL``, ``MEDIA_ROOT`` and, when Redis answers, ``REDIS_URL`` (a database of
its own that they flush).
"""

import os

# production.py refuses to start without a key and host names; this server only ever
# answers on loopback and holds throwaway data.
os.environ["SECRET_KEY"] = "bench-throwaway-key"  # noqa: S105
os.environ["PERSONAL_DATA_KEY"] = "bench-throwaway-personal-data-key"
os.environ["ALLOWED_HOSTS"] = "127.0.0.1,localhost"

from cms.settings.production import *  # noqa: E402, F403

ROOT_URLCONF = "bench.urls"
# No TLS-terminating proxy in front of the benchmark's server.
SECURE_SSL_REDIRECT = False
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Wagtail logs every page the content builder creates and publishes.
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}

# The contest load test (``bench.contests.load``) sends every simulated participant from
# 127.0.0.1, so the per-IP limits, sized for a commune hall behind one address, would
# refuse its burst. Only they are raised: the per-account limits stay as in production,
# and every limit is still counted in the shared cache on every request.
CONTEST_RATE_LIMITS = {
    action: {**rates, "ip": "1000000/m"}
    for action, rates in CONTEST_RATE_LIMITS.items()  # noqa: F405
}

# Registration codes go to files (SMS_FILE_PATH, set by the contest load test), which the
# load test reads as the participants' phones would.
SMS_BACKEND = "home.sms.FileBackend"

# The production hasher (PBKDF2) costs about 0.3 s of CPU per password, so registering
# the load test's thousands of participants with it would take minutes. The load test
# sets this variable for its burst, and measures the production hasher on a sample with
# a server started without it. Hashes made by either are still checked.
if os.environ.get("BENCH_FAST_PASSWORD_HASHER") == "1":
    from django.conf import global_settings

    PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.MD5PasswordHasher",
        *global_settings.PASSWORD_HASHERS,
    ]

# The load test's sample server counts each request's SQL statements (bench/middleware.py).
if os.environ.get("BENCH_COUNT_QUERIES") == "1":
    MIDDLEWARE = ["bench.middleware.QueryCountMiddleware", *MIDDLEWARE]  # noqa: F405
