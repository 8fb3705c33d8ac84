"""Importing legal documents from a JSON Lines or CSV file into the bookshelf.

The file is read once, one record at a time, so that its full texts are never all in
memory: each record is validated and matched (a new document, or an update of which
one), and valid records are written in batches with bulk queries. Relations are written
last, once every document of the file has an id. All of it runs in one transaction: an
invalid record (unless invalid ones are skipped) stops the writing, the rest of the file
is only checked, and the transaction is rolled back; so does an error or an interruption.

Imported documents are published as they are written, without a revision each: a
revision copies the whole body again, and the file is the document's history here.
"""

import logging
import os
import time
from collections import defaultdict
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from bookshelf.models import DocumentType, IssuingBody, LegalDocument, LegalDocumentRelation
from bookshelf.models.legal_text import sanitise_legal_html
from bookshelf.search_index import index_legal_documents
from bookshelf.signals import documents_imported
from core import content_version
from home.models import LegalField

from .bulk_writes import delete_rows, insert_rows, prepare_for_bulk_writes, update_rows
from .known_documents import KnownDocuments, MatchConflict
from .names import AmbiguousName, NameMatcher
from .progress import progress_bar
from .reading import SourceError, read_records
from .relations import PendingRelation, create_relations, link_waiting_relations
from .schema import CSV
from .validation import clean_record

logger = logging.getLogger(__name__)

BATCH_SIZE = 1000
DocumentFields = LegalDocument.legal_fields.through
# Written whenever an import changes a document: it is published as it stands.
PUBLISHING_FIELDS = {
    "live",
    "has_unpublished_changes",
    "expired",
    "first_published_at",
    "last_published_at",
    "updated_at",
}
DERIVED_FIELDS = ("number_key", "search_key")


@dataclass
class ImportReport:
    file_format: str
    dry_run: bool
    errors: list[str] = field(default_factory=list)
    invalid_rows: int = 0
    valid_rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    new_doc_types: int = 0
    new_issuers: int = 0
    new_fields: int = 0
    relations: int = 0
    relations_linked: int = 0
    waiting_relations_linked: int = 0
    written_ids: list[int] = field(default_factory=list)
    seconds: float = 0.0


class ImportRejected(Exception):
    """Some rows are invalid and the import was not told to skip them: nothing was written."""

    def __init__(self, report):
        self.report = report
        super().__init__(f"{report.invalid_rows} dòng không hợp lệ")


def import_documents(
    path,
    file_format,
    *,
    dry_run=False,
    skip_invalid=False,
    progress=False,
    batch_size=BATCH_SIZE,
):
    """Import the file at ``path``; return an ImportReport.

    Raises ImportRejected when a row is invalid (unless ``skip_invalid``) and SourceError
    when the file cannot be read; in both cases nothing is written. IndexUpdateFailed
    means the documents were saved but the search index was not updated."""
    started = time.monotonic()
    run = _Import(path, file_format, dry_run, skip_invalid, progress, batch_size)
    with transaction.atomic():
        run.run()
        if run.report.errors and not skip_invalid:
            raise ImportRejected(run.report)
        if dry_run:
            transaction.set_rollback(True)
    report = run.report
    if not dry_run and (report.written_ids or report.waiting_relations_linked):
        # Bulk writes send no save signals: retire cached API responses here.
        content_version.bump()
    if not dry_run and report.written_ids:
        _announce(report.written_ids)
        try:
            _update_search_index(report.written_ids, progress)
        except (Exception, KeyboardInterrupt) as error:
            report.seconds = time.monotonic() - started
            raise IndexUpdateFailed(report, error) from error
    report.seconds = time.monotonic() - started
    return report


class IndexUpdateFailed(Exception):
    """The import is saved, but updating the search index afterwards failed."""

    def __init__(self, report, error):
        self.report = report
        super().__init__(str(error) or type(error).__name__)


def _announce(document_ids):
    """Tell other apps (the Q&A suggestions) which documents the import wrote. A listener
    that fails does not undo the import; its error is logged."""
    responses = documents_imported.send_robust(
        sender=LegalDocument, document_ids=list(document_ids)
    )
    for receiver, response in responses:
        if isinstance(response, Exception):
            logger.error(
                "After an import, %s failed: %s",
                getattr(receiver, "__qualname__", receiver),
                response,
                exc_info=response,
            )


def _update_search_index(document_ids, progress):
    with progress_bar(progress, total=len(document_ids), unit=" văn bản", desc="Chỉ mục") as bar:
        index_legal_documents(document_ids, progress=bar.update)


class _Import:
    def __init__(self, path, file_format, dry_run, skip_invalid, progress, batch_size):
        self.path = path
        self.file_format = file_format
        self.from_csv = file_format == CSV
        self.skip_invalid = skip_invalid
        self.progress = progress
        self.batch_size = batch_size
        self.report = ImportReport(file_format=file_format, dry_run=dry_run)
        self.number_keys = set()
        self.seen_external_ids = {}
        self.seen_numbers = {}
        self.seen_documents = {}
        self.pending_relations = []

    def run(self):
        self.known = KnownDocuments()
        self.doc_types = NameMatcher(DocumentType)
        self.issuers = NameMatcher(IssuingBody)
        self.fields = NameMatcher(LegalField)
        self.now = timezone.now()
        prepare_for_bulk_writes()
        # Once a record is invalid, an import that does not skip them writes no more: it
        # will be rolled back, and only checks the rest of the file.
        writing, batch = True, []
        size = _file_size(self.path)
        bar = progress_bar(self.progress, total=size, unit="B", unit_scale=True, desc="Nhập")
        with bar:
            for record in read_records(self.path, self.file_format, on_bytes=bar.update):
                row, match_id, errors = self._check(record)
                if errors:
                    self.report.invalid_rows += 1
                    self.report.errors.extend(f"dòng {record.line}: {error}" for error in errors)
                    if not self.skip_invalid:
                        writing, batch = False, []
                    continue
                self.report.valid_rows += 1
                if writing:
                    batch.append((row, match_id))
                if len(batch) == self.batch_size:
                    self._write_batch(batch)
                    batch = []
            if batch:
                self._write_batch(batch)
        if writing:
            self._write_relations()

    def _check(self, record):
        """(clean row, id of the document it updates or None, []) or (…, [error, …])."""
        if record.errors:
            return None, None, record.errors
        row, errors = clean_record(record.data, from_csv=self.from_csv)
        doc_type = _match_name(self.doc_types, row.doc_type, "doc_type", errors)
        issuer = _match_name(self.issuers, row.issuer, "issuer", errors)
        fields = [_match_name(self.fields, name, "fields", errors) for name in row.fields or ()]
        if errors:
            return row, None, errors
        try:
            match_id = self.known.match(row.external_id, row.number_key, issuer.pk)
        except MatchConflict as conflict:
            return row, None, [f"number '{row.values['number']}': {conflict}"]
        errors = self._repeats(record.line, row, issuer, match_id)
        if errors:
            return row, None, errors
        for entry in (doc_type, issuer, *fields):
            entry.wanted = True
        if row.number_key:
            self.number_keys.add(row.number_key)
        return row, match_id, []

    def _repeats(self, line, row, issuer, match_id):
        """Errors for a row naming the same document as an earlier valid row."""
        keys = []
        if row.external_id:
            keys.append(
                (self.seen_external_ids, row.external_id, f"external_id '{row.external_id}'")
            )
        if row.number_key:
            keys.append(
                (
                    self.seen_numbers,
                    (row.number_key, issuer),
                    f"number '{row.values['number']}' của issuer '{issuer.name}'",
                )
            )
        if match_id is not None:
            keys.append((self.seen_documents, match_id, f"văn bản id {match_id}"))
        errors = [f"{label} trùng với dòng {seen[key]}" for seen, key, label in keys if key in seen]
        if not errors:
            for seen, key, _label in keys:
                seen[key] = line
        return errors[:1]

    def _write_batch(self, batch):
        self.report.new_doc_types += self.doc_types.create_wanted()
        self.report.new_issuers += self.issuers.create_wanted()
        self.report.new_fields += self.fields.create_wanted()
        existing_ids = [match_id for _row, match_id in batch if match_id is not None]
        existing, current_fields, current_relations = _current_state(existing_ids)
        created, updated, update_fields = [], [], set()
        fields_to_set, relations_to_set = [], []
        for row, match_id in batch:
            if "body" in row.values:
                row.values["body"] = sanitise_legal_html(row.values["body"])
            field_ids = None
            if row.fields is not None:
                field_ids = {self.fields.match(name).pk for name in row.fields}
            if match_id is None:
                document = self._new_document(row)
                created.append(document)
                fields_to_set.append((document, field_ids or set()))
                relations_to_set.append((document, row.relations or []))
                continue
            document = existing.get(match_id)
            if document is None:
                raise SourceError([f"Văn bản id {match_id} bị xóa trong khi nhập; hãy chạy lại."])
            changed = self._apply(document, row)
            new_fields = field_ids is not None and field_ids != current_fields[match_id]
            new_relations = (
                row.relations is not None and row.relations != current_relations[match_id]
            )
            if not (changed or new_fields or new_relations or not _is_published(document)):
                self.report.unchanged += 1
                continue
            self._publish(document)
            updated.append(document)
            update_fields |= changed
            if new_fields:
                fields_to_set.append((document, field_ids))
            if new_relations:
                relations_to_set.append((document, row.relations))

        insert_rows(LegalDocument, created, self.batch_size)
        update_rows(
            LegalDocument, updated, sorted(update_fields | PUBLISHING_FIELDS), self.batch_size
        )
        self._replace_fields(fields_to_set, existing)
        self._replace_relations(relations_to_set, existing)
        for document in (*created, *updated):
            self.known.remember(document)
            self.report.written_ids.append(document.pk)
        self.report.created += len(created)
        self.report.updated += len(updated)

    def _new_document(self, row):
        document = LegalDocument(
            **row.values,
            external_id=row.external_id or None,
            doc_type_id=self.doc_types.match(row.doc_type).pk,
            issuer_id=self.issuers.match(row.issuer).pk,
        )
        document.number_key = row.number_key
        document.slug = self.known.new_slug(document.slug_source())
        document.fill_derived_fields()
        self._publish(document)
        return document

    def _apply(self, document, row):
        """Give ``document`` the row's values; return the names of the fields that changed."""
        wanted = {
            **row.values,
            "doc_type": self.doc_types.match(row.doc_type).pk,
            "issuer": self.issuers.match(row.issuer).pk,
        }
        if row.external_id:
            wanted["external_id"] = row.external_id
        changed = set()
        for name, value in wanted.items():
            attname = LegalDocument._meta.get_field(name).attname
            if getattr(document, attname) != value:
                setattr(document, attname, value)
                changed.add(name)
        derived_before = [getattr(document, name) for name in DERIVED_FIELDS]
        document.fill_derived_fields()
        for name, before in zip(DERIVED_FIELDS, derived_before, strict=True):
            if getattr(document, name) != before:
                changed.add(name)
        return changed

    def _publish(self, document):
        document.live = True
        document.has_unpublished_changes = False
        document.expired = False
        document.first_published_at = document.first_published_at or self.now
        document.last_published_at = self.now
        document.updated_at = self.now

    def _replace_fields(self, fields_to_set, existing):
        replaced = [document.pk for document, _ids in fields_to_set if document.pk in existing]
        delete_rows(DocumentFields, "legaldocument", replaced)
        links = [
            DocumentFields(legaldocument_id=document.pk, legalfield_id=field_id)
            for document, field_ids in fields_to_set
            for field_id in sorted(field_ids)
        ]
        insert_rows(DocumentFields, links, self.batch_size)

    def _replace_relations(self, relations_to_set, existing):
        replaced = [document.pk for document, _items in relations_to_set if document.pk in existing]
        delete_rows(LegalDocumentRelation, "source", replaced)
        self.pending_relations.extend(
            PendingRelation(document.pk, position, relation_type, number)
            for document, items in relations_to_set
            for position, (relation_type, number) in enumerate(items)
        )

    def _write_relations(self):
        targets = self.known.documents_by_number_key()
        from_file = {key: targets[key] for key in self.number_keys if key in targets}
        self.report.waiting_relations_linked = link_waiting_relations(from_file, self.batch_size)
        self.report.relations, self.report.relations_linked = create_relations(
            self.pending_relations, targets, self.batch_size
        )


def _file_size(path):
    try:
        return os.stat(path).st_size
    except OSError as error:
        raise SourceError([f"Không mở được tệp '{path}': {error.strerror}."]) from error


def _match_name(matcher, name, key, errors):
    if not name:
        return None
    try:
        return matcher.match(name)
    except AmbiguousName as ambiguous:
        choices = ", ".join(f"'{choice}'" for choice in ambiguous.names)
        errors.append(f"{key} '{name}' khớp với nhiều tên ({choices}); hãy ghi đúng một tên")
        return None


def _is_published(document):
    return document.live and not document.has_unpublished_changes and not document.expired


def _current_state(document_ids):
    """The documents a batch updates, with their field ids and relations as stored."""
    fields, relations = defaultdict(set), defaultdict(list)
    if not document_ids:
        return {}, fields, relations
    documents = LegalDocument.objects.in_bulk(document_ids)
    links = DocumentFields.objects.filter(legaldocument_id__in=document_ids)
    for document_id, field_id in links.values_list("legaldocument_id", "legalfield_id"):
        fields[document_id].add(field_id)
    rows = LegalDocumentRelation.objects.filter(source_id__in=document_ids).order_by(
        "source_id", "sort_order", "pk"
    )
    # A relation made in the admin may name its target by the link alone; exports name
    # it by the target's number, which must compare equal.
    for source_id, relation_type, number, target_number in rows.values_list(
        "source_id", "relation_type", "target_number", "target__number"
    ):
        relations[source_id].append((relation_type, number or target_number or ""))
    return documents, fields, relations
