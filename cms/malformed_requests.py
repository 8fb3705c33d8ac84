"""Refuse addresses no page can answer: a NUL byte in the path or the query string, or a
query string that is not UTF-8.

Django decodes them anyway (a NUL kept as it is, undecodable bytes as U+FFFD), and a NUL
byte that reaches PostgreSQL is an error there: every view that looks a value up would
answer 500. One check before any view runs answers 400 instead, as JSON under /api/ and
as a short Vietnamese page elsewhere.
"""

from urllib.parse import unquote_to_bytes

from cms.views import refuse

NUL = "Địa chỉ có ký tự rỗng (NUL), không xử lý được."
NOT_UTF8 = "Địa chỉ có ký tự không đọc được (không phải UTF-8)."


def problem_with(request):
    """Why the request's address cannot be answered, or None."""
    if "\x00" in request.path_info:
        return NUL
    # The WSGI server hands the query string over as Latin-1, byte for byte.
    query = unquote_to_bytes(request.META.get("QUERY_STRING", "").encode("iso-8859-1"))
    if b"\x00" in query:
        return NUL
    try:
        query.decode("utf-8")
    except UnicodeDecodeError:
        return NOT_UTF8
    return None


class MalformedRequestMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        message = problem_with(request)
        if message is not None:
            return refuse(request, message)
        return self.get_response(request)
