"""Following a question by its tracking code (tra-cuu/ and /api/qa/questions/…): what
the asker sees at each status, the answer with its references, the clarification loop,
the limits on look-ups, and that nothing personal is shown beyond the masked contact."""

import datetime

import pytest

from django.utils import timezone

from bookshelf.models import BookshelfPage
from demo.pages import add_published
from qa.models import Question, QuestionEvent, QuestionReference
from qa.tracking import normalise_code

from ..factories import (
    LegalDocumentFactory,
    QuestionAnswerPageFactory,
    QuestionFactory,
    UserFactory,
    home_page,
)
from .asking import post_json, tight_limits, track_url

pytestmark = pytest.mark.django_db

ASKER = "Nguyễn Thị Hoa"
CONTACT = "0912345678"


@pytest.fixture
def question(land_field):
    return QuestionFactory(asker_name=ASKER, contact=CONTACT, legal_field=land_field)


def look_up(client, qa_index, code, **extra):
    return client.post(track_url(qa_index), {"action": "look_up", "code": code}, **extra)


def followed_page(client, qa_index, question):
    response = look_up(client, qa_index, question.tracking_code)
    assert response.status_code == 302
    return client.get(track_url(qa_index)).content.decode()


def event(question, action, message="", public=True, **fields):
    return QuestionEvent.objects.create(
        question=question, action=action, message=message, public=public, **fields
    )


def clarifying(question, unit=None, request="Ông/bà cho biết thửa đất đã có sổ đỏ chưa?"):
    question.status, question.unit = Question.Status.CLARIFYING, unit
    question.waiting_since = timezone.now() - datetime.timedelta(days=3)
    question.save()
    event(question, QuestionEvent.Action.CLARIFICATION_REQUESTED, request, to_status="clarifying")
    return question


def answered(question, unit):
    question.status, question.unit = Question.Status.ANSWERED, unit
    question.answer = "<p>Theo Điều 220 Luật Đất đai, việc tách thửa phải bảo đảm…</p>"
    question.answered_at = timezone.now()
    question.answered_by = UserFactory(username="chuyenvien.stp", first_name="Lan")
    question.save()
    event(question, QuestionEvent.Action.ANSWERED, to_status="answered", actor=question.answered_by)
    return question


class TestLookingUp:
    @pytest.mark.parametrize(
        "typed", ["{code}", "{lower}", "  {bare}  ", "{lower_bare}", "hd {spaced}"]
    )
    def test_the_code_is_found_however_it_is_typed(self, typed, question):
        code = question.tracking_code
        bare = code.replace("-", "")
        variants = {
            "code": code,
            "lower": code.lower(),
            "bare": bare,
            "lower_bare": bare.lower()[2:],
            "spaced": f"{code[3:8]} {code[9:]}",
        }
        assert normalise_code(typed.format(**variants)) == code

    @pytest.mark.parametrize("typed", ["", "HD-0000-11111", "HD-OOOOO-IIIII", "x" * 40, "HD-\x00"])
    def test_what_cannot_be_a_code_is_not_one(self, typed):
        assert normalise_code(typed) is None

    def test_a_code_found_is_kept_in_the_session_not_in_the_address(
        self, client, qa_index, question
    ):
        response = look_up(client, qa_index, question.tracking_code.lower())
        assert response["Location"] == track_url(qa_index)
        page = client.get(track_url(qa_index))
        html = page.content.decode()
        assert question.tracking_code in html
        assert "Tình trạng: Đã tiếp nhận" in html
        assert "no-cache" in page["Cache-Control"]
        again = client.get(track_url(qa_index)).content.decode()  # a reload
        assert question.tracking_code in again

    def test_forgetting_clears_the_question_from_the_browser(self, client, qa_index, question):
        followed_page(client, qa_index, question)
        client.post(track_url(qa_index), {"action": "forget"})
        html = client.get(track_url(qa_index)).content.decode()
        assert question.tracking_code not in html
        assert 'name="code"' in html

    def test_an_unknown_code_and_a_limit_reached_look_alike(
        self, client, qa_index, question, settings
    ):
        tight_limits(settings, track={"ip": "2/h"})
        unknown = look_up(client, qa_index, "HD-22222-22222")
        assert look_up(client, qa_index, "HD-33333-33333").status_code == 200
        over_limit = look_up(client, qa_index, question.tracking_code)  # the right code
        assert unknown.status_code == over_limit.status_code == 200
        assert unknown.context["form"].errors == over_limit.context["form"].errors
        assert "Không tìm thấy câu hỏi có mã này" in over_limit.content.decode()
        assert "Tình trạng" not in over_limit.content.decode()
        elsewhere = look_up(client, qa_index, question.tracking_code, REMOTE_ADDR="10.2.3.4")
        assert elsewhere.status_code == 302

    def test_a_forged_forwarded_address_does_not_escape_the_limit(
        self, client, qa_index, question, settings
    ):
        tight_limits(settings, track={"ip": "1/h"})
        look_up(client, qa_index, "HD-22222-22222", HTTP_X_FORWARDED_FOR="10.0.0.1")
        forged = look_up(client, qa_index, question.tracking_code, HTTP_X_FORWARDED_FOR="10.0.0.2")
        assert forged.status_code == 200
        assert "Không tìm thấy" in forged.content.decode()

    def test_the_look_up_form_needs_its_csrf_token(self, qa_index, question):
        from django.test import Client

        strict = Client(enforce_csrf_checks=True)
        response = strict.post(track_url(qa_index), {"action": "look_up", "code": "HD-2"})
        assert response.status_code == 403


class TestWhatTheAskerSees:
    def test_no_personal_data_beyond_the_masked_contact(self, client, qa_index, question):
        html = followed_page(client, qa_index, question)
        assert ASKER not in html
        assert CONTACT not in html
        assert "09•••••678" in html

    def test_only_public_steps_and_never_who_took_them(
        self, client, qa_index, question, justice_department
    ):
        officer = UserFactory(username="dieu.phoi", first_name="Minh", last_name="Trần")
        event(question, QuestionEvent.Action.ASSIGNED, actor=officer, unit=justice_department)
        event(
            question, QuestionEvent.Action.NOTE, "Ghi chú nội bộ: hỏi lại phòng đất", public=False
        )
        html = followed_page(client, qa_index, question)
        assert "Câu hỏi được chuyển đến đơn vị trả lời" in html
        assert "Ghi chú nội bộ" not in html
        assert "Minh" not in html and "dieu.phoi" not in html

    def test_the_answer_cites_the_bookshelf_articles(
        self, client, qa_index, question, justice_department
    ):
        bookshelf = add_published(home_page(), BookshelfPage(title="Tủ sách pháp luật"))
        law = LegalDocumentFactory(title="Luật Đất đai", number="31/2024/QH15")
        draft = LegalDocumentFactory(title="Dự thảo nghị định", number="", live=False)
        QuestionReference.objects.create(
            question=question, document=law, article_anchor="dieu-220", article_label="Điều 220"
        )
        QuestionReference.objects.create(question=question, document=draft, sort_order=1)
        answered(question, justice_department)
        html = followed_page(client, qa_index, question)
        assert "Tình trạng: Đã có câu trả lời" in html
        assert "Theo Điều 220 Luật Đất đai" in html
        law_url = BookshelfPage.document_url(law)
        assert law_url.startswith(bookshelf.url)
        assert f'<a href="{law_url}#dieu-220">Điều 220, Luật Đất đai (31/2024/QH15)</a>' in html
        assert "Dự thảo nghị định" in html  # cited, but not linked while unpublished
        assert "chuyenvien.stp" not in html and "Lan" not in html

    def test_no_answer_is_shown_before_it_is_given(self, client, qa_index, question):
        question.answer = "<p>Bản nháp câu trả lời</p>"
        question.status = Question.Status.ASSIGNED
        question.save()
        html = followed_page(client, qa_index, question)
        assert "Bản nháp câu trả lời" not in html
        assert "Tình trạng: Đang chuẩn bị câu trả lời" in html

    def test_a_published_answer_links_to_its_page(
        self, client, qa_index, question, justice_department
    ):
        answered(question, justice_department)
        question.page = QuestionAnswerPageFactory(parent=qa_index, title="Tách thửa đất ở")
        question.status = Question.Status.PUBLISHED
        question.save()
        html = followed_page(client, qa_index, question)
        assert "Đã trả lời và đăng công khai" in html
        assert f'href="{question.page.url}"' in html

    def test_a_rejection_gives_its_reason(self, client, qa_index, question):
        question.status = Question.Status.REJECTED
        question.rejection_reason = "Câu hỏi không thuộc lĩnh vực pháp luật."
        question.save()
        html = followed_page(client, qa_index, question)
        assert "Tình trạng: Không tiếp nhận" in html
        assert "Câu hỏi không thuộc lĩnh vực pháp luật." in html


class TestClarification:
    def reply(self, client, qa_index, message="Thửa đất đã có sổ đỏ từ năm 2015.", **extra):
        return client.post(track_url(qa_index), {"action": "reply", "message": message}, **extra)

    def test_the_asker_replies_and_the_question_goes_back_to_its_unit(
        self, client, qa_index, question, justice_department
    ):
        clarifying(question, unit=justice_department)
        html = followed_page(client, qa_index, question)
        assert "Cần bạn bổ sung thông tin" in html
        assert "Ông/bà cho biết thửa đất đã có sổ đỏ chưa?" in html
        response = self.reply(client, qa_index, message="<b>Thửa đất</b> đã có sổ đỏ từ 2015.")
        assert response.status_code == 302
        question.refresh_from_db()
        assert question.status == Question.Status.ASSIGNED
        # The three days before the request still count; the asker's time does not.
        waited = timezone.now() - question.waiting_since
        assert abs(waited - datetime.timedelta(days=3)) < datetime.timedelta(minutes=1)
        replied = question.events.get(action=QuestionEvent.Action.CITIZEN_REPLIED)
        assert (replied.public, replied.message) == (True, "Thửa đất đã có sổ đỏ từ 2015.")
        assert (replied.from_status, replied.to_status) == ("clarifying", "assigned")
        after = client.get(track_url(qa_index)).content.decode()
        assert "Đã gửi thông tin bổ sung" in after
        assert "Bạn gửi thông tin bổ sung" in after
        assert 'name="message"' not in after

    def test_without_a_unit_the_question_goes_back_to_the_new_questions(
        self, client, qa_index, question
    ):
        clarifying(question)
        followed_page(client, qa_index, question)
        self.reply(client, qa_index)
        question.refresh_from_db()
        assert question.status == Question.Status.NEW

    def test_an_empty_reply_is_refused(self, client, qa_index, question):
        clarifying(question)
        followed_page(client, qa_index, question)
        response = self.reply(client, qa_index, message=" <p></p> ")
        assert response.status_code == 200
        assert "Hãy nhập thông tin bổ sung." in response.content.decode()
        question.refresh_from_db()
        assert question.status == Question.Status.CLARIFYING

    @pytest.mark.parametrize("status", ["new", "assigned", "answered", "published", "rejected"])
    def test_a_reply_is_only_taken_while_clarification_is_asked(
        self, client, qa_index, question, status
    ):
        question.status = status
        question.save()
        followed_page(client, qa_index, question)
        response = self.reply(client, qa_index, follow=True)
        assert "không ở trạng thái chờ bổ sung" in response.content.decode()
        assert not question.events.filter(action=QuestionEvent.Action.CITIZEN_REPLIED).exists()

    def test_replying_needs_the_code_looked_up_first(self, client, qa_index, question):
        clarifying(question)
        response = self.reply(client, qa_index)
        assert response.status_code == 302
        question.refresh_from_db()
        assert question.status == Question.Status.CLARIFYING

    def test_replies_are_limited(self, client, qa_index, question, settings):
        tight_limits(settings, reply={"ip": "100/h", "question": "1/h"})
        clarifying(question)
        followed_page(client, qa_index, question)
        self.reply(client, qa_index)
        clarifying(question)
        refused = self.reply(client, qa_index)
        assert "nhiều phần bổ sung" in refused.content.decode()


class TestTheApi:
    def url(self, question_or_code):
        code = getattr(question_or_code, "tracking_code", question_or_code)
        return f"/api/qa/questions/{code}"

    def test_the_status_timeline_and_answer(self, client, question, justice_department):
        law = LegalDocumentFactory(title="Luật Đất đai", number="31/2024/QH15")
        QuestionReference.objects.create(
            question=question, document=law, article_anchor="dieu-220", article_label="Điều 220"
        )
        event(question, QuestionEvent.Action.ASKED, to_status="new")
        event(question, QuestionEvent.Action.NOTE, "nội bộ", public=False)
        answered(question, justice_department)
        response = client.get(self.url(question.tracking_code.lower().replace("-", "")))
        assert response.status_code == 200
        body = response.json()
        assert body["tracking_code"] == question.tracking_code
        assert (body["status"], body["status_label"]) == ("answered", "Đã có câu trả lời")
        assert [step["action"] for step in body["timeline"]] == ["asked", "answered"]
        assert "Điều 220 Luật Đất đai" in body["answer"]
        (reference,) = body["references"]
        assert reference["article_label"] == "Điều 220"
        assert reference["document_number"] == "31/2024/QH15"
        assert body["contact"] == "09•••••678"
        assert body["can_reply"] is False
        text = response.content.decode()
        assert ASKER not in text and CONTACT not in text and "chuyenvien.stp" not in text
        assert "asker_name" not in body and "client_hash" not in body

    def test_an_unknown_code_is_404(self, client):
        response = client.get(self.url("HD-22222-22222"))
        assert response.status_code == 404
        assert "Không tìm thấy câu hỏi có mã này" in response.json()["detail"]
        assert client.get(self.url("khong-phai-ma")).status_code == 404

    def test_look_ups_are_limited(self, client, question, settings):
        tight_limits(settings, track={"ip": "2/h"})
        statuses = [client.get(self.url(question)).status_code for _ in range(3)]
        assert statuses == [200, 200, 429]
        assert client.get(self.url(question))["Retry-After"] == "3600"

    def test_the_asker_replies_by_code(self, client, question, justice_department):
        clarifying(question, unit=justice_department)
        assert client.get(self.url(question)).json()["can_reply"] is True
        assert "sổ đỏ" in client.get(self.url(question)).json()["clarification"]
        response = post_json(
            client, f"{self.url(question)}/replies", {"message": "Đã có sổ đỏ từ năm 2015."}
        )
        assert response.status_code == 201
        assert response.json()["status"] == "assigned"
        question.refresh_from_db()
        assert question.status == Question.Status.ASSIGNED
        assert question.events.filter(action="replied", public=True).count() == 1

    def test_a_reply_outside_clarification_is_a_conflict(self, client, question):
        response = post_json(client, f"{self.url(question)}/replies", {"message": "Bổ sung."})
        assert response.status_code == 409
        assert "không ở trạng thái chờ bổ sung" in response.json()["detail"]

    def test_a_reply_to_an_unknown_code_is_404_and_an_empty_one_400(self, client, question):
        unknown = post_json(client, f"{self.url('HD-22222-22222')}/replies", {"message": "Có."})
        assert unknown.status_code == 404
        clarifying(question)
        empty = post_json(client, f"{self.url(question)}/replies", {"message": "<br>"})
        assert empty.status_code == 400
        assert empty.json()["errors"][0]["loc"] == ["body", "message"]

    def test_replies_are_limited_per_address_before_the_code_is_looked_up(
        self, client, question, settings
    ):
        tight_limits(settings, reply={"ip": "1/h", "question": "100/h"})
        post_json(client, f"{self.url('HD-22222-22222')}/replies", {"message": "Có."})
        refused = post_json(client, f"{self.url(question)}/replies", {"message": "Có."})
        assert refused.status_code == 429
        assert int(refused["Retry-After"]) > 0
