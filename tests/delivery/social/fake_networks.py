"""A local HTTP server that speaks the four networks' APIs as their documentation
describes them: the requests the adapters make, the answers on success, and the
documented errors for an expired token, a rate limit and refused media.

Each network lives under its own prefix (``/facebook``, ``/zalo``, ``/x``, ``/youtube``);
the test settings point ``SOCIAL_NETWORK_API_URLS`` there. ``fail(network, problem)``
makes the network's next answers an error ("expired", "rate_limit", "rejected");
``requests`` keeps what each network received, tokens included, for the tests to check.
"""

import json
import threading
import time
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import count
from urllib.parse import parse_qs, urlsplit

TOKENS = {
    "facebook": "EAAB-facebook-page-token-0001",
    "zalo": "zalo-oa-access-token-0002",
    "x": "x-user-access-token-0003",
    "youtube": "ya29.youtube-token-0004",
}
FACEBOOK_PAGE_ID = "104729381123"

FACEBOOK_ERRORS = {
    "expired": (
        400,
        {
            "error": {
                "message": "Error validating access token: Session has expired.",
                "type": "OAuthException",
                "code": 190,
                "error_subcode": 463,
            }
        },
    ),
    "rate_limit": (
        403,
        {"error": {"message": "Page request limit reached", "type": "OAuthException", "code": 32}},
    ),
    "rejected": (
        400,
        {
            "error": {
                "message": "Sorry, the video file you selected is in a format that we don't "
                "support.",
                "type": "OAuthException",
                "code": 352,
            }
        },
    ),
}
ZALO_ERRORS = {
    "expired": {"error": -216, "message": "Access token is invalid"},
    "rate_limit": {"error": -32, "message": "Exceed rate limit"},
    "rejected": {"error": -201, "message": "Cover photo is invalid"},
}
X_ERRORS = {
    "expired": (
        401,
        {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"},
    ),
    "rate_limit": (
        429,
        {"title": "Too Many Requests", "status": 429, "detail": "Too Many Requests"},
    ),
    "rejected": (
        403,
        {
            "title": "Forbidden",
            "status": 403,
            "detail": "You are not allowed to create a Tweet with duplicate content.",
        },
    ),
}
YOUTUBE_ERRORS = {
    "expired": (
        401,
        {
            "error": {
                "code": 401,
                "message": "Request had invalid authentication credentials.",
                "errors": [{"reason": "authError"}],
            }
        },
    ),
    "rate_limit": (
        403,
        {
            "error": {
                "code": 403,
                "message": "The request cannot be completed because you have exceeded your quota.",
                "errors": [{"reason": "quotaExceeded"}],
            }
        },
    ),
    "rejected": (
        400,
        {
            "error": {
                "code": 400,
                "message": "The video file is not valid.",
                "errors": [{"reason": "invalidVideo"}],
            }
        },
    ),
}


class FakeNetworks:
    def __init__(self):
        self.requests = []
        self.problems = {}
        self.ids = count(1)
        self.removed = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                fake.handle(self, "POST")

            def do_PUT(self):
                fake.handle(self, "PUT")

            def do_DELETE(self):
                fake.handle(self, "DELETE")

            def log_message(self, *args):
                """Keep the test output free of the server's access log."""

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self):
        return f"http://127.0.0.1:{self.server.server_port}"

    def api_urls(self):
        return {network: f"{self.url}/{network}" for network in TOKENS}

    def fail(self, network, problem, times=1):
        self.problems[network] = [problem] * times

    def received(self, network, method=None):
        return [
            request
            for request in self.requests
            if request["network"] == network and (method is None or request["method"] == method)
        ]

    # The server side

    def handle(self, handler, method):
        parts = urlsplit(handler.path)
        network, _, path = parts.path.lstrip("/").partition("/")
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        request = {
            "network": network,
            "method": method,
            "path": "/" + path,
            "query": parse_qs(parts.query),
            "headers": handler.headers,
            "body": body,
        }
        self.requests.append(request)
        queue = self.problems.get(network) or []
        problem = queue.pop(0) if queue and method != "DELETE" else None
        status, answer, headers = getattr(self, f"answer_{network}")(request, problem)
        handler.send_response(status)
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        data = b"" if answer is None else json.dumps(answer).encode()
        if data:
            handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)

    def answer_facebook(self, request, problem):
        if request["headers"].get("Authorization") != f"Bearer {TOKENS['facebook']}":
            problem = "expired"
        if problem:
            status, body = FACEBOOK_ERRORS[problem]
            return status, body, None
        if request["method"] == "DELETE":
            self.removed.append(("facebook", request["path"].lstrip("/")))
            return 200, {"success": True}, None
        if request["path"] == f"/{FACEBOOK_PAGE_ID}/feed":
            return 200, {"id": f"{FACEBOOK_PAGE_ID}_{next(self.ids)}"}, None
        if request["path"] == f"/{FACEBOOK_PAGE_ID}/videos":
            return 200, {"id": str(next(self.ids))}, None
        return 400, {"error": {"message": "Unknown path", "code": 100}}, None

    def answer_zalo(self, request, problem):
        if request["headers"].get("access_token") != TOKENS["zalo"]:
            problem = "expired"
        if problem:
            return 200, ZALO_ERRORS[problem], None
        payload = json.loads(request["body"] or b"{}")
        if request["path"] == "/v2.0/article/create":
            return 200, {"error": 0, "message": "Success", "data": {"token": "t"}}, None
        if request["path"] == "/v2.0/article/verify" and payload.get("token") == "t":
            return (
                200,
                {"error": 0, "message": "Success", "data": {"id": f"a{next(self.ids)}"}},
                None,
            )
        if request["path"] == "/v2.0/article/remove":
            self.removed.append(("zalo", payload["id"]))
            return 200, {"error": 0, "message": "Success"}, None
        return 200, {"error": -201, "message": "Parameter is invalid"}, None

    def answer_x(self, request, problem):
        if request["headers"].get("Authorization") != f"Bearer {TOKENS['x']}":
            problem = "expired"
        if problem:
            status, body = X_ERRORS[problem]
            headers = {"x-rate-limit-reset": str(int(time.time()) + 900)} if status == 429 else {}
            return status, body, headers
        if request["method"] == "DELETE":
            self.removed.append(("x", request["path"].rsplit("/", 1)[-1]))
            return 200, {"data": {"deleted": True}}, None
        text = json.loads(request["body"])["text"]
        return 201, {"data": {"id": str(1800000000000000000 + next(self.ids)), "text": text}}, None

    def answer_youtube(self, request, problem):
        if request["headers"].get("Authorization") != f"Bearer {TOKENS['youtube']}":
            problem = "expired"
        if problem:
            status, body = YOUTUBE_ERRORS[problem]
            return status, body, None
        if request["method"] == "DELETE":
            self.removed.append(("youtube", request["query"]["id"][0]))
            return 204, None, None
        if request["method"] == "POST" and request["query"].get("uploadType") == ["resumable"]:
            location = f"{self.url}/youtube/upload/session/{next(self.ids)}"
            return 200, None, {"Location": location}
        if request["method"] == "PUT" and request["path"].startswith("/upload/session/"):
            return 200, {"kind": "youtube#video", "id": f"vid{next(self.ids)}"}, None
        return 404, {"error": {"code": 404, "errors": [{"reason": "notFound"}]}}, None


def multipart_fields(request):
    """The fields of a multipart/form-data body, by name (files as bytes)."""
    head = f"Content-Type: {request['headers']['Content-Type']}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + request["body"])
    return {
        part.get_param("name", header="content-disposition"): part.get_payload(decode=True)
        for part in message.iter_parts()
    }
