"""What citizens type, made safe to keep and to show: no markup, no invisible characters.

A question arrives from a form, an embed on another site or an app, and may hold HTML
pasted from a web page or written on purpose. It is stored as plain text (the page
escapes it when showing it): tags are dropped with their script and style content,
entities decoded, the text NFC-normalised (one spelling of each Vietnamese letter), and
control and format characters removed, bidirectional overrides included, which could
make a line read otherwise than it is stored.
"""

import html
import re
import unicodedata

import nh3

# Control (Cc), format (Cf), surrogate (Cs), private-use (Co) and unassigned (Cn) code
# points; a surrogate cannot even be written to the database.
_INVISIBLE = frozenset(("Cc", "Cf", "Cs", "Co", "Cn"))
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def plain_text(raw):
    """``raw`` without markup or invisible characters; line breaks kept (at most one
    blank line in a row), spaces collapsed, NFC."""
    # Invisible characters go before and after the markup: the HTML parser cannot read
    # a surrogate, and an entity may decode to one of them.
    text = html.unescape(nh3.clean(_visible(raw or ""), tags=set()))
    text = _visible(unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def _visible(text):
    return "".join(
        char for char in text if char in "\n\r\t" or unicodedata.category(char) not in _INVISIBLE
    )


def one_line(raw):
    """``plain_text`` on one line: for a name."""
    return " ".join(plain_text(raw).split())
