"""Asking through the API (/api/qa/), for apps and for sites with their own form: the
same checks as the portal's form, answered as JSON with every field's error."""

import pytest
from captcha.models import CaptchaStore

from home.models import Unit
from qa.models import Question

from ..factories import ExchangePageFactory, UnitFactory
from .asking import NAME, PHONE_NORMALISED, api_data, only_question, post_json, tight_limits

pytestmark = pytest.mark.django_db

QUESTIONS = "/api/qa/questions"


def ask(client, land_field, **changes):
    extra = {name: changes.pop(name) for name in list(changes) if name.isupper()}
    return post_json(client, QUESTIONS, api_data(land_field, **changes), **extra)


def test_the_form_lists_what_an_app_needs(client, land_field, ward, qa_index):
    UnitFactory(name="Sở Y tế", kind=Unit.Kind.DEPARTMENT)
    exchange = ExchangePageFactory(parent=qa_index)
    body = client.get("/api/qa/form").json()
    assert {"slug": land_field.slug, "name": "Đất đai"} in body["legal_fields"]
    assert body["localities"] == [{"slug": ward.slug, "name": ward.name}]
    assert [item["id"] for item in body["exchanges"]] == [exchange.pk]
    assert "Nghị định 13/2023/NĐ-CP" in body["consent"]
    assert body["limits"]["text_min_length"] == 20
    assert body["limits"]["rates"]["ask"]["ip"] == "60/h"
    assert "/api/qa/captcha" in body["captcha"]


def test_captcha_challenges_are_handed_out_at_a_limited_rate(client, settings):
    tight_limits(settings, captcha={"ip": "2/h"})
    first = client.get("/api/qa/captcha")
    assert first.status_code == 200
    assert first.json()["image"].startswith("http://testserver/captcha/image/")
    assert CaptchaStore.objects.filter(hashkey=first.json()["key"]).exists()
    statuses = [client.get("/api/qa/captcha").status_code for _ in range(2)]
    assert statuses == [200, 429]
    assert client.get("/api/qa/captcha")["Retry-After"] == "3600"


def test_a_question_is_received_with_its_tracking_code(client, land_field, ward, qa_index):
    response = ask(client, land_field, locality=ward.slug)
    assert response.status_code == 201
    body = response.json()
    question = only_question()
    assert body["tracking_code"] == question.tracking_code
    assert (body["status"], body["status_label"], body["resent"]) == ("new", "Đã tiếp nhận", False)
    assert body["contact"] == "09•••••321"
    assert body["track_url"] == "http://testserver/hoi-dap-phap-luat/tra-cuu/"
    assert question.channel == Question.Channel.API
    assert question.locality == ward
    assert question.contact == PHONE_NORMALISED
    assert NAME not in response.content.decode()
    assert PHONE_NORMALISED not in response.content.decode()


def test_html_is_stripped(client, land_field):
    ask(client, land_field, text="<h1>Xin hỏi</h1> <img src=x onerror=alert(1)>về thừa kế đất đai?")
    assert only_question().text == "Xin hỏi về thừa kế đất đai?"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"text": "Hỏi?"}, "text", "Câu hỏi quá ngắn"),
        ({"text": "x" * 4001}, "text", "Câu hỏi dài quá 4000 ký tự"),
        ({"legal_field": "khong-co"}, "legal_field", "Không có lĩnh vực này"),
        ({"locality": "khong-co"}, "locality", "Không có xã, phường, đặc khu này"),
        ({"exchange": 999999}, "exchange", "Không có buổi giao lưu này."),
        ({"name": "   "}, "name", "Hãy nhập họ và tên."),
        ({"contact": ""}, "contact", "Nhập số điện thoại di động hoặc thư điện tử"),
        ({"contact": "12345"}, "contact", "10 chữ số"),
        ({"contact": "a@b"}, "contact", "Thư điện tử chưa đúng"),
        ({"consent": False}, "consent", "Cần đồng ý xử lý dữ liệu cá nhân"),
        ({"captcha_answer": "sai"}, "captcha_answer", "Mã kiểm tra không đúng"),
        ({"captcha_key": "không-phải-khóa"}, "captcha_answer", "Mã kiểm tra không đúng"),
    ],
)
def test_each_field_is_checked_with_its_own_error(client, land_field, changes, field, message):
    response = ask(client, land_field, **changes)
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert any(error["loc"] == ["body", field] and message in error["msg"] for error in errors), (
        errors
    )
    assert message in response.json()["detail"]
    assert not Question.objects.exists()


def test_every_wrong_field_is_listed_at_once(client, land_field):
    response = ask(client, land_field, text="", name="", contact="", consent=False)
    fields = {tuple(error["loc"]) for error in response.json()["errors"]}
    assert {("body", "text"), ("body", "name"), ("body", "contact"), ("body", "consent")} <= fields


def test_a_missing_or_mistyped_member_is_a_400(client, land_field):
    data = api_data(land_field)
    del data["text"]
    assert post_json(client, QUESTIONS, data).status_code == 400
    assert post_json(client, QUESTIONS, {**api_data(land_field), "consent": "x"}).status_code == 400
    assert (
        post_json(client, QUESTIONS, {**api_data(land_field), "exchange": 2**40}).status_code == 400
    )


def test_an_email_contact_is_masked_in_the_answer(client, land_field):
    body = ask(client, land_field, contact="hoa.nguyen@example.vn").json()
    assert body["contact"] == "ho•••@example.vn"
    assert only_question().contact_kind == Question.ContactKind.EMAIL


def test_questions_from_one_address_are_limited(client, land_field, settings):
    tight_limits(settings, ask={"ip": "1/h", "contact": "100/d"})
    assert ask(client, land_field).status_code == 201
    refused = ask(client, land_field, contact="0912000111", HTTP_X_FORWARDED_FOR="10.9.9.9")
    assert refused.status_code == 429
    assert 0 < int(refused["Retry-After"]) <= 3600
    assert "địa chỉ mạng" in refused.json()["detail"]
    assert ask(client, land_field, contact="0912000111", REMOTE_ADDR="10.9.9.9").status_code == 201


def test_questions_from_one_asker_are_limited(client, land_field, settings):
    tight_limits(settings, ask={"ip": "100/h", "contact": "1/d"})
    assert ask(client, land_field).status_code == 201
    refused = ask(
        client,
        land_field,
        text="Một câu hỏi khác hẳn về hợp đồng lao động thời vụ.",
        REMOTE_ADDR="10.0.0.7",
    )
    assert refused.status_code == 429
    assert "Số điện thoại hoặc thư điện tử này" in refused.json()["detail"]
    assert int(refused["Retry-After"]) > 0


def test_the_operations_are_described_in_the_openapi_document(client):
    document = client.get("/api/openapi.json").json()
    paths = document["paths"]
    for path in (
        "/api/qa/form",
        "/api/qa/captcha",
        "/api/qa/questions",
        "/api/qa/questions/{tracking_code}",
        "/api/qa/questions/{tracking_code}/replies",
    ):
        operations = paths[path].values()
        assert all(operation["tags"] == ["Hỏi đáp pháp luật"] for operation in operations), path
    ask_operation = paths["/api/qa/questions"]["post"]
    assert {"200", "201", "400", "429"} <= set(ask_operation["responses"])
    assert "Retry-After" in ask_operation["responses"]["429"]["headers"]
    (parameter,) = paths["/api/qa/questions/{tracking_code}"]["get"]["parameters"]
    assert parameter["name"] == "tracking_code"
    assert "HD-XXXXX-XXXXX" in parameter["description"]


def test_characters_that_cannot_be_stored_are_dropped(client, land_field):
    response = ask(
        client,
        land_field,
        text="Câu hỏi \ud800về thừa kế\u202e đất đai ở nông thôn?",
        name="Lê\ud800 Văn Nam",
        legal_field="dat-dai\ud800",
    )
    assert response.status_code == 400  # no field with that slug
    response = ask(client, land_field, text="Câu hỏi \ud800về thừa kế\u202e đất đai ở nông thôn?")
    assert response.status_code == 201
    assert only_question().text == "Câu hỏi về thừa kế đất đai ở nông thôn?"
