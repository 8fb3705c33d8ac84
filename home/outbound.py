"""Where the server may send a request that someone else chose the address of (a webhook
receiver, a browser's push service): public Internet addresses only.

Requests go from the CMS server, so an address on its own network (loopback, a
private or link-local range such as the cloud metadata service at 169.254.169.254) would
let whoever chooses the address reach services that trust the server. The host is
resolved afresh before each request and every address it has must be public; the
request then connects to one of the addresses that were checked, never to a second
lookup's answer. Each use names the internal hosts it wants anyway (a host name, an IP
address or a network such as ``10.20.0.0/16``) in its own setting. ``post`` sends to
the checked addresses; webhooks and Web Push both send through it.
"""

import ipaddress
import socket
from dataclasses import dataclass
from urllib.parse import urlsplit

import urllib3
from urllib3.exceptions import ConnectTimeoutError, HTTPError

# IPv6 unique-local addresses (fc00::/7), a private network's IPv6 range.
UNIQUE_LOCAL = ipaddress.ip_network("fc00::/7")
# The other side has 3 s to accept the connection and 10 s between bytes of its answer.
TIMEOUT = urllib3.Timeout(connect=3, read=10)


class RefusedDestination(Exception):
    """The address is not one the server may send to; the message says why, in
    Vietnamese, for the administrator."""


class Unreachable(Exception):
    """No answer from the destination: no address took the connection, or the answer
    broke off. ``error`` is urllib3's last error."""

    def __init__(self, error):
        super().__init__(f"{type(error).__name__}: {error}")
        self.error = error


@dataclass
class Answer:
    status: int
    reason: str
    headers: dict
    # The answer's first bytes, no more than the caller asked for.
    start: bytes


@dataclass
class Destination:
    scheme: str
    host: str
    port: int
    # The addresses the host had when checked, in the resolver's order.
    addresses: list


def resolve(host, port):
    """Every address of ``host`` (a name) from the system's resolver."""
    found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(info[4][0] for info in found))


def _numeric(host, port):
    """The address of a host written as one ("127.0.0.1", "::1", and forms such as
    "2130706433" that the system reads as 127.0.0.1), without asking any DNS; None for
    a name."""
    try:
        found = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_NUMERICHOST)
    except socket.gaierror:
        return None
    return [found[0][4][0]]


def internal_reason(address):
    """Why ``address`` (an ``ipaddress`` object) is not public, or None when it is."""
    if address.version == 6:
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is not None:
            return internal_reason(embedded)
    checks = [
        (address.is_unspecified, "địa chỉ không xác định"),
        (address.is_loopback, "chính máy chủ (loopback)"),
        (address.is_link_local, "địa chỉ link-local"),
        (address.is_multicast, "địa chỉ multicast"),
        (address.version == 6 and address in UNIQUE_LOCAL, "mạng nội bộ IPv6 (unique-local)"),
        (address.version == 6 and address.is_site_local, "mạng nội bộ IPv6 (site-local)"),
        (address.is_reserved, "dải địa chỉ dành riêng"),
        (address.is_private, "mạng nội bộ"),
        (not address.is_global, "không phải địa chỉ công khai"),
    ]
    return next((reason for matched, reason in checks if matched), None)


def _allowed_internal(entries):
    names, networks = set(), []
    for entry in entries:
        try:
            networks.append(ipaddress.ip_network(entry, strict=False))
        except ValueError:
            names.add(entry.lower().rstrip("."))
    return names, networks


def check(url, allowed_internal=(), what="webhook", resolver=None):
    """The ``Destination`` of ``url`` once every address of its host is found public or
    among ``allowed_internal``; ``RefusedDestination`` otherwise, its message naming
    ``what`` is sent. ``resolver`` replaces ``resolve`` (a test's fake DNS)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").rstrip(".")
    if parts.scheme not in ("http", "https") or not host:
        raise RefusedDestination("Địa chỉ phải bắt đầu bằng http:// hoặc https:// và có tên máy.")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as error:
        raise RefusedDestination("Cổng (port) trong địa chỉ không hợp lệ.") from error
    addresses = _numeric(host, port)
    if addresses is None:
        try:
            addresses = (resolver or resolve)(host, port)
        except (OSError, UnicodeError) as error:
            raise RefusedDestination(
                f"Không tìm thấy tên miền {host}: kiểm tra lại địa chỉ."
            ) from error
    if not addresses:
        raise RefusedDestination(f"Không tìm thấy tên miền {host}: kiểm tra lại địa chỉ.")
    names, networks = _allowed_internal(allowed_internal)
    if host.lower() not in names:
        for text in addresses:
            address = ipaddress.ip_address(text.split("%")[0])
            reason = internal_reason(address)
            if reason and not any(address in network for network in networks):
                shown = host if host == text else f"{host} trỏ tới {text}"
                raise RefusedDestination(
                    f"Không gửi {what} tới mạng nội bộ của máy chủ: {shown} là {reason}. "
                    "Dùng địa chỉ công khai trên Internet của nơi nhận."
                )
    return Destination(scheme=parts.scheme, host=host, port=port, addresses=addresses)


def post(destination, target, body, headers, keep=0):
    """POST ``body`` to ``target`` (a path and query) at a checked ``destination``,
    trying its addresses in the resolver's order, as a browser would: the next one only
    when a connection was refused or timed out, so nothing is sent twice. ``headers``
    must hold the ``Host``. Keeps ``keep`` bytes of the answer; ``Unreachable`` when
    there is none."""
    error = None
    for address in destination.addresses:
        try:
            with _pool(destination, address) as pool:
                response = pool.urlopen(
                    "POST",
                    target,
                    body=body,
                    headers=headers,
                    redirect=False,
                    retries=False,
                    preload_content=False,
                    assert_same_host=False,
                )
                return Answer(
                    status=response.status,
                    reason=response.reason or "",
                    headers=dict(response.headers),
                    start=response.read(keep) if keep else b"",
                )
        except ConnectTimeoutError as failure:
            error = failure
        except HTTPError as failure:
            error = failure
            break
    raise Unreachable(error)


def host_header(url):
    """The ``Host`` header of ``url`` (a ``urlsplit`` result): its name and port, without
    credentials, in ASCII."""
    return url.netloc.rpartition("@")[2].encode("idna").decode("ascii")


def _pool(destination, address):
    """A connection pool to ``address``, speaking to the host by its name: the Host
    header, and for https the name sent in the TLS handshake and checked against the
    certificate."""
    if destination.scheme == "https":
        return urllib3.HTTPSConnectionPool(
            address,
            destination.port,
            timeout=TIMEOUT,
            retries=False,
            server_hostname=destination.host,
            assert_hostname=destination.host,
        )
    return urllib3.HTTPConnectionPool(address, destination.port, timeout=TIMEOUT, retries=False)
