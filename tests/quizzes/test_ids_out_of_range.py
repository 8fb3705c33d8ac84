"""Ids in addresses are whatever a client types: one past 64 bits finds nothing, as an
unknown id does, instead of reaching the database driver, which raises on it."""

import json

import pytest

from quizzes.site_views import SESSION_KEY
from quizzes.tokens import token_for
from tests.factories import ParticipantFactory, QuizPageFactory

TOO_BIG = [2**63, 18446744073709551617, 169165820324356292608]


@pytest.fixture
def bearer(db):
    return {"HTTP_AUTHORIZATION": f"Bearer {token_for(ParticipantFactory())}"}


@pytest.mark.parametrize("number", [*TOO_BIG, 0])
@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("post", "/api/contests/rounds/{}/attempts", None),
        ("get", "/api/contests/attempts/{}", None),
        ("put", "/api/contests/attempts/{}/answers", {"answers": {}, "prediction": 307}),
        ("post", "/api/contests/attempts/{}/submit", {}),
        ("get", "/api/contests/attempts/{}/result", None),
    ],
)
def test_the_api_answers_404_for_an_id_no_row_can_have(client, bearer, method, path, body, number):
    extra = {}
    if body is not None:
        extra = {"data": json.dumps(body), "content_type": "application/json"}
    response = getattr(client, method)(path.format(number), **extra, **bearer)
    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


@pytest.mark.parametrize("route", ["attempt", "result"])
def test_the_round_pages_answer_404_for_such_an_attempt(client, db, route):
    quiz = QuizPageFactory()
    session = client.session
    session[SESSION_KEY] = token_for(ParticipantFactory())
    session.save()
    assert client.get(quiz.route_url(route, TOO_BIG[1])).status_code == 404
