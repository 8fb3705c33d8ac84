"""The "Mạng xã hội" tab: on every content page type, and nowhere else."""

import pytest

from home.models import HomePage, SectionPage
from publications.models import EBookPage, InfographicPage, LegalNewsPage, VideoPage
from qa.models import QuestionAnswerPage

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
