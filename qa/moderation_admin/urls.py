"""Admin URLs of citizens' questions (``/admin/qa/``)."""

from django.urls import path

from . import exchange_views, question_views, views

urlpatterns = [
    path("", views.queue, name="qa_queue"),
    path("export.csv", views.export, name="qa_queue_export"),
    path("questions/<int:pk>/", question_views.question_screen, name="qa_question"),
    path(
        "documents/<int:document_id>/articles/",
        question_views.document_articles,
        name="qa_document_articles",
    ),
    path("exchanges/", exchange_views.exchanges, name="qa_exchanges"),
    path("exchanges/<int:page_id>/", exchange_views.exchange_screen, name="qa_exchange"),
]
