"""Refuse requests no view can answer: a NUL byte in the path, the query string or a
JSON body, or a query string that is not UTF-8.

Django decodes them anyway (a NUL kept as it is, undecodable bytes as U+FFFD), and a NUL
that reaches PostgreSQL is an error there: every view that looks a value up or stores
one would answer 500. One check before any view runs answers 400 instead, as JSON under
/api/ and as a short Vietnamese page elsewhere. (Form fields refuse NUL themselves.)
"""

import json
from urllib.parse import unquote_to_bytes

from cms.errors import refuse

NUL = "Địa chỉ có ký tự rỗng (NUL), không xử lý được."
NOT_UTF8 = "Địa chỉ có ký tự không đọc được (không phải UTF-8)."
NUL_IN_BODY = "Dữ liệu gửi lên có ký tự rỗng (NUL), không xử lý được."
JSON_NUL = b"\\u0000"


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
    if request.content_type == "application/json" and JSON_NUL in request.body:
        # Most likely a NUL in a string; a literal backslash followed by "u0000" is not.
        try:
            if holds_nul(json.loads(request.body)):
                return NUL_IN_BODY
        except (ValueError, RecursionError):
            pass  # malformed or nested too deep: the view's parser says so
    return None


def holds_nul(value):
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, dict):
        return any(holds_nul(key) or holds_nul(item) for key, item in value.items())
    if isinstance(value, list):
        return any(holds_nul(item) for item in value)
    return False


class MalformedRequestMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        message = problem_with(request)
        if message is not None:
            return refuse(request, message)
        return self.get_response(request)
