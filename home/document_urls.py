"""Wagtail's document URLs (``/documents/``), served by the project's wrappers."""

from django.urls import path, re_path

from . import documents, shared_passwords

urlpatterns = [
    re_path(r"^(\d+)/(.*)$", documents.serve, name="wagtaildocs_serve"),
    path(
        "authenticate_with_password/<int:restriction_id>/",
        shared_passwords.authenticate_with_collection_password,
        name="wagtaildocs_authenticate_with_password",
    ),
]
