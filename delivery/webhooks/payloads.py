"""The JSON body of a delivery (documented in docs/webhooks.md)."""

from dataclasses import dataclass

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from home.models import SectionPage


@dataclass(frozen=True)
class PageSnapshot:
    """What an event needs to know about a page, taken while the page still exists."""

    page: dict
    path: str
    unit_id: int | None

    @property
    def id(self):
        return self.page["id"]

    @property
    def title(self):
        return self.page["title"]

    @property
    def url(self):
        return self.page["url"] or ""


def isoformat(moment):
    return timezone.localtime(moment).isoformat() if moment else None


def snapshot(page):
    """``page`` must be the specific page (it carries the unit)."""
    section = SectionPage.objects.ancestor_of(page).order_by("-depth").only("title").first()
    unit = page.unit
    site = page.get_site()
    base_url = site.root_url if site else settings.WAGTAILADMIN_BASE_URL
    return PageSnapshot(
        page={
            "id": page.pk,
            "type": page.specific_class._meta.label,
            "title": page.title,
            "slug": page.slug,
            "locale": page.locale.language_code,
            "url": page.get_full_url(),
            "api_url": base_url + reverse("wagtailapi:pages:detail", args=[page.pk]),
            "section": {"id": section.pk, "title": section.title} if section else None,
            "unit": {"id": unit.pk, "name": unit.name, "slug": unit.slug} if unit else None,
            "first_published_at": isoformat(page.first_published_at),
            "last_published_at": isoformat(page.last_published_at),
        },
        path=page.path,
        unit_id=page.unit_id,
    )


def payload(event, delivery_uuid, occurred_at, page):
    return {
        "event": f"page.{event}",
        "delivery_id": str(delivery_uuid),
        "occurred_at": isoformat(occurred_at),
        "page": page,
    }
