"""The suspicious-activity report: what organisers check before announcing prizes."""

import datetime

import pytest

from django.utils import timezone

from quizzes.models import Attempt
from quizzes.suspicious import fast_attempts, shared_addresses, shared_cccd, shared_devices
from tests.factories import ParticipantFactory, QuizPageFactory
from tests.quizzes.test_organiser_admin import staff

PHONE = "Mozilla/5.0 (Linux; Android 14; SM-A546E)"


@pytest.fixture
def quiz(db):
    return QuizPageFactory(attempts_allowed=0)


def attempt(quiz, person, ip="203.0.113.7", device=PHONE, seconds=600, right=3):
    started = timezone.now() - datetime.timedelta(hours=1)
    return Attempt.objects.create(
        quiz=quiz,
        participant=person,
        number=Attempt.objects.filter(quiz=quiz, participant=person).count() + 1,
        started_at=started,
        deadline=started + datetime.timedelta(minutes=30),
        finished_at=started + datetime.timedelta(seconds=seconds),
        finish="submitted",
        questions=[{"id": str(n), "options": [0, 1]} for n in range(4)],
        score=right * 4,
        correct_count=right,
        duration_ms=seconds * 1000,
        ip=ip,
        device=device,
    )


def test_many_accounts_from_one_address_and_one_device(quiz):
    for _ in range(5):
        attempt(quiz, ParticipantFactory())  # one address, one phone
    for n in range(4):
        attempt(quiz, ParticipantFactory(), ip="198.51.100.9", device=f"Thiết bị {n}")
    assert shared_addresses(quiz) == [("203.0.113.7", 5)]
    assert shared_devices(quiz) == [("203.0.113.7", PHONE, 5)]


def test_attempts_too_fast_to_have_been_read(quiz):
    bot = attempt(quiz, ParticipantFactory(), seconds=5, right=4)
    attempt(quiz, ParticipantFactory(), seconds=5, right=1)  # fast and wrong: guessing
    attempt(quiz, ParticipantFactory(), seconds=300, right=4)  # a good, careful reader
    assert fast_attempts(quiz) == [bot]


def test_one_cccd_on_several_accounts(quiz):
    first = ParticipantFactory(cccd="022090001234")
    second = ParticipantFactory(cccd="022090001234")
    attempt(quiz, first)
    attempt(quiz, ParticipantFactory())
    assert shared_cccd(quiz) == [("022090001234", [first, second])]


def test_the_report_page_masks_people_without_the_personal_permission(client, quiz):
    first = ParticipantFactory(cccd="022090001234", full_name="Trần Thị Hoa")
    ParticipantFactory(cccd="022090001234")
    attempt(quiz, first, seconds=3, right=4)
    client.force_login(staff("view_attempt"))
    page = client.get(f"/admin/contests/{quiz.pk}/suspicious/").content.decode()
    assert "Trần T. H." in page and "Trần Thị Hoa" not in page
    assert "022090001234" not in page and "••••••••1234" in page
    client.force_login(staff("view_attempt", "view_personal_data"))
    page = client.get(f"/admin/contests/{quiz.pk}/suspicious/").content.decode()
    assert "Trần Thị Hoa" in page and "022090001234" in page
