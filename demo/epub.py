"""A small, valid EPUB 3 book made from chapters of XHTML."""

import io
import uuid
import zipfile
from html import escape

# Fixed timestamps keep the archive identical from one run to the next.
_ZIP_DATE = (2025, 1, 1, 0, 0, 0)
_MODIFIED = "2025-01-01T00:00:00Z"

_CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
"""

_STYLE = """body { font-family: serif; line-height: 1.5; margin: 0 5%; }
h1 { font-size: 1.4em; color: #1d3557; }
h2 { font-size: 1.15em; }
"""


def _xhtml(title, language, body):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" \
lang="{language}" xml:lang="{language}">
<head><meta charset="UTF-8"/><title>{escape(title)}</title>\
<link rel="stylesheet" type="text/css" href="style.css"/></head>
<body>
{body}
</body>
</html>
"""


def _package(title, author, language, identifier, chapter_files):
    manifest = "\n    ".join(
        f'<item id="c{number}" href="{name}" media-type="application/xhtml+xml"/>'
        for number, name in enumerate(chapter_files, start=1)
    )
    spine = "\n    ".join(
        f'<itemref idref="c{number}"/>' for number in range(1, len(chapter_files) + 1)
    )
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" \
xml:lang="{language}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="book-id">urn:uuid:{identifier}</dc:identifier>
    <dc:title>{escape(title)}</dc:title>
    <dc:creator>{escape(author)}</dc:creator>
    <dc:language>{language}</dc:language>
    <meta property="dcterms:modified">{_MODIFIED}</meta>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="style" href="style.css" media-type="text/css"/>
    {manifest}
  </manifest>
  <spine>
    <itemref idref="nav" linear="no"/>
    {spine}
  </spine>
</package>
"""


def epub_bytes(title, author, chapters, language="vi"):
    """An EPUB 3 file of ``chapters``, a list of (title, XHTML body fragment)."""
    identifier = uuid.uuid5(uuid.NAMESPACE_URL, f"pbgdpl-demo-epub:{title}")
    chapter_files = [f"chapter-{number}.xhtml" for number in range(1, len(chapters) + 1)]
    toc = "\n".join(
        f'<li><a href="{name}">{escape(chapter_title)}</a></li>'
        for name, (chapter_title, _) in zip(chapter_files, chapters, strict=True)
    )
    nav = _xhtml(
        title,
        language,
        f'<nav epub:type="toc" id="toc"><h1>Mục lục</h1><ol>\n{toc}\n</ol></nav>',
    )

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:

        def add(name, text, compress=zipfile.ZIP_DEFLATED):
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = compress
            archive.writestr(info, text)

        # Readers identify the format by this first, uncompressed entry.
        add("mimetype", "application/epub+zip", zipfile.ZIP_STORED)
        add("META-INF/container.xml", _CONTAINER)
        add("OEBPS/content.opf", _package(title, author, language, identifier, chapter_files))
        add("OEBPS/nav.xhtml", nav)
        add("OEBPS/style.css", _STYLE)
        for name, (chapter_title, body) in zip(chapter_files, chapters, strict=True):
            add(
                f"OEBPS/{name}",
                _xhtml(chapter_title, language, f"<h1>{escape(chapter_title)}</h1>\n{body}"),
            )
    return buffer.getvalue()
