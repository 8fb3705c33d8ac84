"""Reminders on a phone, end to end in Chromium: tap "Nhận thông báo trên điện thoại" on
an exchange, the exchange starts, the notice goes through a push service (the local
fake one) and the site's service worker shows it; then "Tắt thông báo".

Chromium's own ``pushManager.subscribe`` would ask Google's push service for an
endpoint; the test replaces it, before any page script runs, with one that answers the
subscription of a device made here (an endpoint on the fake service, a P-256 key pair
and an auth secret), so the server stores and sends to what it would in real life. The
fake service decrypts what the server sent; the test hands those bytes' plain text to
the real service worker through the DevTools protocol, as a push service would.
"""

import datetime
import json
from io import StringIO

import pytest
from playwright.sync_api import expect

from django.core.management import call_command
from django.utils import timezone

from push.models import Subscription
from qa.models import ExchangePage
from tests.factories import ExchangePageFactory, QAIndexPageFactory
from tests.push.fake_push_service import FakePushService

# The browser's push API, answering with the test's device. The subscription is kept in
# localStorage so that a reload finds it, as a real one is kept by the browser.
FAKE_PUSH_MANAGER = """
(() => {
  const device = %s;
  const KEY = "test-push-subscription";
  function subscription() {
    return {
      endpoint: device.endpoint,
      expirationTime: null,
      options: { userVisibleOnly: true },
      toJSON() { return { endpoint: device.endpoint, expirationTime: null, keys: device.keys }; },
      unsubscribe() {
        localStorage.removeItem(KEY);
        window.testPushUnsubscribed = true;
        return Promise.resolve(true);
      },
    };
  }
  PushManager.prototype.subscribe = function (options) {
    const key = new Uint8Array(options.applicationServerKey);
    window.testPushSubscribed = {
      userVisibleOnly: options.userVisibleOnly,
      applicationServerKey: btoa(String.fromCharCode(...key))
        .replace(/\\+/g, "-").replace(/\\//g, "_").replace(/=+$/, ""),
    };
    localStorage.setItem(KEY, "1");
    return Promise.resolve(subscription());
  };
  PushManager.prototype.getSubscription = function () {
    return Promise.resolve(localStorage.getItem(KEY) ? subscription() : null);
  };
  PushSubscription.prototype.unsubscribe = function () { return Promise.resolve(true); };
})();
"""

NOTIFICATIONS = """
() => navigator.serviceWorker.ready
  .then((registration) => registration.getNotifications())
  .then((shown) => shown.map((n) => (
    { title: n.title, body: n.body, tag: n.tag, url: n.data.url }
  )))
"""


@pytest.fixture
def push_service():
    service = FakePushService().start()
    yield service
    service.stop()


@pytest.fixture
def exchange(live_server, django_db_serialized_rollback):
    return ExchangePageFactory(
        parent=QAIndexPageFactory(),
        title="Giao lưu trực tuyến về Luật Đất đai năm 2024",
        starts_at=timezone.now() + datetime.timedelta(minutes=10),
    )


def registration_id(cdp, origin):
    """The id DevTools gives the site's service worker registration."""
    found = []
    cdp.on(
        "ServiceWorker.workerRegistrationUpdated",
        lambda event: found.extend(
            r["registrationId"]
            for r in event["registrations"]
            if r["scopeURL"].startswith(origin) and not r["isDeleted"]
        ),
    )
    cdp.send("ServiceWorker.enable")
    return found


def test_a_phone_subscribes_hears_the_exchange_start_and_unsubscribes(
    browser, live_server, exchange, push_service
):
    device = push_service.new_device()
    context = browser.new_context(locale="vi-VN", viewport={"width": 360, "height": 740})
    context.grant_permissions(["notifications"], origin=live_server.url)
    context.add_init_script(FAKE_PUSH_MANAGER % json.dumps(device.as_json()))
    tab = context.new_page()
    try:
        tab.goto(live_server.url + exchange.url)
        # The site's worker is installed and active before anything is tapped.
        assert tab.evaluate("navigator.serviceWorker.ready.then(() => true)")

        # Tapping the button subscribes through the site's worker and tells the server.
        tab.get_by_role("button", name="Nhận thông báo trên điện thoại").click()
        expect(tab.get_by_role("button", name="Tắt thông báo")).to_be_visible()
        expect(tab.get_by_role("button", name="Nhận thông báo trên điện thoại")).to_be_hidden()
        expect(tab.get_by_role("status").filter(has_text="Đã bật thông báo")).to_be_visible()
        assert tab.evaluate("window.testPushSubscribed") == {
            "userVisibleOnly": True,
            "applicationServerKey": push_service_key(),
        }
        subscription = Subscription.objects.get()
        assert subscription.endpoint == device.endpoint
        assert list(subscription.topics.values_list("kind", "object_id")) == [
            ("exchange", exchange.pk)
        ]

        # The exchange starts: the scheduler's run sends the notice through the push service.
        ExchangePage.objects.filter(pk=exchange.pk).update(
            starts_at=timezone.now() - datetime.timedelta(minutes=1)
        )
        call_command("send_push_reminders", stdout=StringIO())
        [payload] = push_service.payloads(device)
        assert payload == {
            "title": "Buổi giao lưu trực tuyến đang bắt đầu",
            "body": "Giao lưu trực tuyến về Luật Đất đai năm 2024",
            "url": exchange.url,
            "tag": f"exchange-{exchange.pk}",
            "lang": "vi",
        }

        # What the push service decrypted reaches the real service worker, which shows it.
        cdp = context.new_cdp_session(tab)
        registrations = registration_id(cdp, live_server.url)
        tab.wait_for_timeout(200)
        assert registrations, "the site's service worker is not registered"
        cdp.send(
            "ServiceWorker.deliverPushMessage",
            {
                "origin": live_server.url + "/",
                "registrationId": registrations[-1],
                "data": json.dumps(payload, ensure_ascii=False),
            },
        )
        tab.wait_for_function(f"({NOTIFICATIONS.strip()})().then((shown) => shown.length > 0)")
        assert tab.evaluate(NOTIFICATIONS) == [
            {
                "title": "Buổi giao lưu trực tuyến đang bắt đầu",
                "body": "Giao lưu trực tuyến về Luật Đất đai năm 2024",
                "tag": f"exchange-{exchange.pk}",
                "url": exchange.url,
            }
        ]

        # After a reload the page knows this phone follows the exchange; opting out
        # forgets the device on the server and drops the browser's subscription.
        tab.reload()
        # The page asks the server (its CSRF token, then the status): on a busy machine
        # that takes a few seconds.
        expect(tab.get_by_role("button", name="Nhận thông báo trên điện thoại")).to_be_hidden(
            timeout=20_000
        )
        tab.get_by_role("button", name="Tắt thông báo").click()
        expect(tab.get_by_role("button", name="Nhận thông báo trên điện thoại")).to_be_visible()
        expect(tab.get_by_role("button", name="Tắt thông báo")).to_be_hidden()
        expect(tab.get_by_role("status").filter(has_text="Đã tắt thông báo")).to_be_visible()
        assert tab.evaluate("window.testPushUnsubscribed") is True
        assert not Subscription.objects.exists()
    finally:
        context.close()


def push_service_key():
    from django.conf import settings

    return settings.WEBPUSH_VAPID_PUBLIC_KEY


def test_the_button_is_hidden_where_push_cannot_work_and_a_refusal_says_how_to_allow(
    browser, live_server, exchange
):
    """A browser without push shows nothing; one where the site's notifications are
    blocked says how to allow them instead of offering a button that cannot work."""
    cases = {
        "no push": "delete window.PushManager;",
        "blocked": "Object.defineProperty(Notification, 'permission', { get: () => 'denied' });",
    }
    shown = {}
    for name, script in cases.items():
        context = browser.new_context(locale="vi-VN")
        context.add_init_script(script)
        tab = context.new_page()
        try:
            tab.goto(live_server.url + exchange.url)
            tab.wait_for_load_state("load")
            box = tab.locator("[data-push-topic]")
            shown[name] = {
                "box": box.is_visible(),
                "button": tab.get_by_role(
                    "button", name="Nhận thông báo trên điện thoại"
                ).is_visible(),
                "text": box.inner_text() if box.is_visible() else "",
            }
        finally:
            context.close()

    assert shown["no push"] == {"box": False, "button": False, "text": ""}
    assert shown["blocked"]["box"] and not shown["blocked"]["button"]
    assert "Trình duyệt đang chặn thông báo của cổng" in shown["blocked"]["text"]
    assert "Thông báo › Cho phép" in shown["blocked"]["text"]
