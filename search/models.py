"""The public search index: one row for each published thing citizens can find.

Legal documents and content pages share one table, so one query ranks them together and
counts every facet. Only what is live and public is here: a draft or a private page is
never in the table, so no query can leak it. The full text lives in a backend-specific
structure beside the table (a ``tsvector`` column pair on PostgreSQL, an FTS5 table on
SQLite, an index of its own on Elasticsearch); see ``search.index``.
"""

from django.db import models


class SearchEntry(models.Model):
    kind = models.CharField(max_length=32)
    object_id = models.PositiveIntegerField()
    # Pages are in one language; legal documents are Vietnamese and shown to every locale.
    language = models.CharField(max_length=8, blank=True)
    title = models.TextField()
    # The folded title alone ("dat dai") and with the words read before it ("luat dat
    # dai"): a query equal to either names the document.
    title_key = models.CharField(max_length=255, blank=True)
    full_title_key = models.CharField(max_length=255, blank=True)
    number = models.CharField(max_length=100, blank=True)
    number_key = models.CharField(max_length=100, blank=True)
    number_core = models.CharField(max_length=40, blank=True, db_index=True)
    summary = models.TextField(blank=True)
    # Issued (documents) or first published (pages): what "newest" sorts by.
    date = models.DateField(null=True)
    year = models.PositiveSmallIntegerField(null=True)
    # Facet values as plain ids: the index never blocks deleting what it refers to, and
    # bulk writes stay simple.
    doc_type_id = models.PositiveIntegerField(null=True)
    issuer_id = models.PositiveIntegerField(null=True)
    status = models.CharField(max_length=32, blank=True)
    unit_id = models.PositiveIntegerField(null=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="search_entry_once")
        ]
        indexes = [
            models.Index(fields=["date", "id"], name="search_entry_date"),
            # A query equal to a title names that document: looked up, not scanned for.
            models.Index(fields=["title_key"], name="search_entry_title_key"),
            models.Index(fields=["full_title_key"], name="search_entry_full_title_key"),
            # Numbers typed in a search box are looked up by prefix ("52/20" -> "52-20%");
            # the pattern operator class lets PostgreSQL use the index for LIKE.
            models.Index(
                fields=["number_key"],
                opclasses=["varchar_pattern_ops"],
                name="search_entry_number_prefix",
            ),
        ]

    def __str__(self):
        return f"{self.kind} {self.object_id}: {self.title}"


class SearchEntryField(models.Model):
    """A legal field of an entry (an entry has several), for the field filter and facet."""

    entry = models.ForeignKey(SearchEntry, on_delete=models.CASCADE, related_name="fields")
    field_id = models.PositiveIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["entry", "field_id"], name="search_entry_field_once")
        ]
        indexes = [models.Index(fields=["field_id", "entry"], name="search_field_entry")]

    def __str__(self):
        return f"{self.entry_id}: {self.field_id}"


class IndexState(models.Model):
    """A single row whose token changes in the transaction of every write to the index,
    so each process knows when its in-memory columns (``search.index.columns``) are out
    of date."""

    SINGLETON = 1

    token = models.CharField(max_length=32)

    def __str__(self):
        return self.token
