"""Posting to each network: on publish and at a scheduled time, with the editor's text
or the default excerpt; retries with backoff and by hand; an expired token shown to the
administrators; removal after unpublishing; nothing for drafts or private pages."""

import json
from datetime import timedelta
from urllib.parse import parse_qs

import pytest

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import PageViewRestriction

from delivery.models import SocialAccount, SocialPost

from .conftest import NETWORKS, draft, posts, publish
from .fake_networks import FACEBOOK_PAGE_ID, TOKENS, multipart_fields

Status = SocialPost.Status
pytestmark = pytest.mark.django_db


def sent_text(networks, network):
    """The text the network received in its last post, as the network reads it."""
    if network == "facebook":
        request = networks.received("facebook", "POST")[-1]
        if "multipart" in request["headers"]["Content-Type"]:
            return multipart_fields(request)["description"].decode()
        return parse_qs(request["body"].decode())["message"][0]
    if network == "zalo":
        create = [r for r in networks.received("zalo") if r["path"].endswith("/create")][-1]
        return json.loads(create["body"])["body"][0]["content"]
    if network == "x":
        return json.loads(networks.received("x", "POST")[-1]["body"])["text"]
    start = networks.received("youtube", "POST")[-1]
    return json.loads(start["body"])["snippet"]["description"]


def due_now():
    """Time passes: every post waiting for its time becomes due."""
    SocialPost.objects.filter(next_attempt_at__isnull=False).update(
        next_attempt_at=timezone.now() - timedelta(seconds=1)
    )


@pytest.mark.parametrize("network", NETWORKS)
def test_published_page_is_posted_with_its_link(
    network, networks, accounts, justice_section, on_commit
):
    page = draft(justice_section, network)
    with on_commit():
        page = publish(page)

    [post] = posts(network)
    assert post.status == Status.POSTED
    assert post.page_id == page.pk
    assert post.remote_id
    expected_links = {
        "facebook": f"https://www.facebook.com/{FACEBOOK_PAGE_ID}/",
        "x": "https://x.com/i/web/status/",
        "youtube": "https://www.youtube.com/watch?v=",
    }
    if network in expected_links:
        assert post.remote_url.startswith(expected_links[network])
    # Every other network received nothing.
    assert {request["network"] for request in networks.requests} == {network}
    # Default text: the summary, then hashtags without diacritics; the page's link sent.
    text = sent_text(networks, network)
    assert text.startswith("Từ ngày 01/8/2024, Luật Đất đai 2024")
    assert "#PhapLuat" in text and "#DatDai" in text
    link = page.get_full_url()
    if network == "facebook":
        request = networks.received("facebook", "POST")[-1]
        if "multipart" not in request["headers"]["Content-Type"]:
            assert parse_qs(request["body"].decode())["link"] == [link]
    elif network == "zalo":
        create = [r for r in networks.received("zalo") if r["path"].endswith("/create")][-1]
        assert link in json.loads(create["body"])["body"][1]["content"]
    elif network == "x":
        assert text.endswith(f" {link}")
    else:
        assert link in text


def test_youtube_receives_the_video_file_by_resumable_upload(
    networks, accounts, justice_section, on_commit
):
    page = draft(justice_section, "youtube")
    with on_commit():
        publish(page)

    start, upload = networks.received("youtube")
    assert start["query"]["uploadType"] == ["resumable"]
    assert start["headers"]["X-Upload-Content-Type"] == "video/mp4"
    assert int(start["headers"]["X-Upload-Content-Length"]) == len(upload["body"])
    assert json.loads(start["body"])["snippet"]["title"] == "Luật Đất đai 2024 có hiệu lực"
    assert upload["method"] == "PUT"
    assert upload["body"].startswith(b"\x00\x00\x00\x18ftypmp42")


def test_youtube_is_not_offered_a_page_without_a_video_file(
    networks, accounts, justice_section, on_commit
):
    page = draft(justice_section, "x")
    page.social_posts.create(network="youtube")
    page.save_revision()
    with on_commit():
        publish(page)

    [post] = posts("youtube")
    assert post.status == Status.FAILED
    assert "tệp video" in post.failure
    assert not networks.received("youtube")


@pytest.mark.parametrize("network", NETWORKS)
def test_editor_text_is_posted_as_written(network, networks, accounts, justice_section, on_commit):
    text = "Luật Đất đai 2024: những điểm mới người dân cần biết #LuatDatDai"
    page = draft(justice_section, network, text=text)
    with on_commit():
        publish(page)

    assert sent_text(networks, network).startswith(text)
    assert posts(network)[0].text == text


@pytest.mark.parametrize("network", NETWORKS)
def test_scheduled_post_waits_for_its_time(network, networks, accounts, justice_section, on_commit):
    page = draft(justice_section, network, scheduled_at=timezone.now() + timedelta(hours=3))
    with on_commit():
        publish(page)

    [post] = posts(network)
    assert post.status == Status.PENDING
    call_command("post_social")
    assert not networks.requests

    due_now()
    call_command("post_social")
    post.refresh_from_db()
    assert post.status == Status.POSTED
    assert networks.received(network)


@pytest.mark.parametrize("network", NETWORKS)
def test_republishing_posts_again_only_when_the_text_changed(
    network, networks, accounts, justice_section, on_commit
):
    page = draft(justice_section, network)
    with on_commit():
        page = publish(page)
    with on_commit():
        page.save_revision().publish()
    assert len(posts(network)) == 1

    choice = page.social_posts.get()
    choice.text = "Bản cập nhật: Luật Đất đai 2024 có hiệu lực từ 01/8/2024."
    page.social_posts = [choice]
    with on_commit():
        page.save_revision().publish()
    first, second = posts(network)
    assert (first.status, second.status) == (Status.POSTED, Status.POSTED)
    assert second.text == choice.text
    assert first.remote_id != second.remote_id


@pytest.mark.parametrize("network", NETWORKS)
def test_rate_limit_is_retried_with_backoff(
    network, networks, accounts, justice_section, on_commit
):
    networks.fail(network, "rate_limit")
    page = draft(justice_section, network)
    with on_commit():
        publish(page)

    [post] = posts(network)
    assert post.status == Status.RETRYING
    assert "giới hạn" in post.failure
    # Not before the first delay of the schedule (X says when its window resets: later).
    assert post.next_attempt_at >= post.last_attempt_at + timedelta(minutes=1) - timedelta(
        seconds=1
    )
    call_command("post_social")
    post.refresh_from_db()
    assert post.status == Status.RETRYING

    due_now()
    call_command("post_social")
    post.refresh_from_db()
    assert post.status == Status.POSTED
    assert post.attempts == 2
    assert post.failure == ""


def test_x_rate_limit_waits_for_the_window_to_reset(networks, accounts, justice_section, on_commit):
    networks.fail("x", "rate_limit")
    with on_commit():
        publish(draft(justice_section, "x"))

    [post] = posts("x")
    # The fake resets its window in 15 minutes, longer than the first retry delay.
    assert post.next_attempt_at >= timezone.now() + timedelta(minutes=14)


@pytest.mark.parametrize("network", NETWORKS)
def test_rejected_media_fails_at_once_and_is_retried_by_hand(
    network, networks, accounts, justice_section, on_commit, client, board_member
):
    networks.fail(network, "rejected")
    page = draft(justice_section, network)
    with on_commit():
        publish(page)

    [post] = posts(network)
    assert post.status == Status.FAILED
    assert post.failure
    assert post.next_attempt_at is None

    client.force_login(board_member)
    inspect = client.get(reverse("social_posts:inspect", args=[post.pk]))
    retry_url = reverse("social_posts:retry", args=[post.pk])
    assert retry_url in inspect.content.decode()
    assert retry_url in client.get(reverse("social_posts:index")).content.decode()
    assert client.get(retry_url).status_code == 200
    with on_commit():
        client.post(retry_url)
    post.refresh_from_db()
    assert post.status == Status.POSTED
    assert post.remote_id


@pytest.mark.parametrize("network", NETWORKS)
def test_expired_token_fails_the_post_and_warns_administrators(
    network, networks, accounts, justice_section, on_commit, client, superuser, board_member
):
    networks.fail(network, "expired")
    page = draft(justice_section, network)
    with on_commit():
        publish(page)

    [post] = posts(network)
    assert post.status == Status.FAILED
    assert "Mã truy cập" in post.failure
    account = SocialAccount.objects.get(network=network)
    assert account.token_rejected_at is not None

    client.force_login(superuser)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "data-social-token-warnings" in dashboard
    assert str(account) in dashboard
    listing = client.get(reverse("social_accounts:index")).content.decode()
    assert "từ chối mã truy cập" in listing
    # Editors and the board see posts, not the accounts' tokens.
    client.force_login(board_member)
    assert (
        "data-social-token-warnings"
        not in client.get(reverse("wagtailadmin_home")).content.decode()
    )


@pytest.mark.parametrize("network", NETWORKS)
def test_token_past_its_expiry_date_is_not_sent(
    network, networks, accounts, justice_section, on_commit, client, superuser
):
    SocialAccount.objects.filter(network=network).update(
        token_expires_at=timezone.now() - timedelta(days=1)
    )
    with on_commit():
        publish(draft(justice_section, network))

    [post] = posts(network)
    assert post.status == Status.FAILED
    assert post.failure == "Mã truy cập đã hết hạn."
    assert not networks.requests
    client.force_login(superuser)
    assert "Mã truy cập đã hết hạn." in client.get(reverse("wagtailadmin_home")).content.decode()


def test_token_about_to_expire_is_shown_before_it_does(accounts, client, superuser):
    SocialAccount.objects.filter(network="x").update(
        token_expires_at=timezone.now() + timedelta(days=3)
    )
    client.force_login(superuser)
    assert "Mã truy cập sắp hết hạn" in client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.parametrize("network", NETWORKS)
def test_unpublishing_offers_to_remove_the_posts(
    network, networks, accounts, justice_section, on_commit, client, board_member
):
    page = draft(justice_section, network)
    with on_commit():
        page = publish(page)
    [post] = posts(network)

    client.force_login(board_member)
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    remove_url = reverse("social_posts:remove_page", args=[page.pk])
    assert response.status_code == 302
    assert response.url == remove_url
    offer = client.get(remove_url).content.decode()
    assert post.remote_url in offer or post.get_network_display() in offer

    with on_commit():
        client.post(remove_url)
    post.refresh_from_db()
    assert post.status == Status.REMOVED
    assert post.removed_at is not None
    assert (network, post.remote_id) in networks.removed


def test_editors_cannot_remove_posts(
    networks, accounts, justice_section, on_commit, client, justice_editor
):
    with on_commit():
        page = publish(draft(justice_section, "x"))
    client.force_login(justice_editor)
    # The admin turns a refusal into a redirect to the dashboard with an error message.
    refused = client.get(reverse("social_posts:remove_page", args=[page.pk]))
    assert (refused.status_code, refused.url) == (302, reverse("wagtailadmin_home"))
    [post] = posts("x")
    refused = client.post(reverse("social_posts:remove", args=[post.pk]))
    assert (refused.status_code, refused.url) == (302, reverse("wagtailadmin_home"))
    assert not networks.removed
    post.refresh_from_db()
    assert post.status == Status.POSTED


def test_scheduled_post_of_an_unpublished_page_is_cancelled(
    networks, accounts, justice_section, on_commit
):
    page = draft(justice_section, "facebook", scheduled_at=timezone.now() + timedelta(hours=1))
    with on_commit():
        page = publish(page)
    page.unpublish()
    due_now()
    call_command("post_social")

    [post] = posts("facebook")
    assert post.status == Status.CANCELLED
    assert not networks.requests


@pytest.mark.parametrize("network", NETWORKS)
def test_nothing_is_posted_for_a_draft(network, networks, accounts, justice_section, on_commit):
    with on_commit():
        page = draft(justice_section, network)
        page.save_revision()
    call_command("post_social")
    assert posts() == []
    assert not networks.requests


@pytest.mark.parametrize("network", NETWORKS)
def test_nothing_is_posted_for_a_private_page(
    network, networks, accounts, justice_section, on_commit
):
    PageViewRestriction.objects.create(
        page=justice_section, restriction_type=PageViewRestriction.LOGIN
    )
    page = draft(justice_section, network)
    with on_commit():
        publish(page)
    call_command("post_social")
    assert posts() == []
    assert not networks.requests


def account_form(account, **changes):
    return {
        "network": account.network,
        "name": account.name,
        "account_id": account.account_id,
        "new_access_token": "",
        "token_expires_at": "",
        "is_active": "on" if account.is_active else "",
        **changes,
    }


@pytest.mark.parametrize("network", NETWORKS)
def test_a_new_token_sends_the_posts_the_refused_one_held_back(
    network, networks, accounts, justice_section, on_commit, client, superuser
):
    SocialAccount.objects.filter(network=network).update(access_token="revoked-by-the-network")
    with on_commit():
        publish(draft(justice_section, network))
    [post] = posts(network)
    assert post.status == Status.FAILED
    assert post.blocked_by_account

    client.force_login(superuser)
    account = SocialAccount.objects.get(network=network)
    edit_url = reverse("social_accounts:edit", args=[account.pk])
    with on_commit():
        response = client.post(
            edit_url, account_form(account, new_access_token=TOKENS[network]), follow=True
        )

    assert "1 bài thất bại vì tài khoản này chưa dùng được sẽ được đăng lại" in (
        response.content.decode()
    )
    post.refresh_from_db()
    assert post.status == Status.POSTED
    assert post.remote_id
    assert not post.blocked_by_account


def test_resuming_a_paused_account_sends_recent_posts_only(
    networks, accounts, justice_section, on_commit, client, superuser
):
    SocialAccount.objects.filter(network="facebook").update(is_active=False)
    with on_commit():
        publish(draft(justice_section, "facebook", title="Tin mới"))
        publish(draft(justice_section, "facebook", title="Tin cũ"))
    recent, old = sorted(posts("facebook"), key=lambda post: post.title != "Tin mới")
    assert recent.status == old.status == Status.FAILED
    SocialPost.objects.filter(pk=old.pk).update(
        last_attempt_at=timezone.now() - timedelta(hours=49)
    )

    client.force_login(superuser)
    account = SocialAccount.objects.get(network="facebook")
    with on_commit():
        client.post(
            reverse("social_accounts:edit", args=[account.pk]),
            account_form(account, is_active="on"),
        )

    recent.refresh_from_db()
    old.refresh_from_db()
    assert recent.status == Status.POSTED
    # A two-day-old item is not sent out unasked; "Đăng lại ngay" still can.
    assert old.status == Status.FAILED
    assert old.blocked_by_account


def test_fixing_an_account_leaves_posts_that_failed_for_other_reasons(
    networks, accounts, justice_section, on_commit, client, superuser
):
    networks.fail("x", "rejected")
    with on_commit():
        publish(draft(justice_section, "x"))
    [post] = posts("x")
    assert post.status == Status.FAILED
    assert not post.blocked_by_account

    client.force_login(superuser)
    account = SocialAccount.objects.get(network="x")
    with on_commit():
        client.post(
            reverse("social_accounts:edit", args=[account.pk]),
            account_form(account, new_access_token=TOKENS["x"]),
        )

    post.refresh_from_db()
    assert post.status == Status.FAILED
    assert len(networks.received("x", "POST")) == 1
