"""The contest load test's driver (bench/contests/load_data.py): it answers each attempt
by the option keys the attempt was given, and knows what the server must store and
score, so that its checks stay exact however keys are drawn."""

import json
import random

from django.utils import timezone

from bench.contests.load_data import answer_keys, answers_for, build_contest, stored_answers
from quizzes.models import Attempt
from quizzes.tokens import token_for
from tests.factories import ParticipantFactory, home_page


def test_the_driver_predicts_what_the_server_stores_and_scores(client, db):
    quiz = build_contest(home_page(), "thử", seed=7, now=timezone.now())
    keys = answer_keys(quiz)
    rng = random.Random(7)
    for _ in range(5):
        auth = {"HTTP_AUTHORIZATION": f"Bearer {token_for(ParticipantFactory())}"}
        attempt = client.post(f"/api/contests/rounds/{quiz.pk}/attempts", **auth).json()
        answers, expected = answers_for(attempt["questions"], keys, rng)
        result = client.post(
            f"/api/contests/attempts/{attempt['id']}/submit",
            data=json.dumps({"answers": answers}),
            content_type="application/json",
            **auth,
        ).json()
        assert result["score"] == expected
        stored = Attempt.objects.get(pk=attempt["id"]).answers
        assert stored == stored_answers(answers, attempt["questions"], keys)
