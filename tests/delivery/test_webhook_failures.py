"""A failed webhook delivery tells editors, in Vietnamese, why it failed; the technical
detail (the receiver's answer or the network error, in English) stays beside it."""

import socket

import pytest
import urllib3

from django.urls import reverse

from delivery.models import WebhookDelivery, WebhookSubscriber
from delivery.webhooks.failures import explain
from home import outbound
from tests.delivery.test_webhooks import Receiver, publish

Status = WebhookDelivery.Status


@pytest.fixture(autouse=True)
def receivers_on_this_machine(settings, resolver):
    settings.WEBHOOK_ALLOWED_INTERNAL_HOSTS = ["127.0.0.1"]


@pytest.fixture
def receiver():
    receiver = Receiver()
    receiver.thread.start()
    yield receiver
    receiver.server.shutdown()
    receiver.server.server_close()


@pytest.fixture
def silent_url():
    """An address that accepts the connection and never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/webhook"


@pytest.fixture
def closed_port_url():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/webhook"


def delivered(parent, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        publish(parent, "Tin gửi đi")
    return WebhookDelivery.objects.get()


def test_an_unreachable_receiver(
    closed_port_url, justice_section, django_capture_on_commit_callbacks
):
    WebhookSubscriber.objects.create(name="Cổng đã tắt", url=closed_port_url)
    delivery = delivered(justice_section, django_capture_on_commit_callbacks)

    assert explain(delivery).startswith("Không kết nối được tới máy chủ nhận")
    assert "ConnectionError" in delivery.response_excerpt


def test_a_receiver_that_does_not_answer_in_time(
    silent_url, justice_section, django_capture_on_commit_callbacks, monkeypatch
):
    monkeypatch.setattr(outbound, "TIMEOUT", urllib3.Timeout(connect=1, read=0.2))
    WebhookSubscriber.objects.create(name="Cổng chậm", url=silent_url)
    delivery = delivered(justice_section, django_capture_on_commit_callbacks)

    assert explain(delivery).startswith("Hết thời gian chờ")
    assert "ReadTimeoutError" in delivery.response_excerpt


def test_a_receiver_that_answers_an_error(
    receiver, justice_section, django_capture_on_commit_callbacks
):
    receiver.status = 500
    receiver.subscribe("Cổng đang lỗi")
    delivery = delivered(justice_section, django_capture_on_commit_callbacks)

    assert explain(delivery) == "Máy chủ nhận trả lời HTTP 500: máy chủ nhận gặp lỗi."
    delivery.response_status_code = 404
    assert explain(delivery) == (
        "Máy chủ nhận trả lời HTTP 404: không có địa chỉ nhận này, kiểm tra lại đường dẫn."
    )


def test_nothing_to_explain_when_it_succeeded_or_was_never_tried(
    receiver, justice_section, django_capture_on_commit_callbacks
):
    receiver.subscribe("Cổng ổn định")
    assert explain(delivered(justice_section, django_capture_on_commit_callbacks)) == ""
    assert explain(WebhookDelivery(status=Status.PENDING)) == ""


def test_reasons_written_in_vietnamese_are_kept():
    paused = WebhookDelivery(
        status=Status.FAILED, response_excerpt="Không gửi: nơi nhận đang tạm dừng."
    )
    assert explain(paused) == "Không gửi: nơi nhận đang tạm dừng."
    unknown = WebhookDelivery(status=Status.RETRYING, response_excerpt="LocationParseError: x")
    assert explain(unknown) == "Không gửi được tới máy chủ nhận."


def test_the_log_shows_the_reason_and_keeps_the_detail(
    client, superuser, closed_port_url, justice_section, django_capture_on_commit_callbacks
):
    WebhookSubscriber.objects.create(name="Cổng đã tắt", url=closed_port_url)
    delivery = delivered(justice_section, django_capture_on_commit_callbacks)
    client.force_login(superuser)

    listing = client.get(reverse("webhook_deliveries:index")).content.decode()
    assert "Không kết nối được tới máy chủ nhận" in listing
    assert "ConnectionError" not in listing
    detail = client.get(reverse("webhook_deliveries:inspect", args=[delivery.pk])).content.decode()
    assert "Lý do thất bại" in detail
    assert "Không kết nối được tới máy chủ nhận" in detail
    assert "Chi tiết kỹ thuật" in detail
    assert "ConnectionError" in detail
    assert detail.index("Không kết nối được") < detail.index("ConnectionError")
