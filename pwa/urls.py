from django.urls import path

from . import views

# At the root of the site: a service worker controls only the paths below its own.
urlpatterns = [
    path("sw.js", views.service_worker, name="pwa_service_worker"),
    path("manifest.webmanifest", views.manifest, name="pwa_manifest"),
    path("offline/", views.offline, name="pwa_offline"),
]
