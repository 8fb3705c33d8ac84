"""Admin URLs of the statistics' downloads (mounted under /admin/statistics/)."""

from django.urls import path

from . import views

urlpatterns = [
    path("<int:period_id>/totals.xlsx", views.totals_xlsx, name="reports_totals_xlsx"),
    path("<int:period_id>/totals.csv", views.totals_csv, name="reports_totals_csv"),
    path("report/<int:report_id>.xlsx", views.report_xlsx, name="reports_report_xlsx"),
]
