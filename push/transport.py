"""The HTTP request to a push service, sent only to the addresses that were checked.

pywebpush encrypts the message and signs the VAPID header, then hands the request to
a ``requests``-like session; this one resolves the endpoint's host, refuses one on the
server's own network (``home.outbound``, as webhooks do: only hosts named in
``WEBPUSH_ALLOWED_INTERNAL_HOSTS`` may be internal) and connects to a checked address,
so a name that changes its answer in between cannot redirect the request.
"""

from dataclasses import dataclass
from urllib.parse import urlsplit

from django.conf import settings

from home import outbound

# Of an answer, what a log may keep: push services answer short JSON errors.
ANSWER_LENGTH = 200


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
        sent_headers["Host"] = outbound.host_header(url)
        sent_headers.setdefault("Content-Length", str(len(data or b"")))
        # ``home.outbound.Unreachable`` when no answer comes.
        answer = outbound.post(checked, target, data or b"", sent_headers, keep=ANSWER_LENGTH * 4)
        return Answer(
            status_code=answer.status,
            reason=answer.reason,
            text=answer.start.decode(errors="replace")[:ANSWER_LENGTH],
            headers=answer.headers,
        )
