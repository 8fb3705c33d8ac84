"""Vietnamese text folding, applied alike to what is indexed and to what is searched.

NFC, lower case, tone marks and diacritics stripped, and đ as d: "Luật Đất đai" becomes
"luat dat dai". Unicode decomposition alone does not turn "đ" into "d", so it is mapped
explicitly. Folding keeps one character for each character of NFC input, so a position
in the folded text is the same position in the original (highlighting relies on it).
"""

import re
import unicodedata

import numpy as np

_TOKEN = re.compile(r"[a-z0-9]+")


def _build_table():
    table = {ord("đ"): "d", ord("Đ"): "d"}
    # Latin letters with marks (Latin-1 Supplement to Latin Extended Additional, where
    # every Vietnamese letter lives): each becomes its base letter.
    for code in range(0x00C0, 0x1F00):
        char = chr(code)
        if code in table or not char.isalpha():
            continue
        base = "".join(
            c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c)
        )
        if len(base) == 1 and base != char:
            table[code] = base.lower()
    # Stray combining marks (text typed on decomposing keyboards) disappear... after NFC
    # has attached what it can.
    for code in range(0x0300, 0x0370):
        table[code] = None
    return table


_TABLE = _build_table()


# The same mapping as an array indexed by code point (marks map to themselves here and
# are removed afterwards): numpy maps a long text at once, ten times faster than
# ``str.translate``, which looks every character up in a dict.
_LOOKUP = np.arange(0x1F00, dtype=np.uint32)
for _code, _base in _TABLE.items():
    if _base:
        _LOOKUP[_code] = ord(_base)
_MARKS = re.compile("[\u0300-\u036f]")
# The same mapping for ``str.translate``, without removing marks: faster than numpy on
# short texts (a heading, a word), where numpy's fixed cost dominates.
_LETTERS = {code: base for code, base in _TABLE.items() if base}
_SHORT = 80


def _mapped(lowered):
    """``lowered`` with every letter in ``_TABLE`` replaced, one character for one."""
    if lowered.isascii():
        return lowered
    if len(lowered) < _SHORT:
        return lowered.translate(_LETTERS)
    codes = np.frombuffer(lowered.encode("utf-32-le"), dtype=np.uint32).copy()
    inside = codes < len(_LOOKUP)
    codes[inside] = _LOOKUP[codes[inside]]
    return codes.tobytes().decode("utf-32-le")


def fold(text):
    """Lower case without tone marks or diacritics, đ as d: "Luật Đất đai" -> "luat dat dai".

    Citizens often type without diacritics; folding both sides lets them find the text.
    """
    return _MARKS.sub("", _mapped(unicodedata.normalize("NFC", text).lower()))


def fold_keeping_positions(text):
    """``fold`` for NFC text, one output character per input character.

    Only the rare character whose lower case is longer (e.g. "İ") is left as it is."""
    lowered = text.lower()
    if len(lowered) == len(text):
        # The usual case, a whole text at once (character by character is 30 times slower).
        return _mapped(lowered)
    return "".join(
        folded if len(folded := char.lower().translate(_TABLE)) == 1 else char for char in text
    )


def tokens(text):
    """The folded words and numbers of ``text``: "Nghị định 52/2015/NĐ-CP" ->
    ["nghi", "dinh", "52", "2015", "nd", "cp"]. Punctuation separates tokens, so a
    number is indexed and searched as the same run of tokens however it is spelled."""
    return _TOKEN.findall(fold(text))


# Folded tokens of each whitespace-separated chunk seen so far: the vocabulary of legal
# text is small, so indexing a long document folds only the few chunks it has not met.
_CHUNKS = {}
_CHUNKS_MAX = 500_000


def distinct_tokens(text):
    """``set(tokens(text))``, computed chunk by distinct chunk (much faster on long text:
    a token never spans whitespace)."""
    found = set()
    for chunk in set(text.split()):
        folded = _CHUNKS.get(chunk)
        if folded is None:
            folded = _TOKEN.findall(fold(chunk))
            if len(_CHUNKS) < _CHUNKS_MAX:
                _CHUNKS[chunk] = folded
        found.update(folded)
    return found


def phrase_pattern(words):
    """A regular expression finding ``words`` (folded) next to each other in folded
    text, whatever punctuation lies between them: ["dat", "dai"] finds "dat dai" and
    "dat-dai" (``fold`` "Đất-đai" first)."""
    return re.compile(
        r"(?<![a-z0-9])" + r"[^a-z0-9]+".join(map(re.escape, words)) + r"(?![a-z0-9])"
    )
