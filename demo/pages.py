"""Put demo pages in the tree the way editors would: a revision by the author, published
by the editorial board, or left as a draft, or submitted to the board's workflow."""

from datetime import timedelta

from django.utils import timezone

from wagtail.models import Revision


def child_by_slug(parent, slug):
    return parent.get_children().filter(slug=slug).specific().first()


def add_published(parent, page, **relations):
    """Add ``page`` below ``parent`` with its many-to-many ``relations`` set, and publish
    it now, with no user: the quickest way to a live page."""
    parent.add_child(instance=page)
    for name, values in relations.items():
        getattr(page, name).set(values)
    page.save_revision().publish()
    return page


def publish(parent, page, author, publisher, published_at):
    """Add ``page`` below ``parent`` and publish it as if on ``published_at``."""
    page.owner = author
    parent.add_child(instance=page)
    revision = page.save_revision(user=author)
    revision.publish(user=publisher)
    backdate(page, revision, published_at)
    return page


def backdate(page, revision, published_at):
    """Listings sort by first publication: spread the demo over past months."""
    Revision.objects.filter(pk=revision.pk).update(created_at=published_at)
    page.refresh_from_db()
    page.first_published_at = page.last_published_at = published_at
    page.latest_revision_created_at = published_at
    page.save(
        update_fields=["first_published_at", "last_published_at", "latest_revision_created_at"],
        clean=False,
    )


def save_draft(parent, page, author, submit=False):
    """Add ``page`` as an unpublished draft; with ``submit``, send it to the workflow."""
    page.owner = author
    page.live = False
    parent.add_child(instance=page)
    page.save_revision(user=author)
    if submit:
        page.get_workflow().start(page, author)
    return page


def days_ago(days, hour):
    """A moment ``days`` before today at ``hour`` local time; the minute varies so that
    pages of the same day do not tie in listings."""
    moment = timezone.localtime() - timedelta(days=days)
    return moment.replace(hour=hour, minute=(days * 7) % 60, second=0, microsecond=0)
