"""The rate limits any app binds to its own settings (home.rate_limits), and the CAPTCHA
helpers they share (home.captcha)."""

import pytest
from captcha.models import CaptchaStore

from django.core.exceptions import ValidationError
from django.test import RequestFactory

from home import rate_limits
from home.captcha import ChallengeField, solved, well_formed
from home.rate_limits import AddressThrottle, RateLimits, address_counted

LIMITS = RateLimits("EXAMPLE_RATE_LIMITS", "example-limit")


@pytest.fixture
def example_rates(settings):
    settings.EXAMPLE_RATE_LIMITS = {"send": {"ip": "2/h", "person": "1/m"}, "read": {}}


def test_each_identity_counts_alone_against_its_own_rate(db, example_rates):
    assert [LIMITS.hit("send", "ip", "10.0.0.1") for _ in range(3)] == [True, True, False]
    assert LIMITS.hit("send", "ip", "10.0.0.2")
    assert LIMITS.within("send", {"ip": "10.0.0.3", "person": "p"})
    # Over the person's limit, from an address with room to spare.
    assert not LIMITS.within("send", {"ip": "10.0.0.4", "person": "p"})
    assert LIMITS.within("read", {"ip": "10.0.0.1"})  # no limit, never refused
    assert LIMITS.within("send", {"ip": None})  # nothing to count by


def test_two_families_of_limits_count_apart(db, example_rates, settings):
    settings.OTHER_RATE_LIMITS = {"send": {"ip": "1/h"}}
    other = RateLimits("OTHER_RATE_LIMITS", "other-limit")
    assert other.hit("send", "ip", "10.0.0.1")
    assert not other.hit("send", "ip", "10.0.0.1")
    assert LIMITS.hit("send", "ip", "10.0.0.1")


def test_retry_after_and_the_seconds_left_in_the_window(example_rates, monkeypatch):
    assert LIMITS.retry_after("send") == 3600
    assert LIMITS.retry_after("send", "person") == 60
    assert LIMITS.retry_after("read") is None
    monkeypatch.setattr(rate_limits.time, "time", lambda: 3600 * 1000 + 600)
    assert LIMITS.seconds_left("send", "ip") == 3000
    assert LIMITS.seconds_left("read", "ip") is None


@pytest.mark.parametrize(
    ("remote", "counted"),
    [
        ("203.0.113.7", "203.0.113.7"),
        ("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"),
        ("::ffff:203.0.113.7", "203.0.113.7"),
        ("unix-socket", "unknown"),
    ],
)
def test_addresses_are_counted_by_client_and_ipv6_by_network(remote, counted, settings):
    settings.TRUSTED_PROXY_COUNT = 0
    request = RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR="10.9.9.9")
    assert address_counted(request) == counted


def test_the_api_throttle_counts_per_address(db, example_rates):
    throttle = AddressThrottle(LIMITS, "send")
    request = RequestFactory().get("/", REMOTE_ADDR="198.51.100.1")
    assert [throttle.allow_request(request) for _ in range(3)] == [True, True, False]
    assert throttle.wait() == 3600


class TestCaptcha:
    def test_a_right_answer_solves_a_challenge_once(self, db):
        key = CaptchaStore.generate_key()
        answer = CaptchaStore.objects.get(hashkey=key).response
        assert solved(key, f"  {answer.upper()} ")
        assert not solved(key, answer)

    @pytest.mark.parametrize("key", [None, "", "abc", "\x00" * 40, "g" * 40, "A" * 41])
    def test_a_malformed_key_is_refused_without_a_query(self, db, key, django_assert_num_queries):
        assert not well_formed(key)
        with django_assert_num_queries(0):
            assert not solved(key, "abcde")

    def test_the_form_field_refuses_a_malformed_key_with_its_message(self, db):
        field = ChallengeField(error_messages={"invalid": "Sai mã."})
        with pytest.raises(ValidationError, match="Sai mã."):
            field.clean(["\x00", "abcde"])
