"""Writing the relations an import gives, once every document of the file has its id.

A relation names the other document by its number. It links to the document with that
number key when exactly one document has it (numbers are unique per issuer, and a
relation does not name the issuer); otherwise it keeps the number alone, and is linked
later, when a file brings that document.
"""

import functools
from dataclasses import dataclass

from bookshelf.models import LegalDocumentRelation
from core.document_numbers import number_key

from .bulk_writes import insert_rows, update_rows

# Relations name the same laws over and over.
_number_key = functools.lru_cache(maxsize=65536)(number_key)


@dataclass(frozen=True)
class PendingRelation:
    source_id: int
    sort_order: int
    relation_type: str
    target_number: str


def link_waiting_relations(targets, batch_size):
    """Link relations elsewhere that name one of ``targets`` (number key -> id) by number
    but have no document yet; return how many were linked."""
    waiting = LegalDocumentRelation.objects.filter(target__isnull=True).exclude(target_number="")
    linked = []
    for pk, number in waiting.values_list("pk", "target_number").iterator(chunk_size=10000):
        target_id = targets.get(_number_key(number))
        if target_id is not None:
            linked.append(LegalDocumentRelation(pk=pk, target_id=target_id))
    for start in range(0, len(linked), batch_size):
        update_rows(
            LegalDocumentRelation, linked[start : start + batch_size], ["target"], batch_size
        )
    return len(linked)


def create_relations(pending, targets, batch_size):
    """Create the ``pending`` relations, linked where ``targets`` knows the number; return
    (created, linked)."""
    linked = 0
    for start in range(0, len(pending), batch_size):
        rows = [
            LegalDocumentRelation(
                source_id=relation.source_id,
                sort_order=relation.sort_order,
                relation_type=relation.relation_type,
                target_number=relation.target_number,
                target_id=targets.get(_number_key(relation.target_number)),
            )
            for relation in pending[start : start + batch_size]
        ]
        insert_rows(LegalDocumentRelation, rows, batch_size)
        linked += sum(1 for row in rows if row.target_id is not None)
    return len(pending), linked
