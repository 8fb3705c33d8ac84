from urllib.parse import urlencode

import pytest

from wagtail.rich_text import RichText

from tests.factories import DocumentFactory, ImageFactory, LegalNewsPageFactory, png_file

VIDEO_URL = "https://www.youtube.com/watch?v=abc123XYZ"


def api_get(client, url, **params):
    """GET ``url`` with ``params`` added to its own query string."""
    if params:
        url = f"{url}{'&' if '?' in url else '?'}{urlencode(params)}"
    response = client.get(url)
    assert response.status_code == 200, response.content
    return response.json()


@pytest.fixture
def full_news(justice_section, land_field, image, document):
    """Builds published news pages that use every field and every kind of reference:
    images, a document, an embed, and links to a page and a document in rich text."""
    target = LegalNewsPageFactory(parent=justice_section, title="Văn bản được dẫn chiếu")

    def build(count, **kwargs):
        pages = []
        for number in range(count):
            cover, social = ImageFactory(), ImageFactory(file=png_file(size=(1600, 900)))
            page = LegalNewsPageFactory(
                parent=justice_section,
                title=f"Tin đầy đủ {number}",
                summary="Tóm tắt tin đầy đủ.",
                cover_image=cover,
                social_image=social,
                social_text="Chia sẻ tin này",
                body=[
                    (
                        "paragraph",
                        RichText(
                            f'<p>Xem <a linktype="page" id="{target.pk}">văn bản</a> và '
                            f'<a linktype="document" id="{document.pk}">tệp</a>.</p>'
                        ),
                    ),
                    ("heading", {"text": "Điểm mới", "level": "h2"}),
                    ("image", {"image": ImageFactory(), "caption": "Ảnh", "credit": ""}),
                    ("document", {"document": DocumentFactory(), "title": ""}),
                    ("embed", VIDEO_URL),
                ],
                **kwargs,
            )
            page.legal_fields.add(land_field)
            page.tags.add("đất đai", f"tin {number}")
            page.save_revision().publish()
            pages.append(page)
        return pages

    build.target = target
    return build
