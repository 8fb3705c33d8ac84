"""Asking on the portal: the form at dat-cau-hoi/ of the Q&A section, its checks and
messages, the thank-you page with the tracking code, and what it keeps of the asker."""

import datetime
import re

import pytest
from captcha.models import CaptchaStore

from django.utils import timezone

from home.models import Unit
from home.personal_data import keyed_hash
from qa.models import Question, QuestionEvent

from ..factories import ExchangePageFactory, UnitFactory
from .asking import (
    NAME,
    PHONE,
    PHONE_NORMALISED,
    QUESTION_TEXT,
    ask_url,
    only_question,
    page_data,
    tight_limits,
)

pytestmark = pytest.mark.django_db

# Questions that are not one another's resending.
DIFFERENT = [
    "Tôi muốn làm thủ tục đăng ký khai sinh cho con ở nơi tạm trú có được không?",
    "Doanh nghiệp chậm đóng bảo hiểm xã hội cho người lao động thì bị xử phạt thế nào?",
    "Hàng xóm xây nhà lấn sang đất của gia đình tôi thì tôi phải làm gì?",
]


def send(client, qa_index, land_field, **changes):
    """Post the form; ``changes`` in capitals (REMOTE_ADDR, HTTP_…) go to the request."""
    extra = {name: changes.pop(name) for name in list(changes) if name.isupper()}
    return client.post(ask_url(qa_index), page_data(land_field, **changes), **extra)


def html_of(response):
    return response.content.decode()


class TestTheForm:
    def test_offers_every_field_labelled_with_a_captcha_drawn_here(
        self, client, qa_index, land_field, ward
    ):
        response = client.get(ask_url(qa_index))
        assert response.status_code == 200
        html = html_of(response)
        for field in ("text", "legal_field", "locality", "name", "phone", "email", "consent"):
            assert f'for="id_{field}"' in html, field
        assert 'name="csrfmiddlewaretoken"' in html
        assert re.search(r'<img src="/captcha/image/[0-9a-f]{40}/" alt="Mã kiểm tra', html)
        assert '<input type="tel" name="phone"' in html
        assert '<input type="email" name="email"' in html
        assert "Nghị định 13/2023/NĐ-CP" in html
        assert ward.name in html and land_field.name in html
        assert "no-cache" in response["Cache-Control"]

    def test_loads_nothing_from_elsewhere(self, client, qa_index):
        html = html_of(client.get(ask_url(qa_index)))
        loaded = re.findall(r'<(?:script|img)[^>]* src="([^"]*)"', html)
        loaded += re.findall(r'<link rel="(?:stylesheet|icon)" href="([^"]*)"', html)
        assert loaded and all(url.startswith("/") and not url.startswith("//") for url in loaded)
        assert '<script src="/static/qa/ask.js" defer></script>' in html

    def test_only_active_communes_are_offered_as_localities(self, client, qa_index):
        UnitFactory(name="Xã Đã Sáp Nhập", kind=Unit.Kind.COMMUNE, is_active=False)
        UnitFactory(name="Sở Xây dựng", kind=Unit.Kind.DEPARTMENT)
        commune = UnitFactory(name="Xã Quảng La", kind=Unit.Kind.COMMUNE)
        html = html_of(client.get(ask_url(qa_index)))
        assert commune.name in html
        assert "Xã Đã Sáp Nhập" not in html and "Sở Xây dựng" not in html


class TestAQuestionSent:
    def test_is_kept_with_its_asker_and_redirects_to_the_code(
        self, client, qa_index, land_field, ward
    ):
        response = send(client, qa_index, land_field, locality=ward.slug)
        assert response.status_code == 302
        assert response["Location"] == ask_url(qa_index) + "?da-gui=1"
        question = only_question()
        assert question.text == QUESTION_TEXT
        assert question.legal_field == land_field
        assert question.locality == ward
        assert question.channel == Question.Channel.SITE
        assert question.status == Question.Status.NEW
        assert question.asker_name == NAME
        assert question.contact_kind == Question.ContactKind.PHONE
        assert question.contact == PHONE_NORMALISED
        assert question.contact_hash == keyed_hash(PHONE_NORMALISED)
        assert timezone.now() - question.consented_at < datetime.timedelta(minutes=1)
        assert question.client_hash == keyed_hash("127.0.0.1")
        (event,) = question.events.all()
        assert (event.action, event.to_status, event.public) == ("asked", "new", True)

    def test_the_thank_you_page_shows_the_code_and_no_personal_data(
        self, client, qa_index, land_field
    ):
        thanks = client.get(send(client, qa_index, land_field)["Location"])
        html = html_of(thanks)
        question = only_question()
        assert question.tracking_code in html
        assert "09•••••321" in html  # the masked number, to recognise it
        assert PHONE_NORMALISED not in html and PHONE not in html
        assert NAME not in html
        assert "Tra cứu câu hỏi" in html
        assert question.tracking_code not in thanks.request["QUERY_STRING"]

    def test_an_email_address_is_a_contact_too(self, client, qa_index, land_field):
        send(client, qa_index, land_field, phone="", email="  Hoa.Nguyen@Example.VN ")
        question = only_question()
        assert question.contact_kind == Question.ContactKind.EMAIL
        assert question.contact == "hoa.nguyen@example.vn"

    def test_html_in_the_question_is_stripped(self, client, qa_index, land_field):
        text = (
            '<p onclick="x()">Xin hỏi <b>thủ tục</b> tách thửa đất ở?</p>'
            "<script>alert('x')</script><style>p{}</style> Cảm ơn &amp; chúc sức khỏe."
        )
        send(client, qa_index, land_field, text=text, name="<i>Lê Thị Mai</i>")
        question = only_question()
        assert question.text == "Xin hỏi thủ tục tách thửa đất ở? Cảm ơn & chúc sức khỏe."
        assert question.asker_name == "Lê Thị Mai"

    def test_invisible_characters_are_removed_and_letters_composed(
        self, client, qa_index, land_field
    ):
        decomposed = "Thu\u0309 tu\u0323c tách thửa đất\u202e ở nông thôn như thế nào\x00?"
        send(client, qa_index, land_field, text=decomposed)
        assert only_question().text == "Thủ tục tách thửa đất ở nông thôn như thế nào?"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"text": ""}, "text", "Hãy nhập câu hỏi."),
        ({"text": "Luật đất đai?"}, "text", "Câu hỏi quá ngắn"),
        ({"text": "<b></b>   "}, "text", "Hãy nhập câu hỏi."),
        ({"text": "đất " * 1001}, "text", "Câu hỏi dài quá 4000 ký tự"),
        ({"legal_field": ""}, "legal_field", "Hãy chọn lĩnh vực pháp luật"),
        ({"legal_field": "khong-co"}, "legal_field", "Không có lĩnh vực này"),
        ({"locality": "khong-co"}, "locality", "Không có xã, phường, đặc khu này"),
        ({"name": ""}, "name", "Hãy nhập họ và tên."),
        ({"name": "A" * 101}, "name", "Họ và tên dài quá 100 ký tự."),
        ({"phone": ""}, "phone", "Hãy nhập số điện thoại di động, hoặc thư điện tử"),
        ({"phone": "0212345678"}, "phone", "bắt đầu bằng 03, 05, 07, 08 hoặc 09"),
        ({"phone": "ban@example.vn"}, "phone", "Ô này dành cho số điện thoại"),
        ({"phone": "", "email": "khong-phai-thu"}, "email", "Thư điện tử chưa đúng"),
        ({"consent": None}, "consent", "Cần đồng ý xử lý dữ liệu cá nhân"),
        ({"captcha_1": "sai"}, "captcha", "Mã kiểm tra không đúng hoặc đã hết hạn"),
        ({"captcha_0": "\x00" * 40}, "captcha", "Mã kiểm tra không đúng hoặc đã hết hạn"),
    ],
)
def test_each_field_is_checked_and_what_was_typed_is_kept(
    client, qa_index, land_field, changes, field, message
):
    response = send(client, qa_index, land_field, **changes)
    assert response.status_code == 200
    assert not Question.objects.exists()
    form = response.context["form"]
    assert any(message in error for error in form.errors[field]), form.errors
    html = html_of(response)
    assert 'aria-invalid="true"' in html
    if field != "name":
        assert f'value="{NAME}"' in html
    if field != "text":
        assert QUESTION_TEXT in html


def test_a_locality_must_be_an_active_commune(client, qa_index, land_field):
    department = UnitFactory(name="Sở Tài nguyên", kind=Unit.Kind.DEPARTMENT)
    response = send(client, qa_index, land_field, locality=department.slug)
    assert "locality" in response.context["form"].errors


def test_the_honeypot_filled_in_sends_nothing(client, qa_index, land_field):
    response = send(client, qa_index, land_field, website="http://spam.example")
    assert response.status_code == 200
    assert not Question.objects.exists()
    assert "Để trống ô này" in str(response.context["form"].non_field_errors())


def test_an_expired_captcha_is_refused(client, qa_index, land_field):
    data = page_data(land_field)
    CaptchaStore.objects.filter(hashkey=data["captcha_0"]).update(
        expiration=timezone.now() - datetime.timedelta(seconds=1)
    )
    response = client.post(ask_url(qa_index), data)
    assert "captcha" in response.context["form"].errors
    assert not Question.objects.exists()


def test_a_captcha_answers_once(client, qa_index, land_field):
    data = page_data(land_field)
    client.post(ask_url(qa_index), {**data, "captcha_1": "sai"})
    response = client.post(ask_url(qa_index), data)  # the right answer, too late
    assert "captcha" in response.context["form"].errors


def test_the_form_refuses_a_post_without_its_csrf_token(qa_index, land_field):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(ask_url(qa_index), page_data(land_field))
    assert response.status_code == 403
    assert not Question.objects.exists()


class TestLimits:
    def test_questions_from_one_address_are_limited_keeping_what_was_typed(
        self, client, qa_index, land_field, settings
    ):
        tight_limits(settings, ask={"ip": "2/h", "contact": "100/d"})
        statuses = [
            send(client, qa_index, land_field, text=text).status_code for text in DIFFERENT[:3]
        ]
        assert statuses == [302, 302, 429]
        refused = send(client, qa_index, land_field, text=f"{QUESTION_TEXT} Lần nữa.")
        assert refused.status_code == 429
        assert 0 < int(refused["Retry-After"]) <= 3600
        assert "Có quá nhiều yêu cầu từ địa chỉ mạng của bạn" in html_of(refused)
        assert "Lần nữa." in html_of(refused)
        assert Question.objects.count() == 2
        elsewhere = send(client, qa_index, land_field, REMOTE_ADDR="10.1.2.3")
        assert elsewhere.status_code == 302

    def test_a_forged_forwarded_address_does_not_escape_the_limit(
        self, client, qa_index, land_field, settings
    ):
        tight_limits(settings, ask={"ip": "1/h"})
        first = send(client, qa_index, land_field, HTTP_X_FORWARDED_FOR="10.0.0.1")
        second = send(client, qa_index, land_field, HTTP_X_FORWARDED_FOR="10.0.0.2")
        assert (first.status_code, second.status_code) == (302, 429)

    def test_behind_the_proxy_only_its_entry_counts(self, client, qa_index, land_field, settings):
        settings.TRUSTED_PROXY_COUNT = 1
        tight_limits(settings, ask={"ip": "1/h"})
        forged = "10.0.0.{n}, 203.0.113.9"  # the client wrote the first, the proxy the last
        statuses = [
            send(
                client,
                qa_index,
                land_field,
                text=f"{QUESTION_TEXT} ({n})",
                HTTP_X_FORWARDED_FOR=forged.format(n=n),
            ).status_code
            for n in range(2)
        ]
        assert statuses == [302, 429]
        assert only_question().client_hash == keyed_hash("203.0.113.9")

    def test_questions_from_one_asker_are_limited_from_any_address(
        self, client, qa_index, land_field, settings
    ):
        tight_limits(settings, ask={"ip": "100/h", "contact": "2/d"})
        statuses = [
            send(
                client,
                qa_index,
                land_field,
                text=f"Câu hỏi thứ {n}: {QUESTION_TEXT} lần {n}",
                REMOTE_ADDR=f"10.0.0.{n}",
            ).status_code
            for n in range(3)
        ]
        assert statuses == [302, 302, 429]
        another_person = send(client, qa_index, land_field, phone="0912000111")
        assert another_person.status_code == 302

    def test_showing_the_form_draws_a_limited_number_of_challenges(
        self, client, qa_index, settings
    ):
        tight_limits(settings, captcha={"ip": "2/h"})
        statuses = [client.get(ask_url(qa_index)).status_code for _ in range(3)]
        assert statuses == [200, 200, 429]
        assert CaptchaStore.objects.count() == 2
        refused = client.get(ask_url(qa_index))
        assert "Quá nhiều yêu cầu mã xác nhận" in html_of(refused)
        assert int(refused["Retry-After"]) > 0


class TestExchanges:
    def test_a_question_goes_to_an_exchange_taking_questions(self, client, qa_index, land_field):
        exchange = ExchangePageFactory(parent=qa_index)
        form_page = client.get(ask_url(qa_index), {"exchange": exchange.pk})
        assert exchange.title in html_of(form_page)
        assert f'name="exchange" value="{exchange.pk}"' in html_of(form_page)
        send(client, qa_index, land_field, exchange=str(exchange.pk))
        question = only_question()
        assert question.exchange == exchange
        assert question.channel == Question.Channel.EXCHANGE

    def test_an_ended_exchange_takes_no_more_questions(self, client, qa_index, land_field):
        now = timezone.now()
        ended = ExchangePageFactory(
            parent=qa_index,
            starts_at=now - datetime.timedelta(hours=3),
            ends_at=now - datetime.timedelta(hours=1),
        )
        form_page = client.get(ask_url(qa_index), {"exchange": ended.pk})
        assert "không còn nhận câu hỏi" in html_of(form_page)
        assert 'name="exchange" value' not in html_of(form_page)
        response = send(client, qa_index, land_field, exchange=str(ended.pk))
        assert "đã kết thúc" in response.context["form"].errors["exchange"][0]
        assert not Question.objects.exists()

    @pytest.mark.parametrize("value", ["abc", "99999999999999999999", "²", "-1"])
    def test_a_made_up_exchange_is_ignored_or_refused(self, client, qa_index, land_field, value):
        assert client.get(ask_url(qa_index), {"exchange": value}).status_code == 200
        response = send(client, qa_index, land_field, exchange=value)
        assert response.status_code == 200
        assert "exchange" in response.context["form"].errors


def test_the_asked_event_is_the_first_step_of_the_public_history(client, qa_index, land_field):
    send(client, qa_index, land_field)
    assert list(QuestionEvent.objects.values_list("action", "public")) == [("asked", True)]
