"""What the search index holds for a legal document or a page, as ``EntryData``."""

import html
import re

from django.utils import timezone

from .index.base import EntryData
from .kinds import LEGAL_DOCUMENT, page_kind

_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(p|h[1-6]|li|td|th|tr|div|blockquote)>|<br\s*/?>", re.IGNORECASE)


def html_to_text(markup):
    """Plain text of stored HTML; block ends become line breaks so words stay apart."""
    return html.unescape(_TAG.sub(" ", _BLOCK_END.sub("\n", markup or "")))


def document_entry(document):
    """``document`` needs ``doc_type`` and ``issuer`` loaded and ``legal_fields`` prefetched."""
    return EntryData(
        kind=LEGAL_DOCUMENT,
        object_id=document.pk,
        title=document.title,
        number=document.number,
        summary=document.summary,
        date=document.issued_date,
        doc_type_id=document.doc_type_id,
        issuer_id=document.issuer_id,
        status=document.status,
        field_ids=[field.pk for field in document.legal_fields.all()],
        title_extra=document.doc_type.name,
        context=document.issuer.name,
        body=html_to_text(document.body),
    )


def page_entry(page):
    """``page`` is a specific, live content page."""
    published = page.first_published_at or page.last_published_at
    return EntryData(
        kind=page_kind(page),
        object_id=page.pk,
        title=page.title,
        language=page.locale.language_code,
        summary=page.summary,
        date=timezone.localdate(published) if published else None,
        unit_id=page.unit_id,
        field_ids=[field.pk for field in page.legal_fields.all()],
        context=" ".join(tag.name for tag in page.tags.all()),
        body=page.searchable_text(),
    )


def load_texts(entries):
    """{entry id: plain text} for these ``SearchEntry`` rows, read from their sources (the
    index keeps no copy of the full text)."""
    from wagtail.models import Page

    from publications.models import LegalDocument

    documents = {e.object_id: e.pk for e in entries if e.kind == LEGAL_DOCUMENT}
    pages = {e.object_id: e.pk for e in entries if e.kind != LEGAL_DOCUMENT}
    texts = {}
    for pk, body in LegalDocument.objects.filter(pk__in=list(documents)).values_list("pk", "body"):
        texts[documents[pk]] = html_to_text(body)
    if pages:
        for page in Page.objects.filter(pk__in=list(pages)).specific():
            if hasattr(page, "searchable_text"):
                texts[pages[page.pk]] = page.searchable_text()
    return texts


def texts_with_phrase(entry_ids, words):
    """Those of ``entry_ids`` whose text holds ``words`` (folded) side by side."""
    from .models import SearchEntry
    from .text import fold, phrase_pattern

    pattern = phrase_pattern(words)
    texts = load_texts(SearchEntry.objects.filter(pk__in=entry_ids).only("kind", "object_id"))
    return {pk for pk, text in texts.items() if pattern.search(fold(text))}
