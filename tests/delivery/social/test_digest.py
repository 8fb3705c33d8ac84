"""The daily digest: one post per network that wants it, gathering the day's items."""

import json
from datetime import timedelta
from urllib.parse import parse_qs

import pytest

from django.core.management import call_command
from django.utils import timezone

from delivery.models import SocialAccount, SocialPost
from delivery.social.text import LIMITS, x_weight
from tests.factories import LegalNewsPageFactory

from .conftest import posts

pytestmark = pytest.mark.django_db


@pytest.fixture
def todays_items(justice_section):
    titles = [f"Tin pháp luật số {n}: Luật Đất đai 2024 và người dân" for n in range(1, 13)]
    pages = [LegalNewsPageFactory(parent=justice_section, title=title) for title in titles]
    yesterday = LegalNewsPageFactory(parent=justice_section, title="Tin của hôm qua")
    for page in [*pages, yesterday]:
        page.save_revision().publish()
    yesterday.first_published_at = timezone.now() - timedelta(days=1, hours=1)
    yesterday.save()
    return pages


def test_digest_gathers_the_days_items_per_network(networks, accounts, todays_items, on_commit):
    SocialAccount.objects.filter(network__in=["facebook", "x", "youtube"]).update(daily_digest=True)
    with on_commit():
        call_command("post_social_digest")

    facebook, x = posts("facebook"), posts("x")
    assert [post.status for post in facebook + x] == [SocialPost.Status.POSTED] * 2
    # Zalo did not ask for it; YouTube takes only videos.
    assert posts("zalo") == posts("youtube") == []

    message = parse_qs(networks.received("facebook")[0]["body"].decode())["message"][0]
    assert message.startswith(f"Tin pháp luật ngày {timezone.localdate():%d/%m/%Y}:")
    for page in todays_items:
        assert f"• {page.title} {page.get_full_url()}" in message
    assert "Tin của hôm qua" not in message

    # X takes as many items as fit its 280 characters.
    tweet = json.loads(networks.received("x")[0]["body"])["text"]
    assert x_weight(tweet) <= LIMITS["x"]
    assert todays_items[0].title in tweet
    assert todays_items[-1].title not in tweet


def test_digest_is_posted_once_a_day(networks, accounts, todays_items, on_commit):
    SocialAccount.objects.filter(network="zalo").update(daily_digest=True)
    with on_commit():
        call_command("post_social_digest")
        call_command("post_social_digest")
    assert len(posts("zalo")) == 1
    assert len([r for r in networks.received("zalo") if r["path"].endswith("/create")]) == 1


def test_no_digest_on_a_day_without_items(networks, accounts, justice_section):
    SocialAccount.objects.update(daily_digest=True)
    call_command(
        "post_social_digest", "--date", (timezone.localdate() - timedelta(days=3)).isoformat()
    )
    assert posts() == []
