"""Writing many new answer pages at once, published, as the admin would leave them.

Creating and publishing a page through Wagtail costs three saves and some ninety
queries (the tree, the revision, the log, Wagtail's search index and reference index on
each save): about a quarter of a second, over fifteen minutes for the national
portal's 4,600 pairs. New pages have no drafts, aliases or workflows to take care of,
so here each batch costs a few statements whatever its size: the page rows with their
tree paths, the answers' rows, legal fields and citations, one revision each (what the
page's history shows), the log entries ("created", "published"), then Wagtail's search
index in bulk, and ``page_published`` for each page, so that everything listening to
publications (the public search, webhooks, suggestions) hears of them as usual.

Not written: Wagtail's reference index (the admin's "usage" of the cited documents),
as the bookshelf import does not; ``manage.py rebuild_references_index`` fills it.
"""

import uuid

from django.contrib.contenttypes.models import ContentType
from django.db.models import F
from django.utils import timezone

from wagtail.models import Page, PageLogEntry, Revision
from wagtail.search.backends import get_search_backends
from wagtail.signals import page_published

from home.models import SectionPage

from ..models import AnswerReference, QuestionAnswerPage

LegalFields = QuestionAnswerPage.legal_fields.through
# Page columns, copied from the specific page to the ``wagtailcore_page`` row.
PAGE_COLUMNS = [field for field in Page._meta.concrete_fields if not field.primary_key]


class NewPages:
    """Pages added below ``section`` by one import (one user action in the log)."""

    def __init__(self, section, user):
        self.section = section
        self.user = user
        self.action_uuid = uuid.uuid4()
        self.content_type = ContentType.objects.get_for_model(QuestionAnswerPage)
        self.base_content_type = ContentType.objects.get_for_model(Page)
        # A page made in a unit's section belongs to that unit unless told otherwise.
        self.section_unit_id = (
            SectionPage.objects.ancestor_of(section, inclusive=True)
            .filter(unit__isnull=False)
            .order_by("-depth")
            .values_list("unit_id", flat=True)
            .first()
        )
        # Read from the rows: the section's own count of children may be out of date.
        self.last_path = (
            Page.objects.filter(path__startswith=section.path, depth=section.depth + 1)
            .order_by("-path")
            .values_list("path", flat=True)
            .first()
        )

    def prepare(self, page, fields, references):
        """Give ``page`` (unsaved) its place in the tree and what a published page has."""
        now = timezone.now()
        if self.last_path is None:
            page.path = Page._get_path(self.section.path, self.section.depth + 1, 1)
        else:
            page.path = Page(path=self.last_path)._inc_path()
        self.last_path = page.path
        page.depth = self.section.depth + 1
        page.numchild = 0
        page.url_path = f"{self.section.url_path}{page.slug}/"
        page.locale_id = self.section.locale_id
        page.content_type = self.content_type
        page.draft_title = page.title
        page.unit_id = page.unit_id or self.section_unit_id
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.first_published_at or now
        page.last_published_at = now
        page.latest_revision_created_at = now
        # Held in memory for the revision's copy of the page; written below in bulk.
        page.legal_fields = fields
        page.references = references

    def write(self, pages):
        """Insert the prepared ``pages``, publish them and announce them."""
        if not pages:
            return
        rows = [
            Page(**{field.attname: getattr(page, field.attname) for field in PAGE_COLUMNS})
            for page in pages
        ]
        Page.objects.bulk_create(rows)
        for page, row in zip(pages, rows, strict=True):
            page.pk = page.page_ptr_id = row.pk
        QuestionAnswerPage._base_manager._insert(
            pages, fields=QuestionAnswerPage._meta.local_concrete_fields
        )
        for page in pages:
            page._state.adding = False
        Page.objects.filter(pk=self.section.pk).update(numchild=F("numchild") + len(pages))

        LegalFields.objects.bulk_create(
            LegalFields(questionanswerpage_id=page.pk, legalfield_id=field.pk)
            for page in pages
            for field in page.legal_fields.all()
        )
        references = []
        for page in pages:
            for reference in page.references.all():
                reference.page_id = page.pk
                references.append(reference)
        AnswerReference.objects.bulk_create(references)

        revisions = self._revisions(pages)
        for page, revision in zip(pages, revisions, strict=True):
            page.latest_revision = page.live_revision = revision
        Page.objects.bulk_update(
            [
                Page(pk=page.pk, latest_revision=revision, live_revision=revision)
                for page, revision in zip(pages, revisions, strict=True)
            ],
            ["latest_revision", "live_revision"],
        )
        self._log(pages, revisions)
        self._index(pages)
        for page, revision in zip(pages, revisions, strict=True):
            page_published.send(sender=QuestionAnswerPage, instance=page, revision=revision)

    def _revisions(self, pages):
        return Revision.objects.bulk_create(
            Revision(
                content_type=self.content_type,
                base_content_type=self.base_content_type,
                object_id=str(page.pk),
                user=self.user,
                created_at=page.latest_revision_created_at,
                content=page.serializable_data(),
                object_str=str(page),
            )
            for page in pages
        )

    def _log(self, pages, revisions):
        entries = []
        for page, revision in zip(pages, revisions, strict=True):
            for action in ("wagtail.create", "wagtail.publish"):
                entries.append(
                    PageLogEntry(
                        content_type=self.content_type,
                        label=page.get_admin_display_title(),
                        action=action,
                        data={},
                        timestamp=page.last_published_at,
                        uuid=self.action_uuid,
                        user=self.user,
                        revision=revision if action == "wagtail.publish" else None,
                        content_changed=True,
                        page_id=page.pk,
                    )
                )
        PageLogEntry.objects.bulk_create(entries)

    def _index(self, pages):
        """Wagtail's own search (the admin's, the content API's ``?search=``)."""
        indexed = list(
            QuestionAnswerPage.objects.filter(pk__in=[page.pk for page in pages])
            .select_related("unit")
            .prefetch_related("legal_fields", "tags")
        )
        for backend in get_search_backends(with_auto_update=True):
            backend.add_bulk(QuestionAnswerPage, indexed)
