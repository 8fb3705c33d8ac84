"""What is posted on each network: the editor's text, or an excerpt of the page with
hashtags from its tags, fitted to the network's limit.

X counts characters its own way (twitter-text's weighted length): a link always counts
23, and a character counts 1 only in the ranges X treats as light (Latin, Vietnamese's
base letters) but 2 elsewhere, which includes the precomposed Vietnamese letters of
Latin Extended Additional (U+1EA0–U+1EF9: "ế", "ộ", "ữ"…). A Vietnamese sentence
therefore fits fewer than 280 letters; counting as X does keeps a post from being refused.
"""

import re
import unicodedata

from core.vietnamese import fold

# The longest text each network accepts; X's counts the link added after the text.
LIMITS = {"facebook": 63206, "zalo": 2000, "x": 280, "youtube": 5000}
# What the default excerpt is trimmed to: a whole summary on the networks that allow
# long posts would bury the link.
EXCERPT_LENGTHS = {"facebook": 600, "zalo": 600, "x": 280, "youtube": 1000}
X_LINK_LENGTH = 23
# twitter-text v3: code point ranges weighted 1; everything else weighs 2.
X_LIGHT_RANGES = [(0, 4351), (8192, 8205), (8208, 8223), (8242, 8247)]
URL = re.compile(r"https?://\S+")
MAX_HASHTAGS = 5


def x_weight(text):
    """The length X counts for ``text`` (links 23 each)."""
    text = unicodedata.normalize("NFC", text)
    links = URL.findall(text)
    text = URL.sub("", text)
    weight = sum(
        1 if any(start <= ord(char) <= end for start, end in X_LIGHT_RANGES) else 2 for char in text
    )
    return weight + X_LINK_LENGTH * len(links)


def length_on(network, text):
    """The length ``network`` counts for ``text`` as posted: on X the page's link is
    added after a space."""
    if network == "x":
        return x_weight(text) + 1 + X_LINK_LENGTH
    return len(text)


def hashtag(name):
    """A tag name as a hashtag, without diacritics and spaces: "pháp luật" → "#PhapLuat"."""
    words = re.findall(r"[a-z0-9]+", fold(name))
    return "#" + "".join(word.capitalize() for word in words) if words else ""


def hashtags(tag_names):
    tags = list(dict.fromkeys(filter(None, (hashtag(name) for name in tag_names))))
    return tags[:MAX_HASHTAGS]


def trim(text, fits):
    """``text`` cut at a word boundary, with an ellipsis, so that ``fits(result)``."""
    text = " ".join(text.split())
    if fits(text):
        return text
    words = text.split(" ")
    while words:
        words.pop()
        candidate = " ".join(words).rstrip(",;:.-–") + "…"
        if fits(candidate):
            return candidate
    return ""


def default_text(network, page):
    """The excerpt posted when the editor wrote nothing: the page's sharing text (its
    summary unless set), trimmed for the network, then as many hashtags as fit."""
    limit = min(LIMITS[network], EXCERPT_LENGTHS[network])
    tags = hashtags(tag.name for tag in page.tags.all()) if hasattr(page, "tags") else []
    excerpt = getattr(page, "share_text", "") or page.search_description or page.title

    def fits(text):
        return length_on(network, text) <= limit

    # Hashtags take at most a third of the room; the excerpt is trimmed to the rest.
    while tags and x_weight(" ".join(tags)) > limit // 3:
        tags.pop()
    suffix = f"\n\n{' '.join(tags)}" if tags else ""
    return trim(excerpt, lambda text: fits(text + suffix)) + suffix


def text_for(choice, page):
    return choice.text.strip() or default_text(choice.network, page)
