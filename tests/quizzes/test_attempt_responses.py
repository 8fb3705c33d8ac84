"""The attempt endpoints build their JSON without ninja validating it again: each answer
must still be exactly what their documented response schema describes."""

import datetime
import json

from ninja.responses import NinjaJSONEncoder

from django.utils import timezone

from quizzes.api import AttemptOut, ResultOut
from quizzes.models import Attempt
from quizzes.tokens import token_for
from tests.quizzes.conftest import answers


def conforms(schema, response):
    """Whether the body is valid for ``schema`` and is what ninja renders from it: no
    field missing, none extra, none of another type."""
    body = response.json()
    validated = schema.model_validate(body).model_dump()
    return same(json.loads(json.dumps(validated, cls=NinjaJSONEncoder)), body)


def same(rendered, body):
    if isinstance(rendered, dict):
        return (
            isinstance(body, dict)
            and rendered.keys() == body.keys()
            and all(same(rendered[key], body[key]) for key in rendered)
        )
    if isinstance(rendered, list):
        return (
            isinstance(body, list) and len(rendered) == len(body) and all(map(same, rendered, body))
        )
    if isinstance(rendered, str) and isinstance(body, str) and rendered != body:
        # Times render to the millisecond, and without ".000": a time saved in its first
        # millisecond reads back as another string for the same instant.
        try:
            return datetime.datetime.fromisoformat(rendered) == datetime.datetime.fromisoformat(
                body
            )
        except ValueError:
            return False
    return type(rendered) is type(body) and rendered == body


def test_every_attempt_answer_is_its_documented_schema(client, quiz, person):
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token_for(person)}"}
    started = client.post(f"/api/contests/rounds/{quiz.pk}/attempts", **auth)
    assert started.status_code == 200 and conforms(AttemptOut, started)
    assert started["Content-Type"] == "application/json; charset=utf-8"
    attempt_id = started.json()["id"]
    detail = client.get(f"/api/contests/attempts/{attempt_id}", **auth)
    assert detail.json() == {**started.json(), "seconds_left": detail.json()["seconds_left"]}
    assert conforms(AttemptOut, detail)

    chosen = answers(Attempt.objects.get(pk=attempt_id), [[1], [0, 1], [], [0]])
    saved = client.put(
        f"/api/contests/attempts/{attempt_id}/answers",
        data=json.dumps({"answers": chosen, "prediction": 5}),
        content_type="application/json",
        **auth,
    )
    assert conforms(AttemptOut, saved) and saved.json()["answers"] == chosen
    # When the server stored them, by its clock; a start or a read was no save.
    saved_at = datetime.datetime.fromisoformat(saved.json()["saved_at"])
    assert abs(saved_at - timezone.now()) < datetime.timedelta(seconds=5)
    assert started.json()["saved_at"] is None and detail.json()["saved_at"] is None
    submitted = client.post(
        f"/api/contests/attempts/{attempt_id}/submit",
        data=json.dumps({}),
        content_type="application/json",
        **auth,
    )
    assert conforms(ResultOut, submitted) and submitted.json()["score"] == 8
    result = client.get(f"/api/contests/attempts/{attempt_id}/result", **auth)
    assert conforms(ResultOut, result) and result.json() == submitted.json()
    type(quiz).objects.filter(pk=quiz.pk).update(closes_at=timezone.now())
    closed = client.get(f"/api/contests/attempts/{attempt_id}/result", **auth)
    assert conforms(ResultOut, closed) and len(closed.json()["answer_sheet"]) == 4


def test_vietnamese_text_is_sent_as_utf8_not_escaped(client, quiz, person):
    # Escaped, every Vietnamese letter costs six bytes (\uXXXX) on a phone's connection.
    started = client.post(
        f"/api/contests/rounds/{quiz.pk}/attempts",
        HTTP_AUTHORIZATION=f"Bearer {token_for(person)}",
    )
    assert started.status_code == 200
    assert "Đúng".encode() in started.content
    assert b"\\u" not in started.content
    refused = client.post(f"/api/contests/rounds/{quiz.pk}/attempts")  # errors too
    assert refused.status_code == 401
    assert refused.content == '{"detail": "Cần đăng nhập."}'.encode()


def test_a_save_in_the_first_millisecond_of_a_second_conforms_too(
    client, quiz, person, monkeypatch
):
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token_for(person)}"}
    attempt_id = client.post(f"/api/contests/rounds/{quiz.pk}/attempts", **auth).json()["id"]
    moment = timezone.now().replace(microsecond=123)
    monkeypatch.setattr(timezone, "now", lambda: moment)

    saved = client.put(
        f"/api/contests/attempts/{attempt_id}/answers",
        data=json.dumps({"answers": {}, "prediction": 5}),
        content_type="application/json",
        **auth,
    )

    assert saved.json()["saved_at"].endswith(".000Z")
    assert conforms(AttemptOut, saved)
