"""The app's icons, drawn from the design of ``cms/static/img/favicon.svg`` (a blue
rounded square with a white columned building, on a 64-unit grid).

The PNG files are committed under ``pwa/static/pwa/icons/``; ``manage.py draw_app_icons``
draws them again after a change of design here. Phones want bitmaps at fixed sizes:
192 and 512 pixels for Android's home screen and splash screen, a maskable 512 that
Android crops to its own shape, 180 for iOS's home screen.
"""

from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw

ICON_DIR = Path(__file__).resolve().parent / "static" / "pwa" / "icons"

BLUE = (11, 74, 130, 255)  # --color-primary
WHITE = (255, 255, 255, 255)
ROOF = [(32, 12), (14, 22), (14, 26), (50, 26), (50, 22)]
COLUMNS_AND_BASE = [(18, 30, 6, 16), (29, 30, 6, 16), (40, 30, 6, 16), (14, 50, 36, 4)]
CENTRE = (32, 33)
# Drawn this many times larger, then reduced: smooth edges without an SVG renderer.
SUPERSAMPLING = 4
# A palette of a few dozen colours keeps the edges smooth at a fraction of the bytes.
COLOURS = 64


@dataclass(frozen=True)
class Icon:
    name: str
    size: int
    # The rounded square of the favicon, corners transparent; otherwise blue to the
    # edges, as maskable icons and iOS (which rounds the corners itself) want.
    rounded: bool
    # The building's size relative to the favicon: a maskable icon keeps it inside the
    # central circle of 80% that every mask leaves visible.
    scale: float
    purpose: str = "any"


ICONS = [
    Icon("icon-192.png", 192, rounded=True, scale=1.0),
    Icon("icon-512.png", 512, rounded=True, scale=1.0),
    Icon("icon-maskable-512.png", 512, rounded=False, scale=0.8, purpose="maskable"),
    Icon("apple-touch-icon.png", 180, rounded=False, scale=0.9, purpose=""),
]


def draw(icon):
    """The icon as a Pillow image in palette mode."""
    big = icon.size * SUPERSAMPLING
    unit = big / 64
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    if icon.rounded:
        pen.rounded_rectangle((0, 0, big - 1, big - 1), radius=12 * unit, fill=BLUE)
    else:
        pen.rectangle((0, 0, big, big), fill=BLUE)

    def at(x, y):
        return (
            (CENTRE[0] + (x - CENTRE[0]) * icon.scale) * unit,
            (CENTRE[1] + (y - CENTRE[1]) * icon.scale) * unit,
        )

    pen.polygon([at(x, y) for x, y in ROOF], fill=WHITE)
    for x, y, width, height in COLUMNS_AND_BASE:
        (left, top), (right, bottom) = at(x, y), at(x + width, y + height)
        pen.rectangle((left, top, right - 1, bottom - 1), fill=WHITE)
    image = image.resize((icon.size, icon.size), Image.LANCZOS)
    if icon.rounded:
        return image.quantize(colors=COLOURS, method=Image.Quantize.FASTOCTREE)
    return image.convert("RGB").quantize(colors=COLOURS)


def write_all(directory=ICON_DIR):
    directory.mkdir(parents=True, exist_ok=True)
    for icon in ICONS:
        draw(icon).save(directory / icon.name, optimize=True)
