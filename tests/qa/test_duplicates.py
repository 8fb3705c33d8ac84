"""Near-duplicate questions: the same question asked again is linked to the first; the
same asker sending it twice gets their first question back; the check stays bounded."""

import datetime

import pytest

from django.utils import timezone

from home.personal_data import keyed_hash
from qa import duplicates
from qa.models import Question

from ..factories import LegalFieldFactory, QuestionFactory
from .asking import api_data, ask_url, page_data, post_json

pytestmark = pytest.mark.django_db

DIVORCE = "Xin hỏi thủ tục ly hôn đơn phương cần những giấy tờ gì và nộp ở đâu?"


def earlier(text, **fields):
    return QuestionFactory(text=text, contact="0911111111", **fields)


class TestSimilarity:
    @pytest.mark.parametrize(
        "other",
        [
            "xin hoi thu tuc ly hon don phuong can nhung giay to gi va nop o dau",
            "Cho em hỏi thủ tục ly hôn đơn phương cần những giấy tờ gì và nộp ở đâu ạ?",
            "Kính gửi Ban biên tập, thủ tục ly hôn đơn phương cần giấy tờ gì và nộp ở đâu?",
        ],
    )
    def test_the_same_question_reworded_or_without_diacritics_is_a_duplicate(self, other):
        score = duplicates.similarity(duplicates.shingles(DIVORCE), duplicates.shingles(other))
        assert score >= duplicates.DUPLICATE_SIMILARITY

    @pytest.mark.parametrize(
        "other",
        [
            "Thủ tục ly hôn thuận tình cần những giấy tờ gì?",
            "Xin hỏi thủ tục đăng ký kết hôn với người nước ngoài cần giấy tờ gì?",
        ],
    )
    def test_a_different_question_is_not(self, other):
        score = duplicates.similarity(duplicates.shingles(DIVORCE), duplicates.shingles(other))
        assert score < duplicates.DUPLICATE_SIMILARITY


def test_a_question_like_an_earlier_one_is_linked_to_it(client, qa_index, land_field):
    first = earlier(DIVORCE, legal_field=land_field)
    client.post(
        ask_url(qa_index),
        page_data(
            land_field, text="xin hoi thu tuc ly hon don phuong can nhung giay to gi va nop o dau"
        ),
    )
    arrived = Question.objects.exclude(pk=first.pk).get()
    assert arrived.duplicate_of == first


def test_copies_link_to_the_first_question(land_field):
    first = earlier(DIVORCE.replace("nộp ở đâu", "nộp hồ sơ ở đâu"), legal_field=land_field)
    earlier(DIVORCE, legal_field=land_field, duplicate_of=first)
    # The closest is the copy; the link goes to the question it copies.
    assert duplicates.earlier_duplicate(DIVORCE, land_field.pk) == first.pk


def test_a_different_question_is_not_linked(client, qa_index, land_field):
    earlier(DIVORCE, legal_field=land_field)
    client.post(
        ask_url(qa_index),
        page_data(land_field, text="Tôi bị hàng xóm lấn chiếm lối đi chung thì phải làm gì?"),
    )
    assert Question.objects.filter(duplicate_of__isnull=False).count() == 0


def test_a_short_question_is_never_called_a_duplicate(land_field):
    earlier("Hỏi về luật đất đai?", legal_field=land_field)
    assert duplicates.earlier_duplicate("Hỏi về luật đất đai?", land_field.pk) is None


def test_the_comparison_is_bounded(land_field, monkeypatch, django_assert_max_num_queries):
    monkeypatch.setattr(duplicates, "CANDIDATES", 3)
    other_field = LegalFieldFactory(name="Hôn nhân và gia đình")
    now = timezone.now()
    oldest = earlier(DIVORCE, legal_field=other_field, created_at=now - datetime.timedelta(days=2))
    for n in range(3):
        earlier(
            f"Xin hỏi về mức thuế sử dụng đất phi nông nghiệp năm {2020 + n} tính thế nào?",
            legal_field=other_field,
            created_at=now - datetime.timedelta(hours=n),
        )
    long_ago = now - datetime.timedelta(days=duplicates.WINDOW_DAYS + 1)
    earlier(DIVORCE, legal_field=land_field, created_at=long_ago)
    # Beyond the most recent three of all fields and out of the window: not compared.
    with django_assert_max_num_queries(2):
        assert duplicates.earlier_duplicate(DIVORCE, land_field.pk, now) is None
    # In the question's own field, the most recent three are compared too.
    oldest.legal_field = land_field
    oldest.save()
    assert duplicates.earlier_duplicate(DIVORCE, land_field.pk, now) == oldest.pk


class TestTheSameAskerAgain:
    def test_sending_twice_on_the_form_gives_the_first_question_back(
        self, client, qa_index, land_field
    ):
        client.post(ask_url(qa_index), page_data(land_field))
        first = Question.objects.get()
        response = client.post(ask_url(qa_index), page_data(land_field, phone="+84 987 654 321"))
        assert Question.objects.count() == 1
        thanks = client.get(response["Location"]).content.decode()
        assert first.tracking_code in thanks
        assert "Bạn vừa gửi câu hỏi này; chúng tôi không tạo câu hỏi mới" in thanks

    def test_sending_twice_through_the_api_gives_the_same_code(self, client, land_field):
        first = post_json(client, "/api/qa/questions", api_data(land_field))
        second = post_json(client, "/api/qa/questions", api_data(land_field))
        assert (first.status_code, second.status_code) == (201, 200)
        assert second.json()["tracking_code"] == first.json()["tracking_code"]
        assert second.json()["resent"] is True
        assert first.json()["tracking_code"] in second.json()["detail"]
        assert Question.objects.count() == 1

    def test_a_resend_does_not_count_against_the_asker(self, client, land_field, settings):
        settings.QA_RATE_LIMITS = {**settings.QA_RATE_LIMITS, "ask": {"contact": "1/d"}}
        statuses = [
            post_json(client, "/api/qa/questions", api_data(land_field)).status_code
            for _ in range(3)
        ]
        assert statuses == [201, 200, 200]

    def test_after_a_while_the_same_text_is_a_new_question_linked_to_the_first(
        self, client, land_field
    ):
        post_json(client, "/api/qa/questions", api_data(land_field))
        first = Question.objects.get()
        first.created_at -= datetime.timedelta(minutes=duplicates.RESEND_MINUTES + 1)
        first.save()
        response = post_json(client, "/api/qa/questions", api_data(land_field))
        assert response.status_code == 201
        assert (
            Question.objects.get(tracking_code=response.json()["tracking_code"]).duplicate_of
            == first
        )

    def test_someone_else_asking_the_same_gets_their_own_question(self, client, land_field):
        post_json(client, "/api/qa/questions", api_data(land_field))
        response = post_json(
            client, "/api/qa/questions", api_data(land_field, contact="0912000111")
        )
        assert response.status_code == 201
        second = Question.objects.get(tracking_code=response.json()["tracking_code"])
        assert second.contact_hash == keyed_hash("0912000111")
        assert second.duplicate_of is not None


class TestSimilarPublishedAnswer:
    def test_the_answer_already_published_is_linked(
        self, client, qa_index, land_field, index_on_commit, published_answers
    ):
        page = published_answers["unilateral"]
        client.post(ask_url(qa_index), page_data(land_field, text=DIVORCE))
        question = Question.objects.get()
        assert question.similar_answer == page
        thanks = client.get(ask_url(qa_index) + "?da-gui=1").content.decode()
        assert f'href="{page.url}"' in thanks

    def test_an_unrelated_or_unpublished_answer_is_not_linked(
        self, qa_index, index_on_commit, published_answers
    ):
        assert duplicates.similar_published_answer("Tàu cá dài 15 mét có phải lắp gì?") is None
        page = published_answers["unilateral"]
        with index_on_commit():
            page.unpublish()
        found = duplicates.similar_published_answer(DIVORCE)
        assert found is None or found.pk != page.pk

    def test_a_failing_engine_loses_no_question(self, client, qa_index, land_field, monkeypatch):
        def broken(*args):
            raise RuntimeError("index unavailable")

        monkeypatch.setattr(duplicates, "similar_answers", broken)
        response = client.post(ask_url(qa_index), page_data(land_field))
        assert response.status_code == 302
        assert Question.objects.get().similar_answer is None
