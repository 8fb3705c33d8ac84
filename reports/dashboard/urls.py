"""Admin URLs of the period dashboard (under /admin/statistics/)."""

from django.urls import path

from . import views

urlpatterns = [
    path("<int:period_id>/", views.dashboard, name="reports_dashboard"),
    path("<int:period_id>/reminders/", views.remind, name="reports_send_reminders"),
]
