"""Re-encrypt the personal data under the current ``PERSONAL_DATA_KEY`` and recompute its
keyed hashes, after a new key was put in place with the old one in
``PERSONAL_DATA_PREVIOUS_KEYS`` (docs/operations.md, "Personal data key"). Once it has
run, nothing needs the old key any more. It can be run again safely."""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.db.models import OuterRef, Subquery

from quizzes.models import ContestEntry, Participant, PhoneVerification
from quizzes.models.participants import cccd_hash

BATCH = 2000


def _in_batches(queryset, fields, change=None):
    """Write ``fields`` of every row of ``queryset`` back (encrypting them under the
    current key), after ``change(row)``; how many rows."""
    batch, count = [], 0
    for row in queryset.only("pk", *fields).iterator(BATCH):
        if change:
            change(row)
        batch.append(row)
        if len(batch) == BATCH:
            count += len(batch)
            type(row).objects.bulk_update(batch, fields)
            batch = []
    if batch:
        type(batch[0]).objects.bulk_update(batch, fields)
    return count + len(batch)


def _rehash(person):
    person.cccd_hash = cccd_hash(person.cccd)


class Command(BaseCommand):
    help = (
        "Mã hóa lại dữ liệu cá nhân bằng PERSONAL_DATA_KEY hiện tại và tính lại các giá trị "
        "băm, sau khi đổi khóa."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        people = _in_batches(
            Participant.objects.exclude(cccd=""), ["cccd", "cccd_hash"], change=_rehash
        )
        # An entry holds the hash of its participant's CCCD: the new one.
        entries = ContestEntry.objects.exclude(cccd_hash="").update(
            cccd_hash=Subquery(
                Participant.objects.filter(pk=OuterRef("participant_id")).values("cccd_hash")[:1]
            )
        )
        pending = _in_batches(PhoneVerification.objects.exclude(details=""), ["details"])
        self.stdout.write(
            f"Đã mã hóa lại {people} số CCCD và {pending} đăng ký đang chờ mã; "
            f"đã tính lại giá trị băm của {entries} lượt tham gia cuộc thi."
        )
