"""Blocks give their own API representation, whoever asks for it, and are stored as
Wagtail's blocks."""

import json

import pytest

from django.test import RequestFactory

from home.blocks import DocumentBlock, EmbedBlock, ImageBlock, RichTextBlock
from publications.blocks import LectureSectionBlock
from publications.models import LegalNewsPage
from quizzes.blocks import QuestionBankBlock
from tests.factories import LegalNewsPageFactory, question_bank

from .conftest import VIDEO_URL

pytestmark = pytest.mark.django_db


def test_blocks_are_stored_and_migrated_as_wagtails():
    paths = {block().deconstruct()[0] for block in (ImageBlock, DocumentBlock, EmbedBlock)}
    assert paths == {
        "wagtail.images.blocks.ImageChooserBlock",
        "wagtail.documents.blocks.DocumentChooserBlock",
        "wagtail.embeds.blocks.EmbedBlock",
    }
    assert RichTextBlock().deconstruct()[0] == "wagtail.blocks.RichTextBlock"


def test_a_stream_represents_itself_without_the_apis_context(image, document, justice_section):
    """Another caller (Wagtail's own API, a script) gets the same shapes, each object
    loaded as it is met."""
    target = LegalNewsPageFactory(parent=justice_section, title="Trang được dẫn")
    request = RequestFactory().get("/", SERVER_NAME="localhost")
    value = LegalNewsPage.body.field.stream_block.to_python(
        [
            {"type": "image", "value": {"image": image.pk, "caption": "Ảnh", "credit": ""}},
            {"type": "document", "value": {"document": document.pk, "title": ""}},
            {"type": "embed", "value": VIDEO_URL},
            {
                "type": "paragraph",
                "value": f'<p><a linktype="page" id="{target.pk}">trang</a></p>',
            },
        ]
    )
    data = value.stream_block.get_api_representation(value, {"request": request})
    shapes = {block["type"]: block["value"] for block in data}
    assert shapes["image"]["image"]["renditions"]["card"]["url"].startswith("http://localhost/")
    assert shapes["document"]["document"]["url"] == f"http://localhost{document.url}"
    assert shapes["embed"]["html"].startswith("<iframe")
    assert shapes["paragraph"] == f'<p><a href="{target.full_url}">trang</a></p>'
    # With ?rich_text_format=db_html, as Wagtail's own blocks read it.
    request = RequestFactory().get("/?rich_text_format=db_html", SERVER_NAME="localhost")
    data = value.stream_block.get_api_representation(value, {"request": request})
    assert 'linktype="page"' in data[3]["value"]


def test_an_empty_lecture_section_represents_its_empty_parts():
    block = LectureSectionBlock()
    value = block.to_python(
        {"title": "Phần", "slides": [], "slides_pdf": None, "video": "", "notes": ""}
    )
    assert block.get_api_representation(value, {}) == {
        "title": "Phần",
        "slides": [],
        "slides_pdf": None,
        "video": None,
        "notes": "",
    }


def test_questions_never_represent_their_answers():
    block = QuestionBankBlock()
    bank = block.to_python(
        [{"type": kind, "value": value} for kind, value in question_bank()]
        + [
            {
                "type": "true_false",
                "value": {
                    "text": "Nhận định",
                    "points": 4,
                    "statement_is_true": False,
                    "explanation": "<p>Vì điều 5.</p>",
                },
            }
        ]
    )
    shown = json.dumps(block.get_api_representation(bank, {}), ensure_ascii=False)
    assert "Luật Đất đai 2024 có hiệu lực từ ngày nào?" in shown and "01/8/2024" in shown
    for secret in ["correct", "statement_is_true", "explanation", "Vì điều 5"]:
        assert secret not in shown
