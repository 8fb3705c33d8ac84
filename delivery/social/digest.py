"""The daily digest: one post per network gathering the day's published items, made by
``manage.py post_social_digest`` in the evening. A network gets it when its account has
"đăng bản tin hằng ngày" ticked; YouTube, which takes only videos, never does."""

from datetime import datetime, time, timedelta

from django.db import IntegrityError, transaction
from django.utils import timezone

from wagtail.models import Page

from home.models import BasePage

from .models import SocialAccount, SocialPost
from .networks import ADAPTERS
from .posting import is_public
from .text import LIMITS, length_on


def published_on(day):
    """The public content pages first published on ``day`` (local time), oldest first."""
    start = timezone.make_aware(datetime.combine(day, time.min))
    pages = (
        Page.objects.live()
        .filter(first_published_at__gte=start, first_published_at__lt=start + timedelta(days=1))
        .select_related("locale")
        .order_by("first_published_at", "pk")
    )
    return [
        page
        for page in pages
        if issubclass(page.specific_class or Page, BasePage) and is_public(page)
    ]


def digest_text(network, day, pages):
    """A heading and one line per item ("• title link"), as many as the network allows."""
    heading = f"Tin pháp luật ngày {day:%d/%m/%Y}:"
    text = heading
    for page in pages:
        line = f"\n• {page.title} {page.get_full_url()}"
        if network == "x":
            candidate = text + line
            # The digest carries its own links: length_on counts one more for the post's.
            if length_on("x", candidate) - 24 > LIMITS["x"]:
                break
        elif len(text + line) > LIMITS[network]:
            break
        text += line
    return "" if text == heading else text


def make_digests(day=None):
    """Create the day's digest posts (once per network and day); returns the new ones."""
    day = day or timezone.localdate()
    pages = published_on(day)
    if not pages:
        return []
    created = []
    for account in SocialAccount.objects.filter(is_active=True, daily_digest=True):
        if ADAPTERS[account.network].videos_only:
            continue
        text = digest_text(account.network, day, pages)
        if not text:
            continue
        try:
            with transaction.atomic():
                created.append(
                    SocialPost.objects.create(
                        kind=SocialPost.Kind.DIGEST,
                        network=account.network,
                        digest_date=day,
                        title=f"Bản tin pháp luật ngày {day:%d/%m/%Y}",
                        text=text,
                        next_attempt_at=timezone.now(),
                    )
                )
        except IntegrityError:
            # Already made today: running the command twice posts once.
            continue
    return created
