"""The start path under a round's opening burst: few queries, no lock, the unique
constraints deciding between concurrent starts, and every refusal still given."""

import threading

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import PageViewRestriction

from quizzes import start_sql, taking
from quizzes.models import Attempt, ContestEntry, Participant, QuizPage
from quizzes.site_views import SESSION_KEY
from quizzes.tokens import Signed, token_for
from tests.factories import ContestPageFactory, ParticipantFactory, QuizPageFactory, UnitFactory
from tests.quizzes.conftest import change_round

# The read (token, round, contest, entry, attempts), then the entry and the attempt: in
# one statement on PostgreSQL, in two in one transaction elsewhere.
FIRST_START_QUERIES = 2 if connection.vendor == "postgresql" else 3

needs_server = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="threads need a server; SQLite has one writer"
)


def api_start(client, quiz, person, token=None, round_id=None):
    return client.post(
        f"/api/contests/rounds/{round_id or quiz.pk}/attempts",
        HTTP_AUTHORIZATION=f"Bearer {token or token_for(person)}",
    )


@pytest.fixture
def parsed(quiz):
    """The round, its bank parsed by this process already: as in a worker that served it
    once (the first start of a bank in a process reads the bank too)."""
    quiz.question_blocks()
    return quiz


def test_a_first_start_costs_at_most_three_queries(
    client, parsed, person, django_assert_num_queries
):
    with django_assert_num_queries(FIRST_START_QUERIES):
        response = api_start(client, parsed, person)
    assert response.status_code == 200, response.content
    attempt = Attempt.objects.get(participant=person)
    assert response.json()["id"] == attempt.pk and len(response.json()["questions"]) == 4
    assert ContestEntry.objects.get(participant=person).contest_id == parsed.get_parent().pk


def test_a_resumed_start_costs_one_query(client, parsed, person, django_assert_num_queries):
    first = api_start(client, parsed, person).json()
    with django_assert_num_queries(1):
        again = api_start(client, parsed, person)
    assert again.json() == {**first, "seconds_left": again.json()["seconds_left"]}


def test_a_start_in_a_second_round_of_the_contest_costs_two_queries(
    client, parsed, person, django_assert_num_queries
):
    taking.start(QuizPageFactory(parent=parsed.get_parent()).pk, person)  # enters the contest
    with django_assert_num_queries(2):
        response = api_start(client, parsed, person)
    assert response.json()["number"] == 1


def test_the_site_starts_with_the_same_queries(client, parsed, person, monkeypatch):
    session = client.session
    session[SESSION_KEY] = token_for(person)
    session.save()
    counted = []

    def counting_start(*args, **kwargs):
        with CaptureQueriesContext(connection) as queries:
            attempt = start(*args, **kwargs)
        counted.append(len(queries))
        return attempt

    # Beyond serving the page (the site, its pages, the session): the start's own.
    start = taking.start
    monkeypatch.setattr(taking, "start", counting_start)
    response = client.post(parsed.route_url("start"))
    attempt = Attempt.objects.get(participant=person)
    assert response["Location"] == parsed.route_url("attempt", attempt.pk)
    assert counted == [FIRST_START_QUERIES]


def test_what_a_start_reads_in_sql_is_what_the_orm_reads(parsed, person):
    contest = parsed.get_parent().specific
    contest.eligible_units.add(person.unit, UnitFactory())
    contest.save()
    taking.start(parsed.pk, person)
    found = start_sql.read(parsed.pk, person, taking.START_FIELDS, taking.ENTRY_READS, True)
    stored = QuizPage.objects.get(pk=parsed.pk)
    for name in taking.START_FIELDS:
        assert getattr(found.quiz, name) == getattr(stored, name), name
    assert timezone.is_aware(found.quiz.opens_at)
    assert (found.contest_id, found.requires_cccd) == (contest.pk, contest.requires_cccd)
    stored_person = Participant.objects.get(pk=person.pk)
    for name in taking.ENTRY_READS:
        assert getattr(found.participant, name) == getattr(stored_person, name), name
    assert (found.attempt_count, found.entered, found.eligible) == (1, True, True)
    attempt = Attempt.objects.get()
    for field in Attempt._meta.concrete_fields:
        assert getattr(found.latest, field.attname) == getattr(attempt, field.attname), field.name
    assert found.latest.quiz is found.quiz
    contest.eligible_units.set([UnitFactory()])
    contest.save()
    stranger = ParticipantFactory()
    found = start_sql.read(parsed.pk, stranger, ["opens_at"], [], False)
    assert (found.attempt_count, found.entered, found.eligible, found.latest) == (
        0,
        False,
        False,
        None,
    )


def test_the_api_starts_only_live_public_rounds_for_a_live_token(client, quiz, person):
    assert api_start(client, quiz, person, token="gia-mao").status_code == 401
    revoked = token_for(person)
    person.set_password("mat-khau-moi-2026")
    person.save()
    response = api_start(client, quiz, person, token=revoked)
    assert response.status_code == 401 and "đăng nhập lại" in response.json()["detail"]
    restricted = QuizPageFactory()
    PageViewRestriction.objects.create(page=restricted.get_parent(), restriction_type="login")
    draft = QuizPageFactory()
    draft.unpublish()
    for hidden in (restricted, draft):
        response = api_start(client, hidden, person)
        assert response.status_code == 404
        assert response.json()["detail"] == "Không tìm thấy vòng thi."
    assert api_start(client, quiz, person, round_id=999_999).status_code == 404
    assert not Attempt.objects.exists()


def test_the_site_starts_a_round_under_a_restriction_its_visitor_passed(client, quiz, person):
    # Wagtail's serving lets through whoever passed the restriction: the start does not
    # check it again there.
    PageViewRestriction.objects.create(page=quiz, restriction_type="password", password="x")
    assert not taking.start(quiz.pk, Signed(person.pk, person.token_salt)).finished_at
    with pytest.raises(taking.Refused) as refused:
        taking.start(quiz.pk, person, public_only=True)
    assert refused.value.code == "not_found"


def test_a_revoked_token_on_the_site_is_sent_to_sign_in(client, quiz, person):
    session = client.session
    session[SESSION_KEY] = token_for(person)
    session.save()
    person.set_password("mat-khau-moi-2026")
    person.save()
    response = client.post(quiz.route_url("start"))
    assert response["Location"].startswith(quiz.get_parent().specific.route_url("sign_in"))
    assert not Attempt.objects.exists()


def test_a_first_start_racing_another_gets_its_attempt_and_a_cccd_enters_once(
    quiz, person, monkeypatch
):
    # Read before the concurrent first start wrote its entry and attempt.
    stale = start_sql.read(quiz.pk, person, taking.START_FIELDS, taking.ENTRY_READS, False)
    winner = taking.start(quiz.pk, person)
    monkeypatch.setattr(start_sql, "read", lambda *args: stale)
    assert taking.start(quiz.pk, person).pk == winner.pk
    assert ContestEntry.objects.get().participant == person
    monkeypatch.undo()

    other = ParticipantFactory(cccd=person.cccd)
    with pytest.raises(taking.Refused) as refused:
        taking.start(quiz.pk, other)
    assert refused.value.code == "cccd_taken"
    assert Attempt.objects.get() == winner


def test_a_start_that_loses_the_race_for_its_number_gets_the_winners_attempt(
    quiz, person, monkeypatch
):
    change_round(quiz, attempts_allowed=2)
    stale = start_sql.read(quiz.pk, person, taking.START_FIELDS, taking.ENTRY_READS, False)
    winner = taking.start(quiz.pk, person)
    # The loser read before the winner wrote: it tries the same number.
    monkeypatch.setattr(start_sql, "read", lambda *args: stale)
    assert taking.start(quiz.pk, person).pk == winner.pk
    # Had the winner's attempt been finished since, the loser makes no second one.
    Attempt.objects.update(finished_at=timezone.now())
    with pytest.raises(taking.Refused) as refused:
        taking.start(quiz.pk, person)
    assert refused.value.code == "no_attempts_left"
    assert Attempt.objects.count() == 1


def run_together(count, call):
    """``call(n)`` in ``count`` threads released at once; their results or exceptions."""
    barrier, results = threading.Barrier(count), [None] * count

    def run(n):
        barrier.wait()
        try:
            results[n] = call(n)
        except taking.Refused as refusal:
            results[n] = refusal
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@needs_server
def test_concurrent_first_starts_make_one_entry_and_one_running_attempt():
    quiz, person = QuizPageFactory(), ParticipantFactory()
    results = run_together(6, lambda n: taking.start(quiz.pk, person).pk)
    [attempt] = Attempt.objects.filter(participant=person)
    assert results == [attempt.pk] * 6
    assert attempt.finished_at is None and attempt.number == 1
    assert ContestEntry.objects.filter(participant=person).count() == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@needs_server
def test_concurrent_first_starts_with_one_cccd_let_one_person_in():
    quiz = QuizPageFactory()
    people = [ParticipantFactory(cccd="012345678901") for _ in range(4)]
    results = run_together(4, lambda n: taking.start(quiz.pk, people[n]))
    refused = [r for r in results if isinstance(r, taking.Refused)]
    assert [r.code for r in refused] == ["cccd_taken"] * 3
    assert ContestEntry.objects.count() == Attempt.objects.count() == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@needs_server
def test_concurrent_starts_never_give_more_attempts_than_allowed():
    contest = ContestPageFactory()
    quiz = QuizPageFactory(parent=contest, attempts_allowed=2)
    person = ParticipantFactory()
    first = taking.start(quiz.pk, person)
    taking.submit(first.pk, person, {})
    results = run_together(6, lambda n: taking.start(quiz.pk, person).pk)
    second = Attempt.objects.get(participant=person, number=2)
    assert results == [second.pk] * 6
    assert Attempt.objects.count() == 2


def test_a_start_resumes_the_latest_attempt_after_finished_ones(quiz, person):
    change_round(quiz, attempts_allowed=3)
    first = taking.start(quiz.pk, person)
    taking.submit(first.pk, person, {})
    second = taking.start(quiz.pk, person)
    assert second.number == 2
    assert taking.start(quiz.pk, person).pk == second.pk
    found = start_sql.read(quiz.pk, person, ["opens_at"], [], False)
    assert (found.attempt_count, found.latest.pk) == (2, second.pk)
