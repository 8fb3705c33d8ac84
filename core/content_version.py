"""One version for all public content, changed whenever published content may have
changed. Cached API and feed responses record the version they were rendered at, so a
publication makes every one of them stale at once without enumerating their URLs.

The version lives in the shared cache; each process re-reads it at most once every
``CONTENT_VERSION_REFRESH_SECONDS`` (one second by default), which spares a cache round
trip per request. A change therefore reaches other processes within that time; the
process that made it sees it at once.

While the cache does not answer (``home.redis_cache``), each read makes up a version of
its own, so nothing kept under an older one is trusted; a change made then is written
to the cache once it answers again, so the responses cached before it are retired.
"""

import functools
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django.utils.http import http_date

from wagtail.signals import post_page_move

KEY = "content-version"

# Cache key -> (when it was read, version): shared by the threads of a process.
_memo = {}
# Cache key -> a version made here that the cache did not take: written at the next read.
_unsaved = {}


def current():
    """``{"token": str, "changed_at": Unix seconds}``, created on first use."""
    key = cache.make_key(KEY)
    remembered = _memo.get(key)
    now = time.monotonic()
    if remembered and now - remembered[0] < settings.CONTENT_VERSION_REFRESH_SECONDS:
        return remembered[1]
    if key in _unsaved:
        _save(key, _unsaved[key])
    version = cache.get(KEY)
    if version is None:
        cache.add(KEY, _new_version(), timeout=None)
        version = cache.get(KEY) or _new_version()
    _memo[key] = (now, version)
    return version


def bump():
    version = _new_version()
    key = cache.make_key(KEY)
    _memo[key] = (time.monotonic(), version)
    _save(key, version)


def _save(key, version):
    cache.set(KEY, version, timeout=None)
    # Read back: a cache that is out of reach drops writes without a word.
    if cache.get(KEY) == version:
        _unsaved.pop(key, None)
    else:
        _unsaved[key] = version


# Models whose rows appear in API or feed responses, as each app declares them.
_watched = ()
# The memos of ``per_version`` functions, emptied when this process changes content.
_memos = []


def per_version(function):
    """Remember what ``function()`` (no arguments) returns, once per content version and
    process: for values read from published content on most requests (the live
    bookshelf, the names of the search's lists). A new version, made here or in another
    process, retires the value. A save in this process empties it at once, before the
    commit moves the version on, so that the same transaction reads what it wrote."""
    memo = {}
    _memos.append(memo)

    @functools.wraps(function)
    def remembered():
        token = current()["token"]
        try:
            return memo[token]
        except KeyError:
            value = function()
            memo.clear()
            memo[token] = value
            return value

    return remembered


def watch(*models):
    """Move the version on after any commit that saved, deleted or moved a row of one of
    ``models`` or of a subclass (a page type's rows are saved with its own class as the
    signal's sender, hence one receiver checking ``isinstance``). Each app names its own
    models in its ``ready()``; what changes without changing what is published
    (renditions, revisions) is left out."""
    global _watched
    _watched = (*_watched, *(model for model in models if model not in _watched))
    post_save.connect(_changed, dispatch_uid="content_version_save")
    post_delete.connect(_changed, dispatch_uid="content_version_delete")
    post_page_move.connect(_changed, dispatch_uid="content_version_move")


def _changed(sender, instance=None, raw=False, **kwargs):
    if not raw and isinstance(instance, _watched):
        for memo in _memos:
            memo.clear()
        transaction.on_commit(bump)


def last_modified_header(version):
    return http_date(version["changed_at"])


def _new_version():
    return {"token": uuid.uuid4().hex, "changed_at": int(timezone.now().timestamp())}
