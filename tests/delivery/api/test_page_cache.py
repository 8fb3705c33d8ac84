"""Page representations rendered once per published revision (delivery/api/page_cache.py):
what they cost, and that no change to what a page shows is served stale."""

import itertools
from unittest import mock
from urllib.parse import parse_qs, urlsplit

import pytest

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

from delivery.api.views import PagesAPIViewSet
from tests.factories import LegalNewsPageFactory

from .test_headless_preview import headless_clients, post_unsaved_changes  # noqa: F401

pytestmark = pytest.mark.django_db

NEWS = "/api/v2/pages/?type=publications.LegalNewsPage&fields=*&order=id"
# A fresh "_" for every request, so that the response cache never answers: what is
# measured is the page cache alone.
_counter = itertools.count()


@pytest.fixture
def page_cache(settings):
    settings.PUBLIC_CACHE_SERVER_SECONDS = 300


def get(client, url, **headers):
    response = client.get(f"{url}{'&' if '?' in url else '?'}_={next(_counter)}", **headers)
    assert response.status_code == 200, response.content
    return response


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        data = get(client, url).json()
    return len(captured.captured_queries), data


def not_rendered():
    """Fails the request if any page has to be serialised."""
    return mock.patch.object(PagesAPIViewSet, "render", side_effect=AssertionError("rendered"))


def committed():
    """Runs what waits for the transaction (the content version moves then)."""
    return TestCase.captureOnCommitCallbacks(execute=True)


def test_a_cached_listing_costs_the_same_few_queries_whatever_its_limit(
    client, page_cache, full_news
):
    full_news(20)
    uncached, first = queries(client, f"{NEWS}&limit=20")
    few, small = queries(client, f"{NEWS}&limit=5")
    with not_rendered():
        many, large = queries(client, f"{NEWS}&limit=20")
    assert large == first
    assert small["items"] == first["items"][:5]
    assert many == few < uncached / 2


def test_a_listing_counts_its_pages_with_its_rows(client, page_cache, justice_section):
    for number in range(3):
        LegalNewsPageFactory(parent=justice_section, title=f"Tin {number}")
    get(client, NEWS)
    count, data = queries(client, f"{NEWS}&limit=2")
    assert count == 1  # the rows and the total together; everything else is kept
    assert data["meta"]["total_count"] == 3 and len(data["items"]) == 2
    # No row to count with: counted on its own.
    assert get(client, f"{NEWS}&offset=5").json() == {"meta": {"total_count": 3}, "items": []}
    assert get(client, f"{NEWS}&limit=0").json()["meta"]["total_count"] == 3


def test_a_signed_in_request_gets_wagtails_own_public_pages(
    client, page_cache, justice_section, superuser
):
    """The public pages are kept for requests that pass no view restriction only."""
    page = LegalNewsPageFactory(parent=justice_section, title="Tin cho cán bộ")
    with committed():
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)

    def titles():
        return [item["title"] for item in get(client, NEWS).json()["items"]]

    assert titles() == []
    client.force_login(superuser)
    assert titles() == ["Tin cho cán bộ"]  # Wagtail lets signed-in users past a login
    client.logout()
    assert titles() == []


def test_only_the_pages_missing_from_the_cache_are_rendered(client, page_cache, full_news):
    full_news(6)
    get(client, f"{NEWS}&limit=3")
    with mock.patch.object(PagesAPIViewSet, "render", autospec=True) as render:
        render.side_effect = lambda view, pages: [b"{}"] * len(pages)
        items = get(client, f"{NEWS}&limit=6").json()["items"]
    [(_, rendered)] = [call.args for call in render.call_args_list]
    assert len(rendered) == 3
    assert len(items) == 6 and items[3:] == [{}, {}, {}]


def test_a_new_revision_is_rendered_afresh_in_listings_and_detail(
    client, page_cache, justice_section
):
    page = LegalNewsPageFactory(parent=justice_section, title="Tiêu đề cũ")
    page.save_revision().publish()
    detail = f"/api/v2/pages/{page.pk}/"
    assert get(client, detail).json()["title"] == "Tiêu đề cũ"
    assert get(client, NEWS).json()["items"][0]["title"] == "Tiêu đề cũ"
    page.title = "Tiêu đề mới"
    page.save_revision().publish()  # no commit: the revision id alone says it is new
    assert get(client, detail).json()["title"] == "Tiêu đề mới"
    assert get(client, NEWS).json()["items"][0]["title"] == "Tiêu đề mới"
    # A draft changes nothing in the API.
    page.title = "Bản nháp"
    page.save_revision()
    with not_rendered():
        assert get(client, detail).json()["title"] == "Tiêu đề mới"


def change_linked_page(target, document, image, unit):
    target.unpublish()


def rename_linked_page(target, document, image, unit):
    target.slug = "duong-dan-moi"
    target.save_revision().publish()


def rename_document(target, document, image, unit):
    document.title = "Tên tài liệu mới"
    document.save()


def change_image_alt_text(target, document, image, unit):
    image.alt_text = "Mô tả mới"
    image.save()


def rename_unit(target, document, image, unit):
    unit.name = "Sở Tư pháp tỉnh Quảng Ninh"
    unit.save()


@pytest.mark.parametrize(
    ("change", "shown"),
    [
        (change_linked_page, lambda item: "<a>văn bản</a>" in item["body"][0]["value"]),
        (rename_linked_page, lambda item: "duong-dan-moi" in item["body"][0]["value"]),
        (rename_document, lambda item: "Tên tài liệu mới" in str(item["body"][3]["value"])),
        (change_image_alt_text, lambda item: item["cover_image"]["alt"] == "Mô tả mới"),
        (rename_unit, lambda item: item["unit"]["name"] == "Sở Tư pháp tỉnh Quảng Ninh"),
    ],
)
def test_what_a_page_shows_is_never_stale(
    client, page_cache, full_news, justice_department, change, shown
):
    """Changing another object does not make a new revision of the page: the content
    version, which every saved page, image, document, unit… moves, retires it."""
    [page] = full_news(1)
    url = f"/api/v2/pages/{page.pk}/"
    before = get(client, url).json()
    with not_rendered():
        assert get(client, url).json() == before
    assert not shown(before)
    body = page.body
    document = body[3].value["document"]
    with committed():
        change(full_news.target, document, page.cover_image, justice_department)
    assert shown(get(client, url).json())
    [item] = [item for item in get(client, NEWS).json()["items"] if item["id"] == page.pk]
    assert shown(item)


def test_pages_leave_the_listing_as_they_are_unpublished_or_restricted(
    client, page_cache, justice_section
):
    kept, unpublished, restricted = (
        LegalNewsPageFactory(parent=justice_section, title=title)
        for title in ("Tin công khai", "Tin gỡ xuống", "Tin nội bộ")
    )
    assert len(get(client, NEWS).json()["items"]) == 3
    with committed():
        unpublished.unpublish()
        PageViewRestriction.objects.create(
            page=restricted, restriction_type=PageViewRestriction.PASSWORD, password="mat-khau"
        )
    assert [item["title"] for item in get(client, NEWS).json()["items"]] == [kept.title]
    assert client.get(f"/api/v2/pages/{restricted.pk}/?_=after").status_code == 404


def test_each_request_option_is_kept_apart(client, page_cache, full_news, settings):
    [page] = full_news(1)
    detail = f"/api/v2/pages/{page.pk}/"
    options = [
        detail,
        f"{detail}?fields=_,title",
        f"{detail}?rich_text_format=db_html",
        f"{detail}?fields=_,title,cover_image(title)",
        NEWS,
        f"{NEWS}&fields=_,title",
        f"{NEWS}&rich_text_format=markdown",
    ]
    first = [get(client, url).content for url in options]
    assert len(set(first)) == len(first)
    with not_rendered():
        assert [get(client, url).content for url in options] == first
    settings.WAGTAILAPI_BASE_URL = "https://phapluat.quangninh.gov.vn"
    moved = get(client, detail).json()
    assert moved["meta"]["detail_url"].startswith("https://phapluat.quangninh.gov.vn/api/v2/")
    assert moved["cover_image"]["renditions"]["card"]["url"].startswith(
        "https://phapluat.quangninh.gov.vn/media/"
    )


def test_a_page_whose_embed_could_not_be_had_is_not_kept(client, page_cache, justice_section):
    page = LegalNewsPageFactory(
        parent=justice_section,
        body=[
            ("paragraph", RichText("<p>Video:</p>")),
            # The offline finder refuses other providers, as a provider that is down would.
            ("embed", "https://vimeo.com/123456"),
        ],
    )
    url = f"/api/v2/pages/{page.pk}/"
    assert get(client, url).json()["body"][1]["value"]["html"] is None
    with mock.patch.object(PagesAPIViewSet, "render", autospec=True) as render:
        render.return_value = [b"{}"]
        get(client, url)
    assert render.called


def test_the_browsable_api_still_renders(client, page_cache, justice_section):
    page = LegalNewsPageFactory(parent=justice_section, title="Tin cho trình duyệt")
    for url in (f"{NEWS}&format=api", f"/api/v2/pages/{page.pk}/?format=api"):
        response = get(client, url, HTTP_ACCEPT="text/html")
        assert response["Content-Type"].startswith("text/html")
        assert "Tin cho trình duyệt" in response.content.decode()


def test_a_preview_shows_unsaved_changes_of_a_cached_page(
    client,
    page_cache,
    headless_clients,  # noqa: F811
    justice_section,
    superuser,
):
    page = LegalNewsPageFactory(parent=justice_section, title="Tiêu đề đã lưu")
    assert get(client, f"/api/v2/pages/{page.pk}/").json()["title"] == "Tiêu đề đã lưu"
    client.force_login(superuser)
    preview_url = post_unsaved_changes(client, page, "Tiêu đề chưa lưu", "Nội dung chưa lưu.")
    iframe_url = client.get(preview_url, {"mode": "headless:halong"}).context["preview_url"]
    query = {key: value[0] for key, value in parse_qs(urlsplit(iframe_url).query).items()}
    client.logout()
    preview = client.get("/api/v2/page_preview/", query).json()
    assert preview["title"] == "Tiêu đề chưa lưu"
    assert get(client, f"/api/v2/pages/{page.pk}/").json()["title"] == "Tiêu đề đã lưu"
