"""Admin URLs of unit reports (``reports.report_views``)."""

from django.urls import path

from . import report_views

urlpatterns = [
    path("", report_views.periods, name="reports_periods"),
    path(
        "<int:period_id>/units/<int:unit_id>/",
        report_views.unit_report,
        name="reports_unit_report",
    ),
    path("review/<int:report_id>/", report_views.review, name="reports_review"),
]
