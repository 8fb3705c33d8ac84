from django.template.response import TemplateResponse

from wagtail.models import Locale, Page

from home.pagination import paginate
from publications.models import ContentPage


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
            .search(query, operator="and")
        )
    listing = paginate(request, results)
    return TemplateResponse(request, "search/search.html", {"query": query, "listing": listing})
