"""Editors preview unsaved pages on a district site's headless front-end."""

from urllib.parse import parse_qs, urlsplit

import pytest

from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from tests.factories import LegalNewsPageFactory

pytestmark = pytest.mark.django_db

CLIENTS = {"halong": "https://halong.example.vn/xem-truoc/"}


@pytest.fixture
def headless_clients(settings):
    settings.WAGTAIL_HEADLESS_PREVIEW = {"CLIENT_URLS": CLIENTS, "ENFORCE_TRAILING_SLASH": True}


def post_unsaved_changes(client, page, title, text):
    """Sends the edit form to the admin's preview, as the editor's preview panel does."""
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    form = nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "summary": "Tóm tắt chưa lưu",
            "body": streamfield([("paragraph", rich_text(f"<p>{text}</p>"))]),
            "legal_document_links": inline_formset([]),
            "social_posts": inline_formset([]),
        }
    )
    assert client.post(preview_url, form).json()["is_valid"]
    return preview_url


def test_each_front_end_is_a_preview_mode(headless_clients, justice_section):
    page = LegalNewsPageFactory(parent=justice_section)
    assert page.preview_modes == [("", "Cổng tỉnh"), ("headless:halong", "Trang halong")]
    assert page.default_preview_mode == ""


def test_unsaved_preview_reaches_the_front_end_through_a_token(
    client, headless_clients, justice_section, superuser
):
    page = LegalNewsPageFactory(parent=justice_section, title="Tiêu đề đã lưu")
    client.force_login(superuser)
    preview_url = post_unsaved_changes(client, page, "Tiêu đề chưa lưu", "Nội dung chưa lưu.")

    shown = client.get(preview_url, {"mode": "headless:halong"})
    assert shown.status_code == 200
    iframe_url = shown.context["preview_url"]
    assert iframe_url.startswith(CLIENTS["halong"] + "?")
    query = {key: value[0] for key, value in parse_qs(urlsplit(iframe_url).query).items()}
    assert query["content_type"] == "publications.legalnewspage"

    client.logout()
    response = client.get("/api/v2/page_preview/", query)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    data = response.json()
    assert data["id"] == page.pk
    assert data["title"] == "Tiêu đề chưa lưu"
    assert data["summary"] == "Tóm tắt chưa lưu"
    assert "Nội dung chưa lưu." in data["body"][0]["value"]
    # The saved page is untouched.
    page.refresh_from_db()
    assert page.title == "Tiêu đề đã lưu"


def test_the_site_keeps_its_own_preview(client, headless_clients, justice_section, superuser):
    page = LegalNewsPageFactory(parent=justice_section, title="Tin đã lưu")
    client.force_login(superuser)
    preview_url = post_unsaved_changes(client, page, "Tin xem trước trên cổng tỉnh", "Nội dung.")
    response = client.get(preview_url)
    assert response.status_code == 200
    assert "Tin xem trước trên cổng tỉnh" in response.content.decode()


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({}, 400),
        ({"content_type": "publications.legalnewspage"}, 400),
        ({"content_type": "khong.co", "token": "x"}, 400),
        ({"content_type": "publications.legalnewspage", "token": "gia-mao"}, 404),
    ],
)
def test_bad_preview_requests(client, params, status):
    response = client.get("/api/v2/page_preview/", params)
    assert response.status_code == status
    assert response.json()["detail"]
