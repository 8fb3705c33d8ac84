"""The editorial workflow: unit editors submit, the editorial board approves and
publishes, editors of one unit stay out of other units' sections."""

import datetime
from unittest import mock

import pytest

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Page, Workflow
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import User
from publications.models import LegalNewsPage
from tests.factories import LegalNewsPageFactory


def news_form(title, **extra):
    return nested_form_data(
        {
            "title": title,
            "slug": slugify(title, allow_unicode=True),
            "summary": "Tóm tắt",
            "body": streamfield([("paragraph", rich_text("<p>Nội dung bài viết.</p>"))]),
            "tags": "",
            "comments": inline_formset([]),
            "legal_document_links": inline_formset([]),
            "social_posts": inline_formset([]),
            **extra,
        }
    )


def add_news_url(parent):
    return reverse("wagtailadmin_pages:add", args=["publications", "legalnewspage", parent.pk])


def test_workflow_is_the_boards_approval_on_the_root(db):
    root = Page.get_first_root_node()
    workflow = root.get_workflow()
    assert workflow.name == "Duyệt nội dung của Ban Biên tập"
    tasks = [task.specific for task in workflow.tasks]
    assert [list(task.groups.values_list("name", flat=True)) for task in tasks] == [
        ["Ban Biên tập"]
    ]
    assert Workflow.objects.filter(active=True).count() == 1


def test_editor_submits_board_approves_page_goes_live(
    client, justice_section, justice_editor, board_member
):
    client.force_login(justice_editor)
    response = client.post(
        add_news_url(justice_section),
        news_form("Hướng dẫn đăng ký kết hôn", **{"action-submit": "1"}),
    )
    assert response.status_code == 302
    page = LegalNewsPage.objects.get(title="Hướng dẫn đăng ký kết hôn")
    assert not page.live
    assert page.unit == justice_section.unit
    workflow_state = page.current_workflow_state
    assert workflow_state is not None and workflow_state.status == "in_progress"
    assert not page.permissions_for_user(justice_editor).can_publish()

    # The editor's attempt to publish directly changes nothing.
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    client.post(edit_url, news_form("Hướng dẫn đăng ký kết hôn", **{"action-publish": "1"}))
    page.refresh_from_db()
    assert not page.live

    client.force_login(board_member)
    task_state = page.current_workflow_task_state
    approve_url = reverse(
        "wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]
    )
    response = client.post(approve_url, {"comment": "Đồng ý đăng."})
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.live
    assert page.current_workflow_state is None
    assert client.get(page.url).status_code == 200


def test_board_can_reject_and_page_stays_offline(
    client, justice_section, justice_editor, board_member
):
    client.force_login(justice_editor)
    client.post(add_news_url(justice_section), news_form("Bài cần sửa", **{"action-submit": "1"}))
    page = LegalNewsPage.objects.get(title="Bài cần sửa")

    client.force_login(board_member)
    reject_url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, "reject", page.current_workflow_task_state.pk],
    )
    client.post(reject_url, {"comment": "Cần bổ sung nguồn."})
    page.refresh_from_db()
    assert not page.live
    assert page.current_workflow_state.status == "needs_changes"


def test_editor_cannot_write_in_another_units_section(
    client, justice_section, ward_section, ward_editor
):
    page = LegalNewsPageFactory(parent=justice_section, title="Bài của Sở Tư pháp")
    client.force_login(ward_editor)

    assert client.get(add_news_url(justice_section)).status_code in (302, 403)
    response = client.post(add_news_url(justice_section), news_form("Bài lạc chỗ"))
    assert response.status_code in (302, 403)
    assert not LegalNewsPage.objects.filter(title="Bài lạc chỗ").exists()

    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert client.get(edit_url).status_code in (302, 403)
    client.post(edit_url, news_form("Đã bị sửa"))
    page.refresh_from_db()
    assert page.title == "Bài của Sở Tư pháp"
    assert page.get_latest_revision() is None or page.get_latest_revision().content["title"] == (
        "Bài của Sở Tư pháp"
    )

    # ...but is at home in its own section.
    assert client.get(add_news_url(ward_section)).status_code == 200


def test_handing_a_section_to_another_unit_moves_the_rights(
    justice_section, justice_editor, ward, ward_editor
):
    assert justice_section.permissions_for_user(justice_editor).can_add_subpage()
    justice_section.unit = ward
    justice_section.save()
    section = Page.objects.get(pk=justice_section.pk)
    # Fresh user objects: Wagtail caches page permissions on the user instance.
    assert not section.permissions_for_user(
        User.objects.get(pk=justice_editor.pk)
    ).can_add_subpage()
    assert section.permissions_for_user(User.objects.get(pk=ward_editor.pk)).can_add_subpage()


def test_renaming_a_unit_renames_its_group_and_collection(ward):
    ward.name = "Phường Hạ Long (mới)"
    ward.save()
    ward.refresh_from_db()
    assert ward.editors_group.name == "Biên tập viên: Phường Hạ Long (mới)"
    assert ward.collection.name == "Phường Hạ Long (mới)"


def test_editor_uploads_into_own_units_collection(ward, ward_editor):
    from wagtail.permissions import policy_registry

    from home.models import CustomImage

    policy = policy_registry.get_by_type(CustomImage)
    assert list(policy.collections_user_has_permission_for(ward_editor, "add")) == [ward.collection]


def test_scheduled_publishing(justice_section):
    page = LegalNewsPageFactory(parent=justice_section, title="Bài đăng hẹn giờ", live=False)
    go_live_at = timezone.now() + datetime.timedelta(hours=1)
    page.go_live_at = go_live_at
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    assert not page.live
    assert page.scheduled_revision == revision

    call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert not page.live, "published before its time"

    # The cron job's run an hour later.
    later = go_live_at + datetime.timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled", verbosity=0)
    page.refresh_from_db()
    assert page.live


@pytest.mark.parametrize("setting", ["WAGTAILADMIN_COMMENTS_ENABLED", "WAGTAIL_WORKFLOW_ENABLED"])
def test_comments_and_workflow_stay_on(settings, setting):
    assert getattr(settings, setting) is True
