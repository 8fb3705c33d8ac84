"""The words of a question, and of what may answer it, as suggestions match them.

Text is folded (``core.vietnamese``: no tone marks, đ as d), so "ly hon" typed on a phone
finds "ly hôn". Two more things decide what a question is about:

- **Filler.** Citizens write "Xin hỏi, tôi muốn ly hôn đơn phương thì làm thế nào ạ?":
  only "ly hôn đơn phương" says what they need. The phrasing of a question ("xin hỏi",
  "tôi muốn", "như thế nào", "có được không"…) is dropped from questions and from what
  is indexed alike, so that it neither finds nor ranks anything.
- **Adjacent words.** Vietnamese words are often two syllables ("ly hôn", "đơn
  phương"); two words side by side are matched as a pair too, so "đơn phương" ranks
  above a text that merely holds "đơn" and "phường" somewhere.

Folding makes some filler ambiguous: "toi" may be "tôi" (I) or "tội" (an offence), "thi"
"thì" or "thi hành". A word written with its marks is filler only in its own spelling
("tôi", never "tội"); a word typed without marks is filler only inside a phrase that
cannot mean anything else ("toi muon" is "tôi muốn"), or when no legal word folds to it.
"""

import functools
import re
import unicodedata
from dataclasses import dataclass

from core.vietnamese import fold, fold_keeping_positions

_WORD = re.compile(r"[a-z0-9]+")
# Longer runs are codes or addresses, not words a question shares with an answer.
MAX_WORD = 40

# How questions are phrased, written with their marks. A phrase is dropped wherever it
# stands; typed without marks, it is recognised by its folded spelling.
FILLER_PHRASES = (
    "xin chào",
    "chào luật sư",
    "kính gửi",
    "xin hỏi",
    "xin cho hỏi",
    "xin được hỏi",
    "cho tôi hỏi",
    "cho em hỏi",
    "cho mình hỏi",
    "cho cháu hỏi",
    "cho hỏi",
    "tôi muốn hỏi",
    "tôi muốn biết",
    "em muốn biết",
    "muốn biết",
    "cho biết",
    "em muốn hỏi",
    "mình muốn hỏi",
    "tôi xin hỏi",
    "em xin hỏi",
    "tôi muốn",
    "em muốn",
    "mình muốn",
    "tôi cần",
    "em cần",
    "tôi đang",
    "em đang",
    "tôi định",
    "em định",
    "tôi có",
    "em có",
    "tôi đã",
    "em đã",
    "tôi bị",
    "em bị",
    "tôi là",
    "em là",
    "tôi được",
    "em được",
    "nhờ tư vấn",
    "xin tư vấn",
    "cần tư vấn",
    "mong được tư vấn",
    "mong được giải đáp",
    "giải đáp giúp",
    "tư vấn giúp",
    "hướng dẫn giúp",
    "giúp tôi",
    "giúp em",
    "như thế nào",
    "thế nào",
    "làm thế nào",
    "thì làm thế nào",
    "làm sao",
    "phải làm sao",
    "phải làm gì",
    "cần làm gì",
    "làm gì",
    "thì sao",
    "ra sao",
    "có được không",
    "được không",
    "có phải",
    "phải không",
    "hay không",
    "có không",
    "không ạ",
    "ở đâu",
    "bao lâu",
    "bao nhiêu",
    "khi nào",
    "bao giờ",
    "như vậy",
    "xin cảm ơn",
    "cảm ơn",
    "trân trọng cảm ơn",
)

# Single words that only phrase a question, written with their marks: dropped in this
# spelling only ("tôi" is filler, "tội" is not).
FILLER_WORDS = frozenset(
    {
        "tôi",
        "mình",
        "biết",
        "muốn",
        "hỏi",
        "thì",
        "nào",
        "gì",
        "ạ",
        "à",
        "ơi",
        "nhé",
        "nhỉ",
        "vậy",
        "hả",
        "chứ",
        "đâu",
        "được",
        "có",
        "phải",
        "cần",
        "là",
        "mà",
        "như",
    }
)

# Filler words that no legal word folds to, so that they are dropped when typed without
# marks too ("thi" is not among them: it may be "thi hành").
FILLER_WITHOUT_MARKS = frozenset({"nao", "gi", "a", "oi"})

# Words that end a question ("… được ly hôn không?"), and are filler there only: "không"
# inside a question may be "hàng không". With marks, then without.
FILLER_AT_END = frozenset({"không", "chưa", "ạ", "à", "nhé", "nhỉ", "vậy", "gì", "nào", "đâu"})
FILLER_AT_END_WITHOUT_MARKS = frozenset({"khong", "chua", "a", "nhe", "gi", "nao"})


# Everyday words and abbreviations for what the law calls otherwise: a question holding
# the first also looks for the second ("sổ đỏ" is a "giấy chứng nhận quyền sử dụng đất").
# Written with marks, matched like filler phrases.
EVERYDAY_WORDS = {
    "ly hôn đơn phương": "ly hôn theo yêu cầu của một bên",
    "sổ đỏ": "giấy chứng nhận quyền sử dụng đất",
    "sổ hồng": "giấy chứng nhận quyền sử dụng đất quyền sở hữu nhà ở",
    "nghỉ đẻ": "nghỉ thai sản",
    "bằng lái": "giấy phép lái xe",
    "đuổi việc": "sa thải",
    "cmnd": "chứng minh nhân dân",
    "cccd": "căn cước công dân",
    "bhxh": "bảo hiểm xã hội",
    "bhyt": "bảo hiểm y tế",
    "ubnd": "ủy ban nhân dân",
    "hđnd": "hội đồng nhân dân",
    "gplx": "giấy phép lái xe",
    "qsdđ": "quyền sử dụng đất",
}


@dataclass(frozen=True)
class _Token:
    written: str  # lower case, NFC, with its marks
    folded: str

    @property
    def marked(self):
        return self.written != self.folded

    def spells(self, word):
        """Whether this token is ``word`` (written with marks, folded): the same
        spelling, or the word typed without its marks."""
        written, folded = word
        return self.written == written or (not self.marked and self.folded == folded)


def _spelled(phrase):
    """A phrase's words, each as (written with marks, folded)."""
    return tuple((word, fold(word)) for word in phrase.split())


def _phrases_by_first_word():
    phrases = {}
    for phrase in sorted(FILLER_PHRASES, key=lambda p: -len(p.split())):
        words = _spelled(phrase)
        phrases.setdefault(words[0][1], []).append(words)
    return phrases


_PHRASES = _phrases_by_first_word()


def _tokens(text):
    lowered = unicodedata.normalize("NFC", text).lower()
    folded = fold_keeping_positions(lowered)
    for match in _WORD.finditer(folded):
        yield _Token(lowered[match.start() : match.end()], match.group())


def _filler_length(tokens, start):
    """How many tokens from ``start`` are filler (0 when the token there is not)."""
    token = tokens[start]
    for words in _PHRASES.get(token.folded, ()):
        end = start + len(words)
        if end <= len(tokens) and all(
            tokens[start + i].spells(word) for i, word in enumerate(words)
        ):
            return len(words)
    if token.written in FILLER_WORDS or (not token.marked and token.folded in FILLER_WITHOUT_MARKS):
        return 1
    return 0


def _ends_question(token):
    return token.written in FILLER_AT_END or (
        not token.marked and token.folded in FILLER_AT_END_WITHOUT_MARKS
    )


def content_words(text):
    """The folded words of ``text`` that say what it is about, in order, with ``None``
    where filler stood between two of them. One-letter words stay: "nhà ở", "y tế"."""
    tokens = list(_tokens(text))
    filler = [False] * len(tokens)
    position = 0
    while position < len(tokens):
        skipped = _filler_length(tokens, position)
        filler[position : position + skipped] = [True] * skipped
        position += max(skipped, 1)
    end = len(tokens)
    while end and (filler[end - 1] or _ends_question(tokens[end - 1])):
        end -= 1
    words = []
    for token, dropped in zip(tokens[:end], filler[:end], strict=True):
        word = token.folded
        if dropped or len(word) > MAX_WORD:
            if words and words[-1] is not None:
                words.append(None)
            continue
        words.append(word)
    return words


def pairs(words):
    """Adjacent words of ``content_words`` (not across filler), "a b" for each pair."""
    return [
        f"{first} {second}"
        for first, second in zip(words, words[1:], strict=False)
        if first is not None and second is not None
    ]


def distinct(words):
    """The words of ``content_words`` without gaps or repeats, in order."""
    return list(dict.fromkeys(word for word in words if word is not None))


def ends_inside_word(text):
    """Whether ``text`` stops in the middle of a word (the visitor is still typing it)."""
    stripped = text.rstrip()
    return bool(stripped) and stripped == text and stripped[-1].isalnum()


def folded_words(text):
    """Every folded word of ``text``, filler included."""
    return _WORD.findall(fold(text))


def _everyday_by_first_word():
    found = {}
    for phrase, legal in EVERYDAY_WORDS.items():
        words = _spelled(phrase)
        found.setdefault(words[0][1], []).append((words, legal))
    return found


_EVERYDAY = _everyday_by_first_word()


def legal_wordings(text):
    """How the law words the everyday words of ``text`` (``EVERYDAY_WORDS``): [(the
    everyday words as found, folded; the law's wording)]."""
    tokens = list(_tokens(text))
    found = {}
    for start, token in enumerate(tokens):
        for words, legal in _EVERYDAY.get(token.folded, ()):
            end = start + len(words)
            if end <= len(tokens) and all(
                tokens[start + i].spells(word) for i, word in enumerate(words)
            ):
                found.setdefault(" ".join(folded for _, folded in words), legal)
    return list(found.items())


# Labels and titles repeat from one document to the next ("Hồ sơ đề nghị"): what is
# indexed of a short text is remembered.
SHORT_TEXT = 300


@functools.lru_cache(maxsize=200_000)
def _analysed_short(text):
    words = content_words(text)
    return tuple(distinct(words)), tuple(dict.fromkeys(pairs(words)))


def analysed(text):
    """(distinct words, distinct pairs) of ``text``: what the index holds of it."""
    if len(text) <= SHORT_TEXT:
        return _analysed_short(text)
    words = content_words(text)
    return distinct(words), list(dict.fromkeys(pairs(words)))
