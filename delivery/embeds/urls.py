from django.urls import path

from . import questions, tracks, views

app_name = "embeds"

urlpatterns = [
    path("<int:page_id>/", views.embed_page, name="page"),
    path("<int:page_id>/chapters.vtt", tracks.chapters_track, name="chapters_track"),
    path("hoi-dap/", questions.ask_question, name="ask"),
]
