from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse
from django.template.loader import render_to_string
from django.views import defaults
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

API_NOT_FOUND = "Không có địa chỉ này trong API."
BAD_REQUEST = "Địa chỉ hoặc dữ liệu gửi lên không hợp lệ."


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
