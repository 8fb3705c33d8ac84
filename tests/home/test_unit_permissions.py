"""Units' editors write every kind of content in every open section, edit and submit
only their unit's pages, and never create sections or contests; a refusal says why."""

import pytest

from django.contrib.messages import get_messages
from django.urls import reverse

from wagtail.models import GroupPagePermission, Page
from wagtail.permissions import policy_registry
from wagtail.test.utils.form_data import rich_text, streamfield

from home.blocks import RICH_TEXT_FEATURES
from home.models import SectionPage, User
from home.unit_access import sync_unit_page_rights
from publications.models import InfographicPage, LegalNewsPage
from tests.factories import (
    LegalNewsPageFactory,
    SectionPageFactory,
    UnitFactory,
    UserFactory,
)
from tests.home.test_workflow import news_form
from tests.publications.test_admin_create import common_fields
from tests.publications.test_admin_create import form_data as admin_form_data

CONTENT_TYPES = {
    ("publications", name)
    for name in (
        "legalnewspage",
        "infographicpage",
        "videopage",
        "leafletpage",
        "ebookpage",
        "lecturepage",
    )
}


@pytest.fixture
def open_section(db):
    """A section no unit owns, as the infographic section of the provincial site."""
    return SectionPageFactory(title="Infographic pháp luật")


def fresh(user):
    # Wagtail and the unit rules cache rights on the user object for a request.
    return User.objects.get(pk=user.pk)


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def add_url(model, parent):
    return reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
    )


def infographic_form(title, unit, legal_field, image, transcript, **extra):
    fields = common_fields(title, unit, legal_field, image)
    image_block = {"image": image.pk, "alt_text": "Ảnh", "caption": ""}
    fields["images"] = streamfield([("image", image_block)])
    fields["transcript"] = rich_text(transcript, features=RICH_TEXT_FEATURES)
    return admin_form_data({**fields, **extra})


def test_unit_editor_writes_in_an_open_section_and_the_page_is_the_units(
    client, open_section, justice_editor, justice_department, land_field, image
):
    client.force_login(justice_editor)
    response = client.post(
        add_url(InfographicPage, open_section),
        infographic_form(
            "Infographic phòng chống ma túy",
            justice_department,
            land_field,
            image,
            "<p>Ma túy hủy hoại sức khỏe.</p>",
            **{"action-submit": "1"},
        ),
    )
    assert response.status_code == 302, response.context["form"].errors
    page = InfographicPage.objects.get(title="Infographic phòng chống ma túy")
    assert page.unit == justice_department
    assert page.current_workflow_state.status == "in_progress"
    assert not page.live


def test_the_type_menu_offers_a_unit_editor_content_types_only(
    client, open_section, justice_editor, board_member
):
    url = reverse("wagtailadmin_pages:add_subpage", args=[open_section.pk])
    client.force_login(justice_editor)
    offered = {tuple(page_type[1:3]) for page_type in client.get(url).context["page_types"]}
    assert offered == CONTENT_TYPES

    client.force_login(board_member)
    offered = {tuple(page_type[1:3]) for page_type in client.get(url).context["page_types"]}
    assert offered >= CONTENT_TYPES | {("home", "sectionpage"), ("quizzes", "contestpage")}


@pytest.mark.parametrize(
    ("app_label", "model"), [("home", "sectionpage"), ("quizzes", "contestpage")]
)
def test_a_unit_editor_never_creates_sections_or_contests(
    client, open_section, justice_editor, app_label, model
):
    client.force_login(justice_editor)
    url = reverse("wagtailadmin_pages:add", args=[app_label, model, open_section.pk])
    response = client.post(url, {"title": "Chuyên mục riêng", "slug": "rieng"})
    assert response.status_code == 302
    assert "chuyên mục và cuộc thi do Ban Biên tập tạo" in " ".join(messages_of(response))
    assert not Page.objects.filter(title="Chuyên mục riêng").exists()


def test_editors_of_a_unit_edit_each_others_pages_but_not_other_units(
    client, open_section, justice_department, justice_editor, ward_editor
):
    page = LegalNewsPageFactory(
        parent=open_section, title="Bài của Sở Tư pháp", unit=justice_department, live=False
    )
    colleague = UserFactory(username="bientap.stp.2", groups=[justice_department.editors_group])
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])

    client.force_login(colleague)
    assert client.get(edit_url).status_code == 200
    assert page.permissions_for_user(fresh(colleague)).can_edit()

    client.force_login(ward_editor)
    response = client.get(edit_url)
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_explore", args=[open_section.pk])
    (reason,) = [m for m in messages_of(response) if "Sở Tư pháp" in m]
    assert "thuộc Sở Tư pháp" in reason and "chỉ sửa được bài của đơn vị mình" in reason
    client.post(edit_url, news_form("Đã bị sửa"))
    page.refresh_from_db()
    assert page.title == "Bài của Sở Tư pháp"
    assert not page.permissions_for_user(fresh(ward_editor)).can_edit()
    assert not page.permissions_for_user(fresh(ward_editor)).can_delete()


def test_a_units_own_section_is_refused_to_other_units_with_the_reason(
    client, ward_section, justice_editor, ward_editor
):
    url = reverse("wagtailadmin_pages:add_subpage", args=[ward_section.pk])
    client.force_login(justice_editor)
    response = client.get(url)
    assert response.status_code == 302
    assert any("chuyên mục riêng của Phường Hạ Long" in m for m in messages_of(response))

    client.force_login(ward_editor)
    assert client.get(url).status_code == 200


def test_a_unit_editor_files_pages_under_their_own_unit_only(
    client, open_section, justice_editor, justice_department, ward
):
    client.force_login(justice_editor)
    response = client.get(add_url(LegalNewsPage, open_section))
    field = response.context["form"].fields["unit"]
    assert list(field.queryset) == [justice_department]

    response = client.post(
        add_url(LegalNewsPage, open_section), news_form("Bài gán đơn vị khác", unit=ward.pk)
    )
    assert response.status_code == 200
    assert "unit" in response.context["form"].errors
    assert not LegalNewsPage.objects.filter(title="Bài gán đơn vị khác").exists()


def test_a_unit_editor_sees_their_units_pages_as_theirs_in_the_admins_lists(
    open_section, justice_department, ward, justice_editor
):
    own = LegalNewsPageFactory(parent=open_section, unit=justice_department, live=False)
    other = LegalNewsPageFactory(parent=open_section, unit=ward, live=False)
    policy = policy_registry.get_by_type(Page)
    editable = policy.instances_user_has_permission_for(fresh(justice_editor), "change")
    assert own.pk in set(editable.values_list("pk", flat=True))
    assert other.pk not in set(editable.values_list("pk", flat=True))
    assert policy.user_has_permission_for_instance(fresh(justice_editor), "change", own)
    assert not policy.user_has_permission_for_instance(fresh(justice_editor), "change", other)
    can_change_own = policy.users_with_permission_for_instance("change", own)
    assert justice_editor in can_change_own


def test_rights_follow_units_and_sections(open_section, justice_department):
    # A new unit may write in every open section at once...
    commune = UnitFactory(name="Xã Quảng Hà")
    editor = UserFactory(username="bientap.quangha", groups=[commune.editors_group])
    assert open_section.permissions_for_user(fresh(editor)).can_add_subpage()
    # ...a retired one nowhere.
    commune.is_active = False
    commune.save()
    assert not open_section.permissions_for_user(fresh(editor)).can_add_subpage()
    assert not GroupPagePermission.objects.filter(group=commune.editors_group).exists()


def test_the_upgrade_takes_wider_rights_from_unit_groups(open_section, justice_department):
    """Before units wrote everywhere, their editors held "change" on their own sections."""
    from django.contrib.auth.models import Permission

    change = Permission.objects.get(content_type__app_label="wagtailcore", codename="change_page")
    GroupPagePermission.objects.create(
        group=justice_department.editors_group, page=open_section, permission=change
    )
    sync_unit_page_rights()
    held = GroupPagePermission.objects.filter(group=justice_department.editors_group)
    assert {(p.page_id, p.permission.codename) for p in held} == {(open_section.pk, "add_page")}
    assert set(SectionPage.objects.values_list("pk", flat=True)) == {open_section.pk}
