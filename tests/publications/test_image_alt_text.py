"""Alt text is typed once, when the image is uploaded: an infographic image or leaflet
panel whose own alt text is left blank uses the image's, wherever the block appears."""

import html
import re

import pytest

from wagtail.rich_text import RichText

from demo.pages import add_published
from publications.blocks import InfographicImageBlock
from publications.models import InfographicPage, LeafletPage

IMAGE_ALT = "Cán bộ tư pháp tuyên truyền pháp luật cho người dân"


@pytest.fixture
def pages(justice_section, image, document):
    assert image.alt_text == IMAGE_ALT
    infographic = add_published(
        justice_section,
        InfographicPage(
            title="Infographic hòa giải ở cơ sở",
            summary="Quy trình hòa giải.",
            images=[("image", {"image": image, "alt_text": "", "caption": ""})],
            transcript="<p>Hòa giải viên lắng nghe các bên.</p>",
        ),
    )
    leaflet = add_published(
        justice_section,
        LeafletPage(
            title="Tờ gấp hòa giải",
            summary="Hòa giải ở cơ sở.",
            pdf=document,
            panels=[
                ("panel", {"image": image, "alt_text": "", "text": RichText("<p>Một</p>")}),
                (
                    "panel",
                    {"image": image, "alt_text": "Mặt sau tờ gấp", "text": RichText("<p>Hai</p>")},
                ),
            ],
        ),
    )
    return infographic, leaflet


def alts(markup):
    return [html.unescape(alt) for alt in re.findall(r'alt="([^"]*)"', markup)]


def test_a_blank_block_alt_is_the_images_on_the_page_and_in_the_embed(client, pages):
    infographic, leaflet = pages

    for url in (infographic.url, f"/embed/{infographic.pk}/"):
        assert IMAGE_ALT in alts(client.get(url).content.decode()), url
    leaflet_alts = alts(client.get(leaflet.url).content.decode())
    assert IMAGE_ALT in leaflet_alts and "Mặt sau tờ gấp" in leaflet_alts
    assert "" not in alts(client.get(infographic.url).content.decode())


def test_a_blank_block_alt_is_the_images_in_the_api(client, pages):
    infographic, leaflet = pages

    images = client.get(f"/api/v2/pages/{infographic.pk}/").json()["images"]
    panels = client.get(f"/api/v2/pages/{leaflet.pk}/").json()["panels"]

    assert images[0]["value"]["alt_text"] == IMAGE_ALT
    assert [panel["value"]["alt_text"] for panel in panels] == [IMAGE_ALT, "Mặt sau tờ gấp"]


def test_a_blank_block_alt_is_the_images_in_the_feed(client, pages):
    feed = html.unescape(client.get("/feeds/rss/").content.decode())

    assert f'alt="{IMAGE_ALT}"' in feed
    assert 'alt=""' not in feed


def test_the_block_may_be_saved_without_alt_text_and_says_why(image):
    block = InfographicImageBlock()

    value = block.clean(block.to_python({"image": image.pk, "alt_text": "", "caption": ""}))

    assert value.alt == IMAGE_ALT
    assert "tải ảnh lên" in block.child_blocks["alt_text"].field.help_text
