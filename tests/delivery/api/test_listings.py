"""Listings of the content API: constant query counts, visibility, filters, search."""

import datetime
from urllib.parse import urlencode

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

from tests.factories import LegalFieldFactory, LegalNewsPageFactory, UnitFactory

from .conftest import api_get

pytestmark = pytest.mark.django_db

NEWS = "/api/v2/pages/?type=publications.LegalNewsPage&fields=*"


def queries_for(client, url):
    client.get(url)  # renditions and embeds are made on first sight; count what follows
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(captured.captured_queries), response.json()


def test_news_listing_queries_do_not_grow_with_limit(client, full_news):
    full_news(20)
    few, small = queries_for(client, f"{NEWS}&limit=5")
    many, large = queries_for(client, f"{NEWS}&limit=20")
    assert len(small["items"]) == 5
    assert len(large["items"]) == 20
    assert many == few
    # Everything the items refer to came with them.
    item = large["items"][-1]
    assert item["cover_image"]["renditions"]["card"]["url"].startswith("http://localhost/")
    assert item["body"][2]["value"]["image"]["alt"]
    assert item["body"][3]["value"]["document"]["url"].startswith("http://localhost/documents/")
    assert item["body"][4]["value"]["html"].startswith("<iframe")
    assert 'href="http://localhost/' in item["body"][0]["value"]


@pytest.mark.parametrize("kind", ["infographic", "video", "leaflet", "ebook", "lecture"])
def test_other_type_listings_do_not_grow_with_limit(client, one_of_each, kind):
    original = one_of_each[kind]
    for number in range(5):
        original.copy(
            update_attrs={
                "title": f"{original.title} {number}",
                "slug": f"{original.slug}-{number}",
            },
            keep_live=True,
        )
    url = f"/api/v2/pages/?type={original._meta.label}&fields=*"
    few, small = queries_for(client, f"{url}&limit=2")
    many, large = queries_for(client, f"{url}&limit=6")
    assert (len(small["items"]), len(large["items"])) == (2, 6)
    assert many == few


def test_mixed_listing_queries_do_not_grow_with_limit(client, one_of_each, full_news):
    full_news(12)
    few, _ = queries_for(client, "/api/v2/pages/?fields=*&limit=5")
    many, data = queries_for(client, "/api/v2/pages/?fields=*&limit=20")
    assert len(data["items"]) == 20
    assert many == few


def test_drafts_and_private_pages_never_appear(client, justice_section, django_user_model):
    public = LegalNewsPageFactory(parent=justice_section, title="Tin công khai")
    draft = LegalNewsPageFactory(parent=justice_section, title="Tin nháp", live=False)
    private = LegalNewsPageFactory(parent=justice_section, title="Tin nội bộ")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="mat-khau"
    )
    titles = [item["title"] for item in api_get(client, NEWS)["items"]]
    assert titles == ["Tin công khai"]
    assert client.get(f"/api/v2/pages/{public.pk}/").status_code == 200
    for hidden in (draft, private):
        response = client.get(f"/api/v2/pages/{hidden.pk}/")
        assert response.status_code == 404
        assert response.json()["detail"]


def test_unpublished_changes_stay_out_of_the_api(client, justice_section):
    page = LegalNewsPageFactory(parent=justice_section, title="Tiêu đề đã xuất bản")
    page.title = "Tiêu đề bản nháp"
    page.save_revision()
    assert api_get(client, f"/api/v2/pages/{page.pk}/")["title"] == "Tiêu đề đã xuất bản"


def titles(client, **params):
    return sorted(item["title"] for item in api_get(client, NEWS, **params)["items"])


def test_filter_by_section_unit_legal_field_and_tag(
    client, justice_section, ward_section, ward, land_field
):
    traffic = LegalFieldFactory(name="Giao thông")
    land = LegalNewsPageFactory(parent=justice_section, title="Tin đất đai")
    land.legal_fields.add(land_field)
    land.tags.add("Luật Đất đai 2024")
    land.save_revision().publish()
    road = LegalNewsPageFactory(parent=ward_section, title="Tin giao thông")
    road.legal_fields.add(traffic)
    road.save_revision().publish()

    assert titles(client, section=ward_section.slug) == ["Tin giao thông"]
    assert titles(client, section=justice_section.pk) == ["Tin đất đai"]
    assert titles(client, unit=ward.slug) == ["Tin giao thông"]
    assert titles(client, legal_field=land_field.slug) == ["Tin đất đai"]
    assert titles(client, legal_field=traffic.pk) == ["Tin giao thông"]
    assert titles(client, tag="Luật Đất đai 2024") == ["Tin đất đai"]
    assert titles(client, unit=UnitFactory(name="Xã Không Có Tin").slug) == []
    # The same filters work on listings that mix page types.
    mixed = api_get(client, "/api/v2/pages/", unit=ward.slug)["items"]
    assert [item["title"] for item in mixed] == ["Phường Hạ Long", "Tin giao thông"]


def test_filter_by_publication_date(client, justice_section):
    for day, title in ((1, "Tin ngày 1"), (15, "Tin ngày 15"), (30, "Tin ngày 30")):
        page = LegalNewsPageFactory(parent=justice_section, title=title)
        # 23:30 in Hà Nội is still that calendar day there, though not in UTC.
        page.first_published_at = timezone.make_aware(datetime.datetime(2026, 9, day, 23, 30))
        page.save()
    assert titles(client, published_after="2026-09-15") == ["Tin ngày 15", "Tin ngày 30"]
    assert titles(client, published_before="2026-09-15") == ["Tin ngày 1", "Tin ngày 15"]
    assert titles(client, published_after="2026-09-02", published_before="2026-09-29") == [
        "Tin ngày 15"
    ]


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"published_after": "15/09/2026"}, "published_after must be a date"),
        (
            {"published_after": "2026-09-30", "published_before": "2026-09-01"},
            "must not be later",
        ),
        ({"section": "khong-co"}, "section not found"),
        ({"limit": "500"}, "limit cannot be higher"),
        ({"colour": "red"}, "not an operation or a recognised field"),
        ({"search": "đất", "search_operator": "xor"}, "search_operator"),
    ],
)
def test_bad_parameters_get_a_clear_400(client, justice_section, params, message):
    response = client.get(f"{NEWS}&{urlencode(params)}")
    assert response.status_code == 400
    assert message in response.json()["detail"]


def test_ordering_newest_first(client, justice_section):
    for day in (3, 1, 2):
        page = LegalNewsPageFactory(parent=justice_section, title=f"Tin {day}")
        page.first_published_at = timezone.make_aware(datetime.datetime(2026, 9, day, 8))
        page.save()
    items = api_get(client, NEWS, order="-first_published_at")["items"]
    assert [item["title"] for item in items] == ["Tin 3", "Tin 2", "Tin 1"]


@pytest.mark.parametrize(
    "query", ["Luật Đất đai", "luat dat dai", "LUẬT ĐẤT ĐAI", "luật dat đai", "Dat Dai"]
)
def test_search_forgives_missing_diacritics(client, justice_section, query):
    LegalNewsPageFactory(parent=justice_section, title="Luật Đất đai 2024 có hiệu lực")
    LegalNewsPageFactory(
        parent=justice_section,
        title="Luật Giao thông đường bộ",
        body=[("paragraph", RichText("<p>Đội mũ bảo hiểm khi đi xe máy.</p>"))],
    )
    found = api_get(client, NEWS, search=query)["items"]
    assert [item["title"] for item in found] == ["Luật Đất đai 2024 có hiệu lực"]


def test_search_with_or_operator(client, justice_section):
    LegalNewsPageFactory(parent=justice_section, title="Luật Đất đai 2024")
    LegalNewsPageFactory(parent=justice_section, title="Luật Giao thông")
    found = api_get(client, NEWS, search="dat giao", search_operator="or")["items"]
    assert len(found) == 2
