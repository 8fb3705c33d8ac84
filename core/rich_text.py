"""Whether rich text says anything.

The rich text editor saves an emptied text as an empty paragraph
(``<p data-block-key="x"></p>``), which Django's "required" check takes for content: a
page could then be submitted with its required text empty, and fail only when the board
approves it. Text that holds no words and no image, embed or rule counts as empty.
"""

import html
import re

# Elements that are content without any text: Wagtail's images and media embeds (stored
# as <embed>), and a horizontal rule.
CONTENT_WITHOUT_TEXT = re.compile(r"<(?:embed|img|iframe|video|audio|hr)\b", re.IGNORECASE)
TAG = re.compile(r"<[^>]*>")
# Characters that are invisible but not whitespace to str.strip().
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def is_blank(source):
    """True when the rich text ``source`` (Wagtail's stored HTML) shows nothing."""
    if not source:
        return True
    if CONTENT_WITHOUT_TEXT.search(source):
        return False
    text = html.unescape(TAG.sub("", source)).translate(INVISIBLE)
    return not text.strip()
