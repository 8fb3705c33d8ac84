"""Near-duplicate questions: the same question asked again, by someone else or by the
same asker pressing "Gửi" twice.

Two texts are compared by their word pairs (shingles of two folded syllables: "đất đai"
and "dat dai" are one pair), with the Jaccard index, the share of pairs they have in
common. Folding makes a question typed without diacritics the same as the one typed
with them; pairs, rather than single syllables, keep "đất ở" and "ở đất" apart.

A question arriving is compared with a bounded set of earlier ones, so the check costs
the same with 100,000 questions stored as with 100: the most recent ones of about the
same length (a near-duplicate cannot be twice as long), in the same legal field and
across all fields. The moderator sees the link and decides; nothing is merged.
"""

import logging

from django.db.models.functions import Length
from django.utils import timezone

from core.vietnamese import tokens

from .models import Question, QuestionAnswerPage
from .suggestions import similar_answers

logger = logging.getLogger(__name__)

# At least this share of word pairs in common: the same question, reworded a little.
DUPLICATE_SIMILARITY = 0.6
# The same asker sending the same text again (a double tap, a reload, a resend from an
# app that did not see the answer): the question they sent, not a second one.
RESEND_SIMILARITY = 0.9
RESEND_MINUTES = 30
# Earlier questions compared: the most recent of about the same length, this many in the
# question's legal field and as many again across all fields, from this far back.
CANDIDATES = 400
WINDOW_DAYS = 365
LENGTH_RATIO = (0.6, 1.7)
# Fewer word pairs than this ("Xin hỏi luật đất đai?") say too little to call anything
# a duplicate.
MIN_SHINGLES = 4


# Greetings and politeness around a question ("Cho em hỏi …", "… ạ, xin cảm ơn"),
# folded: left out at its start and end, where they say nothing of the question.
LEADING_FILLERS = frozenset(
    [
        "kinh",
        "gui",
        "chao",
        "xin",
        "cho",
        "toi",
        "em",
        "minh",
        "chung",
        "hoi",
        "luat",
        "su",
        "ban",
        "bien",
        "tap",
        "ad",
        "admin",
        "a",
    ]
)
TRAILING_FILLERS = frozenset(["a", "nhe", "vay", "xin", "chan", "thanh", "cam", "on", "nhieu"])


def question_words(text):
    """The folded words of ``text``, without the politeness around it."""
    found = tokens(text)
    start, end = 0, len(found)
    while start < end and found[start] in LEADING_FILLERS:
        start += 1
    while end > start and found[end - 1] in TRAILING_FILLERS:
        end -= 1
    return found[start:end]


def shingles(text):
    """The set of pairs of consecutive folded words of ``text``."""
    words = question_words(text)
    return {f"{first} {second}" for first, second in zip(words, words[1:], strict=False)}


def similarity(first, second):
    """Jaccard index of two sets of shingles: 1 for the same, 0 for nothing in common."""
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


def _candidates(text, legal_field_id, now):
    """(id, text, duplicate_of_id) of the earlier questions ``text`` is compared with."""
    low, high = (int(len(text) * ratio) for ratio in LENGTH_RATIO)
    recent = (
        Question.objects.filter(created_at__gte=now - timezone.timedelta(days=WINDOW_DAYS))
        .annotate(length=Length("text"))
        .filter(length__gte=low, length__lte=high)
        .order_by("-created_at")
        .values_list("pk", "text", "duplicate_of_id")
    )
    found = {}
    if legal_field_id is not None:
        found.update(
            (row[0], row) for row in recent.filter(legal_field_id=legal_field_id)[:CANDIDATES]
        )
    found.update((row[0], row) for row in recent[:CANDIDATES])
    return found.values()


def earlier_duplicate(text, legal_field_id=None, now=None):
    """The id of the earlier question ``text`` nearly repeats, or None. When that one is
    itself a duplicate, the question it repeats: every copy links to the first."""
    mine = shingles(text)
    if len(mine) < MIN_SHINGLES:
        return None
    matches = []
    for pk, other_text, duplicate_of_id in _candidates(text, legal_field_id, now or timezone.now()):
        score = similarity(mine, shingles(other_text))
        if score >= DUPLICATE_SIMILARITY:
            matches.append((score, -pk, duplicate_of_id or pk))
    # The closest; between equals, the earliest.
    return max(matches)[2] if matches else None


def resent_question(text, contact_hash, now=None):
    """The question the same asker (``contact_hash``) sent with the same text in the last
    ``RESEND_MINUTES`` minutes, or None."""
    since = (now or timezone.now()) - timezone.timedelta(minutes=RESEND_MINUTES)
    mine = shingles(text) or set(question_words(text))
    recent = Question.objects.filter(contact_hash=contact_hash, created_at__gte=since)
    for question in recent.order_by("-created_at")[:20]:
        theirs = shingles(question.text) or set(question_words(question.text))
        if similarity(mine, theirs) >= RESEND_SIMILARITY:
            return question
    return None


# The suggestion engine finds published answers like a text as the citizen types; the
# same search links an arriving question to the answer that may already settle it, when
# at least this share of the two questions' weighted words and pairs is common.
ANSWER_SIMILARITY = 0.5


def similar_published_answer(text, language="vi"):
    """The live published answer most like ``text``, or None."""
    try:
        found = similar_answers(text, language, 1)
    except Exception:
        # A failing suggestion engine must not lose the citizen's question.
        logger.exception("The suggestion engine failed on an arriving question")
        return None
    if not found or found[0].similarity < ANSWER_SIMILARITY:
        return None
    return QuestionAnswerPage.objects.live().filter(pk=found[0].page_id).first()
