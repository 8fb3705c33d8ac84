"""The index's change token (``search.index.columns``), indexes for looking up a title
equal to the query, and no more field-id arrays on PostgreSQL entries."""

from django.db import migrations, models


def drop_field_arrays(apps, schema_editor):
    # Legal fields are counted from search_searchentryfield alone now.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE search_searchentry DROP COLUMN IF EXISTS field_ids")


def restore_field_arrays(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE search_searchentry ADD COLUMN field_ids integer[]")


def create_state(apps, schema_editor):
    # The row every write updates, there from the start so writers never race to create it.
    apps.get_model("search", "IndexState").objects.get_or_create(pk=1, defaults={"token": ""})


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0002_text_index"),
    ]

    operations = [
        migrations.CreateModel(
            name="IndexState",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                ("token", models.CharField(max_length=32)),
            ],
        ),
        migrations.AddIndex(
            model_name="searchentry",
            index=models.Index(fields=["title_key"], name="search_entry_title_key"),
        ),
        migrations.AddIndex(
            model_name="searchentry",
            index=models.Index(fields=["full_title_key"], name="search_entry_full_title_key"),
        ),
        migrations.RunPython(create_state, migrations.RunPython.noop),
        migrations.RunPython(drop_field_arrays, restore_field_arrays),
    ]
