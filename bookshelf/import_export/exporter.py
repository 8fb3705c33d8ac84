"""Exporting the bookshelf's published documents in the import schema, for the national
e-law bookshelf and for moving documents between sites.

Documents are read in chunks with their fields and relations prefetched per chunk, so
an export of the whole bookshelf runs a handful of queries per thousand documents and
never holds more than a chunk in memory.
"""

import csv
import json

from django.db.models import Prefetch

from bookshelf.models import LegalDocument, LegalDocumentRelation
from core.document_numbers import number_key
from core.spreadsheets import guard_formula
from home.models import LegalField

from .schema import CSV, CSV_LIST_SEPARATOR, CSV_RELATION_SEPARATOR, DATE_KEYS, KEYS

CHUNK_SIZE = 1000


def documents_for_export(statuses=(), field_ids=()):
    """Published documents, oldest first, optionally only some statuses or legal fields."""
    documents = LegalDocument.objects.filter(live=True)
    if statuses:
        documents = documents.filter(status__in=statuses)
    if field_ids:
        # A subquery rather than a join, which would repeat a document for each field.
        links = LegalDocument.legal_fields.through.objects.filter(legalfield_id__in=field_ids)
        documents = documents.filter(pk__in=links.values("legaldocument_id"))
    relations = LegalDocumentRelation.objects.select_related("target").only(
        "source", "sort_order", "relation_type", "target_number", "target__number"
    )
    return (
        documents.select_related("doc_type", "issuer")
        .prefetch_related(
            Prefetch("legal_fields", queryset=LegalField.objects.only("name", "sort_order")),
            Prefetch("relations", queryset=relations.order_by("sort_order", "pk")),
        )
        .order_by("pk")
    )


def document_record(document):
    """A document as a record of the schema (lists as lists, dates as ISO text)."""
    record = {
        "external_id": document.external_id or "",
        "number": document.number,
        "title": document.title,
        "doc_type": document.doc_type.name,
        "issuer": document.issuer.name,
        "signer": document.signer,
        "signer_title": document.signer_title,
        "status": document.status,
        "scope": document.scope,
        "fields": [legal_field.name for legal_field in document.legal_fields.all()],
        "summary": document.summary,
        "body_html": document.body,
        "source_url": document.source_url,
        "relations": [
            {"type": relation.relation_type, "number": number}
            for relation in document.relations.all()
            # A document without a number cannot be named in a file.
            if number_key(number := _target_number(relation))
        ],
    }
    for key in DATE_KEYS:
        value = getattr(document, key)
        record[key] = value.isoformat() if value else ""
    return {key: record[key] for key in KEYS}


def _target_number(relation):
    if relation.target_number:
        return relation.target_number
    return relation.target.number if relation.target_id else ""


def write_documents(documents, handle, file_format):
    """Write ``documents`` to the text stream ``handle``; return how many were written."""
    records = (document_record(document) for document in documents.iterator(CHUNK_SIZE))
    if file_format == CSV:
        return _write_csv(records, handle)
    return _write_json_lines(records, handle)


def _write_json_lines(records, handle):
    count = 0
    for record in records:
        handle.write(json.dumps(record, ensure_ascii=False))
        handle.write("\n")
        count += 1
    return count


def _write_csv(records, handle):
    # Excel reads UTF-8 only when the file starts with a byte-order mark.
    handle.write("\ufeff")
    writer = csv.writer(handle)
    writer.writerow(KEYS)
    count = 0
    for record in records:
        writer.writerow([guard_formula(_csv_cell(key, record[key])) for key in KEYS])
        count += 1
    return count


def _csv_cell(key, value):
    if key == "fields":
        return CSV_LIST_SEPARATOR.join(value)
    if key == "relations":
        return CSV_LIST_SEPARATOR.join(
            f"{relation['type']}{CSV_RELATION_SEPARATOR}{relation['number']}" for relation in value
        )
    return value
