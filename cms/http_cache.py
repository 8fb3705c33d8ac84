"""HTTP caching of the public read endpoints (content API, feeds).

Every response carries ``ETag``, ``Last-Modified`` and ``Cache-Control`` and answers
conditional requests with 304. With a shared cache (Redis) the rendered responses are
also kept server-side, keyed on the content version (``cms.content_version``), so a
repeated request costs a cache read instead of rendering; any change to published
content changes the version and so retires all of them at once.
"""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_vary_headers
from django.utils.http import parse_http_date_safe

from cms import content_version

# Headers worth keeping with a cached body; CORS and the like are added on the way out.
STORED_HEADERS = ("Content-Type", "Content-Language", "Content-Disposition", "Link")


class PublicResponseCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.paths = re.compile(settings.PUBLIC_CACHE_URLS_REGEX)
        self.server_cache_seconds = settings.PUBLIC_CACHE_SERVER_SECONDS
        self.cache_control = f"public, max-age={settings.PUBLIC_CACHE_MAX_AGE}"

    def __call__(self, request):
        if request.method not in ("GET", "HEAD") or not self.paths.match(request.path_info):
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
        return self._respond(request, entry, version)

    def _key(self, request):
        # The representation depends on the URL (host and scheme included: oEmbed answers
        # for the host it is asked on) and on the negotiated format.
        vary = f"{request.build_absolute_uri()}|{request.headers.get('Accept', '')}"
        return f"public-response:{hashlib.blake2b(vary.encode(), digest_size=16).hexdigest()}"

    def _lookup(self, key):
        """The content version and the stored response, in one cache round trip; a
        response stored under an older version is stale."""
        if not self.server_cache_seconds:
            return content_version.current(), None
        found = cache.get_many([content_version.KEY, key])
        version = found.get(content_version.KEY) or content_version.current()
        entry = found.get(key)
        if entry is not None and entry["version"] != version["token"]:
            entry = None
        return version, entry

    def _respond(self, request, entry, version):
        if _not_modified(request, entry, version):
            response = HttpResponseNotModified()
        else:
            response = HttpResponse(entry["body"])
            for name, value in entry["headers"].items():
                response[name] = value
        response["ETag"] = entry["etag"]
        response["Last-Modified"] = entry["last_modified"]
        response["Cache-Control"] = self.cache_control
        patch_vary_headers(response, ["Accept"])
        return response


def _not_modified(request, entry, version):
    if_none_match = request.headers.get("If-None-Match")
    if if_none_match is not None:
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in tags or entry["etag"] in tags
    since = parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
    return since is not None and since >= version["changed_at"]
