"""A change of the personal data key keeps the devices readable without the old key,
and each still found by its endpoint (an opt-out after the rotation still works)."""

import io

import pytest

from django.core.management import call_command

from push import subscriptions
from push.models import Subscription


@pytest.mark.django_db
def test_rotating_the_key_reencrypts_devices_and_rehashes_their_endpoints(settings, push_service):
    settings.PERSONAL_DATA_KEY = "old-secret"
    device = push_service.new_device()
    keys = device.as_json()["keys"]
    subscriptions.follow(device.endpoint, keys["p256dh"], keys["auth"], "exchange", 3)
    settings.PERSONAL_DATA_KEY = "new-secret"
    settings.PERSONAL_DATA_PREVIOUS_KEYS = ["old-secret"]

    call_command("rotate_personal_data_key", stdout=io.StringIO())

    settings.PERSONAL_DATA_PREVIOUS_KEYS = []
    subscription = Subscription.objects.get()
    assert (subscription.endpoint, subscription.p256dh) == (device.endpoint, keys["p256dh"])
    assert subscriptions.follows(device.endpoint, "exchange", 3)
    assert subscriptions.forget(device.endpoint)
