"""``/api/push/``: a device follows what this visitor may follow, stops, and is
forgotten; bad input is refused in Vietnamese, and the endpoint never comes back out."""

import json

import pytest

from django.db import connection
from django.test import Client

from push.models import Subscription, Topic
from qa.site.pages import TRACKED
from quizzes.models import ContestEntry
from quizzes.site_views import SESSION_KEY
from quizzes.tokens import token_for

from ..factories import (
    ContestPageFactory,
    ExchangePageFactory,
    ParticipantFactory,
    QAIndexPageFactory,
    QuestionFactory,
)

pytestmark = pytest.mark.django_db

API = "/api/push/"


@pytest.fixture
def exchange(db):
    return ExchangePageFactory(parent=QAIndexPageFactory())


def post(client, path, body, **extra):
    return client.post(API + path, json.dumps(body), content_type="application/json", **extra)


def subscribe(client, device, kind, object_id):
    body = {**device.as_json(), "topic": {"kind": kind, "id": object_id}}
    return post(client, "subscriptions", body)


def in_session(client, **values):
    session = client.session
    session.update(values)
    session.save()


class TestExchanges:
    def test_any_visitor_follows_a_published_exchange(self, client, push_service, exchange):
        device = push_service.new_device()

        response = subscribe(client, device, "exchange", exchange.pk)

        assert response.status_code == 201
        assert response.json() == {
            "kind": "exchange",
            "id": exchange.pk,
            "label": "Buổi giao lưu trực tuyến bắt đầu",
            "subscribed": True,
        }
        subscription = Subscription.objects.get()
        assert subscription.endpoint == device.endpoint
        assert list(subscription.topics.values_list("kind", "object_id")) == [
            ("exchange", exchange.pk)
        ]

    def test_an_unpublished_exchange_cannot_be_followed(self, client, push_service, exchange):
        exchange.unpublish()

        response = subscribe(client, push_service.new_device(), "exchange", exchange.pk)

        assert response.status_code == 404
        assert response.json()["detail"] == "Không có buổi giao lưu này."
        assert not Subscription.objects.exists()

    def test_subscribing_twice_keeps_one_device_and_one_topic(self, client, push_service, exchange):
        device = push_service.new_device()
        subscribe(client, device, "exchange", exchange.pk)
        assert subscribe(client, device, "exchange", exchange.pk).status_code == 201
        assert (Subscription.objects.count(), Topic.objects.count()) == (1, 1)


class TestQuestions:
    def test_the_question_tracked_in_this_session_can_be_followed(self, client, push_service):
        question = QuestionFactory()
        in_session(client, **{TRACKED: question.tracking_code})

        response = subscribe(client, push_service.new_device(), "question", question.pk)

        assert response.status_code == 201
        assert Topic.objects.get().object_id == question.pk

    def test_someone_elses_question_cannot_be_followed(self, client, push_service):
        mine, theirs = QuestionFactory(), QuestionFactory()
        in_session(client, **{TRACKED: mine.tracking_code})

        response = subscribe(client, push_service.new_device(), "question", theirs.pk)

        assert response.status_code == 403
        assert "đang tra cứu trên trình duyệt này" in response.json()["detail"]
        assert not Subscription.objects.exists()


class TestContests:
    @pytest.fixture
    def contest(self, db):
        return ContestPageFactory()

    @pytest.fixture
    def participant(self, db):
        return ParticipantFactory()

    def test_a_signed_in_participant_follows_a_contest_they_entered(
        self, client, push_service, contest, participant
    ):
        ContestEntry.objects.create(contest=contest, participant=participant)
        in_session(client, **{SESSION_KEY: token_for(participant)})

        response = subscribe(client, push_service.new_device(), "contest", contest.pk)

        assert response.status_code == 201

    def test_a_contest_not_entered_cannot_be_followed(
        self, client, push_service, contest, participant
    ):
        in_session(client, **{SESSION_KEY: token_for(participant)})

        response = subscribe(client, push_service.new_device(), "contest", contest.pk)

        assert response.status_code == 403
        assert response.json()["detail"].startswith("Bạn chưa tham gia cuộc thi này")

    def test_a_visitor_not_signed_in_is_asked_to_sign_in(self, client, push_service, contest):
        response = subscribe(client, push_service.new_device(), "contest", contest.pk)

        assert response.status_code == 403
        assert "đăng nhập" in response.json()["detail"]


class TestBadInput:
    @pytest.mark.parametrize(
        ("change", "message"),
        [
            ({"endpoint": "ftp://push.example.com/x"}, "phải là địa chỉ https"),
            ({"endpoint": "http://10.0.0.5/push/x"}, "mạng nội bộ"),
            ({"endpoint": "https://user:pw@push.example.com/x"}, "không hợp lệ"),
            ({"keys": {"p256dh": "AAAA", "auth": "AAAAAAAAAAAAAAAAAAAAAA"}}, "p256dh"),
        ],
    )
    def test_what_is_not_a_subscription_is_refused_in_vietnamese(
        self, client, push_service, exchange, change, message
    ):
        body = {
            **push_service.new_device().as_json(),
            "topic": {"kind": "exchange", "id": exchange.pk},
        }
        body.update(change)

        response = post(client, "subscriptions", body)

        assert response.status_code == 400
        assert message in response.json()["detail"]
        assert not Subscription.objects.exists()

    def test_a_short_auth_secret_is_refused(self, client, push_service, exchange):
        body = {
            **push_service.new_device().as_json(),
            "topic": {"kind": "exchange", "id": exchange.pk},
        }
        body["keys"]["auth"] = "AAAA"
        assert post(client, "subscriptions", body).status_code == 400

    @pytest.mark.parametrize(
        "topic",
        [{"kind": "weather", "id": 1}, {"kind": "exchange", "id": 0}, {"kind": "EX", "id": 1}],
    )
    def test_unknown_topics_are_refused(self, client, push_service, topic):
        body = {**push_service.new_device().as_json(), "topic": topic}
        assert post(client, "subscriptions", body).status_code in (400, 404)

    def test_control_characters_in_keys_are_refused_not_stored(
        self, client, push_service, exchange
    ):
        body = {
            **push_service.new_device().as_json(),
            "topic": {"kind": "exchange", "id": exchange.pk},
        }
        body["keys"]["auth"] += "\x00"
        assert post(client, "subscriptions", body).status_code == 400

    def test_without_keys_on_the_server_nobody_can_subscribe(
        self, client, push_service, exchange, settings
    ):
        settings.WEBPUSH_VAPID_PUBLIC_KEY = ""

        response = subscribe(client, push_service.new_device(), "exchange", exchange.pk)

        assert response.status_code == 409
        assert response.json()["detail"] == "Cổng chưa bật thông báo trên điện thoại."


class TestSameSite:
    def test_a_request_without_the_sessions_csrf_token_is_refused(self, push_service, exchange):
        client = Client(enforce_csrf_checks=True)

        response = subscribe(client, push_service.new_device(), "exchange", exchange.pk)

        assert response.status_code == 403
        assert "CSRF" in response.json()["detail"]

    def test_the_token_from_config_lets_the_page_subscribe(self, push_service, exchange):
        client = Client(enforce_csrf_checks=True)
        config = client.get(API + "config")
        assert "no-cache" in config["Cache-Control"]
        token = config.json()["csrf_token"]

        body = {
            **push_service.new_device().as_json(),
            "topic": {"kind": "exchange", "id": exchange.pk},
        }
        response = post(client, "subscriptions", body, HTTP_X_CSRFTOKEN=token)

        assert response.status_code == 201

    def test_config_gives_the_public_key_and_the_kinds(self, client):
        body = client.get(API + "config").json()
        assert body["enabled"] is True
        assert body["public_key"].startswith("BIhXOmuE22")
        assert {kind["kind"] for kind in body["kinds"]} == {"contest", "question", "exchange"}


class TestRateLimit:
    def test_too_many_subscriptions_from_one_address_are_refused(
        self, client, push_service, exchange, settings
    ):
        settings.PUSH_RATE_LIMITS = {**settings.PUSH_RATE_LIMITS, "subscribe": {"ip": "2/h"}}
        for _ in range(2):
            assert (
                subscribe(client, push_service.new_device(), "exchange", exchange.pk).status_code
                == 201
            )

        response = subscribe(client, push_service.new_device(), "exchange", exchange.pk)

        assert response.status_code == 429
        assert response["Retry-After"]


class TestOptingOut:
    def test_unsubscribing_the_last_topic_forgets_the_device(self, client, push_service, exchange):
        device = push_service.new_device()
        subscribe(client, device, "exchange", exchange.pk)
        body = {"endpoint": device.endpoint, "topic": {"kind": "exchange", "id": exchange.pk}}
        assert post(client, "subscriptions/status", body).json()["subscribed"] is True

        response = post(client, "subscriptions/unsubscribe", body)

        assert response.status_code == 200
        assert response.json()["subscribed"] is False
        assert response.json()["device_kept"] is False
        assert not Subscription.objects.exists()
        assert post(client, "subscriptions/status", body).json()["subscribed"] is False

    def test_a_device_following_something_else_is_kept(self, client, push_service):
        index = QAIndexPageFactory()
        first, second = ExchangePageFactory(parent=index), ExchangePageFactory(parent=index)
        device = push_service.new_device()
        subscribe(client, device, "exchange", first.pk)
        subscribe(client, device, "exchange", second.pk)

        body = {"endpoint": device.endpoint, "topic": {"kind": "exchange", "id": first.pk}}
        response = post(client, "subscriptions/unsubscribe", body)

        assert response.json()["device_kept"] is True
        assert list(Topic.objects.values_list("object_id", flat=True)) == [second.pk]

    def test_forgetting_the_device_removes_everything_it_followed(
        self, client, push_service, exchange
    ):
        device = push_service.new_device()
        subscribe(client, device, "exchange", exchange.pk)

        response = post(client, "subscriptions/forget", {"endpoint": device.endpoint})

        assert response.json() == {"removed": True}
        assert not Subscription.objects.exists() and not Topic.objects.exists()
        assert post(client, "subscriptions/forget", {"endpoint": device.endpoint}).json() == {
            "removed": False
        }

    def test_a_renewed_subscription_keeps_what_the_device_followed(
        self, client, push_service, exchange
    ):
        old, new = push_service.new_device(), push_service.new_device()
        subscribe(client, old, "exchange", exchange.pk)

        response = post(
            Client(), "subscriptions/renew", {**new.as_json(), "old_endpoint": old.endpoint}
        )

        assert response.json() == {"renewed": True}
        subscription = Subscription.objects.get()
        assert subscription.endpoint == new.endpoint
        assert subscription.topics.get().object_id == exchange.pk


class TestPersonalData:
    def test_the_endpoint_and_keys_are_stored_encrypted(self, client, push_service, exchange):
        device = push_service.new_device()
        subscribe(client, device, "exchange", exchange.pk)

        with connection.cursor() as cursor:
            cursor.execute("SELECT endpoint, endpoint_hash, p256dh, auth FROM push_subscription")
            row = cursor.fetchone()
        stored = " ".join(row)
        assert device.token not in stored
        assert device.p256dh not in stored
        assert device.as_json()["keys"]["auth"] not in stored

    def test_no_answer_gives_the_endpoint_back(self, client, push_service, exchange):
        device = push_service.new_device()
        answers = [
            subscribe(client, device, "exchange", exchange.pk),
            post(
                client,
                "subscriptions/status",
                {"endpoint": device.endpoint, "topic": {"kind": "exchange", "id": exchange.pk}},
            ),
            client.get(API + "config"),
            client.get(exchange.url),
        ]
        for answer in answers:
            assert device.token not in answer.content.decode()
