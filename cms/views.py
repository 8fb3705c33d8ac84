import sys

from django.http import HttpResponse
from django.views import defaults
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from cms.middleware import database_unavailable, lost_database


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /tim-kiem/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def server_error(request):
    """The 500 page, unless the failure was the database out of reach outside a view
    (``cms.middleware`` answers those inside one): then 503 with Retry-After."""
    if lost_database(sys.exc_info()[1]):
        return database_unavailable(request)
    return defaults.server_error(request)
