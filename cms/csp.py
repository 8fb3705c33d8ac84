"""Content-Security-Policy: one strict policy for the whole site
(``settings.CONTENT_SECURITY_POLICY``, django-csp), with some directives replaced under
the paths where code the project does not write needs more
(``settings.CONTENT_SECURITY_POLICY_BY_PATH``).

A view may still replace directives for its own responses, as embeds do with
``frame-ancestors`` (``response._csp_replace``, django-csp's API); the view's word wins.
"""

import http
from dataclasses import asdict
from functools import lru_cache

from csp.constants import HEADER, SELF
from csp.middleware import CheckableLazyObject, CSPMiddleware
from csp.utils import build_policy

from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver


class PathPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        directives = path_directives(request.path_info)
        if getattr(request, "is_dummy", False):
            # Wagtail renders a preview through the middleware again, with a request for
            # the page's own URL, and shows it in a frame of the admin.
            directives = {**(directives or {}), "frame-ancestors": [SELF]}
        if directives:
            parts.replace = {**directives, **(parts.replace or {})}
        return parts

    def process_response(self, request, response):
        """django-csp's, less what the project does not use (report-only policies,
        excluded prefixes), with the policy string kept once built: django-csp builds it
        again for every response, which costs about a tenth of a contest submission."""
        debug_page = settings.DEBUG and response.status_code in (
            http.HTTPStatus.NOT_FOUND,
            http.HTTPStatus.INTERNAL_SERVER_ERROR,
        )
        if (
            HEADER not in response
            and not debug_page
            and not getattr(response, "_csp_exempt", False)
        ):
            parts = self.get_policy_parts(request, response)
            if parts.nonce:
                policy = build_policy(**asdict(parts))
            else:
                policy = _built(*(_frozen(p) for p in (parts.config, parts.update, parts.replace)))
            if policy:
                response[HEADER] = policy
        if getattr(request, "_csp_nonce", None) is None:
            # As django-csp: a nonce asked for after the header was written is an error.
            request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response


def path_directives(path):
    """The directives replaced for ``path``: those of the first prefix it starts with,
    unless it also starts with one of that prefix's exceptions."""
    for prefix, exceptions, directives in settings.CONTENT_SECURITY_POLICY_BY_PATH:
        if path.startswith(prefix):
            return None if path.startswith(tuple(exceptions)) else directives
    return None


def _frozen(directives):
    if directives is None:
        return None
    return tuple(
        (name, tuple(value) if isinstance(value, list | tuple | set) else value)
        for name, value in sorted(directives.items())
    )


@lru_cache(maxsize=64)
def _built(config, update, replace):
    return build_policy(
        config=dict(config) if config else None,
        update=dict(update) if update else None,
        replace=dict(replace) if replace else None,
    )


@receiver(setting_changed)
def _forget_built_policies(setting, **kwargs):
    if setting == "CONTENT_SECURITY_POLICY":
        _built.cache_clear()
