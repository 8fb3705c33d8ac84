"""The administrators' screen: counts per kind, and nothing that points at a phone."""

import pytest

from push import subscriptions
from push.models import Delivery, Subscription

from ..factories import UserFactory

pytestmark = pytest.mark.django_db


def test_the_admin_shows_counts_per_kind_and_no_endpoint(client, push_service):
    devices = [push_service.new_device() for _ in range(3)]
    for device in devices:
        keys = device.as_json()["keys"]
        subscriptions.follow(device.endpoint, keys["p256dh"], keys["auth"], "exchange", 9)
    Delivery.objects.create(
        subscription=Subscription.objects.first(),
        kind="exchange",
        object_id=9,
        title="T",
        body="B",
        url="/",
        tag="t",
        status=Delivery.Status.SENT,
    )
    client.force_login(UserFactory(is_superuser=True))

    page = client.get("/admin/push/").content.decode()

    assert "3 thiết bị đang nhận thông báo" in page
    assert (
        "<tr><td>Buổi giao lưu trực tuyến bắt đầu</td><td>3</td><td>1</td><td>0</td><td>0</td></tr>"
        in page
    )
    for device in devices:
        assert device.token not in page
        assert device.p256dh not in page


def test_an_editor_without_the_permission_is_refused(client):
    client.force_login(UserFactory())
    assert client.get("/admin/push/").status_code in (302, 403)
