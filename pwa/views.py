"""The service worker, the web app manifest and the offline page."""

from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from . import worker


@require_safe
@cache_control(no_cache=True)
def service_worker(request):
    """The worker for the whole site. Served from the root so that its scope is every
    page; browsers check it on each navigation (no-cache), and install a new one when
    its bytes change."""
    response = TemplateResponse(
        request,
        "pwa/service-worker.js",
        {"imported_scripts": [static(path) for path in worker.scripts()]},
        content_type="application/javascript; charset=utf-8",
    )
    response["Service-Worker-Allowed"] = "/"
    return response


@require_safe
@cache_control(max_age=3600, public=True)
def manifest(request):
    return TemplateResponse(
        request, "pwa/manifest.webmanifest", content_type="application/manifest+json"
    )


@require_safe
def offline(request):
    """What a page that was never read shows when there is no connection; the worker
    keeps a copy of it."""
    return TemplateResponse(request, "pwa/offline.html")
