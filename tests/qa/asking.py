"""What the tests of asking and tracking share: a solved CAPTCHA, a valid question, and
the limits made small enough to reach."""

import json

from captcha.models import CaptchaStore

from qa.models import Question

QUESTION_TEXT = (
    "Gia đình tôi muốn tách thửa đất ở 200 m2 cho con trai thì cần những giấy tờ gì và "
    "nộp hồ sơ ở đâu?"
)
NAME = "Trần Văn Bình"
PHONE = "0987 654 321"
PHONE_NORMALISED = "0987654321"
EMAIL = "Tran.Binh@Example.vn"


def challenge():
    """(key, answer) of a fresh CAPTCHA challenge."""
    key = CaptchaStore.generate_key()
    return key, CaptchaStore.objects.get(hashkey=key).response


def page_data(land_field, **changes):
    """What the portal's form posts for a valid question."""
    key, answer = challenge()
    data = {
        "text": QUESTION_TEXT,
        "legal_field": land_field.slug,
        "locality": "",
        "exchange": "",
        "name": NAME,
        "phone": PHONE,
        "email": "",
        "consent": "on",
        "website": "",
        "captcha_0": key,
        "captcha_1": answer,
    }
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


def api_data(land_field, **changes):
    key, answer = challenge()
    data = {
        "text": QUESTION_TEXT,
        "legal_field": land_field.slug,
        "name": NAME,
        "contact": PHONE,
        "consent": True,
        "captcha_key": key,
        "captcha_answer": answer,
    }
    data.update(changes)
    return {name: value for name, value in data.items() if value is not None}


def post_json(client, url, data, **extra):
    return client.post(url, data=json.dumps(data), content_type="application/json", **extra)


def ask_url(qa_index):
    return qa_index.url + "dat-cau-hoi/"


def track_url(qa_index):
    return qa_index.url + "tra-cuu/"


def only_question():
    (question,) = Question.objects.all()
    return question


def tight_limits(settings, **rates):
    """``QA_RATE_LIMITS`` with ``rates`` ({action: {per: rate}}) replacing the defaults."""
    settings.QA_RATE_LIMITS = {**settings.QA_RATE_LIMITS, **rates}
