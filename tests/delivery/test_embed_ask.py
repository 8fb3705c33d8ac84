"""The form to ask a legal question, embedded in a commune's or department's site
(/embed/hoi-dap/): framable, usable without the portal's cookies, recording the channel
and the unit whose site it is."""

import pytest

from django.test import Client

from qa.models import Question

from ..factories import QAIndexPageFactory
from ..qa.asking import NAME, PHONE_NORMALISED, page_data, tight_limits

pytestmark = pytest.mark.django_db

URL = "/embed/hoi-dap/"


@pytest.fixture
def qa_index(db):
    return QAIndexPageFactory()


def frame_ancestors(response):
    directives = response["Content-Security-Policy"].split(";")
    return next(d.strip() for d in directives if d.strip().startswith("frame-ancestors"))


def test_the_form_may_be_framed_and_is_not_cached(client, qa_index):
    response = client.get(URL)
    assert response.status_code == 200
    assert not response.has_header("X-Frame-Options")
    assert frame_ancestors(response) == "frame-ancestors *"
    assert "no-cache" in response["Cache-Control"]
    html = response.content.decode()
    assert 'target="_self"' in html  # the form posts inside the frame
    assert "/static/js/embed-frame.js" in html
    assert 'name="captcha_1"' in html


def test_a_commune_site_asks_for_its_residents(qa_index, land_field, ward):
    # A frame inside another site gets none of the portal's cookies: no CSRF cookie.
    framed = Client(enforce_csrf_checks=True)
    form = framed.get(URL, {"unit": ward.slug}).content.decode()
    assert f'<option value="{ward.slug}" selected>' in form
    response = framed.post(f"{URL}?unit={ward.slug}", page_data(land_field, locality=""))
    assert response.status_code == 200
    question = Question.objects.get()
    assert question.channel == Question.Channel.EMBED
    assert question.locality == ward
    assert question.events.get().unit == ward
    html = response.content.decode()
    assert question.tracking_code in html
    assert "http://testserver/hoi-dap-phap-luat/tra-cuu/" in html
    assert NAME not in html and PHONE_NORMALISED not in html
    assert "09•••••321" in html


def test_a_department_site_is_recorded_without_being_a_locality(
    client, qa_index, land_field, justice_department
):
    client.post(f"{URL}?unit={justice_department.slug}", page_data(land_field))
    question = Question.objects.get()
    assert question.locality is None
    assert question.events.get().unit == justice_department


@pytest.mark.parametrize("unit", ["khong-co", "a\x00b", "<script>", "x" * 300])
def test_an_unknown_unit_is_ignored(client, qa_index, land_field, unit):
    assert client.get(URL, {"unit": unit}).status_code in (200, 400)


def test_errors_keep_what_was_typed_inside_the_frame(client, qa_index, land_field):
    response = client.post(URL, page_data(land_field, consent=None))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Cần đồng ý xử lý dữ liệu cá nhân" in html
    assert f'value="{NAME}"' in html
    assert not Question.objects.exists()


def test_the_limits_hold_in_the_frame(client, qa_index, land_field, settings):
    tight_limits(settings, ask={"ip": "1/h"}, captcha={"ip": "1/h"})
    client.get(URL)
    assert client.get(URL).status_code == 429
    client.post(URL, page_data(land_field))
    refused = client.post(URL, page_data(land_field, text="Một câu hỏi khác hẳn về lao động."))
    assert refused.status_code == 429
    assert int(refused["Retry-After"]) > 0
    assert Question.objects.count() == 1


def test_without_a_qa_section_the_frame_says_so(client, db):
    response = client.get(URL)
    assert response.status_code == 404
    assert "không còn được chia sẻ" in response.content.decode()
