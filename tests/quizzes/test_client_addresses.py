"""Contest limits and stored addresses follow the client's address as the deployment's
proxies report it, never as the client claims it in X-Forwarded-For."""

import pytest

from quizzes.models import Attempt, Participant
from tests.factories import QuizPageFactory, UnitFactory
from tests.quizzes.conftest import sms_code
from tests.quizzes.test_contest_api import REGISTRATION, captcha, post


@pytest.fixture
def unit(db):
    return UnitFactory()


@pytest.fixture
def one_registration_an_hour(settings):
    settings.CONTEST_RATE_LIMITS = {"register": {"ip": "1/h"}}


def register_from(client, unit, n, **headers):
    data = {**REGISTRATION, "unit": unit.slug, "phone": f"091234567{n}", "cccd": f"02209000123{n}"}
    return post(client, "/api/contests/participants", {**data, **captcha(client)}, **headers)


def confirm(client, sent, n, **headers):
    """The registration ``sent`` confirmed with the code its SMS brought."""
    code = {"verification": sent.json()["verification"], "code": sms_code(f"091234567{n}")}
    return post(client, "/api/contests/participants/confirm", code, **headers)


def test_a_forged_header_does_not_escape_the_limit_per_address(
    client, unit, one_registration_an_hour
):
    statuses = [
        register_from(
            client, unit, n, REMOTE_ADDR="198.51.100.20", HTTP_X_FORWARDED_FOR=f"10.0.0.{n}"
        ).status_code
        for n in range(3)
    ]

    assert statuses == [202, 429, 429]


def test_a_forged_header_is_not_stored_as_the_address(client, unit):
    forged = {"REMOTE_ADDR": "198.51.100.20", "HTTP_X_FORWARDED_FOR": "203.0.113.9"}
    sent = register_from(client, unit, 1, **forged)
    token = confirm(client, sent, 1, **forged).json()["token"]
    quiz = QuizPageFactory()

    started = post(client, f"/api/contests/rounds/{quiz.pk}/attempts", {}, token, **forged)

    assert started.status_code == 200
    assert Participant.objects.get().registration_ip == "198.51.100.20"
    assert Attempt.objects.get().ip == "198.51.100.20"


def test_behind_one_proxy_the_address_it_appended_is_the_client(
    client, unit, settings, one_registration_an_hour
):
    settings.TRUSTED_PROXY_COUNT = 1
    via_proxy = {"REMOTE_ADDR": "127.0.0.1"}

    first = register_from(client, unit, 1, HTTP_X_FORWARDED_FOR="203.0.113.7", **via_proxy)
    other_client = register_from(client, unit, 2, HTTP_X_FORWARDED_FOR="203.0.113.8", **via_proxy)
    forging = register_from(
        client, unit, 3, HTTP_X_FORWARDED_FOR="10.0.0.3, 203.0.113.7", **via_proxy
    )

    assert [first.status_code, other_client.status_code, forging.status_code] == [202, 202, 429]
    confirm(client, first, 1, HTTP_X_FORWARDED_FOR="203.0.113.7", **via_proxy)
    confirm(client, other_client, 2, HTTP_X_FORWARDED_FOR="203.0.113.8", **via_proxy)
    stored = Participant.objects.order_by("pk").values_list("registration_ip", flat=True)
    assert list(stored) == ["203.0.113.7", "203.0.113.8"]


def test_ipv6_clients_are_counted_per_64_network(client, unit, one_registration_an_hour):
    first = register_from(client, unit, 1, REMOTE_ADDR="2001:db8:1:2::a")
    same_network = register_from(client, unit, 2, REMOTE_ADDR="2001:db8:1:2::b")
    other_network = register_from(client, unit, 3, REMOTE_ADDR="2001:db8:1:3::a")

    assert [first.status_code, same_network.status_code, other_network.status_code] == [
        202,
        429,
        202,
    ]
    confirm(client, first, 1, REMOTE_ADDR="2001:db8:1:2::a")
    assert Participant.objects.get(phone="0912345671").registration_ip == "2001:db8:1:2::a"


def test_the_contest_pages_count_the_peer_not_the_header(db, client, settings):
    settings.CONTEST_RATE_LIMITS = {"sign_in": {"ip": "2/h"}}
    contest = QuizPageFactory().get_parent().specific
    pages = [
        client.post(
            contest.route_url("sign_in"),
            {"phone": f"091234567{n}", "password": "sai-mat-khau"},
            REMOTE_ADDR="198.51.100.20",
            HTTP_X_FORWARDED_FOR=f"10.0.0.{n}",
        ).content.decode()
        for n in range(3)
    ]

    assert ["thao tác quá nhiều lần" in page for page in pages] == [False, False, True]
