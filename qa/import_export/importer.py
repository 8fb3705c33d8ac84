"""Importing existing question and answer pairs (the national portal keeps about 4,600)
as published answers of the Q&A section.

All or nothing, in two passes: the whole file is read and checked first, every problem
of every record listed with its line and column; only a file without any is written,
in one transaction. Each pair becomes a ``QuestionAnswerPage`` published by the
administrator who imports (a revision, the log entry, the search index, the feeds), as
if written in the admin; importing the file again updates the pages whose pair changed
(matched by ``external_id``) and leaves the others alone.
"""

import datetime
import time
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from wagtail.models import Page

from bookshelf.import_export.progress import progress_bar
from core.slugs import vietnamese_slugify

from ..models import AnswerReference, QAIndexPage, QuestionAnswerPage
from .bulk_pages import NewPages
from .citations import CitationError, DocumentFinder
from .cleaning import clean_record
from .lookups import AmbiguousName, FieldFinder, UnitFinder
from .reading import CSV, SourceError, read_records
from .schema import SLUG_LENGTH

# New pages written at once.
BATCH_SIZE = 500
# Fields an import sets, compared to tell an unchanged page from an updated one.
PAGE_FIELDS = ("title", "question_text", "answer", "summary", "asked_on", "answered_on")


@dataclass
class ImportReport:
    file_format: str
    dry_run: bool
    section: str = ""
    rows: int = 0
    errors: list[str] = field(default_factory=list)
    invalid_rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    page_ids: list[int] = field(default_factory=list)
    seconds: float = 0.0


class ImportRejected(Exception):
    """Some records are invalid: nothing was written."""

    def __init__(self, report):
        self.report = report
        super().__init__(f"{report.invalid_rows} dòng không hợp lệ")


@dataclass
class _Pair:
    """A valid record, resolved: what its page should hold."""

    row: object
    unit_id: int | None
    fields: list
    citations: list
    page_id: int | None = None


def qa_section(section_id=None):
    """The Q&A section to import into: the one named, or the only (first) live one in
    the default language."""
    sections = QAIndexPage.objects.all()
    if section_id is not None:
        section = sections.filter(pk=section_id).first()
        if section is None:
            raise SourceError([f"Không có chuyên mục hỏi đáp id {section_id}."])
        return section
    section = sections.live().filter(locale__language_code="vi").order_by("path").first()
    if section is None:
        raise SourceError(
            ["Chưa có chuyên mục hỏi đáp: hãy tạo trang “Chuyên mục hỏi đáp” trước khi nhập."]
        )
    return section


def import_answers(path, file_format, *, section=None, user=None, dry_run=False, progress=False):
    """Import the file at ``path``; an ``ImportReport``.

    Raises ImportRejected when a record is invalid and SourceError when the file cannot
    be read: in both cases nothing is written."""
    started = time.monotonic()
    section = section or qa_section()
    report = ImportReport(file_format=file_format, dry_run=dry_run, section=section.title)
    pairs = _checked_pairs(path, file_format, section, report)
    if report.errors:
        raise ImportRejected(report)
    with transaction.atomic():
        _Writer(section, user, report).write(pairs, progress)
        if dry_run:
            transaction.set_rollback(True)
    report.seconds = time.monotonic() - started
    return report


def _checked_pairs(path, file_format, section, report):
    fields, units, documents = FieldFinder(), UnitFinder(), DocumentFinder()
    existing = dict(
        QuestionAnswerPage.objects.descendant_of(section)
        .exclude(external_id="")
        .values_list("external_id", "pk")
    )
    seen = {}
    pairs = []
    for record in read_records(path, file_format):
        report.rows += 1
        if record.errors:
            _reject(report, record.line, [(None, error) for error in record.errors])
            continue
        row, errors = clean_record(record.line, record.data, from_csv=file_format == CSV)
        unit = _resolve(units, row.unit_name, "unit", errors) if row.unit_name else None
        legal_fields = [
            found
            for name in row.field_names
            if (found := _resolve(fields, name, "legal_fields", errors)) is not None
        ]
        citations = []
        for number, article in row.citations:
            try:
                citations.append(documents.cite(number, article))
            except CitationError as error:
                errors.append(("references", str(error)))
        if row.external_id and row.external_id in seen:
            what = "external_id" if not row.external_id.startswith("auto-") else "câu hỏi"
            errors.append((None, f"{what} trùng với dòng {seen[row.external_id]}"))
        elif row.external_id:
            seen[row.external_id] = record.line
        if errors:
            _reject(report, record.line, errors)
            continue
        pairs.append(
            _Pair(
                row=row,
                unit_id=unit.pk if unit else None,
                fields=legal_fields,
                citations=citations,
                page_id=existing.get(row.external_id),
            )
        )
    return pairs


def _resolve(finder, name, column, errors):
    try:
        found = finder.find(name)
    except AmbiguousName as ambiguous:
        errors.append((column, f"'{name}' khớp với nhiều mục ({ambiguous}); hãy ghi đúng tên"))
        return None
    if found is None:
        errors.append((column, finder.missing(name)))
    return found


def _reject(report, line, errors):
    report.invalid_rows += 1
    for column, message in errors:
        where = f"dòng {line}, cột {column}" if column else f"dòng {line}"
        report.errors.append(f"{where}: {message}")


class _Writer:
    def __init__(self, section, user, report):
        self.section = section
        self.user = user
        self.report = report
        # From the rows, as the section's count of children may be out of date.
        self.slugs = set(
            Page.objects.filter(path__startswith=section.path, depth=section.depth + 1).values_list(
                "slug", flat=True
            )
        )
        self.new_pages = NewPages(section, user)

    def write(self, pairs, progress):
        new = [pair for pair in pairs if pair.page_id is None]
        existing = [pair for pair in pairs if pair.page_id is not None]
        with progress_bar(progress, total=len(pairs), unit=" câu hỏi", desc="Nhập") as bar:
            for start in range(0, len(existing), BATCH_SIZE):
                batch = existing[start : start + BATCH_SIZE]
                pages = (
                    QuestionAnswerPage.objects.filter(pk__in=[pair.page_id for pair in batch])
                    .prefetch_related("legal_fields", "references")
                    .in_bulk()
                )
                for pair in batch:
                    self._update(pair, pages[pair.page_id])
                bar.update(len(batch))
            for start in range(0, len(new), BATCH_SIZE):
                batch = [self._new_page(pair) for pair in new[start : start + BATCH_SIZE]]
                self.new_pages.write(batch)
                self.report.created += len(batch)
                self.report.page_ids.extend(page.pk for page in batch)
                bar.update(len(batch))

    def _new_page(self, pair):
        row = pair.row
        page = QuestionAnswerPage(
            **{name: value for name, value in row.values.items() if name in PAGE_FIELDS},
            slug=self._new_slug(row.values["title"]),
            external_id=row.external_id,
            unit_id=pair.unit_id,
            owner=self.user,
        )
        # Listed, fed and dated as when the answer was first given, not as today's news.
        page.first_published_at = _published_on(row.values)
        self.new_pages.prepare(page, pair.fields, _references(pair.citations))
        return page

    def _update(self, pair, page):
        row = pair.row
        changed = False
        for name, value in row.values.items():
            if name in PAGE_FIELDS and getattr(page, name) != value:
                setattr(page, name, value)
                changed = True
        if "unit" in row.given and page.unit_id != pair.unit_id:
            page.unit_id = pair.unit_id
            changed = True
        if "legal_fields" in row.given:
            current = {field.pk for field in page.legal_fields.all()}
            if current != {field.pk for field in pair.fields}:
                page.legal_fields = pair.fields
                changed = True
        if "references" in row.given:
            current = [
                (reference.document_id, reference.article_anchor, reference.article_label)
                for reference in page.references.all()
            ]
            wanted = [
                (citation.document_id, citation.article_anchor, citation.article_label)
                for citation in pair.citations
            ]
            if current != wanted:
                page.references = _references(pair.citations)
                changed = True
        if not changed and page.live and not page.has_unpublished_changes:
            self.report.unchanged += 1
            return
        self._publish(page)
        self.report.updated += 1

    def _publish(self, page):
        revision = page.save_revision(user=self.user)
        revision.publish(user=self.user, skip_permission_checks=True)
        self.report.page_ids.append(page.pk)

    def _new_slug(self, title):
        base = vietnamese_slugify(title)[:SLUG_LENGTH].strip("-") or "hoi-dap"
        slug, suffix = base, 1
        while slug in self.slugs:
            suffix += 1
            slug = f"{base}-{suffix}"
        self.slugs.add(slug)
        return slug


def _references(citations):
    return [
        AnswerReference(
            document_id=citation.document_id,
            article_anchor=citation.article_anchor,
            article_label=citation.article_label,
            sort_order=position,
        )
        for position, citation in enumerate(citations)
    ]


def _published_on(values):
    day = values.get("answered_on") or values.get("asked_on")
    if day is None:
        return None
    moment = datetime.datetime.combine(day, datetime.time(8, 0))
    return min(timezone.make_aware(moment), timezone.now())
