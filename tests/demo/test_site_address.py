"""The demo's links point where ``make demo`` serves it, and never move a real site."""

import pytest

from django.core.management import CommandError, call_command

from wagtail.models import Site

from demo.site_address import load_site_address, parse_address


def default_site():
    return Site.objects.get(is_default_site=True)


def test_wagtails_localhost_site_moves_to_the_served_address(db):
    assert (default_site().hostname, default_site().port) == ("localhost", 80)

    load_site_address("127.0.0.1:8000")

    site = default_site()
    assert site.root_url == "http://127.0.0.1:8000"
    assert site.root_page.specific.full_url == "http://127.0.0.1:8000/"


def test_a_later_demo_run_moves_it_again(db):
    load_site_address("127.0.0.1:8000")
    load_site_address("localhost:8001")

    assert default_site().root_url == "http://localhost:8001"


def test_a_site_with_a_real_host_name_is_left_alone(db):
    Site.objects.filter(is_default_site=True).update(hostname="pbgdpl.quangninh.gov.vn", port=443)

    load_site_address("127.0.0.1:8000")

    assert default_site().root_url == "https://pbgdpl.quangninh.gov.vn"


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        ("127.0.0.1:8000", ("127.0.0.1", 8000)),
        ("8001", ("127.0.0.1", 8001)),
        ("[::1]:8000", ("::1", 8000)),
    ],
)
def test_runserver_addresses_are_understood(address, expected):
    assert parse_address(address) == expected


def test_a_malformed_address_is_refused_before_anything_is_loaded(db):
    with pytest.raises(CommandError):
        call_command("load_demo_content", address="127.0.0.1:http", verbosity=0)
    assert default_site().hostname == "localhost"
