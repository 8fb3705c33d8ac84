"""Answers that belong to one browser say so, for the phone's offline copies.

A service worker cannot read ``Set-Cookie`` (browsers hide it from scripts), so it would
keep a page that sets a cookie, a page with a form and its CSRF token for instance, and
show it again later. Such answers, and every answer to a signed-in editor (the
userbar, drafts' links), are marked ``Cache-Control: private`` here: the worker keeps
nothing private, and neither does any shared cache on the way.
"""

from django.utils.cache import patch_cache_control


class PrivateResponsesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if response.cookies or (user is not None and user.is_authenticated):
            patch_cache_control(response, private=True)
        return response
