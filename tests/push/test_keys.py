"""The VAPID pair: ``manage.py generate_vapid_keys`` and the deployment check."""

from io import StringIO

from django.core.management import call_command

from push import keys
from push.checks import check_vapid_keys


def test_generate_vapid_keys_prints_a_pair_that_belongs_together():
    out = StringIO()
    call_command("generate_vapid_keys", stdout=out)

    values = dict(line.split("=", 1) for line in out.getvalue().splitlines())

    assert set(values) == {"WEBPUSH_VAPID_PUBLIC_KEY", "WEBPUSH_VAPID_PRIVATE_KEY"}
    assert (
        keys.public_key_of(values["WEBPUSH_VAPID_PRIVATE_KEY"])
        == values["WEBPUSH_VAPID_PUBLIC_KEY"]
    )
    assert len(values["WEBPUSH_VAPID_PUBLIC_KEY"]) == 87  # 65 bytes, base64url


def test_the_deployment_check_warns_when_push_is_off(settings):
    settings.WEBPUSH_VAPID_PUBLIC_KEY = ""

    [warning] = check_vapid_keys(None)

    assert warning.id == "push.W001"


def test_the_deployment_check_refuses_keys_of_two_pairs(settings):
    settings.WEBPUSH_VAPID_PUBLIC_KEY = keys.generate()[1]

    [error] = check_vapid_keys(None)

    assert error.id == "push.E001"


def test_the_test_pair_passes_the_check():
    assert check_vapid_keys(None) == []


def test_the_deployment_check_refuses_a_subject_that_cannot_sign(settings):
    settings.WEBPUSH_VAPID_SUBJECT = "Sở Tư pháp Quảng Ninh"

    [error] = check_vapid_keys(None)

    assert error.id == "push.E002"
