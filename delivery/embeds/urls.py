from django.urls import path

from . import views

app_name = "embeds"

urlpatterns = [
    path("<int:page_id>/", views.embed_page, name="page"),
]
