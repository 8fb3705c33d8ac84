from .base import ContentPage
from .bookshelf import BookshelfPage
from .ebook import EBookPage
from .infographic import InfographicPage
from .leaflet import LeafletPage
from .lecture import LecturePage
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
from .news import LegalNewsPage
from .video import VideoPage
from .webhooks import WebhookDelivery, WebhookEvent, WebhookSubscriber

__all__ = [
    "BookshelfPage",
    "ContentPage",
    "DocumentType",
    "EffectStatus",
    "IssuingBody",
    "LegalDocument",
    "LegalDocumentAttachment",
    "LegalDocumentRelation",
    "PageLegalDocument",
    "RelationType",
    "EBookPage",
    "InfographicPage",
    "LeafletPage",
    "LecturePage",
    "LegalNewsPage",
    "VideoPage",
    "WebhookDelivery",
    "WebhookEvent",
    "WebhookSubscriber",
]
