"""The contest API as a district site or a mobile app uses it."""

import json

import pytest

from home.phones import normalise_phone
from quizzes.models import Attempt, Participant
from tests.factories import QuizPageFactory, UnitFactory
from tests.quizzes.conftest import sms_code

REGISTRATION = {
    "phone": "+84 912 345 678",
    "password": "Hoc-luat-2026",
    "full_name": "  Nguyễn   Văn An ",
    "birth_date": "1990-05-17",
    "cccd": "022090001234",
    "email": "an@example.vn",
    "consent": True,
}


@pytest.fixture
def unit(db):
    return UnitFactory(name="Phường Hồng Gai")


@pytest.fixture
def quiz(db):
    return QuizPageFactory()


def post(client, url, data, token=None, method="post", **extra):
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token else {}
    return getattr(client, method)(
        url, data=json.dumps(data), content_type="application/json", **headers, **extra
    )


def captcha(client):
    """A challenge and its answer, read where the server keeps it."""
    from captcha.models import CaptchaStore

    key = client.get("/api/contests/captcha").json()["key"]
    return {"captcha_key": key, "captcha_answer": CaptchaStore.objects.get(hashkey=key).response}


def request_registration(client, in_unit, REMOTE_ADDR="127.0.0.1", **changes):  # noqa: N803
    """The first step: the form and the CAPTCHA; a code goes out by SMS."""
    data = {**REGISTRATION, "unit": in_unit.slug, **captcha(client), **changes}
    return post(client, "/api/contests/participants", data, REMOTE_ADDR=REMOTE_ADDR)


def register(client, in_unit, REMOTE_ADDR="127.0.0.1", **changes):  # noqa: N803 (WSGI name)
    """Both steps, the code read from the SMS: the confirmation's answer, or the first
    step's when that one refused."""
    sent = request_registration(client, in_unit, REMOTE_ADDR, **changes)
    if sent.status_code != 202:
        return sent
    phone = normalise_phone(changes.get("phone", REGISTRATION["phone"]))
    code = {"verification": sent.json()["verification"], "code": sms_code(phone) or "000000"}
    return post(client, "/api/contests/participants/confirm", code, REMOTE_ADDR=REMOTE_ADDR)


def test_registering_normalises_the_phone_and_signs_in(client, unit):
    response = register(client, unit)
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["participant"]["phone"] == "0912345678"
    assert body["participant"]["full_name"] == "Nguyễn Văn An"
    assert body["participant"]["cccd"] == "••••••••1234"
    me = client.get("/api/contests/me", HTTP_AUTHORIZATION=f"Bearer {body['token']}")
    assert me.json()["unit"] == unit.slug
    stored = Participant.objects.get()
    assert stored.consented_at is not None and stored.password != REGISTRATION["password"]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"consent": False}, "Cần đồng ý xử lý dữ liệu cá nhân"),
        ({"phone": "0212345678"}, "bắt đầu bằng 03"),
        ({"cccd": "12345"}, "12 chữ số"),
        ({"unit": "khong-co"}, "Không có đơn vị này"),
        ({"full_name": "An"}, "họ và tên"),
    ],
)
def test_bad_registrations_are_refused_with_the_reason(client, unit, changes, message):
    response = register(client, unit, **changes)
    assert response.status_code == 400
    assert message in response.json()["detail"]
    assert not Participant.objects.exists()


def test_registration_needs_the_captcha_answered_once(client, unit):
    challenge = client.get("/api/contests/captcha").json()
    image = client.get(challenge["image"].replace("http://testserver", ""))
    assert image.status_code == 200 and image["Content-Type"] == "image/png"
    wrong = register(client, unit, captcha_key=challenge["key"], captcha_answer="sai")
    assert wrong.status_code == 400 and "Mã kiểm tra" in wrong.json()["detail"]
    solved = captcha(client)
    assert register(client, unit, **solved).status_code == 201
    # A challenge is good for one answer only.
    reused = register(client, unit, phone="0987654321", cccd="", **solved)
    assert reused.status_code == 400 and "Mã kiểm tra" in reused.json()["detail"]


def test_one_account_per_phone_number(client, unit):
    register(client, unit)
    again = register(client, unit, phone="0912.345.678", cccd="")
    assert again.status_code == 400
    assert "Mã xác nhận không đúng" in again.json()["detail"]
    assert Participant.objects.count() == 1


def test_signing_in_with_any_spelling_of_the_number(client, unit):
    register(client, unit)
    ok = post(client, "/api/contests/token", {"phone": "84912345678", "password": "Hoc-luat-2026"})
    assert ok.status_code == 200 and ok.json()["token"]
    wrong = post(client, "/api/contests/token", {"phone": "0912345678", "password": "sai-roi-123"})
    assert wrong.status_code == 401


def test_the_address_recorded_is_a_real_one_whatever_the_headers_say(client, unit, quiz):
    token = register(client, unit).json()["token"]
    forged = {"HTTP_X_FORWARDED_FOR": "<script>, 10.0.0.1"}
    started = post(client, f"/api/contests/rounds/{quiz.pk}/attempts", {}, token, **forged)
    assert started.status_code == 200
    assert Attempt.objects.get().ip == "127.0.0.1"  # the peer, not the header
    assert Participant.objects.get().registration_ip == "127.0.0.1"


def test_attempts_need_a_valid_token(client, quiz):
    assert client.post(f"/api/contests/rounds/{quiz.pk}/attempts").status_code == 401
    response = client.post(
        f"/api/contests/rounds/{quiz.pk}/attempts", HTTP_AUTHORIZATION="Bearer gia-mao"
    )
    assert response.status_code == 401


# The right options of the factory's bank, by their text: what a participant reads.
RIGHT = [{"01/8/2024"}, {"Quốc hội", "Hội đồng nhân dân"}, {"Đúng"}, {"Sở Tư pháp"}]


def keys_of(question, texts):
    """The keys of ``question``'s options whose text is one of ``texts``."""
    return [option["key"] for option in question["options"] if option["text"] in texts]


def test_a_whole_round_through_the_api(client, unit, quiz):
    token = register(client, unit).json()["token"]
    started = post(client, f"/api/contests/rounds/{quiz.pk}/attempts", {}, token)
    assert started.status_code == 200, started.content
    attempt = started.json()
    assert attempt["seconds_left"] > 29 * 60
    assert "correct" not in started.content.decode()
    questions = attempt["questions"]
    assert [option["text"] for option in questions[2]["options"]] == ["Đúng", "Sai"]
    first = keys_of(questions[0], RIGHT[0])
    ids = [question["id"] for question in questions]
    saved = post(
        client,
        f"/api/contests/attempts/{attempt['id']}/answers",
        {"answers": {ids[0]: first}, "prediction": 12},
        token,
        method="put",
    )
    assert saved.json()["answers"] == {ids[0]: first} and saved.json()["prediction"] == 12
    # A reload resumes the same attempt with what was saved, by the same keys.
    again = post(client, f"/api/contests/rounds/{quiz.pk}/attempts", {}, token).json()
    assert (again["id"], again["answers"]) == (attempt["id"], {ids[0]: first})
    assert again["questions"] == questions
    answers = {q["id"]: keys_of(q, right) for q, right in zip(questions, RIGHT, strict=True)}
    url = f"/api/contests/attempts/{attempt['id']}/submit"
    result = post(client, url, {"answers": answers}, token)
    assert result.status_code == 200
    assert {k: result.json()[k] for k in ("score", "correct_count", "question_count")} == {
        "score": 16,
        "correct_count": 4,
        "question_count": 4,
    }
    assert result.json()["answer_sheet"] is None  # the round is still open
    twice = post(client, url, {"answers": {}}, token)
    assert twice.json()["score"] == 16
    over = post(client, f"/api/contests/rounds/{quiz.pk}/attempts", {}, token)
    assert over.status_code == 409
    assert "hết 1 lượt" in over.json()["detail"]
    assert Attempt.objects.count() == 1


def test_answers_and_explanations_come_with_the_result_after_the_close(client, unit, quiz):
    token = register(client, unit).json()["token"]
    attempt = post(client, f"/api/contests/rounds/{quiz.pk}/attempts", {}, token).json()
    questions = attempt["questions"]
    chosen = {questions[0]["id"]: keys_of(questions[0], {"01/01/2025"})}
    post(client, f"/api/contests/attempts/{attempt['id']}/submit", {"answers": chosen}, token)
    url = f"/api/contests/attempts/{attempt['id']}/result"
    assert client.get(url, HTTP_AUTHORIZATION=f"Bearer {token}").json()["answer_sheet"] is None
    type(quiz).objects.filter(pk=quiz.pk).update(opens_at=quiz.opens_at, closes_at=quiz.opens_at)
    sheet = client.get(url, HTTP_AUTHORIZATION=f"Bearer {token}").json()["answer_sheet"]
    # By the keys this attempt was given, as its questions showed them.
    assert [item["options"] for item in sheet] == [q["options"] for q in questions]
    correct = [keys_of(q, right) for q, right in zip(questions, RIGHT, strict=True)]
    assert [item["correct"] for item in sheet] == correct
    assert [item["chosen"] for item in sheet] == [chosen[questions[0]["id"]], [], [], []]


def test_bad_answers_get_a_400_and_someone_elses_attempt_a_404(client, unit, quiz):
    token = register(client, unit).json()["token"]
    attempt = post(client, f"/api/contests/rounds/{quiz.pk}/attempts", {}, token).json()
    url = f"/api/contests/attempts/{attempt['id']}/answers"
    bad = post(client, url, {"answers": {"khong-co": [0]}}, token, method="put")
    assert bad.status_code == 400 and "không có trong lượt" in bad.json()["detail"]
    question = attempt["questions"][0]
    unknown = max(option["key"] for option in question["options"]) + 1
    bad = post(client, url, {"answers": {question["id"]: [unknown]}}, token, method="put")
    assert bad.status_code == 400
    assert bad.json()["detail"] == (
        f"Câu '{question['id']}': phương án có mã {unknown} không thuộc câu hỏi "
        "trong lượt làm bài này."
    )
    other = register(client, UnitFactory(), phone="0987654321", cccd="").json()["token"]
    stolen = post(client, f"/api/contests/attempts/{attempt['id']}/submit", {}, other)
    assert stolen.status_code == 404
    assert Attempt.objects.get(pk=attempt["id"]).answers == {}


def test_the_contest_endpoints_are_in_the_openapi_schema(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in [
        "/api/contests/participants",
        "/api/contests/participants/confirm",
        "/api/contests/token",
        "/api/contests/me/password",
        "/api/contests/password-reset",
        "/api/contests/password-reset/confirm",
        "/api/contests/rounds/{round_id}/attempts",
        "/api/contests/attempts/{attempt_id}/submit",
    ]:
        assert path in paths
