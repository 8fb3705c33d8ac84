"""One version for all public content, changed whenever published content may have
changed. Cached API and feed responses record the version they were rendered at, so a
publication makes every one of them stale at once without enumerating their URLs.

The version lives in the shared cache; each process re-reads it at most once every
``CONTENT_VERSION_REFRESH_SECONDS`` (one second by default), which spares a cache round
trip per request. A change therefore reaches other processes within that time; the
process that made it sees it at once.
"""

import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone
from django.utils.http import http_date

KEY = "content-version"

# Cache key -> (when it was read, version): shared by the threads of a process.
_memo = {}


def current():
    """``{"token": str, "changed_at": Unix seconds}``, created on first use."""
    key = cache.make_key(KEY)
    remembered = _memo.get(key)
    now = time.monotonic()
    if remembered and now - remembered[0] < settings.CONTENT_VERSION_REFRESH_SECONDS:
        return remembered[1]
    version = cache.get(KEY)
    if version is None:
        cache.add(KEY, _new_version(), timeout=None)
        version = cache.get(KEY) or _new_version()
    _memo[key] = (now, version)
    return version


def bump():
    version = _new_version()
    cache.set(KEY, version, timeout=None)
    _memo[cache.make_key(KEY)] = (time.monotonic(), version)


def last_modified_header(version):
    return http_date(version["changed_at"])


def _new_version():
    return {"token": uuid.uuid4().hex, "changed_at": int(timezone.now().timestamp())}
