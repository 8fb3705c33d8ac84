from .audio import AudioFields
from .base_page import BasePage, ClassificationFields, SocialFields
from .images import CustomImage, CustomRendition
from .pages import HomePage, SectionPage, content_page_models, live_content
from .site_settings import SiteIdentity
from .taxonomy import LegalField, PageTag, Unit
from .users import User

__all__ = [
    "AudioFields",
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
    "content_page_models",
    "live_content",
]
