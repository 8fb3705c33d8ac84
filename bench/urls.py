"""The project's URLs plus the baselines: the two the content API is measured against,
and the minimal insert the contest load test compares submissions with."""

from django.urls import path

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from cms.urls import urlpatterns as project_urlpatterns

from .views import insert, minimal

# Stock Wagtail API v2, unchanged, serving the same page model and data as /api/v2/.
# Images and documents are registered too so that nested references get their
# detail_url, as they do in the project's API.
stock_api_router = WagtailAPIRouter("benchstockapi")
stock_api_router.register_endpoint("pages", PagesAPIViewSet)
stock_api_router.register_endpoint("images", ImagesAPIViewSet)
stock_api_router.register_endpoint("documents", DocumentsAPIViewSet)

# Before the project's patterns: they end with Wagtail's catch-all page route.
urlpatterns = [
    path("bench/minimal/", minimal),
    path("bench/insert/", insert),
    path("bench/stock-v2/", stock_api_router.urls),
    *project_urlpatterns,
]
