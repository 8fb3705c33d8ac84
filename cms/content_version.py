"""One version number for all public content, changed whenever published content may
have changed. Cached API and feed responses record the version they were rendered at,
so a publication makes every one of them stale at once without enumerating their URLs."""

import uuid

from django.core.cache import cache
from django.utils import timezone
from django.utils.http import http_date

KEY = "content-version"


def current():
    """``{"token": str, "changed_at": Unix seconds}``, created on first use."""
    version = cache.get(KEY)
    if version is None:
        cache.add(KEY, _new_version(), timeout=None)
        version = cache.get(KEY) or _new_version()
    return version


def bump():
    cache.set(KEY, _new_version(), timeout=None)


def last_modified_header(version):
    return http_date(version["changed_at"])


def _new_version():
    return {"token": uuid.uuid4().hex, "changed_at": int(timezone.now().timestamp())}
