"""What editors see in the page editor: every page type classifies its content (unit,
legal fields, tags) on the first tab, legal fields as boxes to tick."""

import re

import pytest

from django.urls import reverse

from wagtail.models import get_page_models

from home.models import BasePage
from publications.models import LegalNewsPage

PAGE_TYPES = [model for model in get_page_models() if issubclass(model, BasePage)]
CLASSIFICATION = ["unit", "legal_fields", "tags"]


def field_names(panel):
    names = []
    for child in panel.children:
        if getattr(child, "field_name", None):
            names.append(child.field_name)
        elif getattr(child, "children", None):
            names.extend(field_names(child))
    return names


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_classification_is_on_the_content_tab_after_summary_and_cover(model):
    content_tab, promote_tab, *_ = model.get_edit_handler().children

    content = field_names(content_tab)
    assert set(CLASSIFICATION) <= set(content)
    assert not set(CLASSIFICATION) & set(field_names(promote_tab))
    start = content.index("unit")
    assert content[start : start + 3] == CLASSIFICATION
    assert start == content.index("cover_image") + 1 == content.index("summary") + 2


def test_legal_fields_are_ticked_on_the_first_tab(client, superuser, justice_section, land_field):
    client.force_login(superuser)
    url = reverse(
        "wagtailadmin_pages:add", args=["publications", "legalnewspage", justice_section.pk]
    )
    html = client.get(url).content.decode()

    assert re.search(rf'type="checkbox" name="legal_fields" value="{land_field.pk}"', html)
    assert '<select name="legal_fields"' not in html
    # Both come before the second tab's panel (promote).
    promote = [match.start() for match in re.finditer('role="tabpanel"', html)][1]
    assert html.index('name="legal_fields"') < promote
    assert html.index('name="tags"') < promote
    assert LegalNewsPage in PAGE_TYPES
