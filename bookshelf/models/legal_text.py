"""The full text of a legal document: what HTML it may hold, and its table of contents.

Full texts arrive from outside (imports from the national database, pasted Word
documents), so they are cleaned before they are stored. Readers jump to a chapter,
section or article by an anchor derived from its number ("Điều 5" -> ``dieu-5``), never
from its position or wording: a link to an article keeps working when the text around
it is edited.
"""

import html as html_module
import re
import unicodedata
from dataclasses import dataclass, field

import nh3

from core.vietnamese import fold, fold_keeping_positions

# What editors may use in the admin's editor. Tables exist only in imported texts: the
# editor has no table tool, and editing such a text in the admin flattens its tables.
LEGAL_TEXT_FEATURES = [
    "h2",
    "h3",
    "h4",
    "bold",
    "italic",
    "ol",
    "ul",
    "blockquote",
    "link",
    "document-link",
    "superscript",
    "subscript",
]

ALLOWED_TAGS = {
    "p",
    "br",
    "h2",
    "h3",
    "h4",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "sup",
    "sub",
    "ol",
    "ul",
    "li",
    "blockquote",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "a",
}
# Removed with everything inside them, not just unwrapped.
DROPPED_WITH_CONTENT = {
    "script",
    "style",
    "iframe",
    "object",
    "embed",
    "noscript",
    "template",
    "svg",
    "math",
    "head",
    "title",
}
ALLOWED_ATTRIBUTES = {
    "a": {"href", "id"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan"},
}
# Internal links stored by the admin's editor: <a linktype="page" id="12">.
ALLOWED_ATTRIBUTE_VALUES = {"a": {"linktype": {"page", "document"}}}
URL_SCHEMES = {"http", "https", "mailto"}

# Block containers of imported HTML become paragraphs and out-of-range headings the
# nearest allowed level, so that text does not run together once they are removed.
_RENAMES = {"h1": "h2", "h5": "h4", "h6": "h4"}
_BLOCK_CONTAINER = r"div|section|article|header|footer|main|center|address"
_RENAMED_TAG = re.compile(rf"<(/?)({_BLOCK_CONTAINER}|h1|h5|h6)(?=[\s/>])[^>]*>", re.IGNORECASE)
_EMPTY_PARAGRAPH = re.compile(r"<p>(?:\s|&nbsp;|\u00a0)*</p>")


def _rename(match):
    closing, name = match.group(1), match.group(2).lower()
    return f"<{closing}{_RENAMES.get(name, 'p')}>"


def _keep_attribute(tag, attribute, value):
    if attribute in ("colspan", "rowspan"):
        return value if value.isdigit() and 0 < int(value) <= 100 else None
    if tag == "a" and attribute == "id":
        # Only the id of an internal link's target; anchors are added when rendering.
        return value if value.isdigit() else None
    if tag == "a" and attribute == "href":
        # Links inside the text may point at its own articles ("#dieu-5"); other
        # relative addresses mean nothing outside the site they came from.
        return value if value.startswith("#") or ":" in value else None
    return value


def sanitise_legal_html(html):
    """``html`` reduced to the tags and attributes a legal text needs; safe to show.

    Scripts, styles, frames, event handlers and unknown tags go; links keep only
    http, https and mailto addresses. Cleaning clean HTML changes nothing.
    """
    if not html:
        return ""
    html = _RENAMED_TAG.sub(_rename, html)
    cleaned = nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        clean_content_tags=DROPPED_WITH_CONTENT,
        attributes=ALLOWED_ATTRIBUTES,
        tag_attribute_values=ALLOWED_ATTRIBUTE_VALUES,
        attribute_filter=_keep_attribute,
        url_schemes=URL_SCHEMES,
        link_rel="noopener",
        strip_comments=True,
    )
    return _EMPTY_PARAGRAPH.sub("", cleaned).strip()


@dataclass(frozen=True)
class TocEntry:
    level: int  # 1 chapter (chương), 2 section (mục), 3 article (điều)
    anchor: str
    label: str


@dataclass
class TableOfContents:
    """The chapters, sections and articles of a text, and the text with their anchors."""

    entries: list = field(default_factory=list)
    html: str = ""

    def __bool__(self):
        return bool(self.entries)

    def __iter__(self):
        return iter(self.entries)

    def __len__(self):
        return len(self.entries)

    @property
    def articles(self):
        return [entry for entry in self.entries if entry.level == 3]


_ROMAN = [
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
]
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def _to_roman(number):
    """Lower-case Roman numeral; "" outside 1 to 3999."""
    if not 0 < number < 4000:
        return ""
    letters = []
    for value, symbol in _ROMAN:
        count, number = divmod(number, value)
        letters.append(symbol * count)
    return "".join(letters)


def _from_roman(numeral):
    total = 0
    for letter, following in zip(numeral, [*numeral[1:], None], strict=True):
        value = _ROMAN_VALUES[letter]
        total += -value if following and _ROMAN_VALUES[following] > value else value
    return total


# Matched against folded text ("CHƯƠNG II" -> "chuong ii"), which keeps one character
# per character, so a match's end is also its end in the original text.
_CHAPTER = re.compile(r"chuong\s+(\d+|[ivxlcdm]+)(?![0-9a-z])")
_SECTION = re.compile(r"muc\s+(\d+|[ivxlcdm]+)(?![0-9a-z])")
# "Điều 5." or "Điều 5a" ends its number with punctuation or the end of the line; a
# sentence that merely begins with "Điều 5 được sửa đổi..." is not an article, unless
# the number stands in bold or in a heading.
_ARTICLE = re.compile(r"dieu\s+(\d+[a-z]?)(?![0-9a-z])")
_ARTICLE_END = re.compile(r"\s*(?:[.:\-–—]|$)")
_PUNCTUATION_AFTER_NUMBER = re.compile(r"^[\s.:\-–—]+")
_KEYWORD = re.compile(r"(?<![a-z])(?:chuong|muc|dieu)(?![a-z])")
_KEYWORD_LABELS = {1: "Chương", 2: "Mục", 3: "Điều"}
# What "Chương", "Mục" and "Điều" begin with, in any case, with or without diacritics.
_KEYWORD_INITIALS = frozenset("CcMmĐđDd")
_LABEL_LENGTH = 200
# Enough of a line to hold "Chương XXXVIII" or "Điều 123a".
_NUMBERING_PREFIX = 40

# The text is scanned with regular expressions rather than parsed into a tree: parsing a
# 30 KB law with html.parser alone takes longer than the whole page may. Stored texts
# are sanitised (well-formed, no attributes but a few), which keeps the scan reliable.
_BLOCK = re.compile(r"<(p|h[1-6])(\s[^>]*)?>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_CONTAINER = re.compile(r"<(/?)(?:table|li|blockquote)(?:\s[^>]*)?>", re.IGNORECASE)
_BREAK = re.compile(r"<br\b", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_BOLD_START = re.compile(r"\s*<(?:strong|b)(?:\s[^>]*)?>", re.IGNORECASE)
_LEADING_MARKUP = re.compile(r"(?:\s|<[^>]*>)*")
_ID_ATTRIBUTE = re.compile(r"""\s+id\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class _Numbering:
    level: int
    number: str  # as the anchor spells it: "iii", "2", "5a"
    written: str  # as the label spells it: "III", "3", "5a"
    rest: str  # the text after the number


def _may_begin_a_part(inner_html):
    """Whether the text starts with a letter "Chương", "Mục" or "Điều" may start with:
    a cheap test that spares most paragraphs the full reading."""
    start = _LEADING_MARKUP.match(inner_html).end()
    return inner_html[start : start + 1] in _KEYWORD_INITIALS | {"&"}


def _first_line(inner_html):
    """The text of an element's content up to its first line break, whitespace
    collapsed, NFC."""
    line = _BREAK.split(inner_html, maxsplit=1)[0]
    text = html_module.unescape(_TAG.sub(" ", line))
    return unicodedata.normalize("NFC", " ".join(text.split()))


def _numbering(tag, inner_html, text):
    """How a block (``tag``, its content, its first line ``text``) begins a chapter,
    section or article, or None."""
    prefix = text[:_NUMBERING_PREFIX]
    if prefix[:1] not in _KEYWORD_INITIALS:
        return None
    folded = fold(prefix)
    if len(folded) != len(prefix):
        # A letter whose lower case is longer ("İ"): fold character by character.
        folded = fold_keeping_positions(prefix)
    if (match := _CHAPTER.match(folded)) and _is_numeral(text, match):
        numeral = match.group(1)
        number = (_to_roman(int(numeral)) if numeral.isdigit() else numeral) or numeral
        return _Numbering(1, number, numeral.upper(), text[match.end() :])
    if (match := _SECTION.match(folded)) and _is_numeral(text, match):
        numeral = match.group(1)
        number = str(int(numeral)) if numeral.isdigit() else str(_from_roman(numeral))
        return _Numbering(2, number, numeral.upper(), text[match.end() :])
    if match := _ARTICLE.match(folded):
        rest = text[match.end() :]
        if _ARTICLE_END.match(rest) or tag != "p" or _BOLD_START.match(inner_html):
            # "Điều 05" and "Điều 5" are one article.
            number = match.group(1).lstrip("0") or "0"
            return _Numbering(3, number, text[match.start(1) : match.end(1)], rest)
    return None


def _is_numeral(text, match):
    """Roman numerals are written in capitals: "Mục V" is a section, "Mục vi phạm..."
    is a sentence."""
    written = text[match.start(1) : match.end(1)]
    return written.isdigit() or written.isupper()


def _outside_containers(html, blocks):
    """The blocks not inside a table, list item or quotation."""
    depth, tags = 0, iter(_CONTAINER.finditer(html))
    tag = next(tags, None)
    for block in blocks:
        while tag is not None and tag.start() < block.start():
            depth = max(depth + (-1 if tag.group(1) else 1), 0)
            tag = next(tags, None)
        if depth == 0:
            yield block


def table_of_contents(html):
    """The chapters, sections and articles of ``html``, each with a stable anchor,
    and ``html`` with those anchors set as ids on the elements that begin them.

    Chapters: ``chuong-iii`` (whether written "Chương III" or "Chương 3"); sections:
    ``chuong-iii-muc-2`` (section numbers restart in each chapter); articles:
    ``dieu-5``, ``dieu-5a``. A number used twice gets ``-2``, ``-3``...
    """
    html = html or ""
    if not _KEYWORD.search(fold(html)):
        return TableOfContents(entries=[], html=html)
    blocks = list(_outside_containers(html, _BLOCK.finditer(html)))
    entries, pieces, used = [], [], set()
    chapter_anchor, copied_up_to = "", 0
    for index, block in enumerate(blocks):
        tag, attributes, inner = block.group(1).lower(), block.group(2) or "", block.group(3)
        if not _may_begin_a_part(inner):
            continue
        text = _first_line(inner)
        numbering = _numbering(tag, inner, text) if text else None
        if numbering is None:
            continue
        if numbering.level == 1:
            anchor = chapter_anchor = f"chuong-{numbering.number}"
        elif numbering.level == 2:
            prefix = f"{chapter_anchor}-" if chapter_anchor else ""
            anchor = f"{prefix}muc-{numbering.number}"
        else:
            anchor = f"dieu-{numbering.number}"
        anchor = _unique(anchor, used)
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        entries.append(TocEntry(numbering.level, anchor, _label(numbering, html, block, following)))
        attributes = _ID_ATTRIBUTE.sub("", attributes)
        pieces += [
            html[copied_up_to : block.start()],
            f'<{block.group(1)}{attributes} id="{anchor}">',
        ]
        copied_up_to = block.start(3)
    if not entries:
        return TableOfContents(entries=[], html=html)
    pieces.append(html[copied_up_to:])
    return TableOfContents(entries=entries, html="".join(pieces))


def _title_line(html, block, following):
    """The paragraph right after a bare "Chương I" / "Mục 1" line, when it holds the
    title (official texts put "NHỮNG QUY ĐỊNH CHUNG" on a line of its own)."""
    if following is None or html[block.end() : following.start()].strip():
        return ""
    inner = following.group(3)
    text = _first_line(inner)
    if len(text) > _LABEL_LENGTH or _numbering(following.group(1).lower(), inner, text):
        return ""
    return text


def _unique(anchor, used):
    candidate, suffix = anchor, 1
    while candidate in used:
        suffix += 1
        candidate = f"{anchor}-{suffix}"
    used.add(candidate)
    return candidate


def _label(numbering, html, block, following):
    """The entry's label: "Chương I. NHỮNG QUY ĐỊNH CHUNG", "Điều 5. Phạm vi"..."""
    head = f"{_KEYWORD_LABELS[numbering.level]} {numbering.written}"
    title = _PUNCTUATION_AFTER_NUMBER.sub("", numbering.rest).strip()
    if not title and numbering.level in (1, 2):
        title = _title_line(html, block, following)
    if len(title) > _LABEL_LENGTH:
        title = title[:_LABEL_LENGTH].rsplit(" ", 1)[0] + "…"
    return f"{head}. {title}" if title else head
