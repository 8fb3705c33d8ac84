"""Webhooks: a receiver on 127.0.0.1, written from docs/webhooks.md, gets signed events
for published, unpublished and deleted pages; failing receivers are retried and logged;
nothing that happens to a receiver affects publishing."""

import contextlib
import hashlib
import hmac
import json
import socket
import threading
import time
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import urlsplit

import pytest
from django_tasks import task_backends

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from delivery.models import WebhookDelivery, WebhookSubscriber
from delivery.webhooks import payloads, tasks
from publications.models import LegalNewsPage
from tests.conftest import SITE_ADMINS
from tests.factories import LegalNewsPageFactory, SectionPageFactory, UserFactory

Status = WebhookDelivery.Status
TOLERANCE_SECONDS = 300


def is_valid(secret, headers, body):
    """The Python recipe of docs/webhooks.md, as a receiving site would write it."""
    timestamp = headers.get("X-PBGDPL-Timestamp", "")
    signature = headers.get("X-PBGDPL-Signature", "")
    try:
        age = abs(time.time() - int(timestamp))
    except ValueError:
        return False
    if age > TOLERANCE_SECONDS:
        return False
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256)
    return hmac.compare_digest("sha256=" + digest.hexdigest(), signature)


class Receiver:
    """An HTTP server in a thread: one path per subscriber, each with its secret. It
    answers 401 to a bad signature and ``status`` otherwise, and records every request."""

    def __init__(self):
        self.secrets = {}
        self.requests = []
        self.status = 200
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                secret = receiver.secrets.get(self.path, "")
                valid = bool(secret) and is_valid(secret, self.headers, body)
                receiver.requests.append(
                    {"path": self.path, "headers": self.headers, "body": body, "valid": valid}
                )
                status = receiver.status if valid else 401
                self.send_response(status)
                self.end_headers()
                self.wfile.write(b"da nhan" if status < 300 else b"loi may chu")

            def log_message(self, *args):
                """Keep the test output free of the server's access log."""

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def subscribe(self, name, **fields):
        path = f"/{slugify(name)}"
        subscriber = WebhookSubscriber.objects.create(
            name=name, url=f"http://127.0.0.1:{self.server.server_port}{path}", **fields
        )
        self.secrets[path] = subscriber.secret
        return subscriber

    def events(self, subscriber):
        """(event, page title) of every request the subscriber's path received."""
        path = urlsplit(subscriber.url).path
        return [
            (json.loads(request["body"])["event"], json.loads(request["body"])["page"]["title"])
            for request in self.requests
            if request["path"] == path
        ]


@pytest.fixture
def receiver():
    receiver = Receiver()
    receiver.thread.start()
    yield receiver
    receiver.server.shutdown()
    receiver.server.server_close()


@pytest.fixture
def closed_port_url():
    """An address where nothing listens: the connection is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/webhook"


@pytest.fixture(autouse=True)
def receivers_on_this_machine(settings, resolver):
    """The test receivers listen on 127.0.0.1, an address on the server's own network:
    allowed as a deployment allows an internal receiver. Names resolve without DNS."""
    settings.WEBHOOK_ALLOWED_INTERNAL_HOSTS = ["127.0.0.1"]
    resolver.answers["halong.quangninh.gov.vn"] = ["113.160.0.10"]
    resolver.answers["xa.example"] = ["113.160.0.11"]


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Runs the callbacks a real commit would run, when the block ends."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def publish(parent, title, **fields):
    page = LegalNewsPageFactory(parent=parent, title=title, live=False, **fields)
    page.save_revision().publish()
    return LegalNewsPage.objects.get(pk=page.pk)


def due_now():
    """Time passes: every delivery waiting for a retry becomes due."""
    WebhookDelivery.objects.filter(next_attempt_at__isnull=False).update(
        next_attempt_at=timezone.now() - timedelta(seconds=1)
    )


def assert_retry_after(delivery, delay):
    expected = delivery.last_attempt_at + delay
    assert abs(delivery.next_attempt_at - expected) < timedelta(seconds=1)


# Events and payload


def test_published_page_is_announced_signed_with_the_documented_payload(
    client, receiver, on_commit, justice_section, justice_department
):
    subscriber = receiver.subscribe("Cổng phường Hạ Long")
    with on_commit():
        page = publish(justice_section, "Luật Đất đai 2024 có hiệu lực")

    [request] = receiver.requests
    assert request["valid"]
    delivery = WebhookDelivery.objects.get()
    headers = request["headers"]
    assert headers["Content-Type"] == "application/json"
    assert headers["User-Agent"].startswith("PBGDPL")
    assert headers["X-PBGDPL-Event"] == "page.published"
    assert headers["X-PBGDPL-Delivery"] == str(delivery.uuid)

    body = json.loads(request["body"])
    page.refresh_from_db()
    assert body["event"] == "page.published"
    assert body["delivery_id"] == str(delivery.uuid)
    assert datetime.fromisoformat(body["occurred_at"]) <= timezone.now()
    assert body["page"] == {
        "id": page.pk,
        "type": "publications.LegalNewsPage",
        "title": "Luật Đất đai 2024 có hiệu lực",
        "slug": "luat-dat-dai-2024-co-hieu-luc",
        "locale": "vi",
        "url": page.get_full_url(),
        "api_url": f"http://localhost/api/v2/pages/{page.pk}/",
        "section": {"id": justice_section.pk, "title": "Tin tức pháp luật"},
        "unit": {"id": justice_department.pk, "name": "Sở Tư pháp", "slug": "so-tu-phap"},
        "first_published_at": body["page"]["first_published_at"],
        "last_published_at": body["page"]["last_published_at"],
    }
    # Vietnam time, as the content API shows it.
    published_at = datetime.fromisoformat(body["page"]["first_published_at"])
    assert published_at == page.first_published_at
    assert published_at.utcoffset() == timedelta(hours=7)
    assert datetime.fromisoformat(body["page"]["last_published_at"]) == page.last_published_at
    # The documented api_url is the page in the content API.
    assert client.get(body["page"]["api_url"].removeprefix("http://localhost")).json()["id"] == (
        page.pk
    )

    assert (delivery.subscriber, delivery.event, delivery.status) == (
        subscriber,
        "published",
        Status.SUCCEEDED,
    )
    assert (delivery.attempts, delivery.response_status_code) == (1, 200)
    # A success keeps nothing of the receiver's answer.
    assert delivery.response_excerpt == ""
    assert delivery.page_id == page.pk
    assert delivery.payload == body
    assert delivery.finished_at is not None


def test_unpublished_page_is_announced(receiver, on_commit, justice_section):
    subscriber = receiver.subscribe("Cổng xã")
    page = publish(justice_section, "Thông báo tạm ngừng")
    with on_commit():
        page.unpublish()

    assert receiver.events(subscriber) == [("page.unpublished", "Thông báo tạm ngừng")]
    assert receiver.requests[0]["headers"]["X-PBGDPL-Event"] == "page.unpublished"


def test_deleting_a_published_page_sends_one_deleted_event(receiver, on_commit, justice_section):
    subscriber = receiver.subscribe("Cổng xã")
    page = publish(justice_section, "Tin sẽ bị xóa")
    page_id, url = page.pk, page.get_full_url()
    with on_commit():
        page.delete()

    assert receiver.events(subscriber) == [("page.deleted", "Tin sẽ bị xóa")]
    assert list(WebhookDelivery.objects.values_list("event", flat=True)) == ["deleted"]
    body = json.loads(receiver.requests[0]["body"])
    assert (body["page"]["id"], body["page"]["url"]) == (page_id, url)
    assert not LegalNewsPage.objects.filter(pk=page_id).exists()


def test_deleting_a_section_announces_it_and_its_published_pages(
    receiver, on_commit, justice_section
):
    subscriber = receiver.subscribe("Cổng xã")
    section = SectionPageFactory(parent=justice_section, title="Chuyên mục cũ")
    section.save_revision().publish()
    publish(section, "Tin một")
    publish(section, "Tin hai")
    section.add_child(instance=LegalNewsPage(title="Bản nháp", summary="Chưa xuất bản", live=False))
    with on_commit():
        section.delete()

    assert sorted(receiver.events(subscriber)) == [
        ("page.deleted", "Chuyên mục cũ"),
        ("page.deleted", "Tin hai"),
        ("page.deleted", "Tin một"),
    ]


def test_deleting_a_draft_that_was_never_published_sends_nothing(
    receiver, on_commit, justice_section
):
    receiver.subscribe("Cổng xã")
    draft = LegalNewsPage(title="Bản nháp", summary="Chưa xuất bản", live=False)
    justice_section.add_child(instance=draft)
    with on_commit():
        draft.delete()

    assert receiver.requests == []
    assert not WebhookDelivery.objects.exists()


def test_rolled_back_publication_sends_nothing(receiver, on_commit, justice_section):
    receiver.subscribe("Cổng xã")

    class Cancelled(Exception):
        """Raised to roll the publication back."""

    with on_commit(), contextlib.suppress(Cancelled), transaction.atomic():
        publish(justice_section, "Tin bị hủy")
        raise Cancelled

    assert receiver.requests == []
    assert not WebhookDelivery.objects.exists()


# Filters


def test_subscribers_receive_only_the_sections_units_and_events_they_chose(
    receiver, on_commit, justice_section, ward_section, ward
):
    by_section = receiver.subscribe("Theo chuyên mục")
    by_section.sections.add(justice_section)
    by_unit = receiver.subscribe("Theo đơn vị")
    by_unit.units.add(ward)
    by_both = receiver.subscribe("Chuyên mục và đơn vị")
    by_both.sections.add(justice_section)
    by_both.units.add(ward)
    only_deletions = receiver.subscribe("Chỉ khi xóa", on_published=False, on_unpublished=False)
    paused = receiver.subscribe("Tạm dừng", is_active=False)
    subsection = SectionPageFactory(parent=justice_section, title="Hỏi đáp")

    with on_commit():
        publish(justice_section, "Tin của Sở")
        publish(subsection, "Hỏi đáp của Sở")
        ward_news = publish(ward_section, "Tin của phường")
        publish(subsection, "Phường viết trong chuyên mục của Sở", unit=ward)
    with on_commit():
        ward_news.delete()

    assert receiver.events(by_section) == [
        ("page.published", "Tin của Sở"),
        ("page.published", "Hỏi đáp của Sở"),
        ("page.published", "Phường viết trong chuyên mục của Sở"),
    ]
    assert receiver.events(by_unit) == [
        ("page.published", "Tin của phường"),
        ("page.published", "Phường viết trong chuyên mục của Sở"),
        ("page.deleted", "Tin của phường"),
    ]
    assert receiver.events(by_both) == [
        ("page.published", "Phường viết trong chuyên mục của Sở"),
    ]
    assert receiver.events(only_deletions) == [("page.deleted", "Tin của phường")]
    assert receiver.events(paused) == []
    assert not paused.deliveries.exists()


# Failures, retries and the log


def test_failing_receiver_is_retried_with_backoff_until_it_recovers(
    receiver, on_commit, justice_section
):
    receiver.status = 500
    subscriber = receiver.subscribe("Cổng đang lỗi")
    with on_commit():
        page = publish(justice_section, "Tin gửi lại")

    page.refresh_from_db()
    assert page.live
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts) == (Status.RETRYING, 1)
    assert (delivery.response_status_code, delivery.response_excerpt) == (500, "loi may chu")
    assert_retry_after(delivery, timedelta(minutes=1))

    call_command("send_webhooks", verbosity=0)
    assert len(receiver.requests) == 1, "a retry was sent before it was due"

    due_now()
    call_command("send_webhooks", verbosity=0)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (Status.RETRYING, 2)
    assert_retry_after(delivery, timedelta(minutes=5))

    receiver.status = 200
    due_now()
    call_command("send_webhooks", verbosity=0)
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (Status.SUCCEEDED, 3)
    assert (delivery.response_status_code, delivery.next_attempt_at) == (200, None)
    assert all(request["valid"] for request in receiver.requests)
    assert {request["headers"]["X-PBGDPL-Delivery"] for request in receiver.requests} == {
        str(delivery.uuid)
    }
    assert receiver.events(subscriber) == [("page.published", "Tin gửi lại")] * 3


def test_unreachable_receiver_fails_after_the_last_retry(
    closed_port_url, on_commit, justice_section
):
    WebhookSubscriber.objects.create(name="Cổng đã tắt", url=closed_port_url)
    with on_commit():
        publish(justice_section, "Tin không tới")

    delivery = WebhookDelivery.objects.get()
    delays = []
    while delivery.status == Status.RETRYING:
        delays.append(delivery.next_attempt_at - delivery.last_attempt_at)
        due_now()
        call_command("send_webhooks", verbosity=0)
        delivery.refresh_from_db()

    assert [round(delay.total_seconds()) for delay in delays] == [60, 300, 1800, 7200, 21600]
    assert (delivery.status, delivery.attempts) == (Status.FAILED, 6)
    assert delivery.response_status_code is None
    assert "ConnectionError" in delivery.response_excerpt
    assert delivery.next_attempt_at is None
    assert delivery.finished_at is not None


def test_pausing_a_subscriber_stops_its_retries(closed_port_url, on_commit, justice_section):
    subscriber = WebhookSubscriber.objects.create(name="Cổng đã tắt", url=closed_port_url)
    with on_commit():
        publish(justice_section, "Tin không tới")
    subscriber.is_active = False
    subscriber.save()

    due_now()
    call_command("send_webhooks", verbosity=0)

    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts) == (Status.FAILED, 1)
    assert "tạm dừng" in delivery.response_excerpt


def test_editor_publishes_through_the_admin_while_the_receiver_is_down(
    client, superuser, closed_port_url, on_commit, justice_section
):
    WebhookSubscriber.objects.create(name="Cổng đã tắt", url=closed_port_url)
    client.force_login(superuser)
    title = "Hướng dẫn đăng ký kết hôn"
    with on_commit():
        response = client.post(
            reverse(
                "wagtailadmin_pages:add", args=["publications", "legalnewspage", justice_section.pk]
            ),
            nested_form_data(
                {
                    "title": title,
                    "slug": slugify(title, allow_unicode=True),
                    "summary": "Tóm tắt",
                    "body": streamfield([("paragraph", rich_text("<p>Nội dung.</p>"))]),
                    "tags": "",
                    "comments": inline_formset([]),
                    "legal_document_links": inline_formset([]),
                    "social_posts": inline_formset([]),
                    "action-publish": "1",
                }
            ),
        )

    assert response.status_code == 302
    assert LegalNewsPage.objects.get(title=title).live
    delivery = WebhookDelivery.objects.get()
    assert (delivery.status, delivery.attempts, delivery.page_title) == (
        Status.RETRYING,
        1,
        title,
    )


def test_a_broken_webhook_layer_never_stops_publishing(
    receiver, on_commit, justice_section, monkeypatch
):
    receiver.subscribe("Cổng xã")

    def broken(page):
        raise RuntimeError("lỗi bất ngờ")

    monkeypatch.setattr(payloads, "snapshot", broken)
    with on_commit():
        page = publish(justice_section, "Tin vẫn được xuất bản")

    page.refresh_from_db()
    assert page.live
    assert receiver.requests == []


def test_backend_that_defers_gets_the_retry_queued_for_its_time(
    settings, closed_port_url, on_commit, justice_section
):
    WebhookSubscriber.objects.create(name="Cổng đã tắt", url=closed_port_url)
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    with on_commit():
        publish(justice_section, "Tin xếp hàng")
    backend = task_backends["default"]

    def deliveries_queued():
        return [result for result in backend.results if result.task.name == "deliver_webhook"]

    [queued] = deliveries_queued()
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == Status.PENDING, "the dummy backend does not run tasks"
    assert (queued.task.name, queued.args, queued.task.run_after) == (
        "deliver_webhook",
        [delivery.pk],
        None,
    )

    tasks.send(delivery.pk)

    delivery.refresh_from_db()
    retry = deliveries_queued()[-1]
    assert (delivery.status, delivery.attempts) == (Status.RETRYING, 1)
    assert (retry.args, retry.task.run_after) == ([delivery.pk], delivery.next_attempt_at)
    tasks.send(delivery.pk)
    assert WebhookDelivery.objects.get().attempts == 1, "an attempt that is not due is skipped"


# Admin


@pytest.fixture
def site_admin(db):
    return UserFactory(username="quantri", groups=[Group.objects.get(name=SITE_ADMINS)])


def test_webhook_menu_is_in_settings_for_administrators_only(
    client, site_admin, board_member, superuser
):
    for user in (superuser, site_admin):
        client.force_login(user)
        response = client.get(reverse("wagtailadmin_home"))
        assert reverse("webhooks:index") in response.content.decode()
        assert client.get(reverse("webhooks:index")).status_code == 200

    client.force_login(board_member)
    assert (
        reverse("webhooks:index") not in client.get(reverse("wagtailadmin_home")).content.decode()
    )
    assert client.get(reverse("webhooks:index")).status_code == 302
    assert client.get(reverse("webhook_deliveries:index")).status_code == 302


def test_administrator_registers_a_subscriber_and_copies_its_secret(
    client, site_admin, justice_section, ward
):
    client.force_login(site_admin)
    response = client.post(
        reverse("webhooks:add"),
        {
            "name": "Cổng phường Hạ Long",
            "url": "https://halong.quangninh.gov.vn/wp-json/pbgdpl/v1/webhook",
            "is_active": "on",
            "on_published": "on",
            "on_deleted": "on",
            "sections": [justice_section.pk],
            "units": [ward.pk],
        },
    )

    subscriber = WebhookSubscriber.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("webhooks:edit", args=[subscriber.pk])
    assert subscriber.events == ["published", "deleted"]
    assert list(subscriber.sections.all()) == [justice_section]
    assert list(subscriber.units.all()) == [ward]
    assert len(subscriber.secret) >= 40
    edit_page = client.get(response.url).content.decode()
    assert subscriber.secret in edit_page


def test_secret_is_kept_on_edit_and_replaced_on_request(client, site_admin):
    subscriber = WebhookSubscriber.objects.create(name="Cổng xã", url="https://xa.example/hook")
    secret = subscriber.secret
    client.force_login(site_admin)
    form = {"name": "Cổng xã", "url": "https://xa.example/hook", "on_published": "on"}

    client.post(reverse("webhooks:edit", args=[subscriber.pk]), form)
    subscriber.refresh_from_db()
    assert subscriber.secret == secret
    assert subscriber.events == ["published"]

    client.post(reverse("webhooks:edit", args=[subscriber.pk]), {**form, "regenerate_secret": "on"})
    subscriber.refresh_from_db()
    assert subscriber.secret != secret


@pytest.mark.parametrize(
    ("fields", "field_with_error"),
    [
        ({"url": "ftp://xa.example/hook", "on_published": "on"}, "url"),
        ({"url": "https://xa.example/hook"}, "__all__"),
    ],
)
def test_invalid_subscriber_is_refused_with_a_message(client, site_admin, fields, field_with_error):
    client.force_login(site_admin)
    response = client.post(reverse("webhooks:add"), {"name": "Cổng xã", **fields})

    assert response.status_code == 200
    assert field_with_error in response.context["form"].errors
    assert not WebhookSubscriber.objects.exists()


def test_administrator_reads_the_delivery_log_and_resends_a_failure(
    client, site_admin, receiver, on_commit, justice_section
):
    receiver.status = 500
    failing = receiver.subscribe("Cổng đang lỗi")
    with on_commit():
        publish(justice_section, "Tin lỗi")
    WebhookDelivery.objects.update(status=Status.FAILED, next_attempt_at=None)
    receiver.status = 200
    healthy = receiver.subscribe("Cổng ổn định")
    with on_commit():
        publish(justice_section, "Tin tốt")
    client.force_login(site_admin)
    failed = WebhookDelivery.objects.get(subscriber=failing, page_title="Tin lỗi")

    listing = client.get(reverse("webhook_deliveries:index"))
    assert listing.status_code == 200
    for text in ("Tin lỗi", "Tin tốt", "Cổng đang lỗi", "Cổng ổn định", "Thất bại", "Thành công"):
        assert text in listing.content.decode()
    filtered = client.get(
        reverse("webhook_deliveries:index"), {"status": "failed"}
    ).content.decode()
    assert "Tin lỗi" in filtered and "Tin tốt" not in filtered
    by_subscriber = client.get(
        reverse("webhook_deliveries:index"), {"subscriber": healthy.pk}
    ).content.decode()
    assert "Tin tốt" in by_subscriber and "Tin lỗi" not in by_subscriber

    detail = client.get(reverse("webhook_deliveries:inspect", args=[failed.pk])).content.decode()
    assert str(failed.uuid) in detail
    assert "loi may chu" in detail
    assert reverse("webhook_deliveries:redeliver", args=[failed.pk]) in detail

    with on_commit():
        response = client.post(reverse("webhook_deliveries:redeliver", args=[failed.pk]))
    assert response.status_code == 302
    failed.refresh_from_db()
    assert (failed.status, failed.attempts, failed.response_status_code) == (
        Status.SUCCEEDED,
        1,
        200,
    )
    assert receiver.events(failing) == [
        ("page.published", "Tin lỗi"),
        ("page.published", "Tin tốt"),
        ("page.published", "Tin lỗi"),
    ]


def test_delivery_log_cannot_be_edited(client, superuser, receiver, on_commit, justice_section):
    receiver.subscribe("Cổng xã")
    with on_commit():
        publish(justice_section, "Tin")
    delivery = WebhookDelivery.objects.get()
    client.force_login(superuser)

    listing = client.get(reverse("webhook_deliveries:index")).content.decode()
    assert reverse("webhook_deliveries:inspect", args=[delivery.pk]) in listing
    assert f"/admin/webhooks/deliveries/edit/{delivery.pk}/" not in listing
    assert client.get(f"/admin/webhooks/deliveries/edit/{delivery.pk}/").status_code == 404
    assert client.post(f"/admin/webhooks/deliveries/delete/{delivery.pk}/").status_code == 404
    # Only failed deliveries can be sent again.
    client.post(reverse("webhook_deliveries:redeliver", args=[delivery.pk]))
    assert len(receiver.requests) == 1
    missing = WebhookDelivery.objects.order_by("-pk").first().pk + 1
    assert client.get(reverse("webhook_deliveries:inspect", args=[missing])).status_code == 404


def test_delivery_times_are_shown_in_vietnam_time_in_the_log_and_the_detail(client, superuser):
    subscriber = WebhookSubscriber.objects.create(name="Cổng xã", url="https://xa.example/hook")
    delivery = WebhookDelivery.objects.create(
        subscriber=subscriber, event="published", page_id=1, page_title="Tin", payload={}
    )
    # 20:09 UTC on 4 December is 03:09 on 5 December in Quảng Ninh.
    moment = datetime(2024, 12, 4, 20, 9, tzinfo=UTC)
    WebhookDelivery.objects.filter(pk=delivery.pk).update(
        created_at=moment, last_attempt_at=moment, finished_at=moment, next_attempt_at=None
    )
    client.force_login(superuser)

    listing = client.get(reverse("webhook_deliveries:index")).content.decode()
    detail = client.get(reverse("webhook_deliveries:inspect", args=[delivery.pk])).content.decode()

    assert "03:09" in listing
    assert detail.count("03:09") == 3, "created, last attempt and finished, in Vietnam time"
    assert "20:09" not in detail
    assert "05 tháng 12 năm 2024" in detail


def test_the_edit_page_explains_the_signature_without_sending_editors_to_the_code(
    client, site_admin
):
    subscriber = WebhookSubscriber.objects.create(name="Cổng xã", url="https://xa.example/hook")
    client.force_login(site_admin)

    html = client.get(reverse("webhooks:edit", args=[subscriber.pk])).content.decode()

    assert "docs/" not in html and ".md" not in html
    for needed in ("X-PBGDPL-Timestamp", "X-PBGDPL-Signature", "HMAC-SHA256", "2xx"):
        assert needed in html
