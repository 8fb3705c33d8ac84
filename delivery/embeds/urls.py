from django.urls import path

from . import questions, views

app_name = "embeds"

urlpatterns = [
    path("<int:page_id>/", views.embed_page, name="page"),
    path("hoi-dap/", questions.ask_question, name="ask"),
]
