"""What the board receives can be published: a required text left empty is refused at
submission; and approving or rejecting says what happened."""

import json

from django.contrib.messages import get_messages
from django.urls import reverse

from wagtail.test.utils.form_data import rich_text, streamfield

from home.blocks import RICH_TEXT_FEATURES
from publications.models import InfographicPage, LegalNewsPage
from tests.home.test_workflow import add_news_url, news_form
from tests.publications.test_admin_create import common_fields, form_data

EMPTY_PARAGRAPH = '<p data-block-key="k8d2a"></p>'


def infographic_form(context, title, transcript, **extra):
    fields = common_fields(title, context["unit"], context["field"], context["image"])
    image_block = {"image": context["image"].pk, "alt_text": "Ảnh", "caption": ""}
    fields["images"] = streamfield([("image", image_block)])
    fields["transcript"] = rich_text(transcript, features=RICH_TEXT_FEATURES)
    return form_data({**fields, **extra})


def add_infographic_url(section):
    return reverse("wagtailadmin_pages:add", args=["publications", "infographicpage", section.pk])


def submit(client, section, form):
    return client.post(add_infographic_url(section), {**form, "action-submit": "1"})


def test_empty_required_rich_text_is_refused_at_submission(
    client, justice_section, justice_department, justice_editor, land_field, image
):
    context = {"unit": justice_department, "field": land_field, "image": image}
    client.force_login(justice_editor)
    response = submit(
        client, justice_section, infographic_form(context, "Infographic trống", EMPTY_PARAGRAPH)
    )
    assert response.status_code == 200
    assert response.context["form"].errors["transcript"] == ["Trường này là bắt buộc."]
    # Before the fix the empty paragraph went to the board, whose approval then failed.
    assert not InfographicPage.objects.filter(title="Infographic trống").exists()


def test_a_draft_may_leave_it_empty_and_stores_it_empty(
    client, justice_section, justice_department, justice_editor, land_field, image
):
    context = {"unit": justice_department, "field": land_field, "image": image}
    client.force_login(justice_editor)
    response = client.post(
        add_infographic_url(justice_section),
        infographic_form(context, "Infographic nháp", EMPTY_PARAGRAPH),
    )
    assert response.status_code == 302
    page = InfographicPage.objects.get(title="Infographic nháp")
    assert page.transcript == ""
    assert page.current_workflow_state is None


def test_empty_required_rich_text_block_is_refused(client, justice_section, justice_editor):
    client.force_login(justice_editor)
    body = streamfield([("paragraph", rich_text(EMPTY_PARAGRAPH))])
    response = client.post(
        add_news_url(justice_section), news_form("Tin trống", body=body, **{"action-submit": "1"})
    )
    assert response.status_code == 200
    assert "body" in response.context["form"].errors
    assert not LegalNewsPage.objects.filter(title="Tin trống").exists()


def _submitted_news(client, section, editor, title):
    client.force_login(editor)
    client.post(add_news_url(section), news_form(title, **{"action-submit": "1"}))
    return LegalNewsPage.objects.get(title=title)


def _action_url(page, action):
    return reverse(
        "wagtailadmin_pages:workflow_action",
        args=[page.pk, action, page.current_workflow_task_state.pk],
    )


def test_approving_from_the_dashboard_confirms_with_a_link_to_the_live_page(
    client, justice_section, justice_editor, board_member
):
    page = _submitted_news(client, justice_section, justice_editor, "Hướng dẫn khai sinh")
    client.force_login(board_member)
    # The dashboard's button posts from a dialog and then reloads the dashboard.
    response = client.post(
        _action_url(page, "approve"),
        {"comment": ""},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert json.loads(response.content)["step"] == "success"
    page.refresh_from_db()
    assert page.live
    dashboard = client.get(reverse("wagtailadmin_home"))
    (message,) = [str(m) for m in get_messages(dashboard.wsgi_request) if "Đã duyệt" in str(m)]
    assert "Đã duyệt và xuất bản “Hướng dẫn khai sinh”" in message
    assert f'href="{page.full_url}"' in message
    assert "Xem trang" in message


def test_rejecting_confirms_it_went_back_to_its_author(
    client, justice_section, justice_editor, board_member
):
    page = _submitted_news(client, justice_section, justice_editor, "Bài cần bổ sung")
    client.force_login(board_member)
    response = client.post(_action_url(page, "reject"), {"comment": "Thiếu nguồn."})
    messages = [str(m).strip() for m in get_messages(response.wsgi_request)]
    assert "Đã trả lại “Bài cần bổ sung” cho người gửi để sửa, kèm nhận xét của bạn." in messages


def test_a_refused_action_confirms_nothing(client, justice_section, justice_editor, ward_editor):
    page = _submitted_news(client, justice_section, justice_editor, "Bài chờ duyệt")
    client.force_login(ward_editor)
    response = client.post(_action_url(page, "approve"), {"comment": ""})
    page.refresh_from_db()
    assert not page.live
    assert not any("Đã duyệt" in str(m) for m in get_messages(response.wsgi_request))
