"""The Q&A section's public listings: every published answer, those of one legal field,
those of one unit; the ways to ask and to follow a question; the online exchanges.

A citizen arrives on a phone with a problem ("tranh chấp đất với hàng xóm"), so the
page leads with what to do (ask, follow a question, search the answers), then the
answers newest first, filtered by field or unit with the counts that say where there is
something to read.
"""

from django.db.models import Count, F
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone

from home.models import LegalField, Unit
from home.pagination import paginate

from ..models import ExchangePage, QuestionAnswerPage
from ..structured_data import faq_page_script

TEMPLATE = "qa/qa_index_page.html"
PAST_EXCHANGES = 5
SEARCH_KIND = "qa"


def published_answers(section):
    """Live, public answers below ``section`` in its language, newest first."""
    return (
        QuestionAnswerPage.objects.live()
        .public()
        .descendant_of(section)
        .filter(locale_id=section.locale_id)
        .order_by(F("first_published_at").desc(nulls_last=True), "-pk")
    )


def index(page, request):
    return _render(page, request, published_answers(page))


def by_field(page, request, field_slug):
    field = LegalField.objects.filter(slug=field_slug).first()
    if field is None:
        raise Http404("Không có lĩnh vực này.")
    answers = published_answers(page).filter(legal_fields=field)
    return _render(
        page,
        request,
        answers,
        filtered_by={
            "kind": "Lĩnh vực",
            "name": field.name,
            "description": field.description,
            "field": field,
        },
    )


def by_unit(page, request, unit_slug):
    unit = Unit.objects.filter(slug=unit_slug).first()
    if unit is None:
        raise Http404("Không có đơn vị này.")
    answers = published_answers(page).filter(unit=unit)
    return _render(
        page, request, answers, filtered_by={"kind": "Đơn vị trả lời", "name": unit.name}
    )


def _render(page, request, answers, filtered_by=None):
    listing = paginate(request, answers.select_related("unit"))
    listing.object_list = list(listing.object_list.prefetch_related("legal_fields"))
    everything = published_answers(page)
    context = {
        "page": page,
        "self": page,
        "request": request,
        "listing": listing,
        "filtered_by": filtered_by,
        "fields": [
            {**entry, "url": route_url(page, "field_route", entry["item"].slug)}
            for entry in field_counts(everything)
        ],
        "units": [
            {**entry, "url": route_url(page, "unit_route", entry["item"].slug)}
            for entry in unit_counts(everything)
        ],
        "ask_url": route_url(page, "ask_route"),
        "track_url": route_url(page, "track_route"),
        "search_url": reverse("search"),
        "search_kind": SEARCH_KIND,
    }
    if filtered_by is None:
        context.update(exchanges(page))
    else:
        # Listing pages describe their questions and answers for search engines.
        context["structured_data"] = faq_page_script(
            listing.object_list,
            name=f"{filtered_by['name']} – {page.title}",
            url=request.build_absolute_uri(request.path),
            language=page.locale.language_code,
        )
    return TemplateResponse(request, TEMPLATE, context)


def route_url(page, name, *args):
    return page.url + page.reverse_subpage(name, args=list(args))


def field_counts(answers):
    """[{item: legal field, count}] for each legal field that has answers."""
    through = QuestionAnswerPage.legal_fields.through
    counts = dict(
        through.objects.filter(questionanswerpage__in=answers.order_by().values("pk"))
        .values_list("legalfield")
        .annotate(count=Count("pk"))
    )
    fields = LegalField.objects.filter(pk__in=counts).order_by("sort_order", "name")
    return [{"item": field, "count": counts[field.pk]} for field in fields]


def unit_counts(answers):
    """[{item: unit, count}] for each unit that has answered, in the units' order."""
    counts = dict(
        answers.order_by()
        .exclude(unit=None)
        .values_list("unit")
        .annotate(count=Count("pk"))
        .values_list("unit", "count")
    )
    units = Unit.objects.filter(pk__in=counts).order_by("sort_order", "name")
    return [{"item": unit, "count": counts[unit.pk]} for unit in units]


def exchanges(section, now=None):
    """The section's exchanges: those coming or under way (soonest first) and the last
    ones held (latest first)."""
    now = now or timezone.now()
    pages = (
        ExchangePage.objects.live()
        .public()
        .descendant_of(section)
        .filter(locale_id=section.locale_id)
        .select_related("unit")
    )
    coming = list(pages.filter(ends_at__gt=now).order_by("starts_at", "pk"))
    past = list(pages.filter(ends_at__lte=now).order_by("-starts_at", "-pk")[:PAST_EXCHANGES])
    for exchange in (*coming, *past):
        # Read once for the whole page, so that one listing never shows two clocks.
        exchange.current_state = ExchangePage.State(exchange.state_at(now))
    return {"coming_exchanges": coming, "past_exchanges": past}
