"""When a page is published or unpublished, front-end caches drop its API and feed URLs.
(Responses cached here are retired by the content version, ``core.content_version``.)"""

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import translation

from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.signals import page_published, page_unpublished

from home.models import AudioFields, BasePage, SectionPage
from qa.models import QuestionAnswerPage


def delivery_paths(page):
    """The API and feed paths that show ``page``: its API detail URL and the feeds of
    the site, its section, unit, legal fields and tags (and, for a published answer,
    the Q&A feeds of its legal fields), in the page's language."""
    page = page.specific
    paths = [reverse("wagtailapi:pages:detail", args=[page.pk])]
    with translation.override(page.locale.language_code):
        paths += [reverse("feeds:site_rss"), reverse("feeds:site_atom")]
        sections = [page, page.get_parent()]
        slugs = {
            "section": [
                section.slug
                for section in sections
                if section is not None and issubclass(section.specific_class, SectionPage)
            ]
        }
        if isinstance(page, BasePage):
            slugs["unit"] = [page.unit.slug] if page.unit else []
            slugs["legal_field"] = [field.slug for field in page.legal_fields.all()]
            slugs["tag"] = [tag.slug for tag in page.tags.all()]
        if isinstance(page, QuestionAnswerPage):
            slugs["qa_legal_field"] = slugs["legal_field"]
        for kind, values in slugs.items():
            for slug in values:
                paths += [reverse(f"feeds:{kind}_{feed}", args=[slug]) for feed in ("rss", "atom")]
        if isinstance(page, AudioFields):
            paths += podcast_paths(slugs)
    return paths


def podcast_paths(slugs):
    """The podcasts that may list an audio page (``delivery.feeds.podcast``)."""
    paths = [reverse("feeds:site_podcast")]
    for kind in ("section", "unit", "legal_field"):
        paths += [reverse(f"feeds:{kind}_podcast", args=[slug]) for slug in slugs.get(kind, [])]
    return paths


def purge_delivery_urls(sender, instance, **kwargs):
    if not settings.WAGTAILFRONTENDCACHE:
        return
    site = instance.get_site()
    if site is None:
        return
    urls = [site.root_url + path for path in delivery_paths(instance)]
    transaction.on_commit(lambda: purge_urls_from_cache(urls))


def connect():
    page_published.connect(purge_delivery_urls, dispatch_uid="purge_delivery_on_publish")
    page_unpublished.connect(purge_delivery_urls, dispatch_uid="purge_delivery_on_unpublish")
