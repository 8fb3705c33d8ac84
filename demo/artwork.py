"""Demo pictures drawn with Pillow: covers, infographic sheets, leaflet panels, slides
and printed pages, in the colours of the legal field they illustrate.

Vietnamese text is drawn with DejaVu Sans when the machine has it (Debian's
fonts-dejavu-core); Pillow's built-in font has no Vietnamese letters, so without DejaVu
the text is folded to ASCII ("Luật Đất đai" -> "Luat Dat dai") rather than drawn as boxes.
"""

import io
import random
from dataclasses import dataclass
from functools import cache

from anyascii import anyascii
from PIL import Image, ImageDraw, ImageFont

COVER_SIZE = (1200, 675)
SHEET_SIZE = (675, 1200)
PANEL_SIZE = (600, 848)
SLIDE_SIZE = (960, 540)
PAGE_SIZE = (794, 1123)  # A4 at 96 dpi
SITE_LABEL = "PBGDPL Quảng Ninh"


@dataclass(frozen=True)
class Palette:
    background: str
    accent: str
    highlight: str
    ink: str = "#ffffff"


DEFAULT_PALETTE = Palette("#1d3557", "#457b9d", "#f1c453")


@cache
def _truetype(size, bold):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    try:
        # A bare file name makes Pillow search the system font folders.
        return ImageFont.truetype(name, size)
    except OSError:
        return None


def _font(size, bold=False):
    return _truetype(size, bold) or ImageFont.load_default(size=size)


def _drawable(text):
    """``text`` as the available font can draw it."""
    return text if _truetype(12, False) else anyascii(text)


def _wrap(draw, text, font, width, max_lines=None):
    words = _drawable(text).split()
    lines, line = [], ""
    for word in words:
        candidate = f"{line} {word}".strip()
        if line and draw.textlength(candidate, font=font) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    if line:
        lines.append(line)
    if max_lines and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1].rstrip(".,;:") + _drawable("…")
    return lines


def _text_block(draw, xy, text, size, width, fill, bold=False, max_lines=None, spacing=1.25):
    """Draw wrapped text from ``xy``; return the y just below it."""
    font = _font(size, bold)
    x, y = xy
    for line in _wrap(draw, text, font, width, max_lines):
        draw.text((x, y), line, font=font, fill=fill)
        y += int(size * spacing)
    return y


def _decorate(image, palette, seed):
    """Translucent circles and bars, different for every picture but stable between runs."""
    rng = random.Random(seed)
    overlay = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    width, height = image.size
    colours = [palette.accent, palette.highlight, palette.ink]
    for _ in range(7):
        radius = rng.randint(min(width, height) // 10, min(width, height) // 3)
        cx, cy = rng.randint(0, width), rng.randint(0, height)
        colour = Image.new("RGB", (1, 1), rng.choice(colours)).getpixel((0, 0))
        draw.ellipse(
            (cx - radius, cy - radius, cx + radius, cy + radius),
            fill=(*colour, rng.randint(25, 70)),
        )
    for _ in range(3):
        x = rng.randint(0, width)
        bar = rng.randint(20, 60)
        colour = Image.new("RGB", (1, 1), palette.highlight).getpixel((0, 0))
        draw.polygon(
            [(x, 0), (x + bar, 0), (x + bar - height // 2, height), (x - height // 2, height)],
            fill=(*colour, 40),
        )
    return Image.alpha_composite(image.convert("RGBA"), overlay).convert("RGB")


def _badge(draw, xy, text, palette, size=22):
    font = _font(size, bold=True)
    text = _drawable(text)
    x, y = xy
    width = draw.textlength(text, font=font)
    draw.rounded_rectangle(
        (x, y, x + width + size, y + size * 1.8), radius=size // 2, fill=palette.highlight
    )
    draw.text((x + size // 2, y + size * 0.35), text, font=font, fill=palette.background)


def cover(title, subtitle, palette=DEFAULT_PALETTE, size=COVER_SIZE):
    """A landscape card: the site badge, the title, and who made it."""
    image = _decorate(Image.new("RGB", size, palette.background), palette, title)
    draw = ImageDraw.Draw(image)
    width, height = size
    margin = width // 16
    _badge(draw, (margin, margin), SITE_LABEL, palette, size=max(16, width // 50))
    title_size = max(24, width // 22)
    lines = _wrap(draw, title, _font(title_size, True), width - 2 * margin, max_lines=3)
    top = height - margin - int(title_size * 1.25) * len(lines) - width // 30
    draw.rectangle((margin, top - 18, margin + width // 8, top - 10), fill=palette.highlight)
    y = top
    for line in lines:
        draw.text((margin, y), line, font=_font(title_size, True), fill=palette.ink)
        y += int(title_size * 1.25)
    _text_block(draw, (margin, y + 6), subtitle, max(14, width // 45), width, palette.highlight)
    return image


def sheet(heading, items, number, palette=DEFAULT_PALETTE, size=SHEET_SIZE):
    """A portrait infographic page: a heading band, then numbered points."""
    width, height = size
    image = Image.new("RGB", size, "#fbfaf5")
    band = _decorate(Image.new("RGB", (width, height // 4), palette.background), palette, heading)
    image.paste(band, (0, 0))
    draw = ImageDraw.Draw(image)
    margin = width // 14
    _badge(draw, (margin, margin // 2), SITE_LABEL, palette, size=16)
    _text_block(draw, (margin, margin * 2), heading, 34, width - 2 * margin, palette.ink, True, 3)
    y = height // 4 + margin // 2
    step = min((height - y - margin) // max(len(items), 1), height // 5)
    for index, (point, text) in enumerate(items, start=number):
        draw.ellipse((margin, y, margin + 52, y + 52), fill=palette.accent)
        label = str(index)
        font = _font(26, True)
        draw.text(
            (margin + 26 - draw.textlength(label, font=font) / 2, y + 11),
            label,
            font=font,
            fill="#ffffff",
        )
        left = margin + 70
        below = _text_block(
            draw, (left, y + 4), point, 24, width - left - margin, "#1b1b1b", True, 2
        )
        _text_block(draw, (left, below + 4), text, 19, width - left - margin, "#3a3a3a", False, 5)
        y += step
    draw.rectangle((0, height - 12, width, height), fill=palette.highlight)
    return image


def panel(heading, lines, number, palette=DEFAULT_PALETTE, size=PANEL_SIZE):
    """One panel of a folded leaflet."""
    width, height = size
    image = _decorate(Image.new("RGB", size, palette.background), palette, f"{heading}{number}")
    draw = ImageDraw.Draw(image)
    margin = width // 12
    draw.rounded_rectangle(
        (margin // 2, height // 4, width - margin // 2, height - margin // 2),
        radius=24,
        fill="#ffffff",
    )
    _text_block(draw, (margin, margin), heading, 32, width - 2 * margin, palette.ink, True, 4)
    y = height // 4 + margin // 2
    for line in lines:
        draw.ellipse((margin, y + 11, margin + 12, y + 23), fill=palette.accent)
        y = _text_block(draw, (margin + 26, y), line, 23, width - 2 * margin - 26, "#222222")
        y += 18
        if y > height - margin:
            break
    _text_block(draw, (margin, height - margin // 2 - 24), str(number), 16, 40, palette.accent)
    return image


def slide(title, bullets, palette=DEFAULT_PALETTE, size=SLIDE_SIZE):
    """A lecture slide: the title on a coloured band, bullet points below."""
    width, height = size
    image = Image.new("RGB", size, "#ffffff")
    band = _decorate(Image.new("RGB", (width, height // 4), palette.background), palette, title)
    image.paste(band, (0, 0))
    draw = ImageDraw.Draw(image)
    margin = width // 20
    _text_block(draw, (margin, margin // 2), title, 34, width - 2 * margin, palette.ink, True, 2)
    y = height // 4 + margin
    for bullet in bullets:
        draw.rectangle((margin, y + 10, margin + 12, y + 22), fill=palette.accent)
        y = _text_block(draw, (margin + 28, y), bullet, 24, width - 2 * margin - 28, "#1b1b1b")
        y += 12
    draw.rectangle((0, height - 8, width, height), fill=palette.highlight)
    return image


def printed_pages(title, paragraphs, palette=DEFAULT_PALETTE, size=PAGE_SIZE):
    """Pages of running text, as in a printed booklet: a title page, then the text."""
    width, height = size
    margin = width // 10
    pages = [cover(title, SITE_LABEL, palette, size)]
    font = _font(17)
    line_height = 26

    def blank_page():
        image = Image.new("RGB", size, "#ffffff")
        draw = ImageDraw.Draw(image)
        draw.rectangle((0, 0, width, 10), fill=palette.background)
        _text_block(draw, (margin, 24), title, 12, width - 2 * margin, "#777777", max_lines=1)
        return image, draw

    image, draw = blank_page()
    y = margin
    for paragraph in paragraphs:
        is_heading = paragraph.startswith("# ")
        text = paragraph.removeprefix("# ")
        line_font = _font(20, True) if is_heading else font
        for line in _wrap(draw, text, line_font, width - 2 * margin):
            if y > height - margin:
                pages.append(image)
                image, draw = blank_page()
                y = margin
            draw.text(
                (margin, y),
                line,
                font=line_font,
                fill=palette.background if is_heading else "#1b1b1b",
            )
            y += line_height
        y += line_height // 2
    pages.append(image)
    return pages


def landscape_spreads(panels):
    """Lay leaflet panels side by side, three to an A4 landscape sheet, as they are printed."""
    panel_width, panel_height = panels[0].size
    spreads = []
    for start in range(0, len(panels), 3):
        group = panels[start : start + 3]
        spread = Image.new("RGB", (panel_width * 3, panel_height), "#ffffff")
        for index, picture in enumerate(group):
            spread.paste(picture, (index * panel_width, 0))
        spreads.append(spread)
    return spreads


def png_bytes(image):
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=False, compress_level=6)
    return buffer.getvalue()


def pdf_bytes(pages, title):
    buffer = io.BytesIO()
    pages[0].save(buffer, "PDF", save_all=True, append_images=pages[1:], resolution=96, title=title)
    return buffer.getvalue()
