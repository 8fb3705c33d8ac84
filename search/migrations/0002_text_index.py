"""The full-text side of the public search index, in each database's own terms.

PostgreSQL: two ``tsvector`` columns on the entry table, with GIN indexes (see
``search.index.postgres``). Lexemes are folded and tokenised in Python before they get here, so no
stemming and no parser splits numbers differently at index and query time.
SQLite: an FTS5 table whose rowid is the entry id.
"""

from django.db import migrations

POSTGRES = [
    "ALTER TABLE search_searchentry ADD COLUMN field_ids integer[], "
    "ADD COLUMN head_vec tsvector, ADD COLUMN body_vec tsvector",
    # Narrow rows: every long value (title, summary, vectors) is stored out of line, so
    # reading the facet values of 100k matches reads a few MB.
    "ALTER TABLE search_searchentry SET (toast_tuple_target = 400)",
    "CREATE INDEX search_entry_head_vec ON search_searchentry USING gin (head_vec)",
    "CREATE INDEX search_entry_body_vec ON search_searchentry USING gin (body_vec)",
]
POSTGRES_REVERSE = [
    "ALTER TABLE search_searchentry DROP COLUMN IF EXISTS head_vec, "
    "DROP COLUMN IF EXISTS body_vec, DROP COLUMN IF EXISTS field_ids",
    "ALTER TABLE search_searchentry RESET (toast_tuple_target)",
]

SQLITE = [
    # The text arrives folded to ASCII words; "detail=column" would lose phrase positions.
    "CREATE VIRTUAL TABLE search_entry_fts USING fts5(head, body, tokenize = 'ascii')",
]
SQLITE_REVERSE = ["DROP TABLE IF EXISTS search_entry_fts"]


def run(statements_by_vendor):
    def apply(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return apply


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            run({"postgresql": POSTGRES, "sqlite": SQLITE}),
            run({"postgresql": POSTGRES_REVERSE, "sqlite": SQLITE_REVERSE}),
        )
    ]
