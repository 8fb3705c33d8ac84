"""Answers that belong to one browser are marked private, so that the phone's service
worker (which cannot see Set-Cookie) never keeps them for offline reading."""

import pytest

from django.http import HttpResponse
from django.test import RequestFactory

from pwa.middleware import PrivateResponsesMiddleware


def answer_setting_a_cookie(request):
    response = HttpResponse("<form><input name='csrfmiddlewaretoken' value='x'></form>")
    response.set_cookie("csrftoken", "x")
    return response


def test_an_answer_that_sets_a_cookie_is_private():
    middleware = PrivateResponsesMiddleware(answer_setting_a_cookie)

    response = middleware(RequestFactory().get("/"))

    assert "private" in response["Cache-Control"]


def test_an_answer_that_said_public_and_sets_a_cookie_is_private_all_the_same():
    def public_with_cookie(request):
        response = answer_setting_a_cookie(request)
        response["Cache-Control"] = "public, max-age=60"
        return response

    response = PrivateResponsesMiddleware(public_with_cookie)(RequestFactory().get("/"))

    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]


@pytest.mark.django_db
def test_a_public_page_for_a_citizen_stays_cacheable(client, justice_section):
    response = client.get(justice_section.url)

    assert response.status_code == 200
    assert "Cache-Control" not in response


@pytest.mark.django_db
def test_a_page_shown_to_a_signed_in_editor_is_private(client, justice_section, superuser):
    client.force_login(superuser)

    response = client.get(justice_section.url)

    assert response.status_code == 200
    assert "private" in response["Cache-Control"]
