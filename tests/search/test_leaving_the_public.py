"""Every way a page leaves the public, and comes back, as citizens see it: the search API,
its suggestions, the search page and the content API's own search."""

import datetime

import pytest
from django_tasks import task_backends

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone

from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from bookshelf.models import LegalDocumentAttachment
from search.models import SearchEntry
from tests.factories import (
    DocumentFactory,
    LegalDocumentFactory,
    LegalNewsPageFactory,
    SectionPageFactory,
)

TITLE = "Hòa giải ở cơ sở năm 2025"
SUMMARY = "Tóm tắt về tổ hòa giải thôn Đông Tiến"
WORDS = "hoa giai co so"


def surfaces(client):
    """Where a citizen can meet the page: {surface: whether the page shows there}."""
    api = client.get("/api/search", {"q": WORDS}).json()["results"]
    suggestions = client.get("/api/search/suggest", {"q": "hoa giai o"}).json()["suggestions"]
    html = client.get("/tim-kiem/", {"q": WORDS}).content.decode()
    pages = client.get("/api/v2/pages/", {"search": WORDS}).json()["items"]
    return {
        "api": any(hit["title"] == TITLE for hit in api),
        "summary": any(hit["summary"] == SUMMARY for hit in api),
        "snippet": any("Đông Tiến" in hit["highlight"] for hit in api),
        "suggest": any(hit["title"] == TITLE for hit in suggestions),
        "search page": TITLE in html or "Đông Tiến" in html,
        "content api": any(item["title"] == TITLE for item in pages),
    }


SURFACES = ("api", "summary", "snippet", "suggest", "search page", "content api")
EVERYWHERE = dict.fromkeys(SURFACES, True)
NOWHERE = dict.fromkeys(SURFACES, False)


def publish(page, indexed):
    with indexed():
        page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


@pytest.fixture
def news(justice_section, indexed):
    return publish(
        LegalNewsPageFactory(parent=justice_section, title=TITLE, summary=SUMMARY, live=False),
        indexed,
    )


@pytest.fixture
def internal_section(db, indexed):
    """A published section open only to those with its password."""
    section = publish(SectionPageFactory(title="Nội bộ Sở Tư pháp", live=False), indexed)
    with indexed():
        PageViewRestriction.objects.create(
            page=section, restriction_type=PageViewRestriction.PASSWORD, password="mat-khau"
        )
    return section


def move(page, target, indexed):
    with indexed():
        Page.objects.get(pk=page.pk).move(Page.objects.get(pk=target.pk), pos="last-child")


def test_a_published_page_is_found_everywhere(client, news):
    assert surfaces(client) == EVERYWHERE


def test_unpublished(client, news, indexed):
    with indexed():
        news.unpublish()
    assert surfaces(client) == NOWHERE
    publish(news, indexed)
    assert surfaces(client) == EVERYWHERE


def test_unpublished_with_its_section(client, news, justice_section, indexed, superuser):
    with indexed():
        UnpublishPageAction(justice_section, user=superuser, include_descendants=True).execute()
    assert surfaces(client) == NOWHERE


def test_deleted(client, news, indexed):
    with indexed():
        news.delete()
    assert surfaces(client) == NOWHERE


def test_deleted_with_its_section(client, news, justice_section, indexed):
    other = publish(LegalNewsPageFactory(parent=justice_section, live=False), indexed)
    with indexed():
        Page.objects.get(pk=justice_section.pk).delete()
    assert surfaces(client) == NOWHERE
    assert not SearchEntry.objects.filter(object_id__in=[news.pk, other.pk]).exists()


def test_expired(client, news, indexed):
    Page.objects.filter(pk=news.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=1))
    with indexed():
        call_command("publish_scheduled")
    assert not Page.objects.get(pk=news.pk).live
    assert surfaces(client) == NOWHERE


@pytest.mark.parametrize(
    "restriction",
    [
        {"restriction_type": PageViewRestriction.PASSWORD, "password": "mat-khau"},
        {"restriction_type": PageViewRestriction.LOGIN},
        {"restriction_type": PageViewRestriction.GROUPS},
    ],
    ids=["password", "login", "groups"],
)
def test_restricted_on_an_ancestor_and_opened_again(
    client, news, justice_section, indexed, restriction
):
    with indexed():
        added = PageViewRestriction.objects.create(page=justice_section, **restriction)
        if added.restriction_type == PageViewRestriction.GROUPS:
            added.groups.set(Group.objects.all()[:1])
    assert surfaces(client) == NOWHERE
    with indexed():
        added.delete()
    assert surfaces(client) == EVERYWHERE


def test_moved_under_a_restricted_section_and_out_again(
    client, news, justice_section, internal_section, indexed
):
    move(news, internal_section, indexed)
    assert surfaces(client) == NOWHERE
    move(news, justice_section, indexed)
    assert surfaces(client) == EVERYWHERE


def test_a_moved_section_takes_its_pages_along(
    client, news, justice_section, internal_section, indexed
):
    deeper = SectionPageFactory(parent=justice_section, title="Hòa giải", live=True)
    nested = publish(
        LegalNewsPageFactory(parent=deeper, title="Tổ hòa giải ở cơ sở", live=False), indexed
    )
    move(justice_section, internal_section, indexed)
    assert surfaces(client) == NOWHERE
    assert not SearchEntry.objects.filter(object_id=nested.pk, kind="legal_news").exists()

    move(justice_section, internal_section.get_parent(), indexed)
    assert surfaces(client) == EVERYWHERE
    assert SearchEntry.objects.filter(object_id=nested.pk, kind="legal_news").exists()


def test_reordered_among_its_siblings(client, news, justice_section, indexed):
    sibling = publish(LegalNewsPageFactory(parent=justice_section, live=False), indexed)
    with indexed():
        Page.objects.get(pk=sibling.pk).move(Page.objects.get(pk=news.pk), pos="left")
    assert surfaces(client) == EVERYWHERE


def test_an_index_behind_the_tree_shows_nothing_private(client, news, justice_section):
    """A change still on its way to the index (queued, or its write failed) must not show
    the page meanwhile."""
    PageViewRestriction.objects.create(page=justice_section, restriction_type="login")
    assert SearchEntry.objects.filter(object_id=news.pk, kind="legal_news").exists()
    assert surfaces(client) == NOWHERE


def test_a_large_branch_comes_back_through_a_background_task(
    client, news, justice_section, internal_section, indexed, settings, monkeypatch
):
    monkeypatch.setattr("search.signals.PAGES_IN_REQUEST", 1)
    publish(LegalNewsPageFactory(parent=justice_section, live=False), indexed)
    move(justice_section, internal_section, indexed)
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}

    move(justice_section, internal_section.get_parent(), indexed)
    queued = [r for r in task_backends["default"].results if r.task.name == "reindex_branch"]
    assert len(queued) == 1
    assert not SearchEntry.objects.filter(kind="legal_news").exists()

    queued[0].task.call(*queued[0].args)
    assert surfaces(client) == EVERYWHERE


@pytest.fixture
def large_section(justice_section, news, indexed):
    """The justice section with 13 indexed news pages."""
    with indexed():
        for number in range(12):
            page = LegalNewsPageFactory(parent=justice_section, title=f"Tin {number}", live=False)
            page.save_revision().publish()
    assert SearchEntry.objects.filter(kind="legal_news").count() == 13
    return Page.objects.get(pk=justice_section.pk)


def run_index_updates(callbacks, django_assert_max_num_queries, at_most):
    """Run the index's own commit callbacks, in no more than ``at_most`` statements."""
    with django_assert_max_num_queries(at_most):
        for callback in callbacks:
            if callback.__module__ == "search.signals":
                callback()


def test_a_large_branch_leaves_in_a_few_statements(
    client,
    large_section,
    internal_section,
    django_capture_on_commit_callbacks,
    django_assert_max_num_queries,
):
    with django_capture_on_commit_callbacks() as callbacks:
        large_section.move(Page.objects.get(pk=internal_section.pk), pos="last-child")
    run_index_updates(callbacks, django_assert_max_num_queries, at_most=12)
    assert not SearchEntry.objects.filter(kind="legal_news").exists()
    assert surfaces(client) == NOWHERE


def test_a_large_section_is_deleted_in_a_few_statements(
    client, large_section, django_capture_on_commit_callbacks, django_assert_max_num_queries
):
    with django_capture_on_commit_callbacks() as callbacks:
        large_section.delete()
    run_index_updates(callbacks, django_assert_max_num_queries, at_most=12)
    assert not SearchEntry.objects.filter(kind="legal_news").exists()
    assert surfaces(client) == NOWHERE


def test_files_of_a_private_collection_are_not_searched(db, client, indexed):
    """The search reads no attached file: a legal document's attachment in a collection
    open to logged-in users only gives away neither its title nor its text."""
    private = Collection.get_first_root_node().add_child(name="Tài liệu nội bộ")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    file = DocumentFactory(title="Biên bản họp kín Vịnh Bái Tử Long", collection=private)
    with indexed():
        document = LegalDocumentFactory(title="Quy chế phối hợp")
        LegalDocumentAttachment.objects.create(legal_document=document, document=file)
        document.save()
    assert client.get("/api/search", {"q": "quy che phoi hop"}).json()["count"] == 1
    for words in ("bien ban hop kin", "Bái Tử Long"):
        assert client.get("/api/search", {"q": words}).json()["count"] == 0
        assert client.get("/api/search/suggest", {"q": words}).json()["suggestions"] == []
