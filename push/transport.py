"""The HTTP request to a push service, sent only to the addresses that were checked.

pywebpush encrypts the message and signs the VAPID header, then hands the request to
a ``requests``-like session; this one resolves the endpoint's host, refuses one on the
server's own network (``home.outbound``, as webhooks do: only hosts named in
``WEBPUSH_ALLOWED_INTERNAL_HOSTS`` may be internal) and connects to a checked address,
so a name that changes its answer in between cannot redirect the request.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

import urllib3
from urllib3.exceptions import ConnectTimeoutError, HTTPError

from django.conf import settings

from home import outbound

# A push service has 3 s to accept the connection and 10 s to answer.
TIMEOUT = urllib3.Timeout(connect=3, read=10)
# Of an answer, what a log may keep: push services answer short JSON errors.
ANSWER_LENGTH = 200


class Unreachable(Exception):
    """No answer from the push service (the connection failed or timed out)."""


@dataclass
class Answer:
    """The few attributes of a ``requests.Response`` that pywebpush reads."""

    status_code: int
    reason: str
    text: str
    headers: dict


def destination(endpoint):
    """The checked ``home.outbound.Destination`` of ``endpoint``;
    ``home.outbound.RefusedDestination`` when it may not be sent to."""
    scheme = urlsplit(endpoint).scheme
    if scheme != "https" and not (scheme == "http" and settings.WEBPUSH_ALLOW_HTTP):
        raise outbound.RefusedDestination("Dịch vụ thông báo đẩy phải dùng https.")
    return outbound.check(
        endpoint,
        allowed_internal=settings.WEBPUSH_ALLOWED_INTERNAL_HOSTS,
        what="thông báo đẩy",
    )


class GuardedSession:
    """Passed to pywebpush as its ``requests_session``: a POST to checked addresses."""

    def post(self, endpoint, data=None, headers=None, timeout=None, **kwargs):
        url = urlsplit(endpoint)
        checked = destination(endpoint)
        target = (url.path or "/") + (f"?{url.query}" if url.query else "")
        sent_headers = {key: str(value) for key, value in (headers or {}).items()}
        sent_headers["Host"] = url.netloc.rpartition("@")[2].encode("idna").decode("ascii")
        sent_headers.setdefault("Content-Length", str(len(data or b"")))
        error = None
        for address in checked.addresses:
            try:
                with _pool(checked, address) as pool:
                    response = pool.urlopen(
                        "POST",
                        target,
                        body=data or b"",
                        headers=sent_headers,
                        redirect=False,
                        retries=False,
                        preload_content=False,
                        assert_same_host=False,
                    )
                    text = response.read(ANSWER_LENGTH * 4).decode(errors="replace")
                    return Answer(
                        status_code=response.status,
                        reason=response.reason or "",
                        text=text[:ANSWER_LENGTH],
                        headers=dict(response.headers),
                    )
            except ConnectTimeoutError as failure:
                error = failure  # nothing was sent: the next address may take it
            except HTTPError as failure:
                error = failure
                break
        raise Unreachable(type(error).__name__)


def _pool(checked, address):
    if checked.scheme == "https":
        return urllib3.HTTPSConnectionPool(
            address,
            checked.port,
            timeout=TIMEOUT,
            retries=False,
            server_hostname=checked.host,
            assert_hostname=checked.host,
        )
    return urllib3.HTTPConnectionPool(address, checked.port, timeout=TIMEOUT, retries=False)
