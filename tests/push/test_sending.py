"""Sending notices through a push service (the local fake one): what the phone reads,
what the push service's answers do to the device and the notice."""

import datetime
import logging

import pytest

from django.utils import timezone

from push import keys, sending, subscriptions
from push.models import Delivery, Subscription
from push.topics import Message

pytestmark = pytest.mark.django_db

MESSAGE = Message(
    title="Buổi giao lưu trực tuyến đang bắt đầu",
    body="Giao lưu về Luật Đất đai năm 2024",
    url="/hoi-dap/giao-luu-luat-dat-dai/",
    tag="exchange-7",
)


def following(device, kind="exchange", object_id=7):
    json = device.as_json()
    subscriptions.follow(
        json["endpoint"], json["keys"]["p256dh"], json["keys"]["auth"], kind, object_id
    )
    return Subscription.objects.get()


def send(django_capture_on_commit_callbacks, kind="exchange", object_id=7, message=MESSAGE):
    with django_capture_on_commit_callbacks(execute=True):
        return sending.notify(kind, object_id, message)


def test_the_phone_reads_the_notice_in_vietnamese(push_service, django_capture_on_commit_callbacks):
    device = push_service.new_device()
    following(device)

    assert send(django_capture_on_commit_callbacks) == 1

    assert push_service.payloads(device) == [
        {
            "title": "Buổi giao lưu trực tuyến đang bắt đầu",
            "body": "Giao lưu về Luật Đất đai năm 2024",
            "url": "/hoi-dap/giao-luu-luat-dat-dai/",
            "tag": "exchange-7",
            "lang": "vi",
        }
    ]
    received = push_service.received[0]
    assert received.headers["content-encoding"] == "aes128gcm"
    assert received.headers["ttl"] == str(24 * 3600)
    assert received.headers["urgency"] == "normal"
    # Signed with the server's VAPID key, and the body was not readable on the way.
    assert (
        received.vapid_key
        == "BIhXOmuE22sqh4Cx0CtyENl1VH4MjJcgFW-yklXzYKkhVCt-xiMtVhpaoagJyhoxRYs3Cw4jBxgcV03QUiHvRaU"
    )
    assert "Luật".encode() not in received.raw
    delivery = Delivery.objects.get()
    assert delivery.status == Delivery.Status.SENT
    assert Subscription.objects.get().last_sent_at is not None


def test_only_the_devices_that_follow_the_object_hear_of_it(
    push_service, django_capture_on_commit_callbacks
):
    follower, other = push_service.new_device(), push_service.new_device()
    following(follower)
    json = other.as_json()
    subscriptions.follow(
        json["endpoint"], json["keys"]["p256dh"], json["keys"]["auth"], "exchange", 8
    )

    send(django_capture_on_commit_callbacks)

    assert len(push_service.payloads(follower)) == 1
    assert push_service.payloads(other) == []


@pytest.mark.parametrize("status", [404, 410])
def test_a_device_the_push_service_says_is_gone_is_forgotten(
    push_service, django_capture_on_commit_callbacks, status
):
    device = push_service.new_device()
    following(device)
    push_service.answer_next(status)

    send(django_capture_on_commit_callbacks)

    assert not Subscription.objects.exists()
    assert not Delivery.objects.exists()


def test_a_busy_push_service_is_asked_again_after_its_retry_after(
    push_service, django_capture_on_commit_callbacks
):
    device = push_service.new_device()
    following(device)
    push_service.answer_next(429, retry_after=600)
    before = timezone.now()

    send(django_capture_on_commit_callbacks)

    delivery = Delivery.objects.get()
    assert delivery.status == Delivery.Status.PENDING
    assert delivery.last_error == "HTTP 429"
    assert delivery.next_attempt_at >= before + datetime.timedelta(seconds=600)
    assert push_service.payloads() == []
    # Not due before the time the service asked for; sent once it is.
    assert sending.send_due(now=before + datetime.timedelta(seconds=300)) == 0
    assert sending.send_due(now=delivery.next_attempt_at) == 1
    assert len(push_service.payloads(device)) == 1
    assert Delivery.objects.get().status == Delivery.Status.SENT


def test_a_failing_push_service_is_retried_with_backoff_up_to_the_limit(
    push_service, django_capture_on_commit_callbacks
):
    device = push_service.new_device()
    following(device)
    push_service.answer_next(500, times=sending.MAX_ATTEMPTS)

    send(django_capture_on_commit_callbacks)
    waits = []
    for _ in range(sending.MAX_ATTEMPTS - 1):
        delivery = Delivery.objects.get()
        waits.append(delivery.next_attempt_at)
        sending.send_due(now=delivery.next_attempt_at)

    delivery = Delivery.objects.get()
    assert delivery.status == Delivery.Status.FAILED
    assert delivery.attempts == sending.MAX_ATTEMPTS
    assert waits == sorted(waits)
    assert Subscription.objects.get().failures == 1
    assert push_service.payloads() == []


def test_a_notice_too_large_is_logged_and_not_retried(
    push_service, django_capture_on_commit_callbacks, caplog
):
    device = push_service.new_device()
    following(device)
    push_service.answer_next(413)

    with caplog.at_level(logging.ERROR, logger="push.sending"):
        send(django_capture_on_commit_callbacks)

    delivery = Delivery.objects.get()
    assert delivery.status == Delivery.Status.FAILED
    assert delivery.next_attempt_at is None
    assert "too large (413)" in caplog.text
    # The log names the notice, never where the phone receives it.
    assert device.endpoint not in caplog.text
    assert device.token not in caplog.text


def test_a_push_service_on_the_servers_network_is_refused(
    push_service, django_capture_on_commit_callbacks, settings, caplog
):
    device = push_service.new_device()
    following(device)
    settings.WEBPUSH_ALLOWED_INTERNAL_HOSTS = []

    with caplog.at_level(logging.WARNING, logger="push.sending"):
        send(django_capture_on_commit_callbacks)

    assert push_service.payloads() == [] and push_service.received == []
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.last_error) == (Delivery.Status.FAILED, "refused")
    assert "mạng nội bộ" in caplog.text
    assert device.token not in caplog.text


def test_http_is_refused_in_production(push_service, django_capture_on_commit_callbacks, settings):
    device = push_service.new_device()
    following(device)
    settings.WEBPUSH_ALLOW_HTTP = False

    send(django_capture_on_commit_callbacks)

    assert push_service.received == []
    assert Delivery.objects.get().status == Delivery.Status.FAILED


def test_without_keys_nothing_is_recorded_or_sent(
    push_service, django_capture_on_commit_callbacks, settings
):
    device = push_service.new_device()
    following(device)
    settings.WEBPUSH_VAPID_PRIVATE_KEY = ""

    assert send(django_capture_on_commit_callbacks) == 0
    assert not Delivery.objects.exists()
    assert push_service.received == []


def test_a_refused_signature_fails_at_once(push_service, django_capture_on_commit_callbacks):
    device = push_service.new_device()
    following(device)
    # The browser subscribed with another server key (the pair was changed since).
    push_service.expected_vapid_key = keys.generate()[1]

    send(django_capture_on_commit_callbacks)

    assert push_service.refused == ["signed with another key than the subscription's"]
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.last_error, delivery.attempts) == (
        Delivery.Status.FAILED,
        "HTTP 403",
        1,
    )


def test_a_push_service_out_of_reach_is_tried_again(
    push_service, django_capture_on_commit_callbacks
):
    device = push_service.new_device()
    following(device)
    push_service.stop()

    send(django_capture_on_commit_callbacks)

    delivery = Delivery.objects.get()
    assert delivery.status == Delivery.Status.PENDING
    assert delivery.last_error == "Unreachable"
    assert delivery.next_attempt_at is not None


def test_a_subject_push_services_would_refuse_fails_the_notice_not_the_worker(
    push_service, django_capture_on_commit_callbacks, settings
):
    device = push_service.new_device()
    following(device)
    settings.WEBPUSH_VAPID_SUBJECT = "Sở Tư pháp"  # neither mailto: nor https:

    send(django_capture_on_commit_callbacks)

    assert push_service.received == []
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.last_error) == (Delivery.Status.FAILED, "VapidException")


def test_a_notice_out_to_the_push_service_is_not_sent_again_meanwhile(
    push_service, django_capture_on_commit_callbacks, monkeypatch
):
    """The scheduler's ``send_due`` running while the push service is still answering
    (a slow one) finds the notice taken, and the phone gets it once."""
    device = push_service.new_device()
    following(device)
    real_send = sending._send
    due_meanwhile = []

    def slow_send(delivery):
        due_meanwhile.append(sending.send_due(now=timezone.now() + datetime.timedelta(seconds=30)))
        return real_send(delivery)

    monkeypatch.setattr(sending, "_send", slow_send)
    with django_capture_on_commit_callbacks(execute=True):
        sending.notify("exchange", 7, MESSAGE)
        Delivery.objects.update(created_at=timezone.now() - datetime.timedelta(minutes=10))

    assert due_meanwhile == [0]
    assert len(push_service.payloads(device)) == 1
    delivery = Delivery.objects.get()
    assert delivery.status == Delivery.Status.SENT
    assert delivery.attempts == 1
