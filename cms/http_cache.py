"""HTTP caching of the public read endpoints (content API, feeds).

Every response carries ``ETag``, ``Last-Modified`` and ``Cache-Control`` and answers
conditional requests with 304. With a shared cache (Redis) the rendered responses are
also kept server-side with the content version they were rendered at
(``core.content_version``), so a repeated request costs a cache read instead of
rendering; any change to published content changes the version and so retires all of
them at once. Each process also keeps the responses it served last in memory, so that
the most requested listings cost no cache round trip at all.
"""

import hashlib
import re
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_vary_headers

from core import content_version

# Headers worth keeping with a cached body; CORS and the like are added on the way out.
STORED_HEADERS = ("Content-Type", "Content-Language", "Content-Disposition", "Link")
# Responses each process keeps in memory (a 20-item listing is about 200 KB).
LOCAL_ENTRIES = 128


class LocalResponses:
    """The most recently used responses of this process, least recently used out first."""

    def __init__(self, size):
        self.size = size
        self.entries = OrderedDict()

    def get(self, key):
        entry = self.entries.get(key)
        if entry is not None:
            self.entries.move_to_end(key)
        return entry

    def put(self, key, entry):
        self.entries[key] = entry
        self.entries.move_to_end(key)
        while len(self.entries) > self.size:
            self.entries.popitem(last=False)


def _carries_credentials(request):
    """Whether the answer may depend on who asks: a session (a signed-in editor sees
    pages restricted to signed-in users; a visitor who gave a page's password sees that
    page) or an Authorization header. Such answers are neither taken from the cache nor
    stored in it, nor marked public. (This middleware runs before the session one, so it
    looks at the cookie.)"""
    return settings.SESSION_COOKIE_NAME in request.COOKIES or "Authorization" in request.headers


class PublicResponseCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.paths = re.compile(settings.PUBLIC_CACHE_URLS_REGEX)
        self.server_cache_seconds = settings.PUBLIC_CACHE_SERVER_SECONDS
        self.cache_control = f"public, max-age={settings.PUBLIC_CACHE_MAX_AGE}"
        self.local = LocalResponses(LOCAL_ENTRIES)

    def __call__(self, request):
        if (
            request.method not in ("GET", "HEAD")
            or not self.paths.match(request.path_info)
            or _carries_credentials(request)
        ):
            return self.get_response(request)

        key = self._key(request)
        version, entry = self._lookup(key)
        if entry is None:
            response = self.get_response(request)
            if (
                response.status_code != 200
                or response.streaming
                or response.has_header("Cache-Control")
            ):
                return response
            entry = {
                "body": response.content,
                "headers": {
                    name: response[name] for name in STORED_HEADERS if response.has_header(name)
                },
                "etag": f'"{hashlib.blake2b(response.content, digest_size=16).hexdigest()}"',
                "last_modified": content_version.last_modified_header(version),
                "version": version["token"],
            }
            if self.server_cache_seconds:
                cache.set(key, entry, self.server_cache_seconds)
                self.local.put(key, entry)
        return self._respond(request, entry, version)

    def _key(self, request):
        # The representation depends on the URL (host and scheme included: oEmbed answers
        # for the host it is asked on) and on the negotiated format.
        vary = f"{request.build_absolute_uri()}|{request.headers.get('Accept', '')}"
        digest = hashlib.blake2b(vary.encode(), digest_size=16).hexdigest()
        # The cache's own prefix too, so that this process's copies follow its namespace.
        return cache.make_key(f"public-response:{digest}")

    def _lookup(self, key):
        """The content version and the stored response, from this process's memory or
        the shared cache; a response stored under an older version is stale."""
        version = content_version.current()
        if not self.server_cache_seconds:
            return version, None
        entry = self.local.get(key)
        if entry is None or entry["version"] != version["token"]:
            entry = cache.get(key)
            if entry is None or entry["version"] != version["token"]:
                return version, None
            self.local.put(key, entry)
        return version, entry

    def _respond(self, request, entry, version):
        response = HttpResponse(entry["body"])
        for name, value in entry["headers"].items():
            response[name] = value
        response["ETag"] = entry["etag"]
        response["Last-Modified"] = entry["last_modified"]
        response["Cache-Control"] = self.cache_control
        patch_vary_headers(response, ["Accept"])
        # Django answers If-None-Match (weak comparison, "*") and If-Modified-Since with
        # a 304 carrying the validators and caching headers, as the RFC asks.
        return get_conditional_response(
            request, etag=entry["etag"], last_modified=version["changed_at"], response=response
        )
