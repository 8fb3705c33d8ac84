"""Personal data taken out of a question before it is published: phone numbers, email
addresses, identity card numbers and the asker's own name become "[đã ẩn]".

Citizens write "tôi là Nguyễn Văn An, sđt 0912 345 678" into the question itself; the
published page must not carry it. Matching runs on the folded text (``core.vietnamese``),
so "nguyen van an" typed without diacritics is found as surely as the name as given.
What no pattern can know (an address, a neighbour's name) is left to the editor, who
reads the draft before submitting it.
"""

import re
import unicodedata

from core.vietnamese import fold, fold_keeping_positions, phrase_pattern

HIDDEN = "[đã ẩn]"

EMAIL = re.compile(r"[a-z0-9._%+\-]+@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,}")
# Vietnamese numbers: 0 or +84/84, then a mobile (3, 5, 7, 8, 9 + 8 digits) or landline
# (2 + 9 digits) number, digits grouped by spaces, dots or dashes as people type them.
# Dates ("01.07.2025") and amounts ("20.000.000") do not start like a phone number.
PHONE = re.compile(
    r"(?<![\w+])(?:\(?\+?84\)?[\s.\-]?(?:\(0\)\s?)?|0)"
    r"(?:[35789](?:[\s.\-]?\d){8}|2(?:[\s.\-]?\d){9})(?![\w])"
)
# A citizen identity card (CCCD) number: twelve digits, together or grouped by spaces.
# Amounts are grouped by dots, so a dotted number is left alone.
CCCD = re.compile(r"(?<![\w.,])\d(?: ?\d){11}(?![\w,]|\.\d| \d)")
# Any number following the name of an identity paper: old nine-digit identity cards,
# passports ("C1234567"), personal identification numbers.
PAPER_NUMBER = re.compile(
    r"\b(?:cmnd|cmt|cccd|can cuoc(?: cong dan)?|chung minh(?: nhan dan| thu)?|ho chieu"
    r"|passport|(?:so )?dinh danh(?: ca nhan)?)\b[^\w\n]{0,3}(?:so\b[^\w\n]{0,3})?"
    r"(?:la\b[^\w\n]{0,3})?([a-z]{0,2}\d(?:[\s.]?\d){5,13})(?!\w)"
)
# A name of one word ("Hoa") is also an ordinary word ("hòa giải"): only full names.
SHORTEST_NAME = 2


def _spans(folded, names, numbers):
    if numbers:
        for pattern in (EMAIL, PHONE, CCCD):
            yield from (match.span() for match in pattern.finditer(folded))
        yield from (match.span(1) for match in PAPER_NUMBER.finditer(folded))
    for name in names:
        words = fold(name or "").split()
        if len(words) >= SHORTEST_NAME:
            yield from (match.span() for match in phrase_pattern(words).finditer(folded))


def _merged(spans):
    merged = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged


def scrub(text, names=(), numbers=True):
    """``text`` with phone numbers, email addresses, identity paper numbers and each of
    ``names`` (full names, matched with or without diacritics) replaced by "[đã ẩn]".
    With ``numbers`` false, only the names: for text written by staff, whose numbers
    (a unit's hotline) are meant to be read."""
    text = unicodedata.normalize("NFC", text or "")
    folded = fold_keeping_positions(text)
    pieces, position = [], 0
    for start, end in _merged(_spans(folded, names, numbers)):
        pieces += [text[position:start], HIDDEN]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)
