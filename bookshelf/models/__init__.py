from .bookshelf_page import BookshelfPage
from .legal_documents import (
    DocumentType,
    EffectStatus,
    IssuingBody,
    LegalDocument,
    LegalDocumentAttachment,
    LegalDocumentRelation,
    PageLegalDocument,
    RelationType,
)

__all__ = [
    "BookshelfPage",
    "DocumentType",
    "EffectStatus",
    "IssuingBody",
    "LegalDocument",
    "LegalDocumentAttachment",
    "LegalDocumentRelation",
    "PageLegalDocument",
    "RelationType",
]
