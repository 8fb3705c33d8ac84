"""Moving models from one app to another without touching their rows.

A moved model keeps its table (``Meta.db_table``) and its content type: the content
type row is renamed to the new app, so that pages, revisions, permissions and
translations, which point at it by id, follow the model. The migration that creates
the model in its new app runs ``rename_content_types`` and creates the model in the
migration state only; the old app's migration deletes it from the state only.
"""

from django.db import migrations


def rename_content_types(old_app, new_app, models):
    """A ``RunPython`` operation that gives the content types of ``models`` (lower-case
    model names) to ``new_app``, and back when the migration is reversed. A database
    made after the move has no such rows yet: the operation then does nothing, and
    Django creates the content types under ``new_app`` once migrations end."""

    def move(from_app, to_app):
        def run(apps, schema_editor):
            content_types = apps.get_model("contenttypes", "ContentType")
            using = schema_editor.connection.alias
            content_types.objects.using(using).filter(app_label=from_app, model__in=models).update(
                app_label=to_app
            )
            content_types.objects.clear_cache()

        return run

    return migrations.RunPython(move(old_app, new_app), move(new_app, old_app))
