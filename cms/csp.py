"""Content-Security-Policy: one strict policy for the whole site
(``settings.CONTENT_SECURITY_POLICY``, django-csp), with some directives replaced under
the paths where code the project does not write needs more
(``settings.CONTENT_SECURITY_POLICY_BY_PATH``).

A view may still replace directives for its own responses, as embeds do with
``frame-ancestors`` (``response._csp_replace``, django-csp's API); the view's word wins.
"""

from csp.constants import SELF
from csp.middleware import CSPMiddleware

from django.conf import settings


class PathPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if report_only:
            return parts
        directives = path_directives(request.path_info)
        if getattr(request, "is_dummy", False):
            # Wagtail renders a preview through the middleware again, with a request for
            # the page's own URL, and shows it in a frame of the admin.
            directives = {**(directives or {}), "frame-ancestors": [SELF]}
        if directives:
            parts.replace = {**directives, **(parts.replace or {})}
        return parts


def path_directives(path):
    """The directives replaced for ``path``: those of the first prefix it starts with,
    unless it also starts with one of that prefix's exceptions."""
    for prefix, exceptions, directives in settings.CONTENT_SECURITY_POLICY_BY_PATH:
        if path.startswith(prefix):
            return None if path.startswith(tuple(exceptions)) else directives
    return None
