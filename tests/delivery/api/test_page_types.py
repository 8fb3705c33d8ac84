"""Each page type's content API JSON, field by field (``/api/v2/pages/<id>/``)."""

import pytest

from wagtail.rich_text import RichText

from tests.factories import LegalNewsPageFactory

from .conftest import VIDEO_URL, api_get

pytestmark = pytest.mark.django_db


def detail(client, page):
    return api_get(client, f"/api/v2/pages/{page.pk}/")


def assert_image(value, image):
    assert value["id"] == image.pk
    assert value["alt"] == image.alt_text
    assert (value["width"], value["height"]) == (image.width, image.height)
    renditions = value["renditions"]
    assert set(renditions) == {"thumbnail", "card", "hero", "social"}
    # Renditions never enlarge: a small original gives a smaller card of the same shape.
    card = renditions["card"]
    assert card["width"] == min(800, image.width)
    assert abs(card["width"] / card["height"] - 16 / 9) < 0.02
    assert renditions["social"]["url"].endswith(".jpg")
    for rendition in renditions.values():
        assert rendition["url"].startswith("http://localhost/media/images/")


def assert_document(value, document):
    assert value["id"] == document.pk
    assert value["title"] == document.title
    assert value["size"] == document.file.size > 0
    assert value["extension"] == "pdf"
    assert value["url"] == f"http://localhost{document.url}"


def assert_common(data, page, section, unit, field):
    assert data["id"] == page.pk
    assert data["title"] == page.title
    assert data["summary"] == page.summary
    assert data["meta"]["type"] == f"publications.{type(page).__name__}"
    assert data["meta"]["html_url"] == page.full_url
    assert data["meta"]["locale"] == "vi"
    assert data["meta"]["parent"]["id"] == section.pk
    assert data["unit"] == {
        "id": unit.pk,
        "name": unit.name,
        "short_name": unit.short_name,
        "slug": unit.slug,
        "kind": unit.kind,
    }
    assert data["legal_fields"] == [{"id": field.pk, "name": field.name, "slug": field.slug}]
    assert data["tags"] == []
    assert data["social_text"] == ""
    assert data["social_image"] is None


def test_legal_news_page(
    client, one_of_each, justice_section, justice_department, land_field, image, document
):
    page = one_of_each["news"]
    data = detail(client, page)
    assert_common(data, page, justice_section, justice_department, land_field)
    assert_image(data["cover_image"], image)
    blocks = {block["type"]: block["value"] for block in data["body"]}
    assert blocks["heading"] == {"text": "Những điểm mới", "level": "h2"}
    assert blocks["paragraph"] == "<p>Người dân được cấp sổ đỏ nhanh hơn.</p>"
    assert blocks["quote"] == {"text": "Đất đai là tài nguyên đặc biệt.", "attribution": "Điều 3"}
    assert blocks["image"]["caption"] == "Hội nghị triển khai"
    assert_image(blocks["image"]["image"], image)
    assert blocks["document"]["title"] == "Toàn văn Luật Đất đai"
    assert_document(blocks["document"]["document"], document)
    assert blocks["embed"]["url"] == VIDEO_URL
    assert blocks["embed"]["type"] == "video"
    assert blocks["embed"]["html"].startswith("<iframe")
    assert blocks["embed"]["title"] == "Video thử nghiệm"
    assert blocks["table"]["data"] == [["Hành vi", "Mức phạt"], ["Lấn chiếm đất", "5 triệu đồng"]]
    assert all(block["id"] for block in data["body"])


def test_infographic_page(client, one_of_each, image):
    data = detail(client, one_of_each["infographic"])
    assert data["transcript"] == "<p>Ma túy hủy hoại sức khỏe người nghiện.</p>"
    [panel] = data["images"]
    assert panel["type"] == "image"
    assert panel["value"]["alt_text"] == "Năm tác hại của ma túy"
    assert_image(panel["value"]["image"], image)


def test_video_page(client, one_of_each):
    data = detail(client, one_of_each["video"])
    assert data["video_url"] == VIDEO_URL
    assert data["video_embed"]["html"].startswith("<iframe")
    assert data["video_embed"]["provider_name"] == "Offline"
    assert data["video_file"] is None
    assert data["subtitles"] is None
    assert data["duration"] == "00:03:05"
    assert data["transcript"] == "<p>Cài quai mũ bảo hiểm chắc chắn.</p>"


def test_leaflet_page(client, one_of_each, image, document):
    data = detail(client, one_of_each["leaflet"])
    assert_document(data["pdf"], document)
    assert [panel["value"]["alt_text"] for panel in data["panels"]] == [
        "Mặt bìa tờ gấp",
        "Mặt trong tờ gấp",
    ]
    assert data["panels"][1]["value"]["text"] == "<p>Mặt hai: gọi 111.</p>"
    assert_image(data["panels"][0]["value"]["image"], image)


def test_ebook_page(client, one_of_each, document):
    data = detail(client, one_of_each["ebook"])
    assert_document(data["pdf_file"], document)
    assert data["epub_file"] is None
    assert [chapter["value"]["title"] for chapter in data["chapters"]] == [
        "Chương I. Kết hôn",
        "Chương II. Ly hôn",
    ]
    assert data["chapters"][0]["value"]["body"] == "<p>Nam từ đủ 20 tuổi.</p>"


def test_lecture_page(client, one_of_each, image, document):
    data = detail(client, one_of_each["lecture"])
    [section] = data["sections"]
    value = section["value"]
    assert value["title"] == "Phần 1. Hợp đồng lao động"
    [slide] = value["slides"]
    assert_image(slide, image)
    assert_document(value["slides_pdf"], document)
    assert value["video"] is None
    assert value["notes"] == "<p>Hợp đồng phải lập thành văn bản.</p>"


def test_section_and_home_pages_have_the_shared_fields(client, justice_section, justice_department):
    data = detail(client, justice_section)
    assert data["meta"]["type"] == "home.SectionPage"
    assert data["unit"]["slug"] == justice_department.slug
    assert "summary" in data and "cover_image" in data


def test_rich_text_links_are_absolute(client, full_news, document):
    [page] = full_news(1)
    paragraph = detail(client, page)["body"][0]["value"]
    assert f'<a href="{full_news.target.full_url}">văn bản</a>' in paragraph
    assert f'<a href="http://localhost{document.url}">tệp</a>' in paragraph
    assert "linktype" not in paragraph


def test_rich_text_can_be_asked_for_in_database_format(client, full_news):
    [page] = full_news(1)
    data = api_get(client, f"/api/v2/pages/{page.pk}/", rich_text_format="db_html")
    assert f'linktype="page" id="{full_news.target.pk}"' in data["body"][0]["value"]


def test_link_to_an_unpublished_page_loses_its_address(client, full_news):
    [page] = full_news(1)
    full_news.target.unpublish()
    paragraph = detail(client, page)["body"][0]["value"]
    assert "<a>văn bản</a>" in paragraph
    assert full_news.target.url_path.strip("/").split("/")[-1] not in paragraph


def test_social_fields(client, full_news):
    [page] = full_news(1)
    data = detail(client, page)
    assert data["social_text"] == "Chia sẻ tin này"
    social = data["social_image"]["renditions"]["social"]
    assert (social["width"], social["height"]) == (1200, 630)
    assert social["url"].endswith(".jpg")
    assert data["tags"] == ["tin 0", "đất đai"]


def test_broken_links_in_rich_text_keep_their_text(client, justice_section):
    page = LegalNewsPageFactory(
        parent=justice_section,
        body=[
            (
                "paragraph",
                RichText(
                    '<p><a linktype="page" id="khong-phai-so">trang</a> và '
                    '<a linktype="document" id="999999">tệp đã xóa</a></p>'
                ),
            )
        ],
    )
    paragraph = detail(client, page)["body"][0]["value"]
    assert paragraph == "<p><a>trang</a> và <a>tệp đã xóa</a></p>"
