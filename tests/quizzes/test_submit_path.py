"""The submit path under load: few queries, the question bank parsed once per version,
and a result given from what was written, never from a guess."""

import copy
import json

import pytest

from django.utils import timezone

from quizzes import attempt_sql, bank, taking
from quizzes.models import Attempt, QuizPage
from quizzes.tokens import Signed, participant_for, token_for
from tests.factories import ParticipantFactory
from tests.quizzes.conftest import answers

ALL_WRONG = [[1], [2], [1], [1]]


def api_submit(client, person, attempt, body):
    return client.post(
        f"/api/contests/attempts/{attempt.pk}/submit",
        data=json.dumps(body),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token_for(person)}",
    )


def republish_with(quiz, change):
    """Publish ``quiz`` again with ``change`` applied to a copy of its bank's JSON."""
    page = QuizPage.objects.get(pk=quiz.pk)
    bank = copy.deepcopy(list(page.questions.raw_data))
    change(bank)
    page.questions = bank
    page.save_revision().publish()
    return QuizPage.objects.get(pk=quiz.pk)


def test_a_submit_costs_two_queries(client, quiz, person, django_assert_num_queries):
    attempt = taking.start(quiz.pk, person)
    body = {"answers": answers(attempt)}
    # The attempt with its round's fields (checking the token too), the finishing write.
    with django_assert_num_queries(2):
        response = api_submit(client, person, attempt, body)
    assert response.status_code == 200, response.content


def test_saving_answers_costs_two_queries(client, quiz, person, django_assert_num_queries):
    attempt = taking.start(quiz.pk, person)
    chosen = answers(attempt, [[1], [], [], []])
    with django_assert_num_queries(2):
        response = client.put(
            f"/api/contests/attempts/{attempt.pk}/answers",
            data=json.dumps({"answers": chosen, "prediction": 4}),
            content_type="application/json",
            HTTP_AUTHORIZATION=f"Bearer {token_for(person)}",
        )
    assert response.json()["answers"] == chosen
    assert response.json()["prediction"] == 4
    assert response.json()["prediction_question"] == quiz.prediction_question


def test_the_result_given_is_the_one_stored(client, quiz, person):
    attempt = taking.start(quiz.pk, person)
    keys = [[0], [0], [0], [1]]  # two right
    response = api_submit(
        client, person, attempt, {"answers": answers(attempt, keys), "prediction": 7}
    )
    result = response.json()
    stored = Attempt.objects.get(pk=attempt.pk)
    assert result["finish"] == stored.finish == "submitted"
    assert result["score"] == stored.score == 8
    assert result["correct_count"] == stored.correct_count == 2
    assert result["duration_ms"] == stored.duration_ms
    assert result["prediction"] == stored.prediction == 7
    # Stored by the options' places in the bank, whatever keys the attempt gave them.
    assert stored.answers == {block.id: k for block, k in zip(quiz.questions, keys, strict=True)}
    assert not stored.all_correct
    again = api_submit(client, person, attempt, {"answers": answers(attempt), "prediction": 1})
    assert again.json() == result


def test_a_submit_that_loses_a_race_returns_what_the_winner_wrote(quiz, person, monkeypatch):
    attempt = taking.start(quiz.pk, person)
    unfinished = taking.own_attempt(attempt.pk, person)
    winner = taking.submit(attempt.pk, person, answers(attempt), prediction=3)
    # The loser read the attempt before the winner wrote, so its write finds nothing to
    # finish; what it returns must be the winner's result, read back.
    monkeypatch.setattr(taking, "own_attempt", lambda *args: unfinished)
    loser = taking.submit(attempt.pk, person, answers(attempt, ALL_WRONG), prediction=99)
    assert loser is unfinished
    for field in taking.RESULT_FIELDS:
        assert getattr(loser, field) == getattr(winner, field), field
    assert Attempt.objects.get(pk=attempt.pk).score == 16


def test_the_bank_is_parsed_once_for_every_load_of_the_page(quiz):
    first = QuizPage.objects.get(pk=quiz.pk).question_blocks()
    second = QuizPage.objects.get(pk=quiz.pk).question_blocks()
    assert first is second
    assert list(first) == [block.id for block in quiz.questions]
    with pytest.raises(TypeError):
        first["khac"] = None  # shared between requests: read-only


def test_publishing_a_corrected_bank_scores_against_the_correction(client, quiz, person):
    attempt = taking.start(quiz.pk, person)
    before = QuizPage.objects.get(pk=quiz.pk).question_blocks()

    def second_option_is_right(bank):
        for number, option in enumerate(bank[0]["value"]["options"]):
            option["value"]["correct"] = number == 1  # list items are stored with ids

    corrected = republish_with(quiz, second_option_is_right)
    blocks = corrected.question_blocks()
    assert blocks is not before and list(blocks) == list(before)
    keys = [[1], [0, 1], [0], [0]]
    result = api_submit(client, person, attempt, {"answers": answers(attempt, keys)}).json()
    assert (result["score"], result["correct_count"]) == (16, 4)


def test_a_bank_saved_without_a_revision_is_parsed_again(quiz):
    before = quiz.question_blocks()
    page = QuizPage.objects.get(pk=quiz.pk)
    raw = copy.deepcopy(list(page.questions.raw_data))
    raw[2]["value"]["statement_is_true"] = False
    page.questions = raw
    page.save()
    after = QuizPage.objects.get(pk=quiz.pk).question_blocks()
    assert after is not before
    assert after[quiz.questions[2].id].value["statement_is_true"] is False
    assert before[quiz.questions[2].id].value["statement_is_true"] is True


def test_changing_a_page_in_memory_does_not_change_the_shared_blocks(quiz):
    page = QuizPage.objects.get(pk=quiz.pk)
    page.question_blocks()
    page.questions[0].value["points"] = 99
    shared = QuizPage.objects.get(pk=quiz.pk).question_blocks()
    assert shared[quiz.questions[0].id].value["points"] == 4


def test_the_attempt_loads_its_round_in_part_and_the_rest_on_use(
    quiz, person, django_assert_num_queries
):
    attempt = taking.start(quiz.pk, person)
    with django_assert_num_queries(1):
        loaded = taking.own_attempt(attempt.pk, person)
        loaded.quiz.state()
        loaded.quiz.question_blocks()
        assert loaded.quiz.prediction_question and loaded.quiz.show_answers_after_close
    assert loaded.quiz.title == quiz.title  # any other field, with a query of its own


def test_an_attempt_read_in_sql_has_the_values_the_orm_reads(quiz, person):
    attempt = taking.start(quiz.pk, person)
    taking.save(attempt.pk, person, answers(attempt, [[1], [], [0], [1]]), prediction=12)
    found = attempt_sql.find(attempt.pk, person, taking.ROUND_FIELDS)
    stored = Attempt.objects.select_related("quiz").get(pk=attempt.pk)
    for field in Attempt._meta.concrete_fields:
        assert getattr(found, field.attname) == getattr(stored, field.attname), field.name
    for name in taking.ROUND_FIELDS:
        assert getattr(found.quiz, name) == getattr(stored.quiz, name), name
    assert found.quiz.question_blocks() is stored.quiz.question_blocks()
    assert timezone.is_aware(found.started_at) and timezone.is_aware(found.quiz.closes_at)
    assert found.quiz.pk == quiz.pk


def test_an_attempt_is_found_only_for_its_participant_with_a_live_token(quiz, person):
    attempt = taking.start(quiz.pk, person)
    other = ParticipantFactory()
    assert attempt_sql.find(attempt.pk, other, taking.ROUND_FIELDS) is None
    revoked = Signed(person.pk, "an-old-salt")
    assert attempt_sql.find(attempt.pk, revoked, taking.ROUND_FIELDS) is None
    assert attempt_sql.find(attempt.pk, Signed(person.pk, person.token_salt), ["opens_at"])


def test_a_revoked_token_cannot_submit_and_changes_nothing(client, quiz, person):
    attempt = taking.start(quiz.pk, person)
    token = token_for(person)
    person.set_password("mat-khau-moi-2026")
    person.save()
    response = client.post(
        f"/api/contests/attempts/{attempt.pk}/submit",
        data=json.dumps({"answers": answers(attempt)}),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {token}",
    )
    assert response.status_code == 401
    assert "đăng nhập lại" in response.json()["detail"]
    assert Attempt.objects.get(pk=attempt.pk).finished_at is None
    other_persons = api_submit(client, ParticipantFactory(), attempt, {"answers": {}})
    assert other_persons.status_code == 404


def test_a_round_keeps_the_digest_of_its_live_bank_as_stored(quiz):
    def digest_of_stored(page):
        return bank.digest(list(QuizPage.objects.get(pk=page.pk).questions.raw_data))

    live = QuizPage.objects.get(pk=quiz.pk)
    assert live.bank_digest == digest_of_stored(quiz)
    draft = QuizPage.objects.get(pk=quiz.pk)
    draft.questions[0].value["points"] = 9
    draft.save_revision()  # a draft leaves the live bank and its digest alone
    assert QuizPage.objects.get(pk=quiz.pk).bank_digest == live.bank_digest
    changed = republish_with(quiz, lambda data: data[0]["value"].update(points=9))
    assert changed.bank_digest not in ("", live.bank_digest)
    assert changed.bank_digest == digest_of_stored(quiz)


def test_a_token_stops_working_when_its_participant_is_gone_or_signed_out(person):
    token = token_for(person)
    assert participant_for(token) == person
    person.set_password("mat-khau-moi-2026")
    person.save()
    assert participant_for(token) is None
    other = ParticipantFactory()
    token = token_for(other)
    other.delete()
    assert participant_for(token) is None
