"""Let other sites frame a view while the rest of the site keeps ``X-Frame-Options: DENY``."""

from functools import wraps

from django.conf import settings
from django.views.decorators.clickjacking import xframe_options_exempt


def frame_ancestors():
    """Origins allowed to frame embeds, as a CSP source list (``*``: any site)."""
    return " ".join(getattr(settings, "EMBED_FRAME_ANCESTORS", ["*"]))


def frameable(view):
    """Exempt ``view`` from the clickjacking middleware and say who may frame it instead.

    ``frame-ancestors`` supersedes ``X-Frame-Options`` in browsers that know it, and is the
    only way to name several allowed sites.
    """

    @xframe_options_exempt
    @wraps(view)
    def framed_view(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["Content-Security-Policy"] = f"frame-ancestors {frame_ancestors()}"
        return response

    return framed_view
