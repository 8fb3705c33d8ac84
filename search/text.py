"""Vietnamese text folding, applied alike to what is indexed and to what is searched.

NFC, lower case, tone marks and diacritics stripped, and đ as d: "Luật Đất đai" becomes
"luat dat dai". Unicode decomposition alone does not turn "đ" into "d", so it is mapped
explicitly. Folding keeps one character for each character of NFC input, so a position
in the folded text is the same position in the original (highlighting relies on it).
"""

import re
import unicodedata

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


def fold(text):
    """Lower case without tone marks or diacritics, đ as d: "Luật Đất đai" -> "luat dat dai".

    Citizens often type without diacritics; folding both sides lets them find the text.
    """
    return unicodedata.normalize("NFC", text).lower().translate(_TABLE)


# ``_TABLE`` without deletions: a stray combining mark stays where it is.
_TABLE_IN_PLACE = {code: base for code, base in _TABLE.items() if base}


def fold_keeping_positions(text):
    """``fold`` for NFC text, one output character per input character.

    Only the rare character whose lower case is longer (e.g. "İ") is left as it is."""
    lowered = text.lower()
    if len(lowered) == len(text):
        # The usual case, a whole text at once (character by character is 30 times slower).
        return lowered.translate(_TABLE_IN_PLACE)
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


def _variants():
    """Folded letter -> every character that folds to it, for matching typed words in
    original text."""
    variants = {}
    for code, base in _TABLE.items():
        if base:
            variants.setdefault(base, set()).add(chr(code))
    return {
        base: "[" + re.escape(base + base.upper() + "".join(sorted(chars))) + "]"
        for base, chars in variants.items()
    }


_VARIANTS = _variants()


def phrase_pattern(words):
    """A regular expression finding ``words`` (folded) next to each other in original
    text, whatever its diacritics, case or punctuation between them: ["dat", "dai"]
    finds "Đất đai" and "đất-đai"."""
    parts = [
        "".join(_VARIANTS.get(char) or f"[{re.escape(char + char.upper())}]" for char in word)
        for word in words
    ]
    return re.compile(r"(?<![^\W_])" + r"[\W_]+".join(parts) + r"(?![^\W_])")
