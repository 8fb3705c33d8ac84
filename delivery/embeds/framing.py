"""Let other sites frame a view while the rest of the site keeps ``X-Frame-Options: DENY``."""

from functools import wraps

from django.conf import settings
from django.views.decorators.clickjacking import xframe_options_exempt


def frame_ancestors():
    """Origins allowed to frame embeds, as CSP sources (``*``: any site)."""
    return list(getattr(settings, "EMBED_FRAME_ANCESTORS", ["*"]))


def frameable(view):
    """Exempt ``view`` from the clickjacking middleware and say who may frame it instead.

    ``frame-ancestors`` supersedes ``X-Frame-Options`` in browsers that know it, and is the
    only way to name several allowed sites. It replaces the site's own (``'none'``) in the
    Content-Security-Policy, whose other directives stay.
    """

    @xframe_options_exempt
    @wraps(view)
    def framed_view(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response._csp_replace = {"frame-ancestors": frame_ancestors()}
        return response

    return framed_view
