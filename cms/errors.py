"""Errors answered in the style of the part of the site asked for: JSON like the API's
own under /api/ (``{"detail": ...}``, and Wagtail's ``message`` key under /api/v2/), the
site's pages in Vietnamese elsewhere. Django's 400 and 404 handlers (``cms.urls``) and
``cms.malformed_requests`` use them."""

from django.http import HttpResponseBadRequest, JsonResponse
from django.template.loader import render_to_string
from django.views import defaults

API_NOT_FOUND = "Không có địa chỉ này trong API."
BAD_REQUEST = "Địa chỉ hoặc dữ liệu gửi lên không hợp lệ."


def is_api(request):
    return request.path_info.startswith("/api/")


def api_error(request, message, status):
    """An error in the API's shape: ``{"detail": ...}``, and under /api/v2/ also
    Wagtail's own ``message`` key."""
    body = {"detail": message}
    if request.path_info.startswith("/api/v2/"):
        body["message"] = message
    return JsonResponse(body, status=status)


def refuse(request, message):
    """A 400 saying why, as JSON under /api/ and as a short Vietnamese page elsewhere."""
    if is_api(request):
        return api_error(request, message, 400)
    return HttpResponseBadRequest(render_to_string("400.html", {"message": message}))


def bad_request(request, exception):
    """Django's answer to a request it refuses before any view (a bad Host header, too
    many fields…), in the style of the part of the site asked for."""
    return refuse(request, BAD_REQUEST)


def page_not_found(request, exception):
    if is_api(request):
        return api_error(request, API_NOT_FOUND, 404)
    return defaults.page_not_found(request, exception)
