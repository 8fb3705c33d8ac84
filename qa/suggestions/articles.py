"""Which articles (Điều) of a legal document are worth suggesting, and what a suggestion
shows of one.

Every document opens with its scope, its subjects and its definitions and closes with
its entry into force and who carries it out; those articles share a citizen's words
("đối tượng", "hiệu lực") without answering anything, so they are not suggested.
"""

import functools
import html
import re
from dataclasses import dataclass

from bookshelf.models.legal_text import table_of_contents
from core.vietnamese import fold

# "Điều 56. Ly hôn theo yêu cầu của một bên" -> "Ly hôn theo yêu cầu của một bên".
_NUMBERING = re.compile(r"^\s*\S+\s+\d+[a-zđ]?\s*[.:\-–—]?\s*", re.IGNORECASE)

# Headings of the articles every document has, folded.
BOILERPLATE_HEADINGS = frozenset(
    {
        "pham vi dieu chinh",
        "doi tuong ap dung",
        "pham vi dieu chinh va doi tuong ap dung",
        "pham vi va doi tuong ap dung",
        "giai thich tu ngu",
        "hieu luc",
        "hieu luc thi hanh",
        "hieu luc thi hanh va trach nhiem thi hanh",
        "trach nhiem thi hanh",
        "dieu khoan thi hanh",
        "to chuc thuc hien",
        "trach nhiem thuc hien",
        "to chuc thi hanh",
    }
)
# Articles without a heading whose first sentence is the same formality: entry into
# force, who carries the document out (a list of offices that may run past the label's
# length), what it issues.
_BOILERPLATE_SENTENCES = re.compile(
    r"co hieu luc (?:thi hanh )?(?:ke )?tu ngay"
    r"|chiu trach nhiem (?:thi hanh|thuc hien)"
    r"|ban hanh kem theo (?:quyet dinh|nghi dinh|thong tu|nghi quyet)"
    r"|^(?:cac bo truong|chanh van phong|thu truong cac|giam doc cac so)"
)

SNIPPET_LENGTH = 160
# How far into an article its snippet is looked for.
_SNIPPET_READ = 2000
_TAG = re.compile(r"<[^>]+>")
_NEXT_PART = re.compile(r"<(?:p|h[1-6])\b[^>]*\sid=\"[^\"]+\"", re.IGNORECASE)


def heading(label):
    """The words of an article's label after its number, "" when it has none."""
    return _NUMBERING.sub("", label, count=1).strip()


def worth_suggesting(label):
    return _worth_suggesting(heading(label))


@functools.lru_cache(maxsize=100_000)
def _worth_suggesting(heading_text):
    text = fold(heading_text).strip(" .;:…")
    if not text:
        return False
    return " ".join(text.split()) not in BOILERPLATE_HEADINGS and not (
        _BOILERPLATE_SENTENCES.search(text)
    )


@dataclass(frozen=True)
class Article:
    anchor: str
    label: str
    snippet: str


def suggested_articles(body_html):
    """The articles of a text that may be suggested, with their first words."""
    contents = table_of_contents(body_html)
    articles = [entry for entry in contents.articles if worth_suggesting(entry.label)]
    texts = _snippets(contents.html, [article.anchor for article in articles])
    return [Article(entry.anchor, entry.label, texts.get(entry.anchor, "")) for entry in articles]


def _snippets(marked, anchors):
    """{anchor: the beginning of the article's text after its heading}, from the text
    with its anchors set (``TableOfContents.html``)."""
    found = {}
    for anchor in anchors:
        start = marked.find(f' id="{anchor}"')
        if start < 0:
            continue
        # The heading's own element, then the text up to the next chapter or article.
        end_of_heading = marked.find("</", start)
        following = _NEXT_PART.search(marked, start + 1)
        stop = following.start() if following else len(marked)
        chunk = marked[end_of_heading : min(stop, end_of_heading + _SNIPPET_READ)]
        found[anchor] = shorten(html.unescape(_TAG.sub(" ", chunk)))
    return found


def shorten(text, length=SNIPPET_LENGTH):
    """``text`` with its whitespace collapsed, cut at a word before ``length`` characters."""
    text = " ".join(text.split())
    if len(text) <= length:
        return text
    return text[:length].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
