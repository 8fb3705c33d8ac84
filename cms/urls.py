from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import index as sitemap_index
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from cms.api import api, api_router
from cms.views import robots_txt
from publications.sitemaps import SITEMAPS
from search import views as search_views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/", api.urls),
    # Registration CAPTCHA images (quizzes.captcha).
    path("captcha/", include("captcha.urls")),
    path("embed/", include("publications.embeds.urls")),
    path(
        "sitemap.xml",
        sitemap_index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path("sitemap-<section>.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap_section"),
    path("robots.txt", robots_txt, name="robots_txt"),
]

# Under /api/ errors are JSON like the API's own; elsewhere, the site's pages.
handler400 = "cms.errors.bad_request"
handler404 = "cms.errors.page_not_found"

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Vietnamese pages live at "/", their English translations under "/en/".
urlpatterns += i18n_patterns(
    path("tim-kiem/", search_views.search, name="search"),
    path("feeds/", include("publications.feeds.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
