"""The service worker, the web app manifest and the offline page."""

import json

from django.conf import settings
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from wagtail.models import Site

from . import precache, worker
from .icons import ICONS

# Entries each cache keeps, the oldest out first. Pages are 15–50 KB of HTML, pictures
# 20–150 KB at a phone's sizes: together a few megabytes at most, well inside what
# browsers grant a site. What a reader saves on purpose has no limit.
CACHE_LIMITS = {"pages": 50, "images": 60, "api": 40, "static": 80}

SITE_NAME = "Phổ biến, giáo dục pháp luật Quảng Ninh"
# Under the icon on a home screen: about twelve characters fit.
SHORT_NAME = "Pháp luật QN"
DESCRIPTION = (
    "Tin tức, tờ gấp, sách điện tử, bài giảng và hỏi đáp pháp luật của tỉnh Quảng Ninh; "
    "đọc được cả khi không có mạng."
)
THEME_COLOUR = "#0b4a82"  # --color-primary of cms/static/css/site.css
BACKGROUND_COLOUR = "#ffffff"


def _api_only(pattern):
    """``pattern`` (a regular expression on paths, written in the syntax Python and
    JavaScript share) restricted to paths under /api/."""
    return f"^(?=/api/)(?:{pattern})"


@require_safe
@cache_control(no_cache=True)
def service_worker(request):
    """The worker for the whole site. Served from the root so that its scope is every
    page; browsers check it on each navigation (no-cache), and install a new one when
    its bytes change: its version is derived from the files it precaches."""
    config = {
        "version": precache.version(),
        "precache": precache.urls(),
        "offlineUrl": reverse("pwa_offline"),
        "limits": CACHE_LIMITS,
        # Only /api/ paths the server caches for everyone: content, search, suggestions.
        "publicApi": _api_only(settings.PUBLIC_CACHE_URLS_REGEX),
    }
    response = TemplateResponse(
        request,
        "pwa/service-worker.js",
        {
            # JSON is a JavaScript literal; "<" is escaped all the same, out of habit.
            "config": json.dumps(config, ensure_ascii=False).replace("<", "\\u003c"),
            "imported_scripts": [static(path) for path in worker.scripts()],
        },
        content_type="application/javascript; charset=utf-8",
    )
    response["Service-Worker-Allowed"] = "/"
    return response


def manifest_data(site):
    name = (site.site_name if site else "") or SITE_NAME
    return {
        "id": "/",
        "name": name,
        "short_name": SHORT_NAME if len(name) > 12 else name,
        "description": DESCRIPTION,
        "lang": "vi",
        "dir": "ltr",
        "start_url": "/?source=pwa",
        "scope": "/",
        "display": "standalone",
        "orientation": "any",
        "background_color": BACKGROUND_COLOUR,
        "theme_color": THEME_COLOUR,
        "categories": ["education", "government", "news"],
        "icons": [
            {
                "src": static(f"pwa/icons/{icon.name}"),
                "sizes": f"{icon.size}x{icon.size}",
                "type": "image/png",
                "purpose": icon.purpose,
            }
            for icon in ICONS
            if icon.purpose
        ],
        "prefer_related_applications": False,
    }


@require_safe
@cache_control(max_age=3600, public=True)
def manifest(request):
    """What a browser needs to install the site on a home screen."""
    data = manifest_data(Site.find_for_request(request))
    return HttpResponse(
        json.dumps(data, ensure_ascii=False, indent=2),
        content_type="application/manifest+json",
    )


@require_safe
def offline(request):
    """What a page that was never read shows when there is no connection; the worker
    keeps a copy of it, and its script lists what the phone holds."""
    return TemplateResponse(request, "pwa/offline.html")
