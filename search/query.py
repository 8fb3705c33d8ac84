"""A search box's text, read once for every backend.

Words are folded like the index; a document number inside the query is recognised
(see ``search.numbers``); the rest are the words every hit must contain (the operator
is always AND, whatever a backend's default).
"""

from dataclasses import dataclass

from .numbers import NumberQuery, find_number
from .text import tokens

# Longer queries are cut: nobody types forty words into a phone, and every word costs.
MAX_WORDS = 16


@dataclass(frozen=True)
class ParsedQuery:
    text: str
    words: tuple[str, ...]
    number: NumberQuery | None

    @property
    def is_empty(self):
        return not self.words and not self.number

    @property
    def is_phrase(self):
        """Several words: ranking prefers documents that have them side by side."""
        return len(self.words) > 1


def parse(text):
    """The words (in order, for phrases) and the document number of ``text``."""
    text = (text or "").strip()
    return ParsedQuery(text=text, words=tuple(tokens(text)[:MAX_WORDS]), number=find_number(text))
