"""The benchmark's URLs plus the pictures nginx serves in production.

docs/operations.md has nginx serve ``/media/original_images/`` and ``/media/images/``
from ``MEDIA_ROOT``; without them the pages would be measured with broken pictures,
lighter than what a citizen downloads. Documents still go through the app's own view.
"""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from bench.urls import urlpatterns as bench_urlpatterns

urlpatterns = [
    re_path(
        r"^media/(?P<path>(?:original_images|images)/.+)$",
        serve,
        {"document_root": settings.MEDIA_ROOT},
    ),
    *bench_urlpatterns,
]
