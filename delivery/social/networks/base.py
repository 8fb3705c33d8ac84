"""The one interface every network's adapter offers, and the errors they raise.

An adapter posts an ``Outgoing`` item and removes a post by its id on the network. What
went wrong is told by the error's class, which decides what happens next: a refused
token stops posting to that account and warns the administrators, a rate limit or an
outage is retried later, refused content or media is not retried. Messages are in
Vietnamese for the editors; they never hold a token.
"""

from dataclasses import dataclass, field

import requests

from django.conf import settings

# Seconds to connect and between bytes of the answer; uploads have their own.
TIMEOUT = (5, 30)
UPLOAD_TIMEOUT = (5, 300)
USER_AGENT = "PBGDPL-QuangNinh-Social/1.0"


class NetworkError(Exception):
    """The network did not take the request; ``str(error)`` says why in Vietnamese."""

    retry = True


class TokenRejected(NetworkError):
    """The access token expired or was revoked: nothing goes out until a new one is saved."""

    retry = False


class RateLimited(NetworkError):
    """Too many requests: try again later, not before ``retry_after`` seconds if given."""

    def __init__(self, message, retry_after=None):
        super().__init__(message)
        self.retry_after = retry_after


class Rejected(NetworkError):
    """The network refused this content or its media: sending it again will not help."""

    retry = False


class Unavailable(NetworkError):
    """No answer, or the network's own error: worth trying again."""


@dataclass
class Video:
    name: str
    content_type: str
    size: int
    open: object  # a callable returning a binary file object


@dataclass
class Outgoing:
    title: str
    text: str
    link: str
    tags: list = field(default_factory=list)
    video: Video | None = None


@dataclass
class Posted:
    remote_id: str
    url: str


class Adapter:
    network = ""
    name = ""
    # Whether posts can be taken down through the API.
    supports_removal = True
    # Whether the network takes only videos (YouTube).
    videos_only = False

    def __init__(self, account, session=None):
        self.account = account
        self.session = session or requests.Session()
        self.session.headers["User-Agent"] = USER_AGENT

    @property
    def base_url(self):
        return settings.SOCIAL_NETWORK_API_URLS[self.network].rstrip("/")

    def post(self, item):
        raise NotImplementedError

    def remove(self, remote_id):
        raise NotImplementedError

    def request(self, method, url, timeout=TIMEOUT, **kwargs):
        """The answer to one request; ``Unavailable`` when none came. The error names
        only its class: a URL or a header could carry a token."""
        try:
            return self.session.request(
                method, url, timeout=timeout, allow_redirects=False, **kwargs
            )
        except requests.RequestException as error:
            raise Unavailable(
                f"Không kết nối được tới {self.name} ({type(error).__name__})."
            ) from None

    def answer_json(self, response):
        try:
            return response.json()
        except ValueError:
            return {}

    def unavailable(self, response):
        return Unavailable(f"{self.name} đang gặp lỗi (HTTP {response.status_code}).")


def retry_after_header(response):
    value = response.headers.get("Retry-After", "")
    return int(value) if value.isdigit() else None
