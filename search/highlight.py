"""Marking the searched words in what a result shows, whatever diacritics were typed.

The text is folded one character for one (``fold_keeping_positions``), matched there,
and the marks are placed at the same positions in the original, so "dat dai" marks
"Đất đai".
"""

import re
import unicodedata

from django.utils.html import escape
from django.utils.safestring import mark_safe

from core.vietnamese import fold_keeping_positions

SNIPPET_LENGTH = 240
_JOINER = re.compile(r"[\s/.-]{1,2}")


def _spans(text, words):
    """(start, end, words found) of each place the words appear, in order, as found."""
    if not words:
        return
    alternatives = "|".join(sorted({re.escape(word) for word in words}, key=len, reverse=True))
    pattern = re.compile(rf"(?<![a-z0-9])(?:{alternatives})(?![a-z0-9])")
    last = None
    for match in pattern.finditer(fold_keeping_positions(text)):
        # Words next to each other ("Luật Đất đai", "52/2015/NĐ-CP") get one mark.
        if last and _JOINER.fullmatch(text[last[1] : match.start()]):
            last = (last[0], match.end(), last[2] | {match.group()})
        else:
            if last:
                yield last
            last = (match.start(), match.end(), {match.group()})
    if last:
        yield last


def _matches(text, words):
    return list(_spans(text, words))


def _marked(text, spans, start, end):
    out, position = [], start
    for span_start, span_end, _ in spans:
        if span_start < start or span_end > end:
            continue
        out.append(escape(text[position:span_start]))
        out.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        position = span_end
    out.append(escape(text[position:end]))
    return "".join(out)


def highlight_all(text, words):
    """The whole ``text`` (a title) with the words marked, as safe HTML."""
    text = unicodedata.normalize("NFC", text or "")
    return mark_safe(_marked(text, _matches(text, words), 0, len(text)))  # noqa: S308 (escaped)


def snippet(text, words, length=SNIPPET_LENGTH):
    """About ``length`` characters of ``text`` around the place where most of the words
    appear close together, words marked, as safe HTML; the start of the text when none
    appears."""
    text = " ".join(unicodedata.normalize("NFC", text or "").split())
    spans, best_start, best_end = _best_window(text, words, length)
    if not spans:
        end = _word_end(text, length)
        return mark_safe(escape(text[:end]) + ("…" if end < len(text) else ""))  # noqa: S308
    # Some text before the words, as long as the last of them still fits (word
    # boundaries may move either edge by up to 20 characters).
    lead = min(length // 4, max(0, length - 20 - (best_end - best_start)))
    start = _word_start(text, max(0, best_start - lead))
    end = _word_end(text, start + length)
    body = _marked(text, spans, start, end)
    return mark_safe(  # noqa: S308 (every piece is escaped)
        ("…" if start > 0 else "") + body + ("…" if end < len(text) else "")
    )


def _best_window(text, words, length):
    """The spans read, and where the first window of ``length`` characters holding the
    most distinct words starts and ends. Reading stops at a window holding all of them:
    a common word can appear hundreds of times in a long text."""
    spans, best, first = [], (0, 0, 0), 0  # best: (distinct words, start, end)
    wanted = len(set(words))

    def settle(up_to):
        # Score the windows starting at spans[first:] whose far edge is now known.
        nonlocal first, best
        while first < len(spans) and (up_to is None or spans[first][0] + length < up_to):
            start = spans[first][0]
            window = [(end, seen) for _, end, seen in spans[first:] if end <= start + length]
            found = set().union(*(seen for _, seen in window))
            if len(found) > best[0]:
                best = (len(found), start, window[-1][0])
            first += 1
        return best[0] >= wanted

    for span in _spans(text, words):
        if spans and settle(span[1]):
            break
        spans.append(span)
    else:
        settle(None)
    return spans, best[1], best[2]


def _word_start(text, position):
    if position <= 0:
        return 0
    space = text.find(" ", position)
    return position if space == -1 or space - position > 20 else space + 1


def _word_end(text, position):
    if position >= len(text):
        return len(text)
    space = text.rfind(" ", 0, position)
    return position if space == -1 or position - space > 20 else space
