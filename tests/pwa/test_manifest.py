"""The web app manifest and its icons: what a phone needs to install the site."""

import json
from pathlib import Path

import pytest
from PIL import Image

from django.contrib.staticfiles import finders

from pwa import icons


@pytest.fixture
def manifest(client, db):
    response = client.get("/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    return json.loads(response.content)


def test_the_manifest_names_the_app_in_vietnamese(manifest):
    assert manifest["lang"] == "vi"
    assert manifest["name"]
    assert manifest["short_name"] == "Pháp luật QN"
    assert len(manifest["short_name"]) <= 12
    assert "Quảng Ninh" in manifest["description"]


def test_the_manifest_opens_the_site_as_an_app(manifest):
    assert manifest["id"] == "/"
    assert manifest["start_url"] == "/?source=pwa"
    assert manifest["scope"] == "/"
    assert manifest["display"] == "standalone"
    assert manifest["theme_color"] == "#0b4a82"
    assert manifest["background_color"] == "#ffffff"
    assert "government" in manifest["categories"]


def test_the_site_name_is_the_apps_name(client, db):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    site.site_name = "PBGDPL Quảng Ninh"
    site.save()

    manifest = json.loads(client.get("/manifest.webmanifest").content)

    assert manifest["name"] == "PBGDPL Quảng Ninh"


def test_the_manifest_lists_the_icons_phones_need(manifest):
    listed = {(icon["sizes"], icon["purpose"]) for icon in manifest["icons"]}

    assert listed == {("192x192", "any"), ("512x512", "any"), ("512x512", "maskable")}
    for icon in manifest["icons"]:
        assert icon["type"] == "image/png"
        path = finders.find(icon["src"].removeprefix("/static/"))
        assert path, icon["src"]
        width, height = icon["sizes"].split("x")
        assert Image.open(path).size == (int(width), int(height))


@pytest.mark.parametrize("icon", icons.ICONS, ids=lambda icon: icon.name)
def test_the_committed_icons_have_their_sizes_and_stay_small(icon):
    path = Path(finders.find(f"pwa/icons/{icon.name}"))

    image = Image.open(path)
    assert image.size == (icon.size, icon.size)
    assert path.stat().st_size < 8_000


def test_a_maskable_icon_fills_its_square_and_keeps_the_building_in_the_safe_zone():
    image = icons.draw(icons.ICONS[2]).convert("RGB")
    size = image.size[0]

    # Blue to every corner: Android's mask never shows a transparent edge.
    for corner in [(0, 0), (size - 1, 0), (0, size - 1), (size - 1, size - 1)]:
        assert image.getpixel(corner) == icons.BLUE[:3]
    # Every white pixel lies in the central circle (radius 40%) that masks keep.
    centre, radius = size / 2, size * 0.4
    for x in range(0, size, 4):
        for y in range(0, size, 4):
            if image.getpixel((x, y)) == (255, 255, 255):
                assert (x - centre) ** 2 + (y - centre) ** 2 <= radius**2


def test_the_drawn_icons_are_the_committed_ones(tmp_path):
    icons.write_all(tmp_path)

    for icon in icons.ICONS:
        drawn = Image.open(tmp_path / icon.name).convert("RGBA")
        committed = Image.open(icons.ICON_DIR / icon.name).convert("RGBA")
        assert drawn.tobytes() == committed.tobytes(), icon.name
