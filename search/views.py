from django.template.response import TemplateResponse

from wagtail.models import Locale, Page

from home.cards import with_card_data
from home.pagination import paginate
from publications.models import ContentPage

from .text import fold


def search(request):
    """Site search over published content in the visitor's language."""
    query = request.GET.get("q", "").strip()
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live()
            .public()
            .type(ContentPage)
            .filter(locale=Locale.get_active())
            .specific()
            # Pages index a folded copy of their text: "dat dai" finds "Đất đai".
            .search(fold(query), operator="and")
        )
    listing = paginate(request, results)
    listing.object_list = with_card_data(listing.object_list)
    return TemplateResponse(request, "search/search.html", {"query": query, "listing": listing})
