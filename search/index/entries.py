"""Writing ``SearchEntry`` rows, and the folded text every database backend indexes."""

from core.document_numbers import number_core, number_key
from core.vietnamese import tokens
from search.models import SearchEntry, SearchEntryField

from .columns import mark_changed

BATCH = 1000


def head_text(entry):
    """The title side: type, title, number, issuer or unit, summary."""
    return " ".join([entry.title_extra, entry.title, entry.number, entry.context, entry.summary])


def save_entries(entries):
    """Write rows for these entries (none may exist); returns {(kind, object_id): id}."""
    rows = [
        SearchEntry(
            kind=entry.kind,
            object_id=entry.object_id,
            language=entry.language,
            title=entry.title,
            title_key=" ".join(tokens(entry.title))[:255],
            full_title_key=" ".join(tokens(f"{entry.title_extra} {entry.title}"))[:255],
            number=entry.number,
            number_key=number_key(entry.number),
            number_core=number_core(entry.number),
            summary=entry.summary,
            date=entry.date,
            year=entry.date.year if entry.date else None,
            doc_type_id=entry.doc_type_id,
            issuer_id=entry.issuer_id,
            status=entry.status,
            unit_id=entry.unit_id,
        )
        for entry in entries
    ]
    SearchEntry.objects.bulk_create(rows, batch_size=BATCH)
    ids = {(row.kind, row.object_id): row.id for row in rows}
    save_entry_fields(entries, ids)
    mark_changed()
    return ids


def save_entry_fields(entries, ids):
    """The legal field rows of new entries (``ids`` as ``save_entries`` returns them)."""
    SearchEntryField.objects.bulk_create(
        [
            SearchEntryField(entry_id=ids[(entry.kind, entry.object_id)], field_id=field_id)
            for entry in entries
            for field_id in dict.fromkeys(entry.field_ids)
        ],
        batch_size=BATCH,
    )


def entry_ids(keys):
    """Row ids of the entries for these (kind, object_id) keys."""
    by_kind = {}
    for kind, object_id in keys:
        by_kind.setdefault(kind, []).append(object_id)
    ids = []
    for kind, object_ids in by_kind.items():
        for start in range(0, len(object_ids), BATCH):
            ids.extend(
                SearchEntry.objects.filter(
                    kind=kind, object_id__in=object_ids[start : start + BATCH]
                ).values_list("id", flat=True)
            )
    return ids


def delete_entries(keys, backend=None):
    """Remove these entries (and, through ``backend``, their full text)."""
    return delete_entry_ids(entry_ids(keys), backend)


def delete_entry_ids(ids, backend=None):
    """Remove the entries with these row ids (and, through ``backend``, their full text)."""
    if not ids:
        return []
    if backend is not None:
        backend.delete(ids)
    for start in range(0, len(ids), BATCH):
        SearchEntry.objects.filter(id__in=ids[start : start + BATCH]).delete()
    mark_changed()
    return ids
