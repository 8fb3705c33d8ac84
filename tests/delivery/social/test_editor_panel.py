"""The "Mạng xã hội" tab: on every content page type, and nowhere else."""

import pytest

from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield

from home.models import HomePage, SectionPage
from publications.models import EBookPage, InfographicPage, LegalNewsPage, VideoPage
from qa.models import QuestionAnswerPage
from tests.publications.test_admin_create import add_url, common_fields, form_data

from .conftest import draft, publish


def tab_headings(model):
    return [str(tab.heading) for tab in model.get_edit_handler().children]


@pytest.mark.parametrize(
    "model", [LegalNewsPage, InfographicPage, VideoPage, EBookPage, QuestionAnswerPage]
)
def test_content_pages_have_the_social_tab(model):
    assert "Mạng xã hội" in tab_headings(model)
    assert "social_posts" in model.get_edit_handler().get_form_class().formsets


@pytest.mark.parametrize("model", [HomePage, SectionPage])
def test_sections_have_no_social_tab(model):
    assert "Mạng xã hội" not in tab_headings(model)


@pytest.mark.django_db
def test_a_copied_page_starts_without_the_choices(justice_section, on_commit):
    with on_commit():
        page = publish(draft(justice_section, "facebook"))
    copy = page.copy(update_attrs={"slug": "ban-sao", "title": "Bản sao"}, keep_live=False)
    assert page.social_posts.count() == 1
    assert copy.specific.social_posts.count() == 0


@pytest.mark.django_db
def test_a_network_chosen_twice_is_refused_and_nothing_saved(
    client, superuser, justice_section, justice_department, land_field, image
):
    client.force_login(superuser)
    fields = common_fields("Luật Đất đai 2024", justice_department, land_field, image)
    fields["body"] = streamfield([("paragraph", rich_text("<p>Có hiệu lực từ 01/8/2024.</p>"))])
    fields["social_posts"] = inline_formset(
        [{"network": "x", "text": "Luật Đất đai 2024"}, {"network": "x", "text": "Lần nữa"}]
    )

    response = client.post(add_url(LegalNewsPage, justice_section), form_data(fields))

    assert response.status_code == 200
    rows = response.context["form"].formsets["social_posts"].forms
    assert "mỗi mạng chỉ đăng một lần" in str(rows[1].errors["network"])
    assert not LegalNewsPage.objects.filter(title="Luật Đất đai 2024").exists()

    fields["social_posts"] = inline_formset(
        [{"network": "x", "text": "Luật Đất đai 2024"}, {"network": "facebook", "text": ""}]
    )
    assert (
        client.post(add_url(LegalNewsPage, justice_section), form_data(fields)).status_code == 302
    )
