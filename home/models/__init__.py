from .base_page import BasePage, ClassificationFields, SocialFields
from .images import CustomImage, CustomRendition
from .pages import CONTENT_PAGE_TYPES, HomePage, SectionPage, live_content
from .site_settings import SiteIdentity
from .taxonomy import LegalField, PageTag, Unit
from .users import User

__all__ = [
    "CONTENT_PAGE_TYPES",
    "BasePage",
    "ClassificationFields",
    "CustomImage",
    "CustomRendition",
    "HomePage",
    "LegalField",
    "PageTag",
    "SectionPage",
    "SiteIdentity",
    "SocialFields",
    "Unit",
    "User",
    "live_content",
]
