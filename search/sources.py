"""What the search index holds for a page, as ``EntryData``, and the full texts of
entries (other sources say theirs: ``registry.Source``)."""

import html
import re

from django.utils import timezone

from core.vietnamese import fold, phrase_pattern

from . import registry
from .index.base import EntryData

_TAG = re.compile(r"<[^>]+>")
_BLOCK_END = re.compile(r"</(p|h[1-6]|li|td|th|tr|div|blockquote)>|<br\s*/?>", re.IGNORECASE)


def html_to_text(markup):
    """Plain text of stored HTML; block ends become line breaks so words stay apart."""
    return html.unescape(_TAG.sub(" ", _BLOCK_END.sub("\n", markup or "")))


def page_entry(page):
    """``page`` is a specific, live content page."""
    published = page.first_published_at or page.last_published_at
    return EntryData(
        kind=registry.page_kind(page),
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

    by_kind = {}
    for entry in entries:
        by_kind.setdefault(entry.kind, {})[entry.object_id] = entry.pk
    texts = {}
    pages = {}
    for kind, ids in by_kind.items():
        source = registry.source(kind)
        if source is None:
            pages.update(ids)
            continue
        for object_id, text in source.texts(list(ids)).items():
            texts[ids[object_id]] = text
    if pages:
        for page in Page.objects.filter(pk__in=list(pages)).specific():
            if hasattr(page, "searchable_text"):
                texts[pages[page.pk]] = page.searchable_text()
    return texts


def texts_with_phrase(entry_ids, words):
    """Those of ``entry_ids`` whose text holds ``words`` (folded) side by side."""

    from .models import SearchEntry

    pattern = phrase_pattern(words)
    texts = load_texts(SearchEntry.objects.filter(pk__in=entry_ids).only("kind", "object_id"))
    return {pk for pk, text in texts.items() if pattern.search(fold(text))}
