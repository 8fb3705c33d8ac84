"""Who sees and moves citizens' questions.

- The **editorial board** holds ``qa.moderate_question`` (the group "Ban Biên tập",
  migration ``qa/0003``; superusers too): it sees every question, assigns it to a unit,
  answers, refuses, reopens, and screens the questions of every online exchange.
- A unit's **specialists** are its editors (``home.unit_permissions.unit_ids_of``): they
  see the questions assigned to their units, and those sent to their units' exchanges,
  and no other; another unit's question is not found.
- Names and contacts of askers are shown to holders of ``qa.view_asker_contact`` only;
  everyone else sees them masked (``qa.contacts.masked_for_staff``,
  ``home.phones.mask_name``).
"""

from django.db.models import Q

from home.unit_permissions import unit_ids_of

from .models import ExchangePage, Question


def is_board(user):
    return user.is_active and user.has_perm("qa.moderate_question")


def specialist_unit_ids(user):
    """The units whose questions ``user`` answers."""
    if not user.is_active:
        return frozenset()
    return unit_ids_of(user)


def may_use_queue(user):
    return is_board(user) or bool(specialist_unit_ids(user))


def may_see_contact(user):
    return user.is_active and user.has_perm("qa.view_asker_contact")


def _exchange_ids_of_units(unit_ids):
    return ExchangePage.objects.filter(unit_id__in=unit_ids).values("pk")


def visible_questions(user, queryset=None):
    """The questions ``user`` may read, from ``queryset`` (all questions by default)."""
    queryset = Question.objects.all() if queryset is None else queryset
    if is_board(user):
        return queryset
    units = specialist_unit_ids(user)
    if not units:
        return queryset.none()
    return queryset.filter(Q(unit_id__in=units) | Q(exchange__in=_exchange_ids_of_units(units)))


def may_view(user, question):
    return is_board(user) or is_specialist_of(user, question) or may_screen(user, question)


def is_specialist_of(user, question):
    """``user`` answers for the unit the question is assigned to."""
    return question.unit_id is not None and question.unit_id in specialist_unit_ids(user)


def may_moderate_exchange(user, exchange):
    """The board, or the editors of the unit holding the exchange."""
    return is_board(user) or (
        exchange.unit_id is not None and exchange.unit_id in specialist_unit_ids(user)
    )


def may_screen(user, question):
    """``user`` screens and answers the question at its online exchange."""
    return question.exchange_id is not None and may_moderate_exchange(user, question.exchange)


def visible_exchanges(user):
    exchanges = ExchangePage.objects.all()
    if is_board(user):
        return exchanges
    return exchanges.filter(unit_id__in=specialist_unit_ids(user))
