"""What organisers see of a round while it runs and after: counters, correctness of each
question, participation by unit (``quizzes.admin_views`` shows them)."""

from django.db.models import Count, Q
from django.utils import timezone

from .models import Attempt, Participant
from .scoring import correct_keys


def counters(quiz, now=None):
    now = now or timezone.now()
    attempts = Attempt.objects.filter(quiz=quiz)
    return attempts.aggregate(
        started=Count("pk"),
        finished=Count("pk", filter=Q(finished_at__isnull=False)),
        running=Count("pk", filter=Q(finished_at__isnull=True, deadline__gte=now)),
        participants=Count("participant", distinct=True),
        all_correct=Count("pk", filter=Q(all_correct=True)),
    )


def question_rates(quiz):
    """[(question number in the bank, text, times drawn, times right)] over finished
    attempts: which questions people find hard."""
    blocks = list(quiz.questions)
    keys = {block.id: correct_keys(block) for block in blocks}
    drawn = dict.fromkeys(keys, 0)
    right = dict.fromkeys(keys, 0)
    finished = Attempt.objects.filter(quiz=quiz, finished_at__isnull=False)
    for questions, answers in finished.values_list("questions", "answers").iterator(2000):
        for item in questions:
            if item["id"] in keys:
                drawn[item["id"]] += 1
                right[item["id"]] += set(answers.get(item["id"], [])) == keys[item["id"]]
    return [
        (number, block.value["text"], drawn[block.id], right[block.id])
        for number, block in enumerate(blocks, start=1)
    ]


def participation_by_unit(quiz):
    """[(unit name, participants)], most first."""
    rows = (
        Participant.objects.filter(attempts__quiz=quiz)
        .values("unit__name")
        .annotate(count=Count("pk", distinct=True))
        .order_by("-count", "unit__name")
    )
    return [(row["unit__name"], row["count"]) for row in rows]
