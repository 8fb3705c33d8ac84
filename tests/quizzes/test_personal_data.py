"""Participants' CCCDs are encrypted at rest; one CCCD per contest, the exports and the
suspicious-activity report work through the encrypted value and its keyed hash."""

import csv
import io

import pytest

from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from home.personal_data import keyed_hash
from quizzes import taking
from quizzes.models import ContestEntry, Participant
from tests.factories import ParticipantFactory, QuizPageFactory, UnitFactory
from tests.quizzes.conftest import answers
from tests.quizzes.test_organiser_admin import staff

CCCD = "022090001234"


def rows(sql):
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchall()


def test_the_database_holds_no_plain_cccd(quiz):
    person = ParticipantFactory(cccd=CCCD)
    taking.start(quiz.pk, person)

    stored = rows("SELECT cccd, cccd_hash FROM quizzes_participant")
    entries = rows("SELECT * FROM quizzes_contestentry")
    assert CCCD not in str(stored) and CCCD not in str(entries)
    assert Participant.objects.get().cccd == CCCD
    assert ContestEntry.objects.get().cccd_hash == keyed_hash(CCCD) == stored[0][1]


def test_one_cccd_per_contest_is_refused_through_its_hash(quiz):
    taking.start(quiz.pk, ParticipantFactory(cccd=CCCD))
    with pytest.raises(taking.Refused) as refused:
        taking.start(quiz.pk, ParticipantFactory(cccd=CCCD))
    assert refused.value.code == "cccd_taken"
    taking.start(QuizPageFactory().pk, ParticipantFactory(cccd=CCCD))  # another contest


def test_staff_with_the_permission_export_the_cccd_decrypted(client, quiz):
    person = ParticipantFactory(cccd=CCCD)
    attempt = taking.start(quiz.pk, person)
    taking.submit(attempt.pk, person, answers(attempt))
    client.force_login(staff("view_attempt", "view_personal_data"))
    body = client.get(f"/admin/contests/{quiz.pk}/results.csv").content.decode("utf-8-sig")
    table = list(csv.reader(io.StringIO(body)))
    assert table[1][table[0].index("Số CCCD")] == CCCD
    client.force_login(staff("view_attempt"))
    assert CCCD not in client.get(f"/admin/contests/{quiz.pk}/results.csv").content.decode()


def test_rotating_the_key_reencrypts_and_rehashes(quiz, settings):
    settings.PERSONAL_DATA_KEY = "old-secret"
    first = ParticipantFactory(cccd=CCCD)
    taking.start(quiz.pk, first)
    settings.PERSONAL_DATA_KEY = "new-secret"
    settings.PERSONAL_DATA_PREVIOUS_KEYS = ["old-secret"]
    assert Participant.objects.get(pk=first.pk).cccd == CCCD  # the old key still reads

    call_command("rotate_personal_data_key", stdout=io.StringIO())

    settings.PERSONAL_DATA_PREVIOUS_KEYS = []
    assert Participant.objects.get(pk=first.pk).cccd == CCCD
    assert Participant.objects.get(pk=first.pk).cccd_hash == keyed_hash(CCCD)
    assert ContestEntry.objects.get().cccd_hash == keyed_hash(CCCD)
    with pytest.raises(taking.Refused) as refused:
        taking.start(quiz.pk, ParticipantFactory(cccd=CCCD))
    assert refused.value.code == "cccd_taken"


# Migrating needs real transactions; the content the migrations made (the site's home
# page) is put back afterwards for the tests that follow.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_encrypts_the_cccds_stored_in_plain_text():
    quiz = QuizPageFactory()
    contest = quiz.get_parent()
    unit = UnitFactory()
    executor = MigrationExecutor(connection)
    executor.migrate([("quizzes", "0002_submit_path")])
    old = executor.loader.project_state([("quizzes", "0002_submit_path")]).apps
    person = old.get_model("quizzes", "Participant").objects.create(
        phone="0912345678",
        password="x",
        full_name="Nguyễn Văn An",
        birth_date="1990-05-17",
        unit_id=unit.pk,
        cccd=CCCD,
        consented_at="2025-01-01T00:00:00Z",
        token_salt="salt",
    )
    old.get_model("quizzes", "ContestEntry").objects.create(
        contest_id=contest.pk, participant_id=person.pk, cccd=CCCD
    )

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    assert CCCD not in str(rows("SELECT cccd FROM quizzes_participant"))
    assert Participant.objects.get().cccd == CCCD
    assert Participant.objects.get().cccd_hash == keyed_hash(CCCD)
    assert ContestEntry.objects.get().cccd_hash == keyed_hash(CCCD)
