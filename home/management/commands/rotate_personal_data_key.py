"""Re-encrypt the personal data under the current ``PERSONAL_DATA_KEY`` and recompute its
keyed hashes, after a new key was put in place with the old one in
``PERSONAL_DATA_PREVIOUS_KEYS`` (docs/operations.md, "Personal data key"). Once it has
run, nothing needs the old key any more. It can be run again safely.

Every encrypted field of every installed model is rewritten (``encrypted_models``), so
that a field added later cannot be forgotten here; the apps declare their keyed hashes
(``hashed_on_rotation``) and what follows them (``after_rotation``)."""

from django.core.management.base import BaseCommand
from django.db import connection, transaction

from home.personal_data import AFTER_ROTATION, KEYED_HASHES, encrypted_models

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


def _rehashing(hashes):
    def change(row):
        for hash_field, compute in hashes:
            setattr(row, hash_field, compute(row))

    return change


class Command(BaseCommand):
    help = (
        "Mã hóa lại dữ liệu cá nhân bằng PERSONAL_DATA_KEY hiện tại và tính lại các giá trị "
        "băm, sau khi đổi khóa."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        for model, fields in encrypted_models().items():
            hashes = KEYED_HASHES.get(model, [])
            count = _rewrite(
                model._default_manager.all(),
                [*fields, *(hash_field for hash_field, _ in hashes)],
                change=_rehashing(hashes) if hashes else None,
            )
            self.stdout.write(f"{model._meta.verbose_name_plural}: {count} dòng đã mã hóa lại.")
        for step in AFTER_ROTATION:
            step()
