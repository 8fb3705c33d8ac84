"""Signs of cheating in a round, for organisers to check before prizes are announced
(results are voided for impersonation or multiple accounts): many accounts from one
address or one device, attempts too fast to have been read, one CCCD on several
accounts. Nothing here decides anything; it lists what to look at."""

import math

from django.db.models import Count

from .models import Attempt, Participant

# An address is worth a look from this many accounts (offices share addresses, so it
# is a list to check, not a verdict).
ACCOUNTS_PER_ADDRESS = 5
ACCOUNTS_PER_DEVICE = 3
# Faster than this per question, with most answers right, nobody read the questions.
SECONDS_PER_QUESTION = 2
RIGHT_SHARE = 0.8


def shared_addresses(quiz, least=ACCOUNTS_PER_ADDRESS):
    """[(IP address, accounts)] that started attempts in the round from one address."""
    rows = (
        Attempt.objects.filter(quiz=quiz, ip__isnull=False)
        .values("ip")
        .annotate(accounts=Count("participant", distinct=True))
        .filter(accounts__gte=least)
        .order_by("-accounts", "ip")
    )
    return [(row["ip"], row["accounts"]) for row in rows]


def shared_devices(quiz, least=ACCOUNTS_PER_DEVICE):
    """[(IP address, device, accounts)]: several accounts from one address with one and
    the same browser or app: likely one person."""
    rows = (
        Attempt.objects.filter(quiz=quiz, ip__isnull=False)
        .exclude(device="")
        .values("ip", "device")
        .annotate(accounts=Count("participant", distinct=True))
        .filter(accounts__gte=least)
        .order_by("-accounts", "ip")
    )
    return [(row["ip"], row["device"], row["accounts"]) for row in rows]


def fast_attempts(quiz):
    """Finished attempts with most answers right in under ``SECONDS_PER_QUESTION`` a
    question, fastest first."""
    asked = quiz.questions_per_attempt or len(quiz.questions)
    return list(
        Attempt.objects.filter(
            quiz=quiz,
            finished_at__isnull=False,
            duration_ms__lt=asked * SECONDS_PER_QUESTION * 1000,
            correct_count__gte=math.ceil(RIGHT_SHARE * asked),
        )
        .select_related("participant__unit")
        .order_by("duration_ms", "pk")
    )


def shared_cccd(quiz):
    """[(CCCD, [participants])]: one identity number on several accounts, among the
    round's participants. Numbers are compared by their keyed hashes (they are stored
    encrypted)."""
    taking_part = Participant.objects.filter(attempts__quiz=quiz).exclude(cccd_hash="")
    hashes = (
        Participant.objects.filter(cccd_hash__in=taking_part.values("cccd_hash"))
        .values("cccd_hash")
        .annotate(accounts=Count("pk"))
        .filter(accounts__gt=1)
        .values_list("cccd_hash", flat=True)
    )
    people = Participant.objects.filter(cccd_hash__in=list(hashes)).select_related("unit")
    grouped = {}
    for person in people.order_by("pk"):
        grouped.setdefault(person.cccd_hash, []).append(person)
    return sorted(((group[0].cccd, group) for group in grouped.values()), key=lambda g: g[0])


def report(quiz):
    return {
        "addresses": shared_addresses(quiz),
        "devices": shared_devices(quiz),
        "fast": fast_attempts(quiz),
        "cccd": shared_cccd(quiz),
    }
