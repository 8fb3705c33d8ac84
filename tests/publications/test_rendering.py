"""Citizens read every page type on the public site."""

import re
from urllib.parse import urlsplit

import pytest

from wagtail.models import Site

from tests.factories import LegalNewsPageFactory, SectionPageFactory

EXPECTED_CONTENT = {
    "news": [
        "Những điểm mới",
        "sổ đỏ nhanh hơn",
        "tài nguyên đặc biệt",
        "Hội nghị triển khai",
        "Toàn văn Luật Đất đai",
        "<iframe",
        "Lấn chiếm đất",
        "<table",
    ],
    "infographic": ["Năm tác hại của ma túy", "hủy hoại sức khỏe"],
    "video": ["<iframe", "Cài quai mũ bảo hiểm"],
    "leaflet": ["Mặt bìa tờ gấp", "dấu hiệu nhận biết", "gọi 111", ".pdf"],
    "ebook": ['href="#chuong-1"', 'id="chuong-2"', "Chương II. Ly hôn", "Thuận tình ly hôn"],
    "lecture": ["Phần 1. Hợp đồng lao động", "lập thành văn bản", ".pdf"],
}


@pytest.mark.parametrize("kind", EXPECTED_CONTENT)
def test_every_page_type_renders_its_content(client, one_of_each, kind):
    page = one_of_each[kind]
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="vi"' in html
    assert html.count("<h1") == 1
    assert page.title in html
    assert page.summary in html
    assert "Sở Tư pháp" in html  # the owning unit
    assert "Đất đai" in html  # its legal field
    for expected in EXPECTED_CONTENT[kind]:
        assert expected in html, expected


def test_pages_use_modern_image_formats_with_srcset(client, one_of_each):
    html = client.get(one_of_each["news"].url).content.decode()
    assert 'type="image/webp"' in html
    assert "srcset=" in html
    assert all(re.search(r'alt="[^"]+"', tag) for tag in re.findall(r"<img [^>]+>", html))


def test_pages_load_nothing_from_other_hosts(client, one_of_each):
    own_hosts = {"testserver", *Site.objects.values_list("hostname", flat=True)}
    html = client.get(one_of_each["ebook"].url).content.decode()
    # Links (<a>) to other sites, such as the share links, load nothing until followed.
    for url in re.findall(r'<(?!a\s)[^>]*\s(?:src|href)="(https?://[^"]+)"', html):
        assert urlsplit(url).hostname in own_hosts, url


def test_drafts_are_not_public(client, justice_section):
    draft = LegalNewsPageFactory(parent=justice_section, title="Bản nháp chưa duyệt", live=False)
    assert client.get(draft.url or f"{justice_section.url}{draft.slug}/").status_code == 404


def test_home_page_lists_latest_content_and_sections(client, one_of_each, justice_section):
    html = client.get("/").content.decode()
    assert justice_section.title in html
    for page in one_of_each.values():
        assert page.title in html


def test_section_listing_paginates_newest_first(client, justice_department):
    section = SectionPageFactory(title="Tin địa phương", unit=justice_department)
    pages = [LegalNewsPageFactory(parent=section, title=f"Tin số {n:02d}") for n in range(15)]
    first = client.get(section.url).content.decode()
    second = client.get(section.url, {"page": 2}).content.decode()
    assert pages[-1].title in first and pages[0].title not in first
    assert pages[0].title in second and pages[-1].title not in second
    assert "?page=2" in first
    # A page number past the end shows the last page rather than an error.
    assert client.get(section.url, {"page": 99}).status_code == 200
    assert client.get(section.url, {"page": "abc"}).status_code == 200


def test_search_page_finds_published_content(client, one_of_each):
    from search.indexing import index_page_ids

    index_page_ids(page.pk for page in one_of_each.values())
    response = client.get("/tim-kiem/?q=bạo+lực+gia+đình")
    assert response.status_code == 200
    html = response.content.decode()
    assert one_of_each["leaflet"].url in html
    assert "<mark>bạo lực gia đình</mark>" in html
