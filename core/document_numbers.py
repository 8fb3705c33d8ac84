"""Document numbers (số ký hiệu) as people type them.

"52/2015/NĐ-CP", "52/2015/nd-cp", "52-2015-nd-cp" and "52/2015/ND-CP" are one number:
its key is its folded tokens joined by hyphens, ``52-2015-nd-cp``, with leading zeros
dropped from numeric tokens ("01/2021/TT-BTP" is also typed "1/2021/TT-BTP"). The first
two tokens, the number and the year (``52-2015``), are its *core*: "52/2015" and
"nđ 52/2015" name the decree by its core.
"""

import re
from dataclasses import dataclass

from .vietnamese import fold, tokens

NO_NUMBER = "Không số"

# A number inside a query: digits, then at least one "/"- or "-"-separated part
# ("52/2015", "31/2024/qh15", "01/vbhn-vpqh", "52-2015-nd-cp").
_NUMBER_IN_QUERY = re.compile(r"(?<![0-9a-z])\d+(?:\s*[/-]\s*[0-9a-z]+)+(?![0-9a-z])")


def _normalise(token):
    return str(int(token)) if token.isdigit() else token


def number_tokens(number):
    """Normalised tokens of a number; none for "Không số" or an empty number."""
    if not number or fold(number).strip() in ("", fold(NO_NUMBER)):
        return []
    return [_normalise(token) for token in tokens(number)]


def number_key(number):
    """``52-2015-nd-cp`` for "52/2015/NĐ-CP"; "" for a document without a number."""
    return "-".join(number_tokens(number))


def number_core(number):
    """``52-2015`` for "52/2015/NĐ-CP": the part people type on its own."""
    return "-".join(number_tokens(number)[:2])


@dataclass(frozen=True)
class NumberQuery:
    """A document number found in a query, with the query's other words.

    ``key`` is the number as typed (normalised), ``core`` its first two tokens, and
    ``extra`` the query's other tokens ("nd" in "nđ 52/2015"), which raise documents
    whose own number contains them.
    """

    key: str
    core: str
    extra: tuple[str, ...]


def find_number(query):
    """The document number in ``query``, or None when the query names none."""
    folded = fold(query)
    match = _NUMBER_IN_QUERY.search(folded)
    if not match:
        return None
    parts = number_tokens(match.group())
    if len(parts) < 2:
        return None
    rest = folded[: match.start()] + " " + folded[match.end() :]
    extra = tuple(_normalise(token) for token in tokens(rest))
    return NumberQuery(key="-".join(parts), core="-".join(parts[:2]), extra=extra)
