from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import index as sitemap_index
from wagtail.contrib.sitemaps.views import sitemap

from cms.api import api, api_router
from cms.views import robots_txt
from delivery.audio import views as audio_views
from delivery.sitemaps import SITEMAPS
from home import shared_passwords
from quizzes import captcha as contest_captcha
from search import views as search_views

handler500 = "cms.views.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's document views, with private documents kept out of shared caches and
    # their collections' passwords guarded against guessing.
    path("documents/", include("home.document_urls")),
    path("api/v2/", api_router.urls),
    path("api/", api.urls),
    # CAPTCHA images (home.captcha); new challenges on the registration pages are rate
    # limited as the contests' (quizzes.captcha).
    path("captcha/refresh/", contest_captcha.refresh),
    path("captcha/", include("captcha.urls")),
    path("embed/", include("delivery.embeds.urls")),
    path(
        "sitemap.xml",
        sitemap_index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path("sitemap-<section>.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap_section"),
    path("robots.txt", robots_txt, name="robots_txt"),
    # The service worker and the manifest, at the root: the worker's scope is the site.
    path("", include("pwa.urls")),
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
    # Wagtail's page-password form, with wrong passwords counted (before Wagtail's own URL).
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        shared_passwords.authenticate_with_page_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("feeds/", include("delivery.feeds.urls")),
    # Weekly MP3 bulletins for commune loudspeaker operators, without signing in.
    path("ban-tin-phat-thanh/", audio_views.bulletins, name="audio_bulletins"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
