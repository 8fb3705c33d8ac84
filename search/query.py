"""A search box's text, read once for every backend.

Words are folded like the index; a document number inside the query is recognised
(see ``core.document_numbers``); the rest are the words every hit must contain (the operator
is always AND, whatever a backend's default).
"""

from dataclasses import dataclass

from core.document_numbers import NumberQuery, find_number
from core.vietnamese import tokens

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

    @property
    def text_phrase(self):
        """The words looked for side by side in the full text, if several: a number typed
        is found by the number tiers, so only the other words count."""
        words = self.number.extra if self.number else self.words
        return words if len(words) > 1 else ()


def parse(text):
    """The words (in order, for phrases) and the document number of ``text``."""
    text = (text or "").strip()
    return ParsedQuery(text=text, words=tuple(tokens(text)[:MAX_WORDS]), number=find_number(text))
