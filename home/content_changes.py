"""What happens when public content may have changed: the content version moves on (so
cached API and feed responses are retired) and front-end caches drop the page's API
URL."""

from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.urls import reverse

from taggit.models import Tag
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import CollectionViewRestriction, Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms import content_version

from .models import LegalField, Unit


def watched_models():
    """Models whose rows appear in API or feed responses. Renditions and revisions are
    left out: they change without changing what is published."""
    return (
        Page,
        get_image_model(),
        get_document_model(),
        Unit,
        LegalField,
        Tag,
        PageViewRestriction,
        CollectionViewRestriction,
        Site,
        Locale,
        Group,
    )


def content_changed(sender, instance=None, raw=False, **kwargs):
    if not raw and isinstance(instance, watched_models()):
        transaction.on_commit(content_version.bump)


def purge_page_api_urls(sender, instance, **kwargs):
    site_root = instance.get_site() and instance.get_site().root_url
    if site_root:
        paths = [reverse("wagtailapi:pages:detail", args=[instance.pk])]
        transaction.on_commit(lambda: purge_urls_from_cache([site_root + path for path in paths]))


def connect():
    post_save.connect(content_changed, dispatch_uid="content_changed_save")
    post_delete.connect(content_changed, dispatch_uid="content_changed_delete")
    post_page_move.connect(content_changed, dispatch_uid="content_changed_move")
    page_published.connect(purge_page_api_urls, dispatch_uid="purge_api_on_publish")
    page_unpublished.connect(purge_page_api_urls, dispatch_uid="purge_api_on_unpublish")
