"""Editors create every content type through the Wagtail admin form, and what they
typed is what gets saved."""

import datetime
import json

import pytest

from django.core.files.base import ContentFile
from django.urls import reverse
from django.utils.text import slugify

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.blocks import RICH_TEXT_FEATURES
from publications.models import (
    EBookPage,
    InfographicPage,
    LeafletPage,
    LecturePage,
    LegalNewsPage,
    VideoPage,
)
from tests.factories import DocumentFactory

VIDEO_URL = "https://www.youtube.com/watch?v=abc123XYZ"


def list_block(values):
    """Form data of a ListBlock, as the admin's JavaScript submits it."""
    return {
        "count": len(values),
        **{
            str(index): {"value": value, "deleted": "", "order": index, "id": ""}
            for index, value in enumerate(values)
        },
    }


def add_url(model, parent):
    return reverse(
        "wagtailadmin_pages:add",
        args=[model._meta.app_label, model._meta.model_name, parent.pk],
    )


def common_fields(title, unit, legal_field, image):
    return {
        "title": title,
        # What the admin's JavaScript puts in the slug field as the title is typed.
        "slug": slugify(title, allow_unicode=True),
        "summary": "Những điểm mới người dân cần biết.",
        "cover_image": image.pk,
        "unit": unit.pk,
        "legal_fields": [legal_field.pk],
        "tags": "đất đai, luật mới",
        "social_text": "Chia sẻ để mọi người cùng biết",
        "social_image": image.pk,
        "seo_title": "",
        "search_description": "",
        "comments": inline_formset([]),
        "legal_document_links": inline_formset([]),
        "social_posts": inline_formset([]),
    }


def form_data(fields):
    # nested_form_data would flatten a multiple choice into "legal_fields-0"; the form
    # expects the list itself.
    fields = dict(fields)
    legal_fields = fields.pop("legal_fields", [])
    return {**nested_form_data(fields), "legal_fields": legal_fields}


def create_through_admin(client, model, parent, fields):
    response = client.post(add_url(model, parent), form_data(fields))
    assert response.status_code == 302, response.context["form"].errors.as_json()
    return model.objects.get(title=fields["title"])


def assert_common_fields_saved(page, unit, legal_field, image):
    assert page.summary == "Những điểm mới người dân cần biết."
    assert page.cover_image == image
    assert page.social_image == image
    assert page.social_text == "Chia sẻ để mọi người cùng biết"
    assert page.unit == unit
    assert list(page.legal_fields.all()) == [legal_field]
    assert sorted(page.tags.names()) == ["luật mới", "đất đai"]


@pytest.fixture
def admin_client_for(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def context(admin_client_for, justice_section, justice_department, land_field, image, document):
    return {
        "client": admin_client_for,
        "section": justice_section,
        "unit": justice_department,
        "field": land_field,
        "image": image,
        "document": document,
    }


def test_legal_news_page(context):
    c = context
    table = {
        "data": [["Nội dung", "Mức phạt"], ["Không đội mũ bảo hiểm", "400.000 đồng"]],
        "first_row_is_table_header": True,
        "first_col_is_header": False,
        "table_header_choice": "row",
    }
    fields = common_fields("Luật Đất đai 2024", c["unit"], c["field"], c["image"])
    fields["body"] = streamfield(
        [
            ("paragraph", rich_text("<p>Luật có hiệu lực từ ngày 01/8/2024.</p>")),
            ("heading", {"text": "Điểm mới", "level": "h2"}),
            ("image", {"image": c["image"].pk, "caption": "Hội nghị", "credit": "STP"}),
            ("quote", {"text": "Đất đai thuộc sở hữu toàn dân.", "attribution": "Điều 12"}),
            ("embed", VIDEO_URL),
            ("document", {"document": c["document"].pk, "title": "Toàn văn luật"}),
            ("table", json.dumps(table)),
        ]
    )
    page = create_through_admin(c["client"], LegalNewsPage, c["section"], fields)

    assert_common_fields_saved(page, c["unit"], c["field"], c["image"])
    assert page.slug == "luat-dat-dai-2024"
    assert [block.block_type for block in page.body] == [
        "paragraph",
        "heading",
        "image",
        "quote",
        "embed",
        "document",
        "table",
    ]
    assert "01/8/2024" in page.body[0].value.source
    assert page.body[1].value["text"] == "Điểm mới"
    assert page.body[2].value["image"] == c["image"]
    assert page.body[2].value["caption"] == "Hội nghị"
    assert page.body[3].value["attribution"] == "Điều 12"
    assert page.body[4].value.url == VIDEO_URL
    assert page.body[5].value["document"] == c["document"]
    assert page.body[6].value["data"][1] == ["Không đội mũ bảo hiểm", "400.000 đồng"]


def test_infographic_page(context):
    c = context
    fields = common_fields("Infographic ma túy", c["unit"], c["field"], c["image"])
    fields["images"] = streamfield(
        [
            (
                "image",
                {"image": c["image"].pk, "alt_text": "Tác hại của ma túy", "caption": "Trang 1"},
            )
        ]
    )
    fields["transcript"] = rich_text(
        "<p>Ma túy gây nghiện và hủy hoại sức khỏe.</p>", features=RICH_TEXT_FEATURES
    )
    page = create_through_admin(c["client"], InfographicPage, c["section"], fields)

    assert_common_fields_saved(page, c["unit"], c["field"], c["image"])
    assert page.images[0].value["image"] == c["image"]
    assert page.images[0].value["alt_text"] == "Tác hại của ma túy"
    assert page.images[0].value["caption"] == "Trang 1"
    assert "hủy hoại sức khỏe" in page.transcript


def test_infographic_cannot_be_published_without_an_image(context):
    # Drafts may be incomplete (Wagtail defers required fields); publishing may not.
    c = context
    fields = common_fields("Infographic trống", c["unit"], c["field"], c["image"])
    fields["images"] = streamfield([])
    fields["transcript"] = rich_text("<p>Nội dung</p>", features=RICH_TEXT_FEATURES)
    fields["action-publish"] = "action-publish"
    response = c["client"].post(add_url(InfographicPage, c["section"]), form_data(fields))
    assert response.status_code == 200
    assert "images" in response.context["form"].errors
    assert not InfographicPage.objects.filter(title="Infographic trống").exists()


def test_video_page_with_url(context):
    c = context
    fields = common_fields("Video giao thông", c["unit"], c["field"], c["image"])
    fields.update(
        {
            "video_url": VIDEO_URL,
            "video_file": "",
            "duration": "00:04:35",
            "transcript": rich_text("<p>Xin chào các bạn.</p>", features=RICH_TEXT_FEATURES),
            "subtitles": "",
            "episode_number": "3",
            "chapters": streamfield(
                [
                    ("chapter", {"start": "0:00", "title": "Mở đầu"}),
                    ("chapter", {"start": "1:30", "title": "Đội mũ bảo hiểm đúng cách"}),
                ]
            ),
        }
    )
    page = create_through_admin(c["client"], VideoPage, c["section"], fields)

    assert_common_fields_saved(page, c["unit"], c["field"], c["image"])
    assert page.video_url == VIDEO_URL
    assert page.video_file is None
    assert page.duration == datetime.timedelta(minutes=4, seconds=35)
    assert "Xin chào" in page.transcript
    assert page.episode_number == 3
    assert [(chapter["start"], chapter["title"]) for chapter in page.chapter_links] == [
        ("0:00", "Mở đầu"),
        ("1:30", "Đội mũ bảo hiểm đúng cách"),
    ]


def test_video_page_with_uploaded_file(context, document):
    c = context
    subtitles = DocumentFactory(
        title="Phụ đề",
        file=ContentFile(
            b"WEBVTT\n\n00:00.000 --> 00:02.000\nXin ch\xc3\xa0o\n", name="phu-de.vtt"
        ),
    )
    fields = common_fields("Video tải lên", c["unit"], c["field"], c["image"])
    fields.update(
        {
            "video_url": "",
            "video_file": document.pk,
            "subtitles": subtitles.pk,
            "duration": "",
            "transcript": rich_text(""),
            "chapters": streamfield([]),
        }
    )
    page = create_through_admin(c["client"], VideoPage, c["section"], fields)
    assert page.video_file == document
    assert page.subtitles == subtitles


@pytest.mark.parametrize(
    ("video_url", "with_file", "expected"),
    [
        ("", False, "một trong hai"),
        (VIDEO_URL, True, "một trong hai"),
        ("https://example.org/not-a-video", False, "Không nhúng được"),
    ],
)
def test_video_page_refuses_bad_sources(context, video_url, with_file, expected):
    c = context
    fields = common_fields("Video lỗi", c["unit"], c["field"], c["image"])
    fields.update(
        {
            "video_url": video_url,
            "video_file": c["document"].pk if with_file else "",
            "subtitles": "",
            "duration": "",
            "transcript": rich_text(""),
            "chapters": streamfield([]),
        }
    )
    response = c["client"].post(add_url(VideoPage, c["section"]), form_data(fields))
    assert response.status_code == 200
    assert expected in str(response.context["form"].errors["video_url"])
    assert not VideoPage.objects.filter(title="Video lỗi").exists()


def test_leaflet_page(context):
    c = context
    fields = common_fields("Tờ gấp phòng chống bạo lực gia đình", c["unit"], c["field"], c["image"])
    fields["pdf"] = c["document"].pk
    fields["panels"] = streamfield(
        [
            (
                "panel",
                {
                    "image": c["image"].pk,
                    "alt_text": "Mặt bìa",
                    "text": rich_text(
                        "<p>Bạo lực gia đình là hành vi vi phạm pháp luật.</p>",
                        features=RICH_TEXT_FEATURES,
                    ),
                },
            ),
            (
                "panel",
                {
                    "image": c["image"].pk,
                    "alt_text": "Mặt trong",
                    "text": rich_text(
                        "<p>Gọi 111 khi cần trợ giúp.</p>", features=RICH_TEXT_FEATURES
                    ),
                },
            ),
        ]
    )
    page = create_through_admin(c["client"], LeafletPage, c["section"], fields)

    assert_common_fields_saved(page, c["unit"], c["field"], c["image"])
    assert page.pdf == c["document"]
    assert [panel.value["alt_text"] for panel in page.panels] == ["Mặt bìa", "Mặt trong"]
    assert "Gọi 111" in page.panels[1].value["text"].source


def test_ebook_page(context):
    c = context
    fields = common_fields(
        "Sách hỏi đáp Luật Hôn nhân và gia đình", c["unit"], c["field"], c["image"]
    )
    fields.update({"pdf_file": c["document"].pk, "epub_file": ""})
    fields["chapters"] = streamfield(
        [
            (
                "chapter",
                {
                    "title": "Chương I. Kết hôn",
                    "body": rich_text("<p>Điều kiện kết hôn.</p>", features=RICH_TEXT_FEATURES),
                },
            ),
            (
                "chapter",
                {
                    "title": "Chương II. Ly hôn",
                    "body": rich_text("<p>Thuận tình ly hôn.</p>", features=RICH_TEXT_FEATURES),
                },
            ),
        ]
    )
    page = create_through_admin(c["client"], EBookPage, c["section"], fields)

    assert_common_fields_saved(page, c["unit"], c["field"], c["image"])
    assert page.pdf_file == c["document"]
    assert page.table_of_contents == [
        ("chuong-1", "Chương I. Kết hôn"),
        ("chuong-2", "Chương II. Ly hôn"),
    ]
    assert "Thuận tình" in page.chapters[1].value["body"].source


def test_lecture_page(context):
    c = context
    fields = common_fields("Bài giảng Bộ luật Lao động", c["unit"], c["field"], c["image"])
    fields["sections"] = streamfield(
        [
            (
                "section",
                {
                    "title": "Phần 1. Hợp đồng lao động",
                    "slides": list_block([c["image"].pk, c["image"].pk]),
                    "slides_pdf": c["document"].pk,
                    "video": VIDEO_URL,
                    "notes": rich_text(
                        "<p>Nhấn mạnh hình thức hợp đồng.</p>", features=RICH_TEXT_FEATURES
                    ),
                },
            )
        ]
    )
    page = create_through_admin(c["client"], LecturePage, c["section"], fields)

    assert_common_fields_saved(page, c["unit"], c["field"], c["image"])
    section = page.sections[0].value
    assert section["title"] == "Phần 1. Hợp đồng lao động"
    assert list(section["slides"]) == [c["image"], c["image"]]
    assert section["slides_pdf"] == c["document"]
    assert section["video"].url == VIDEO_URL
    assert "hình thức hợp đồng" in section["notes"].source


def test_lecture_section_needs_slides_or_video(context):
    c = context
    fields = common_fields("Bài giảng trống", c["unit"], c["field"], c["image"])
    fields["sections"] = streamfield(
        [
            (
                "section",
                {
                    "title": "Phần trống",
                    "slides": list_block([]),
                    "slides_pdf": "",
                    "video": "",
                    "notes": rich_text(""),
                },
            )
        ]
    )
    response = c["client"].post(add_url(LecturePage, c["section"]), form_data(fields))
    assert response.status_code == 200
    assert "sections" in response.context["form"].errors
    assert not LecturePage.objects.filter(title="Bài giảng trống").exists()
