"""Turn the demo's paragraph markup (see specs) into rich text HTML and printed lines."""

from html import escape


def rich_text(paragraphs):
    """Rich text HTML, valid XHTML too, so that EPUB chapters can reuse it."""
    html, bullets = [], []

    def flush_bullets():
        if bullets:
            html.append("<ul>" + "".join(f"<li>{item}</li>" for item in bullets) + "</ul>")
            bullets.clear()

    for paragraph in paragraphs:
        if paragraph.startswith("- "):
            bullets.append(escape(paragraph[2:], quote=False))
            continue
        flush_bullets()
        if paragraph.startswith("### "):
            html.append(f"<h4>{escape(paragraph[4:], quote=False)}</h4>")
        elif paragraph.startswith("## "):
            html.append(f"<h3>{escape(paragraph[3:], quote=False)}</h3>")
        else:
            html.append(f"<p>{escape(paragraph, quote=False)}</p>")
    flush_bullets()
    return "".join(html)


def printed(paragraphs):
    """Lines for artwork.printed_pages: sub-headings marked "# ", bullets drawn as "•"."""
    lines = []
    for paragraph in paragraphs:
        if paragraph.startswith("#"):
            lines.append("# " + paragraph.lstrip("#").strip())
        elif paragraph.startswith("- "):
            lines.append(f"• {paragraph[2:]}")
        else:
            lines.append(paragraph)
    return lines
