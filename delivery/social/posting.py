"""Posts planned when a page is published, each attempt with its retry schedule, manual
retries and removal.

What is posted: on ``page_published``, every network the editor chose on the live page
gets a post with its text (the editor's, or the default excerpt). A republish posts
again on a network only when the text there changed; the same text is never posted
twice (unless its earlier post was removed). A post not yet attempted takes the new
text instead of adding a second post. Nothing is planned for a page that is not public
(a view restriction on it or above it), an alias, or a translation: the province's
accounts speak Vietnamese, the default language.

Attempts claim the post with a conditional UPDATE as webhook deliveries do, so a task
queued twice and ``post_social`` on its timer never post the same attempt twice; the
retry schedule is the webhooks' one, lengthened to what a rate limit asks.
"""

import logging
import mimetypes
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished

from delivery.webhooks.delivery import MAX_ATTEMPTS, retry_delay
from home.models import BasePage

from .models import SocialAccount, SocialPost, text_hash
from .networks import NetworkError, Outgoing, TokenRejected, Video, adapter_for
from .text import hashtags, text_for

logger = logging.getLogger(__name__)

Status = SocialPost.Status
OPEN = [Status.PENDING, Status.RETRYING]
RETRYABLE = [Status.FAILED, Status.RETRYING]


def connect():
    page_published.connect(page_was_published, dispatch_uid="social.page_published")
    page_unpublished.connect(page_was_unpublished, dispatch_uid="social.page_unpublished")


def page_was_published(sender, instance, **kwargs):
    transaction.on_commit(partial(plan_safely, instance.pk), robust=True)


def page_was_unpublished(sender, instance, **kwargs):
    # Posts not made yet must not go out for a page no longer public; made ones stay
    # until someone chooses to remove them.
    SocialPost.objects.filter(page_id=instance.pk, status__in=OPEN).update(
        status=Status.CANCELLED,
        next_attempt_at=None,
        failure="Trang đã ngừng xuất bản trước khi đăng.",
    )


def is_public(page):
    """Whether ``page`` is live and anyone may read it: a content page, not an alias,
    in the default language, with no view restriction on it or its ancestors."""
    page_class = page.specific_class
    return (
        page.live
        and page_class is not None
        and issubclass(page_class, BasePage)
        and getattr(page_class, "is_content_page", False)
        and page.alias_of_id is None
        and page.locale.language_code == settings.LANGUAGE_CODE
        and not page.get_view_restrictions().exists()
    )


def plan_safely(page_pk):
    try:
        plan(page_pk)
    except Exception:
        # Posting never stands in the way of publishing.
        logger.exception("Social posts for page %s not planned", page_pk)


def plan(page_pk, now=None):
    """Create (or update) the posts the live page asks for; queue those due now."""
    page = Page.objects.filter(pk=page_pk).select_related("locale").first()
    if page is None or not is_public(page):
        return []
    page = page.specific
    now = now or timezone.now()
    due = []
    for network, choice in {c.network: c for c in reversed(page.social_posts.all())}.items():
        text = text_for(choice, page)
        earlier = SocialPost.objects.filter(
            page_id=page.pk, network=network, kind=SocialPost.Kind.PAGE
        ).exclude(status__in=[Status.REMOVED, Status.CANCELLED])
        if earlier.filter(text_hash=text_hash(text)).exists():
            continue
        when = max(choice.scheduled_at or now, now)
        post = earlier.filter(status=Status.PENDING, attempts=0).first() or SocialPost(
            page_id=page.pk, network=network
        )
        post.title = page.title[:255]
        post.text = text
        post.link = page.get_full_url() or ""
        post.next_attempt_at = when
        post.save()
        if when <= now:
            due.append(post.pk)
    from . import tasks

    tasks.enqueue(due)
    return due


def due_posts(now=None):
    return SocialPost.objects.filter(
        status__in=OPEN, next_attempt_at__lte=now or timezone.now()
    ).order_by("next_attempt_at", "pk")


def outgoing(post):
    """What the adapter sends for ``post``; ``None`` when its page is no longer public."""
    if post.kind == SocialPost.Kind.DIGEST:
        return Outgoing(title=post.title, text=post.text, link=post.link)
    page = Page.objects.filter(pk=post.page_id).select_related("locale").first()
    if page is None or not is_public(page):
        return None
    page = page.specific
    tags = [tag.name for tag in page.tags.all()]
    return Outgoing(
        title=post.title,
        text=post.text,
        link=post.link,
        tags=[tag.lstrip("#") for tag in hashtags(tags)],
        video=video_of(page),
    )


def video_of(page):
    document = getattr(page, "video_file", None)
    if document is None:
        return None
    name = document.file.name.rsplit("/", 1)[-1]
    return Video(
        name=name,
        content_type=mimetypes.guess_type(name)[0] or "application/octet-stream",
        size=document.file.size,
        open=lambda: document.file.open("rb"),
    )


def attempt(post_pk):
    """Make the next attempt of a post if it is due. Returns when the following attempt
    is due if this one failed and may be retried, otherwise ``None``."""
    post = SocialPost.objects.filter(pk=post_pk, status__in=OPEN).first()
    if post is None:
        return None
    now = timezone.now()
    number = post.attempts + 1
    retry_at = now + retry_delay(number)
    claimed = SocialPost.objects.filter(
        pk=post.pk, status__in=OPEN, attempts=post.attempts, next_attempt_at__lte=now
    ).update(attempts=F("attempts") + 1, last_attempt_at=now, next_attempt_at=retry_at)
    if not claimed:
        return None

    account = SocialAccount.objects.filter(network=post.network).first()
    if account is None or not account.is_active:
        return finish(
            post,
            Status.FAILED,
            "Chưa kết nối hoặc đang tạm dừng tài khoản mạng này.",
            blocked_by_account=True,
        )
    if account.token_blocker(now):
        return finish(post, Status.FAILED, account.token_blocker(now), blocked_by_account=True)
    item = outgoing(post)
    if item is None:
        return finish(post, Status.CANCELLED, "Trang không còn công khai: không đăng.")
    adapter = adapter_for(account)
    if adapter.videos_only and item.video is None:
        return finish(post, Status.FAILED, "Chỉ đăng lên YouTube được trang video có tệp video.")

    try:
        posted = adapter.post(item)
    except TokenRejected as error:
        SocialAccount.objects.filter(pk=account.pk).update(
            token_rejected_at=now, token_rejected_reason=str(error)[:500]
        )
        return finish(post, Status.FAILED, str(error), blocked_by_account=True)
    except NetworkError as error:
        if not error.retry or number >= MAX_ATTEMPTS:
            return finish(post, Status.FAILED, str(error))
        wait = getattr(error, "retry_after", None)
        if wait:
            retry_at = max(retry_at, now + timedelta(seconds=wait))
        SocialPost.objects.filter(pk=post.pk).update(
            status=Status.RETRYING, failure=str(error)[:500], next_attempt_at=retry_at
        )
        return retry_at
    SocialPost.objects.filter(pk=post.pk).update(
        status=Status.POSTED,
        remote_id=posted.remote_id,
        remote_url=posted.url,
        posted_at=timezone.now(),
        next_attempt_at=None,
        failure="",
    )
    return None


def finish(post, status, failure, blocked_by_account=False):
    SocialPost.objects.filter(pk=post.pk).update(
        status=status,
        failure=failure[:500],
        next_attempt_at=None,
        blocked_by_account=blocked_by_account,
    )


def resume_blocked(account, now=None):
    """Start again the posts that failed because ``account`` could not be used, once it
    can: those of the last ``SOCIAL_RESUME_WITHIN_HOURS`` hours, so that fixing a token
    does not send out week-old news. Older ones keep "Đăng lại ngay". Returns their ids,
    queued."""
    now = now or timezone.now()
    if not account.is_active or account.token_blocker(now):
        return []
    since = now - timedelta(hours=settings.SOCIAL_RESUME_WITHIN_HOURS)
    blocked = SocialPost.objects.filter(
        network=account.network,
        status=Status.FAILED,
        blocked_by_account=True,
        last_attempt_at__gte=since,
    )
    ids = list(blocked.values_list("pk", flat=True))
    SocialPost.objects.filter(pk__in=ids, status=Status.FAILED).update(
        status=Status.PENDING,
        attempts=0,
        next_attempt_at=now,
        failure="",
        blocked_by_account=False,
    )
    from . import tasks

    transaction.on_commit(partial(tasks.enqueue, ids), robust=True)
    return ids


def retry_now(post):
    """Start a failed or waiting post over with a fresh schedule. False if it had not
    failed and is not waiting for a retry."""
    restarted = SocialPost.objects.filter(pk=post.pk, status__in=RETRYABLE).update(
        status=Status.PENDING, attempts=0, next_attempt_at=timezone.now(), blocked_by_account=False
    )
    return bool(restarted)


def removable(post):
    if post.status != Status.POSTED or not post.remote_id:
        return False
    account = SocialAccount.objects.filter(network=post.network).first()
    return account is not None and adapter_for(account).supports_removal


def remove(post_pk):
    """Take a post down from its network. True when it is gone."""
    post = SocialPost.objects.filter(pk=post_pk, status=Status.POSTED).first()
    if post is None or not removable(post):
        return False
    account = SocialAccount.objects.get(network=post.network)
    try:
        adapter_for(account).remove(post.remote_id)
    except NetworkError as error:
        if isinstance(error, TokenRejected):
            SocialAccount.objects.filter(pk=account.pk).update(
                token_rejected_at=timezone.now(), token_rejected_reason=str(error)[:500]
            )
        SocialPost.objects.filter(pk=post.pk).update(failure=f"Không gỡ được: {error}"[:500])
        return False
    SocialPost.objects.filter(pk=post.pk).update(
        status=Status.REMOVED, removed_at=timezone.now(), failure=""
    )
    return True
