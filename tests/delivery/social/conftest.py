from datetime import timedelta

import pytest

from django.core.files.base import ContentFile
from django.utils import timezone

from wagtail.documents.models import Document
from wagtail.models import Collection

from delivery.models import SocialAccount, SocialPost, SocialPostChoice
from publications.models import VideoPage
from tests.factories import LegalNewsPageFactory

from .fake_networks import FACEBOOK_PAGE_ID, TOKENS, FakeNetworks

NETWORKS = ["facebook", "zalo", "x", "youtube"]


@pytest.fixture
def networks(settings):
    fake = FakeNetworks()
    fake.thread.start()
    settings.SOCIAL_NETWORK_API_URLS = fake.api_urls()
    yield fake
    fake.server.shutdown()
    fake.server.server_close()


@pytest.fixture
def accounts(db):
    names = {
        "facebook": "Trang Phổ biến pháp luật Quảng Ninh",
        "zalo": "Pháp luật Quảng Ninh",
        "x": "@PhapLuatQN",
        "youtube": "Kênh Pháp luật Quảng Ninh",
    }
    return {
        network: SocialAccount.objects.create(
            network=network,
            name=names[network],
            account_id=FACEBOOK_PAGE_ID if network == "facebook" else "",
            access_token=TOKENS[network],
            token_expires_at=timezone.now() + timedelta(days=60),
        )
        for network in NETWORKS
    }


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """Runs the callbacks a real commit would run, when the block ends."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


def video_document():
    document = Document(title="Clip Luật Đất đai", collection=Collection.get_first_root_node())
    document.file.save("clip-luat-dat-dai.mp4", ContentFile(b"\x00\x00\x00\x18ftypmp42" * 64))
    return document


def draft(section, network, title="Luật Đất đai 2024 có hiệu lực", **choice):
    """An unpublished page of a type the network takes, with ``network`` ticked."""
    fields = {
        "title": title,
        "summary": "Từ ngày 01/8/2024, Luật Đất đai 2024 chính thức có hiệu lực thi hành.",
    }
    if network == "youtube":
        page = section.add_child(
            instance=VideoPage(**fields, video_file=video_document(), live=False)
        )
    else:
        page = LegalNewsPageFactory(parent=section, live=False, **fields)
    page.tags.add("Pháp luật", "Đất đai")
    page.social_posts = [SocialPostChoice(network=network, **choice)]
    page.save_revision()
    return page.specific_class.objects.get(pk=page.pk)


def publish(page):
    page.get_latest_revision().publish()
    return page.specific_class.objects.get(pk=page.pk)


def posts(network=None):
    queryset = SocialPost.objects.order_by("pk")
    return list(queryset.filter(network=network) if network else queryset)
