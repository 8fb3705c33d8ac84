"""The project's HTTP APIs, wired in one place.

- ``/api/v2/``: Wagtail's content API (pages, images, documents, headless previews),
  with the project's serializers that resolve references in bulk.
- ``/api/``: the project's own endpoints, built with django-ninja and described by
  ``/api/openapi.json`` (interactive documentation at ``/api/docs``).
"""

import math

from ninja.errors import AuthenticationError, HttpError, Throttled, ValidationError

from django.db import InterfaceError, OperationalError
from django.http import Http404

from wagtail.api.v2.router import WagtailAPIRouter

from cms.openapi import DocumentedErrorsAPI
from core.api_renderers import UTF8JSONRenderer
from delivery.api.taxonomy import router as taxonomy_router
from delivery.api.views import (
    DocumentsAPIViewSet,
    ImagesAPIViewSet,
    PagePreviewAPIViewSet,
    PagesAPIViewSet,
)
from delivery.embeds.oembed import router as oembed_router
from delivery.portal_export import router as portal_export_router
from push.api import router as push_router
from qa.api import router as qa_router
from qa.exchange_api import router as qa_exchanges_router
from qa.suggestions.api import router as qa_suggestions_router
from quizzes.account_api import router as contest_accounts_router
from quizzes.api import refusal_status
from quizzes.api import router as contests_router
from quizzes.taking import Refused
from reports.api import router as reports_router
from search.api import router as search_router

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
api_router.register_endpoint("page_preview", PagePreviewAPIViewSet)

api = DocumentedErrorsAPI(
    title="API Cổng PBGDPL Quảng Ninh",
    version="1.0",
    description=(
        "Endpoints of the Quảng Ninh legal dissemination portal for district, commune "
        "and department sites. Page content is served by the Wagtail content API at "
        "/api/v2/ (see docs/api.md)."
    ),
    urls_namespace="api",
    docs_url="/docs",
    renderer=UTF8JSONRenderer(),
)
api.add_router("/taxonomy/", taxonomy_router)
api.add_router("/oembed", oembed_router)
api.add_router("/exports/", portal_export_router)
api.add_router("/search", search_router)
api.add_router("/contests/", contests_router)
api.add_router("/contests/", contest_accounts_router)
api.add_router("/reports/", reports_router)
api.add_router("/qa/exchanges", qa_exchanges_router)
api.add_router("/qa/suggestions", qa_suggestions_router)
api.add_router("/qa/", qa_router)
api.add_router("/push/", push_router)


# Every error is a JSON object with a "detail" string (core.api_errors.ErrorOut, which
# cms.openapi documents on every operation); bad input is a 400 (ninja's default for
# schema errors is 422, which HTTP clients often do not expect) listing what is wrong.
@api.exception_handler(ValidationError)
def invalid_input(request, exc):
    places = "; ".join(
        f"{'.'.join(str(part) for part in error['loc'][1:]) or error['loc'][0]}: {error['msg']}"
        for error in exc.errors
    )
    body = {"detail": f"Dữ liệu không hợp lệ ({places}).", "errors": exc.errors}
    return api.create_response(request, body, status=400)


@api.exception_handler(Http404)
def not_found(request, exc):
    return api.create_response(request, {"detail": str(exc) or "Không tìm thấy."}, status=404)


@api.exception_handler(Refused)
def refused(request, exc):
    body = {"detail": exc.message, "code": exc.code}
    return api.create_response(request, body, status=refusal_status(exc))


@api.exception_handler(Throttled)
def throttled(request, exc):
    response = api.create_response(
        request, {"detail": "Quá nhiều yêu cầu; hãy thử lại sau ít phút."}, status=429
    )
    if exc.wait is not None:
        response["Retry-After"] = str(math.ceil(exc.wait))
    return response


@api.exception_handler(HttpError)
def http_error(request, exc):
    return api.create_response(request, {"detail": str(exc)}, status=exc.status_code)


@api.exception_handler(AuthenticationError)
def unauthenticated(request, exc):
    return api.create_response(request, {"detail": "Cần đăng nhập."}, status=401)


# A database out of reach is answered by cms.middleware (503 and Retry-After); ninja
# would otherwise answer a traceback itself when DEBUG is on.
@api.exception_handler(OperationalError)
@api.exception_handler(InterfaceError)
def database_error(request, exc):
    raise exc
