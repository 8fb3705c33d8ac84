from django.urls import include, path

from wagtail import hooks

from . import admin_menu  # noqa: F401  (registers the menu and the viewsets)


@hooks.register("register_admin_urls")
def report_admin_urls():
    return [
        path("statistics/", include("reports.admin_urls")),
        path("statistics/", include("reports.dashboard.urls")),
        path("statistics/", include("reports.exports.urls")),
    ]
