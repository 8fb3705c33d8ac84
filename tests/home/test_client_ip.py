"""The client's address: only what the configured proxies wrote is believed."""

import pytest

from django.test import RequestFactory

from home.client_ip import client_ip


def request_from(peer, forwarded=None):
    headers = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return RequestFactory().get("/", REMOTE_ADDR=peer, **headers)


@pytest.mark.parametrize(
    "forwarded", [None, "203.0.113.9", "203.0.113.9, 198.51.100.1", "<script>"]
)
def test_without_proxies_the_header_is_ignored(settings, forwarded):
    settings.TRUSTED_PROXY_COUNT = 0

    assert client_ip(request_from("198.51.100.20", forwarded)) == "198.51.100.20"


@pytest.mark.parametrize(
    ("proxies", "forwarded", "client"),
    [
        # nginx replaced the header with the address it saw
        (1, "203.0.113.7", "203.0.113.7"),
        # nginx appended to what the client sent: the client's entries are ignored
        (1, "10.9.8.7, 203.0.113.7", "203.0.113.7"),
        (1, " 10.9.8.7 ,203.0.113.7 ", "203.0.113.7"),
        # a CDN in front of nginx: the CDN appended the client, nginx the CDN
        (2, "10.9.8.7, 203.0.113.7, 192.0.2.50", "203.0.113.7"),
        (1, "2001:DB8:0:0::1", "2001:db8::1"),
        (1, "::ffff:203.0.113.7", "203.0.113.7"),
    ],
)
def test_the_address_the_outermost_trusted_proxy_saw(settings, proxies, forwarded, client):
    settings.TRUSTED_PROXY_COUNT = proxies

    assert client_ip(request_from("127.0.0.1", forwarded)) == client


@pytest.mark.parametrize(
    ("proxies", "forwarded"),
    [
        (1, None),  # reached the app without the proxy
        (1, ""),
        (2, "203.0.113.7"),  # fewer entries than proxies: bypassed the outer one
        (1, "unknown"),
        (1, "<script>"),
        (1, "203.0.113.7:4711"),
        (2, "not-an-address, 192.0.2.50"),
    ],
)
def test_a_short_or_garbled_header_falls_back_to_the_peer(settings, proxies, forwarded):
    settings.TRUSTED_PROXY_COUNT = proxies

    assert client_ip(request_from("192.0.2.1", forwarded)) == "192.0.2.1"


def test_no_address_at_all_is_none(settings):
    settings.TRUSTED_PROXY_COUNT = 1

    assert client_ip(request_from("", "garbage")) is None
