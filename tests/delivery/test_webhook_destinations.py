"""Webhooks never aim at the server's own network: refused when a receiver is saved and
again when a delivery is sent, whatever its name resolves to by then. Names resolve
through a double (``resolver``), never DNS."""

import socket
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from delivery.models import WebhookDelivery, WebhookSubscriber
from tests.conftest import SITE_ADMINS
from tests.factories import LegalNewsPageFactory, UserFactory

Status = WebhookDelivery.Status
PUBLIC = "113.160.0.10"


class Server:
    """A local HTTP server answering every request with ``status``, ``headers`` and
    ``body``, and recording the paths asked for."""

    def __init__(self, status=200, headers=None, body=b"ok"):
        self.requests = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                server.requests.append((self.path, self.headers.get("Host")))
                self.send_response(status)
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST

            def log_message(self, *args):
                """Keep the test output free of the server's access log."""

        self.http = HTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.http.server_port
        threading.Thread(target=self.http.serve_forever, daemon=True).start()

    def close(self):
        self.http.shutdown()
        self.http.server_close()


@pytest.fixture
def servers():
    started = []

    def start(**kwargs):
        started.append(Server(**kwargs))
        return started[-1]

    yield start
    for server in started:
        server.close()


@pytest.fixture
def site_admin(db):
    return UserFactory(username="quantri", groups=[Group.objects.get(name=SITE_ADMINS)])


def register(client, url):
    return client.post(
        reverse("webhooks:add"),
        {"name": "Cổng xã", "url": url, "is_active": "on", "on_published": "on"},
    )


@pytest.fixture
def deliver(justice_section, django_capture_on_commit_callbacks):
    """Publish a page, as an editor does; the delivery's first attempt runs once the
    publication commits. Returns the subscriber's delivery."""

    def publish_for(subscriber):
        page = LegalNewsPageFactory(parent=justice_section, title="Tin mới", live=False)
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        return WebhookDelivery.objects.get(subscriber=subscriber)

    return publish_for


INTERNAL = [
    ("http://127.0.0.1/hook", "loopback"),
    ("http://[::1]/hook", "loopback"),
    ("http://10.0.0.5/hook", "mạng nội bộ"),
    ("http://172.16.3.4/hook", "mạng nội bộ"),
    ("http://192.168.1.1/hook", "mạng nội bộ"),
    ("http://100.64.0.1/hook", "không phải địa chỉ công khai"),
    ("http://169.254.169.254/latest/meta-data/", "link-local"),
    ("http://[fe80::1]/hook", "link-local"),
    ("http://[fd12:3456::1]/hook", "unique-local"),
    ("http://[::ffff:127.0.0.1]/hook", "loopback"),
    ("http://[::ffff:10.0.0.1]/hook", "mạng nội bộ"),
    ("http://[2002:7f00:1::1]/hook", "loopback"),
    ("http://0.0.0.0/hook", "không xác định"),
    ("http://224.0.0.1/hook", "multicast"),
    ("http://[ff02::1]/hook", "multicast"),
    ("http://240.0.0.1/hook", "dành riêng"),
    ("https://noi-bo.example/hook", "mạng nội bộ"),
    ("https://metadata.example/hook", "link-local"),
    ("https://nua-trong.example/hook", "mạng nội bộ"),
]


@pytest.mark.parametrize(("url", "reason"), INTERNAL, ids=[url for url, _ in INTERNAL])
def test_an_internal_address_is_refused_when_saved(client, site_admin, resolver, url, reason):
    resolver.answers.update(
        {
            "noi-bo.example": ["10.1.2.3"],
            "metadata.example": ["169.254.169.254"],
            # One public address does not make up for an internal one beside it.
            "nua-trong.example": [PUBLIC, "192.168.0.2"],
        }
    )
    client.force_login(site_admin)
    response = register(client, url)

    assert response.status_code == 200
    (error,) = response.context["form"].errors["url"]
    assert "Không gửi webhook tới mạng nội bộ của máy chủ" in error
    assert reason in error
    assert not WebhookSubscriber.objects.exists()


def test_a_public_address_is_saved(client, site_admin, resolver):
    resolver.answers["xa.example"] = [PUBLIC, "2402:800::1"]
    client.force_login(site_admin)
    assert register(client, "https://xa.example/hook").status_code == 302
    assert WebhookSubscriber.objects.get().url == "https://xa.example/hook"


def test_a_name_that_does_not_resolve_is_refused(client, site_admin, resolver):
    client.force_login(site_admin)
    response = register(client, "https://chua-co.example/hook")
    assert "Không tìm thấy tên miền chua-co.example" in response.context["form"].errors["url"][0]
    assert not WebhookSubscriber.objects.exists()


def test_internal_hosts_named_in_the_settings_are_allowed(client, site_admin, resolver, settings):
    settings.WEBHOOK_ALLOWED_INTERNAL_HOSTS = ["cong-noi-bo.local", "10.20.0.0/16"]
    resolver.answers.update(
        {
            "cong-noi-bo.local": ["192.168.5.5"],
            "lan.example": ["10.20.1.2"],
            "xa.example": ["10.21.0.1"],
        }
    )
    client.force_login(site_admin)
    assert register(client, "http://cong-noi-bo.local/hook").status_code == 302
    assert register(client, "http://lan.example/hook").status_code == 302
    assert (
        "mạng nội bộ" in register(client, "http://xa.example/hook").context["form"].errors["url"][0]
    )
    assert WebhookSubscriber.objects.count() == 2


def test_a_name_rebound_to_an_internal_address_after_saving_is_refused_when_sent(
    client, site_admin, resolver, servers, deliver
):
    internal = servers()
    resolver.answers["xa.example"] = lambda lookup: [PUBLIC] if lookup == 1 else ["127.0.0.1"]
    client.force_login(site_admin)
    assert register(client, f"http://xa.example:{internal.port}/hook").status_code == 302

    delivery = deliver(WebhookSubscriber.objects.get())

    assert internal.requests == []
    assert (delivery.status, delivery.attempts, delivery.next_attempt_at) == (
        Status.REFUSED,
        1,
        None,
    )
    assert "Từ chối gửi" in delivery.response_excerpt
    assert "xa.example trỏ tới 127.0.0.1" in delivery.response_excerpt
    # Refused for good: no retry, whatever runs later.
    call_command("send_webhooks")
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (Status.REFUSED, 1)

    client.force_login(UserFactory(is_superuser=True, username="admin"))
    detail = client.get(reverse("webhook_deliveries:inspect", args=[delivery.pk])).content
    assert "Bị từ chối" in detail.decode()
    assert reverse("webhook_deliveries:redeliver", args=[delivery.pk]) in detail.decode()


def test_the_request_goes_to_the_address_that_was_checked(
    resolver, servers, settings, deliver, monkeypatch
):
    """A second lookup between the check and the connection could answer differently:
    the name is looked up once, and the connection made to what that lookup answered."""
    receiver = servers()
    settings.WEBHOOK_ALLOWED_INTERNAL_HOSTS = ["127.0.0.1"]
    resolver.answers["xa.example"] = lambda lookup: ["127.0.0.1"] if lookup == 1 else ["10.9.9.9"]
    system_lookup = socket.getaddrinfo
    looked_up_by_name = []

    def recording_getaddrinfo(host, *args, **kwargs):
        if host == "xa.example" and not kwargs.get("flags", 0) & socket.AI_NUMERICHOST:
            looked_up_by_name.append(host)
        return system_lookup(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", recording_getaddrinfo)
    subscriber = WebhookSubscriber.objects.create(
        name="Cổng xã", url=f"http://xa.example:{receiver.port}/hook?nguon=pbgdpl"
    )

    delivery = deliver(subscriber)

    assert delivery.status == Status.SUCCEEDED
    assert resolver.lookups == ["xa.example"]
    assert looked_up_by_name == []
    # The receiver is spoken to by its name.
    assert receiver.requests == [("/hook?nguon=pbgdpl", f"xa.example:{receiver.port}")]


def test_a_redirect_is_not_followed(resolver, servers, settings, deliver):
    internal = servers(body=b"mat khau cua dich vu noi bo")
    receiver = servers(
        status=302, headers={"Location": f"http://noi-bo.example:{internal.port}/bi-mat"}
    )
    settings.WEBHOOK_ALLOWED_INTERNAL_HOSTS = ["127.0.0.1"]
    resolver.answers["noi-bo.example"] = ["127.0.0.1"]
    subscriber = WebhookSubscriber.objects.create(
        name="Cổng xã", url=f"http://127.0.0.1:{receiver.port}/hook"
    )

    delivery = deliver(subscriber)

    assert len(receiver.requests) == 1
    assert internal.requests == []
    assert (delivery.status, delivery.response_status_code) == (Status.RETRYING, 302)
    assert "mat khau" not in delivery.response_excerpt


def test_only_the_start_of_a_failed_answer_is_kept(resolver, servers, settings, deliver):
    receiver = servers(status=500, body=("Lỗi máy chủ. " + "x" * 5000).encode())
    settings.WEBHOOK_ALLOWED_INTERNAL_HOSTS = ["127.0.0.1"]
    subscriber = WebhookSubscriber.objects.create(
        name="Cổng xã", url=f"http://127.0.0.1:{receiver.port}/hook"
    )

    delivery = deliver(subscriber)

    assert delivery.response_status_code == 500
    assert delivery.response_excerpt.startswith("Lỗi máy chủ.")
    assert len(delivery.response_excerpt) == 200
