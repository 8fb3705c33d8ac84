"""The editor's channel choices in the page editor: on the "Mạng xã hội" tab an editor
ticks the networks a page goes to and writes the text for one; publishing posts to
those networks (local fake servers), each with its text, and the page's posts list
shows them with their links."""

import json
import re
from datetime import timedelta
from urllib.parse import parse_qs

import pytest
from playwright.sync_api import expect

from django.contrib.auth import get_user_model
from django.utils import timezone

from delivery.models import SocialAccount, SocialPost
from tests.delivery.social.fake_networks import FACEBOOK_PAGE_ID, TOKENS, FakeNetworks

PASSWORD = "Mat-khau-quan-tri-2026"
X_TEXT = "Luật Đất đai 2024: 5 điểm mới người dân cần biết #LuatDatDai"


@pytest.fixture
def networks(settings):
    fake = FakeNetworks()
    fake.thread.start()
    settings.SOCIAL_NETWORK_API_URLS = fake.api_urls()
    for network in ("facebook", "x"):
        SocialAccount.objects.create(
            network=network,
            name=f"Tài khoản {network}",
            account_id=FACEBOOK_PAGE_ID if network == "facebook" else "",
            access_token=TOKENS[network],
            token_expires_at=timezone.now() + timedelta(days=60),
        )
    yield fake
    fake.server.shutdown()
    fake.server.server_close()


def test_editor_chooses_networks_and_text_then_publishes(desktop, live_server, site, networks):
    get_user_model().objects.create_superuser("quantri", "quantri@example.vn", PASSWORD)
    tab = desktop.tab
    tab.goto(live_server.url + "/admin/login/", wait_until="load")
    tab.get_by_label("Tên đăng nhập").fill("quantri")
    tab.get_by_label("Mật khẩu").fill(PASSWORD)
    tab.get_by_role("button", name="Đăng nhập").click()
    expect(tab.get_by_role("heading", level=1)).to_be_visible()

    page = site.news
    tab.goto(f"{live_server.url}/admin/pages/{page.pk}/edit/", wait_until="load")
    tab.get_by_role("tab", name="Mạng xã hội").click()
    add = tab.get_by_role("button", name="Thêm mạng xã hội")
    expect(add).to_be_visible()

    add.click()
    tab.locator("select[name='social_posts-0-network']").select_option("x")
    tab.locator("textarea[name='social_posts-0-text']").fill(X_TEXT)
    add.click()
    tab.locator("select[name='social_posts-1-network']").select_option("facebook")

    tab.get_by_role("button", name="Thao tác khác").click()
    tab.get_by_role("button", name="Xuất bản").click()
    # Published: the editor is taken back to the section's page list.
    expect(tab).to_have_url(re.compile(rf"/admin/pages/{site.section.pk}/$"))

    statuses = dict(SocialPost.objects.values_list("network", "status"))
    assert statuses == {"x": "posted", "facebook": "posted"}
    tweet = json.loads(networks.received("x", "POST")[0]["body"])["text"]
    assert tweet == f"{X_TEXT} {page.get_full_url()}"
    message = parse_qs(networks.received("facebook", "POST")[0]["body"].decode())["message"][0]
    assert message.startswith(page.summary)

    # The page's posts, with their links, one click from the page.
    tab.goto(f"{live_server.url}/admin/social/posts/?for_page={page.pk}", wait_until="load")
    expect(tab.get_by_role("link", name="Xem bài")).to_have_count(2)
    expect(tab.locator("table").get_by_text("Đã đăng", exact=True)).to_have_count(2)
