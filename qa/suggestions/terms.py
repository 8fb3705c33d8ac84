"""How terms are named in the index: a namespace says where a word was met, so that how
rare it is is counted among its kind of entry ("hôn" is rare among article labels and
common among answers to family questions).

Words are weighted by the field they were met in: a word of an answer's question counts
three times a word met only in its answer.
"""

import math

import numpy as np

from qa.models import SuggestionEntry

Kind = SuggestionEntry.Kind

ANSWER_WORD, ANSWER_PAIR = "a", "b"
LABEL_WORD, LABEL_PAIR = "l", "m"
TITLE_WORD, TITLE_PAIR = "t", "u"

# (words, pairs) namespaces of each kind of entry.
NAMESPACES = {
    Kind.ANSWER: (ANSWER_WORD, ANSWER_PAIR),
    Kind.ARTICLE: (LABEL_WORD, LABEL_PAIR),
    Kind.DOCUMENT: (TITLE_WORD, TITLE_PAIR),
}

# Field weights, stored with each term of an entry; FULL counts the whole of a word's
# rarity.
FULL = 3
QUESTION = 3  # an answer's title and question
SUMMARY = 2  # an answer's summary
ANSWER_TEXT = 1  # the answer itself
TITLE = 3  # a document's title
NUMBER = 2  # a document's number ("52/2015/NĐ-CP")
LABEL = 3  # an article's label ("Ly hôn theo yêu cầu của một bên")


def term(namespace, text):
    return f"{namespace}:{text}"


def count_term(kind):
    """The term whose count is the number of entries of ``kind``."""
    return f"#{int(kind)}"


def rarity(holding, total):
    """How much sharing a term counts: high for a term few of ``total`` entries hold,
    near zero for one they all hold (the inverse document frequency of BM25)."""
    holding = min(max(holding, 0), total)
    return math.log(1 + (total - holding + 0.5) / (holding + 0.5))


def rarities(holding, total):
    """``rarity`` of each of ``holding`` (an array)."""
    holding = np.clip(holding, 0, total)
    return np.log(1 + (total - holding + 0.5) / (holding + 0.5))
