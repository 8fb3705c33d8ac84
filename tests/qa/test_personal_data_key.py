"""A change of the personal data key keeps askers' names and contacts readable without
the old key, and their questions still found by their contact's hash under the new one
(the same asker sending the same question again gets the same code back)."""

import io

from django.core.management import call_command

from home.personal_data import keyed_hash
from qa.contacts import contact_hash
from qa.duplicates import resent_question
from qa.models import Question
from tests.factories import QuestionFactory


def test_rotating_the_key_reencrypts_askers_and_rehashes_their_contacts(db, settings):
    settings.PERSONAL_DATA_KEY = "old-secret"
    asked = QuestionFactory(asker_name="Trần Văn Bình", contact="0987654321")
    emailed = QuestionFactory(
        contact_kind=Question.ContactKind.EMAIL, contact="binh.tran@example.vn"
    )
    settings.PERSONAL_DATA_KEY = "new-secret"
    settings.PERSONAL_DATA_PREVIOUS_KEYS = ["old-secret"]

    call_command("rotate_personal_data_key", stdout=io.StringIO())

    settings.PERSONAL_DATA_PREVIOUS_KEYS = []
    question = Question.objects.get(pk=asked.pk)
    assert (question.asker_name, question.contact) == ("Trần Văn Bình", "0987654321")
    assert question.contact_hash == keyed_hash("0987654321")
    assert Question.objects.get(pk=emailed.pk).contact == "binh.tran@example.vn"
    assert resent_question(asked.text, contact_hash("0987654321")) == question
