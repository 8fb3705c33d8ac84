"""Writing batches of rows as fast as the database allows.

On PostgreSQL, rows go in with COPY: Django's ``bulk_create`` quotes every value into
one statement in Python, which for a thousand full texts costs several times what COPY
does. Ids are taken from the table's sequence first, so the rows know them without a
RETURNING clause. Updates copy the changed columns into a temporary table and apply
them with one UPDATE … FROM. Other databases use ``bulk_create`` and ``bulk_update``.
"""

from django.db import connection, models

# Fields whose Python value is what PostgreSQL stores: their values skip Django's
# per-value preparation, which costs more than the COPY itself for a batch of documents.
_STORED_AS_IS = (
    models.CharField,
    models.TextField,
    models.BooleanField,
    models.IntegerField,
    models.DateField,
    models.ForeignKey,
)
_STAGING_TABLE = "bookshelf_import_update"


def _quote(name):
    return connection.ops.quote_name(name)


def _is_postgresql():
    return connection.vendor == "postgresql"


def prepare_for_bulk_writes():
    """On PostgreSQL, compress long texts written in this transaction with lz4 when the
    server has it: the default (pglz) takes most of the time of writing full texts."""
    if not _is_postgresql():
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT 'lz4' = ANY(enumvals) FROM pg_settings WHERE name = 'default_toast_compression'"
        )
        row = cursor.fetchone()
        if row and row[0]:
            cursor.execute("SET LOCAL default_toast_compression = 'lz4'")


def insert_rows(model, rows, batch_size):
    """Insert ``rows`` (unsaved instances of ``model``); each gets its id."""
    if not rows:
        return
    if not _is_postgresql():
        model._default_manager.bulk_create(rows, batch_size=batch_size)
        return
    meta = model._meta
    fields = [field for field in meta.concrete_fields if not field.primary_key]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [meta.db_table, meta.pk.column, len(rows)],
        )
        for row, (pk,) in zip(rows, cursor.fetchall(), strict=True):
            row.pk = pk
        columns = ", ".join(_quote(field.column) for field in (meta.pk, *fields))
        with cursor.copy(f"COPY {_quote(meta.db_table)} ({columns}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([row.pk, *_values(row, fields, add=True)])
    for row in rows:
        row._state.adding = False
        row._state.db = connection.alias


def update_rows(model, rows, field_names, batch_size):
    """Write ``field_names`` of ``rows`` (instances of ``model`` already stored)."""
    if not rows:
        return
    if not _is_postgresql():
        model._default_manager.bulk_update(rows, field_names, batch_size=batch_size)
        return
    meta = model._meta
    fields = [meta.get_field(name) for name in field_names]
    pk, table, staging = _quote(meta.pk.column), _quote(meta.db_table), _quote(_STAGING_TABLE)
    columns = [_quote(field.column) for field in fields]
    with connection.cursor() as cursor:
        # The same column types without the other columns' constraints; gone with the
        # transaction at the latest.
        cursor.execute(
            f"CREATE TEMPORARY TABLE {staging} ON COMMIT DROP AS "  # noqa: S608 (quoted names)
            f"SELECT {pk}, {', '.join(columns)} FROM {table} WITH NO DATA"
        )
        with cursor.copy(f"COPY {staging} ({pk}, {', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([row.pk, *_values(row, fields, add=False)])
        assignments = ", ".join(f"{column} = staged.{column}" for column in columns)
        cursor.execute(
            f"UPDATE {table} SET {assignments} FROM {staging} AS staged "  # noqa: S608
            f"WHERE {table}.{pk} = staged.{pk}"
        )
        cursor.execute(f"DROP TABLE {staging}")


def delete_rows(model, field_name, values):
    """Delete the rows of ``model`` whose ``field_name`` is one of ``values``, in one
    statement: ``QuerySet.delete()`` would load every row to send its delete signals
    (Wagtail's reference index answers each with queries of its own)."""
    if not values:
        return
    column = _quote(model._meta.get_field(field_name).column)
    placeholders = ", ".join(["%s"] * len(values))
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {_quote(model._meta.db_table)} "  # noqa: S608 (quoted names)
            f"WHERE {column} IN ({placeholders})",
            list(values),
        )


def _values(row, fields, add):
    for field in fields:
        if isinstance(field, _STORED_AS_IS) and not getattr(field, "auto_now", False):
            yield getattr(row, field.attname)
        else:
            yield field.get_db_prep_save(field.pre_save(row, add), connection)
