"""What happens when public content may have changed: the content version moves on (so
cached API and feed responses are retired) and front-end caches drop the page's API
and feed URLs."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from django.utils import translation

from taggit.models import Tag
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import CollectionViewRestriction, Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms import content_version

from .models import BasePage, LegalField, SectionPage, Unit


def watched_models():
    """Models whose rows appear in API or feed responses. Renditions and revisions are
    left out: they change without changing what is published."""
    from publications.models import DocumentType, IssuingBody, LegalDocument

    return (
        Page,
        LegalDocument,
        DocumentType,
        IssuingBody,
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


def delivery_paths(page):
    """The API and feed paths that show ``page``: its API detail URL and the feeds of
    the site, its section, unit, legal fields and tags, in the page's language."""
    page = page.specific
    paths = [reverse("wagtailapi:pages:detail", args=[page.pk])]
    with translation.override(page.locale.language_code):
        paths += [reverse("feeds:site_rss"), reverse("feeds:site_atom")]
        sections = [page, page.get_parent()]
        slugs = {
            "section": [
                section.slug
                for section in sections
                if section is not None and section.specific_class is SectionPage
            ]
        }
        if isinstance(page, BasePage):
            slugs["unit"] = [page.unit.slug] if page.unit else []
            slugs["legal_field"] = [field.slug for field in page.legal_fields.all()]
            slugs["tag"] = [tag.slug for tag in page.tags.all()]
        for kind, values in slugs.items():
            for slug in values:
                paths += [reverse(f"feeds:{kind}_{feed}", args=[slug]) for feed in ("rss", "atom")]
    return paths


def purge_delivery_urls(sender, instance, **kwargs):
    site = instance.get_site()
    if site is None or not settings.WAGTAILFRONTENDCACHE:
        return
    urls = [site.root_url + path for path in delivery_paths(instance)]
    transaction.on_commit(lambda: purge_urls_from_cache(urls))


def connect():
    post_save.connect(content_changed, dispatch_uid="content_changed_save")
    post_delete.connect(content_changed, dispatch_uid="content_changed_delete")
    post_page_move.connect(content_changed, dispatch_uid="content_changed_move")
    page_published.connect(purge_delivery_urls, dispatch_uid="purge_delivery_on_publish")
    page_unpublished.connect(purge_delivery_urls, dispatch_uid="purge_delivery_on_unpublish")
