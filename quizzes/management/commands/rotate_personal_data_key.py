"""Re-encrypt the personal data under the current ``PERSONAL_DATA_KEY`` and recompute its
keyed hashes, after a new key was put in place with the old one in
``PERSONAL_DATA_PREVIOUS_KEYS`` (docs/operations.md, "Personal data key"). Once it has
run, nothing needs the old key any more. It can be run again safely."""

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.db.models import OuterRef, Subquery

from quizzes.models import ContestEntry, Participant, PhoneVerification
from quizzes.models.participants import cccd_hash

BATCH = 2000


def _rewrite(queryset, fields, change=None):
    """Write ``fields`` of every row of ``queryset`` back, through the fields (so
    encrypted under the current key), after ``change(row)``; how many rows. One UPDATE
    a row, sent in batches: ``bulk_update``'s CASE over thousands of rows costs several
    times more."""
    model = queryset.model
    targets = [model._meta.get_field(name) for name in fields]
    quote = connection.ops.quote_name
    sql = "UPDATE {} SET {} WHERE {} = %s".format(  # noqa: S608 (names from the model)
        quote(model._meta.db_table),
        ", ".join(f"{quote(field.column)} = %s" for field in targets),
        quote(model._meta.pk.column),
    )
    count, last = 0, None
    with connection.cursor() as cursor:
        while True:
            rows = queryset.order_by("pk").only("pk", *fields)
            rows = list((rows.filter(pk__gt=last) if last is not None else rows)[:BATCH])
            if not rows:
                return count
            values = []
            for row in rows:
                if change:
                    change(row)
                values.append(
                    [
                        field.get_db_prep_save(getattr(row, field.attname), connection)
                        for field in targets
                    ]
                    + [row.pk]
                )
            cursor.executemany(sql, values)
            count, last = count + len(rows), rows[-1].pk


def _rehash(person):
    person.cccd_hash = cccd_hash(person.cccd)


class Command(BaseCommand):
    help = (
        "Mã hóa lại dữ liệu cá nhân bằng PERSONAL_DATA_KEY hiện tại và tính lại các giá trị "
        "băm, sau khi đổi khóa."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        people = _rewrite(
            Participant.objects.exclude(cccd=""), ["cccd", "cccd_hash"], change=_rehash
        )
        # An entry holds the hash of its participant's CCCD: the new one.
        entries = ContestEntry.objects.exclude(cccd_hash="").update(
            cccd_hash=Subquery(
                Participant.objects.filter(pk=OuterRef("participant_id")).values("cccd_hash")[:1]
            )
        )
        pending = _rewrite(PhoneVerification.objects.exclude(details=""), ["details"])
        self.stdout.write(
            f"Đã mã hóa lại {people} số CCCD và {pending} đăng ký đang chờ mã; "
            f"đã tính lại giá trị băm của {entries} lượt tham gia cuộc thi."
        )
