"""The contest on the site: registering, signing in and taking a round with plain forms,
as a phone without JavaScript does."""

import datetime
import re

import pytest
from captcha.models import CaptchaStore

from django.utils import timezone

from quizzes import taking
from quizzes.models import Attempt, Participant
from quizzes.site_views import SESSION_KEY
from tests.factories import ParticipantFactory, QuizPageFactory, UnitFactory
from tests.quizzes.conftest import sms_code

PASSWORD = "mat-khau-du-thi"


@pytest.fixture
def quiz(db):
    return QuizPageFactory(time_limit_minutes=20)


@pytest.fixture
def contest(quiz):
    return quiz.get_parent().specific


@pytest.fixture
def participant(db):
    return ParticipantFactory(phone="0912345678", password=PASSWORD)


@pytest.fixture
def signed_in(client, contest, participant):
    response = client.post(
        contest.route_url("sign_in"), {"phone": "0912 345 678", "password": PASSWORD}
    )
    assert response.status_code == 302
    return client


def registration(client, contest, unit, **changes):
    """A filled registration form, with the CAPTCHA on the page answered."""
    page = client.get(contest.route_url("register"))
    key = page.context["form"]["captcha"].field.widget._key
    answer = CaptchaStore.objects.get(hashkey=key).response
    return {
        "phone": "+84 98 765 4321",
        "password": "Hoc-luat-2026",
        "full_name": "Trần Thị Bình",
        "birth_date": "1995-03-08",
        "unit": unit.slug,
        "cccd": "022195004321",
        "email": "",
        "consent": "on",
        "captcha_0": key,
        "captcha_1": answer,
        **changes,
    }


def confirm(client, response, phone="0987654321"):
    """Follow a registration to the code page and type the code the SMS brought."""
    assert response.status_code == 302, response
    return client.post(response["Location"], {"code": sms_code(phone)})


def start(client, quiz):
    response = client.post(quiz.route_url("start"))
    assert response.status_code == 302, response
    return response


def running_attempt(participant, quiz):
    return Attempt.objects.get(participant=participant, quiz=quiz, finished_at__isnull=True)


# An option of the form: its question's input name, its key and its text.
OPTION = re.compile(r'name="(q-[^"]+)" value="(\d+)"[^>]*>\s*<span>([^<]*)</span>')
# The right options of the factory's bank, by their text.
RIGHT = {"01/8/2024", "Quốc hội", "Hội đồng nhân dân", "Đúng", "Sở Tư pháp"}


def form_options(client, quiz, attempt):
    """[(input name, key, text)] of the attempt's form, in the order shown."""
    html = client.get(quiz.route_url("attempt", attempt.pk)).content.decode()
    return OPTION.findall(html)


def right_answers(client, quiz, attempt):
    """The form fields that answer every drawn question correctly, chosen by the options'
    texts as a participant reads them."""
    fields = {}
    for name, key, text in form_options(client, quiz, attempt):
        fields.setdefault(name, [])
        if text in RIGHT:
            fields[name].append(key)
    return fields


class TestRegistration:
    def test_registering_signs_in_and_returns_to_the_round(self, client, contest, quiz):
        unit = UnitFactory()
        data = registration(client, contest, unit, next=quiz.url)

        response = client.post(contest.route_url("register"), data)

        assert response["Location"].startswith(contest.route_url("confirm"))
        assert not Participant.objects.exists()
        page = client.get(response["Location"]).content.decode()
        assert "09•••••321" in page and 'autocomplete="one-time-code"' in page
        response = confirm(client, response)
        assert response.status_code == 302
        assert response["Location"] == quiz.url
        participant = Participant.objects.get()
        assert participant.phone == "0987654321"
        assert client.session[SESSION_KEY]
        page = client.get(quiz.url)
        assert "Bắt đầu làm bài" in page.content.decode()

    def test_the_form_shows_a_captcha_drawn_here_and_phone_keyboards(self, client, contest):
        html = client.get(contest.route_url("register")).content.decode()

        assert 'src="/captcha/image/' in html
        # One type each: a second one is ignored by browsers.
        inputs = {
            re.search(r'name="([^"]+)"', tag).group(1): re.findall(r'\btype="([^"]*)"', tag)
            for tag in re.findall(r"<input\b[^>]*>", html)
        }
        assert inputs["phone"] == ["tel"]
        assert inputs["birth_date"] == ["date"]
        assert inputs["email"] == ["email"]
        assert 'name="consent"' in html

    def test_a_wrong_captcha_keeps_what_was_typed_except_the_password(self, client, contest):
        unit = UnitFactory()
        data = registration(client, contest, unit, captcha_1="sai")

        response = client.post(contest.route_url("register"), data)

        assert response.status_code == 200
        html = response.content.decode()
        assert "Mã kiểm tra không đúng" in html
        assert "Trần Thị Bình" in html and "022195004321" in html
        assert "Hoc-luat-2026" not in html
        assert not Participant.objects.exists()

    def test_each_invalid_field_says_why(self, client, contest):
        unit = UnitFactory()
        ParticipantFactory(phone="0987654321")
        data = registration(
            client, contest, unit, cccd="12345", consent="", birth_date="2999-01-01"
        )

        html = client.post(contest.route_url("register"), data).content.decode()

        assert "đã đăng ký" not in html  # said to no one: the number may not be theirs
        assert "Số CCCD gồm đúng 12 chữ số." in html
        assert "Cần đồng ý xử lý dữ liệu cá nhân để dự thi." in html
        assert "Ngày sinh không hợp lệ." in html
        assert Participant.objects.count() == 1

    def test_only_the_contests_units_are_offered(self, client, contest):
        eligible, other = UnitFactory(name="Xã Quảng Tân"), UnitFactory(name="Phường Bãi Cháy")
        contest.eligible_units.set([eligible])
        contest.save_revision().publish()

        html = client.get(contest.route_url("register")).content.decode()

        assert eligible.name in html and other.name not in html

    def test_an_offsite_next_address_is_ignored(self, client, contest):
        data = registration(client, contest, UnitFactory(), next="https://example.com/")

        response = confirm(client, client.post(contest.route_url("register"), data))

        assert response["Location"] == contest.url

    def test_registration_is_rate_limited_per_address(self, client, contest, settings, sms_outbox):
        settings.CONTEST_RATE_LIMITS = {"register": {"ip": "1/h"}}
        unit = UnitFactory()
        client.post(contest.route_url("register"), registration(client, contest, unit))
        client.post(contest.route_url("sign_out"))

        data = registration(client, contest, unit, phone="0911111111", cccd="022195009999")
        response = client.post(contest.route_url("register"), data)

        assert "thao tác quá nhiều lần" in response.content.decode()
        assert [message.to for message in sms_outbox] == ["0987654321"]


class TestSignIn:
    def test_a_wrong_password_is_refused_without_saying_which(self, client, contest, participant):
        response = client.post(
            contest.route_url("sign_in"), {"phone": "0912345678", "password": "sai-mat-khau"}
        )

        assert "Số điện thoại hoặc mật khẩu không đúng." in response.content.decode()
        assert SESSION_KEY not in client.session

    def test_guessing_one_account_is_limited(self, client, contest, participant, settings):
        settings.CONTEST_RATE_LIMITS = {"sign_in": {"account": "2/h"}}
        for _ in range(2):
            client.post(contest.route_url("sign_in"), {"phone": "0912345678", "password": "x"})

        response = client.post(
            contest.route_url("sign_in"), {"phone": "0912345678", "password": PASSWORD}
        )

        assert "thao tác quá nhiều lần" in response.content.decode()

    def test_signing_out_needs_a_post_and_ends_the_session(self, signed_in, contest, quiz):
        assert signed_in.get(contest.route_url("sign_out")).status_code == 405

        signed_in.post(contest.route_url("sign_out"))

        assert "Bắt đầu làm bài" not in signed_in.get(quiz.url).content.decode()

    def test_a_new_password_signs_the_browser_out(self, signed_in, quiz, participant):
        participant.set_password("mat-khau-moi-2026")
        participant.save()

        assert "Bắt đầu làm bài" not in signed_in.get(quiz.url).content.decode()


class TestTakingARound:
    def test_the_round_asks_a_visitor_to_sign_in(self, client, quiz, contest):
        html = client.get(quiz.url).content.decode()

        assert contest.route_url("sign_in") in html
        response = client.post(quiz.route_url("start"))
        assert response["Location"].startswith(contest.route_url("sign_in"))

    def test_start_answer_save_resume_and_submit(self, signed_in, quiz, participant):
        response = start(signed_in, quiz)
        attempt = running_attempt(participant, quiz)
        assert response["Location"] == quiz.route_url("attempt", attempt.pk)

        page = signed_in.get(response["Location"])
        html = page.content.decode()
        assert html.count('class="question"') == 4
        assert page["Cache-Control"].startswith("max-age=0") or "no-store" in page["Cache-Control"]
        assert "private" in page["Cache-Control"]

        answers = right_answers(signed_in, quiz, attempt)
        first = next(iter(answers))
        signed_in.post(
            quiz.route_url("attempt", attempt.pk),
            {first: answers[first], "prediction": "12", "action": "save"},
        )
        attempt.refresh_from_db()
        # Stored by the option's place in the bank (the first), not by its key.
        assert attempt.answers == {first.removeprefix("q-"): [0]}
        assert attempt.prediction == 12
        resumed = signed_in.get(quiz.url)
        assert "Tiếp tục làm bài" in resumed.content.decode()
        again = signed_in.get(quiz.route_url("attempt", attempt.pk)).content.decode()
        assert again.count("checked") == len(answers[first])
        assert 'value="12"' in again

        response = signed_in.post(
            quiz.route_url("attempt", attempt.pk), {**answers, "action": "submit"}
        )

        assert response["Location"] == quiz.route_url("result", attempt.pk)
        attempt.refresh_from_db()
        assert attempt.finish == Attempt.Finish.SUBMITTED
        assert attempt.score == 16 and attempt.all_correct
        assert attempt.prediction == 12  # kept from the save: the box was left empty
        result = signed_in.get(response["Location"]).content.decode()
        assert "16" in result and "4/4" in result

    def test_the_attempt_page_holds_no_answers(self, signed_in, quiz, participant):
        start(signed_in, quiz)
        attempt = running_attempt(participant, quiz)

        html = signed_in.get(quiz.route_url("attempt", attempt.pk)).content.decode()

        assert "correct" not in html
        assert "statement_is_true" not in html
        for block in quiz.questions:
            explanation = str(block.value["explanation"] or "")
            if explanation:
                assert explanation not in html

    def test_a_second_submit_keeps_the_first_result(self, signed_in, quiz, participant):
        start(signed_in, quiz)
        attempt = running_attempt(participant, quiz)
        url = quiz.route_url("attempt", attempt.pk)
        signed_in.post(url, {"action": "submit"})

        response = signed_in.post(
            url, {**right_answers(signed_in, quiz, attempt), "action": "submit"}
        )

        assert response["Location"] == quiz.route_url("result", attempt.pk)
        attempt.refresh_from_db()
        assert attempt.score == 0
        assert Attempt.objects.filter(participant=participant).count() == 1

    def test_a_late_submit_is_refused_and_counts_what_was_saved(self, signed_in, quiz, participant):
        start(signed_in, quiz)
        attempt = running_attempt(participant, quiz)
        answers = right_answers(signed_in, quiz, attempt)
        first = next(iter(answers))
        url = quiz.route_url("attempt", attempt.pk)
        signed_in.post(url, {first: answers[first], "action": "save"})
        Attempt.objects.filter(pk=attempt.pk).update(
            started_at=timezone.now() - datetime.timedelta(minutes=30),
            deadline=timezone.now() - datetime.timedelta(minutes=10),
        )

        response = signed_in.post(url, {**answers, "action": "submit"}, follow=True)

        assert "Đã quá giờ nộp bài" in response.content.decode()
        attempt.refresh_from_db()
        assert attempt.finish == Attempt.Finish.EXPIRED
        assert attempt.correct_count == 1

    def test_an_invalid_prediction_keeps_the_answers(self, signed_in, quiz, participant):
        start(signed_in, quiz)
        attempt = running_attempt(participant, quiz)
        answers = right_answers(signed_in, quiz, attempt)

        response = signed_in.post(
            quiz.route_url("attempt", attempt.pk),
            {**answers, "prediction": "khoảng 10", "action": "submit"},
            follow=True,
        )

        assert "Dự đoán là một số nguyên không âm." in response.content.decode()
        attempt.refresh_from_db()
        assert attempt.finished_at is None
        assert len(attempt.answers) == 4

    def test_no_more_attempts_than_allowed(self, signed_in, quiz, participant):
        start(signed_in, quiz)
        attempt = running_attempt(participant, quiz)
        signed_in.post(quiz.route_url("attempt", attempt.pk), {"action": "submit"})

        response = signed_in.post(quiz.route_url("start"), follow=True)

        assert "Bạn đã làm hết 1 lượt của vòng thi này." in response.content.decode()
        assert Attempt.objects.filter(participant=participant).count() == 1

    def test_a_closed_round_refuses_a_start(self, signed_in, quiz, participant):
        quiz.opens_at = timezone.now() - datetime.timedelta(days=8)
        quiz.closes_at = timezone.now() - datetime.timedelta(days=1)
        quiz.save_revision().publish()

        response = signed_in.post(quiz.route_url("start"), follow=True)

        assert "Vòng thi đã kết thúc" in response.content.decode()
        assert not Attempt.objects.exists()

    def test_someone_elses_attempt_is_not_found(self, signed_in, quiz):
        other = ParticipantFactory(password=PASSWORD)
        theirs = taking.start(quiz.pk, other)

        assert signed_in.get(quiz.route_url("attempt", theirs.pk)).status_code == 404
        assert signed_in.get(quiz.route_url("result", theirs.pk)).status_code == 404

    def test_keys_not_in_the_attempt_are_refused_and_lose_nothing(
        self, signed_in, quiz, participant
    ):
        start(signed_in, quiz)
        attempt = running_attempt(participant, quiz)
        url = quiz.route_url("attempt", attempt.pk)
        answers = right_answers(signed_in, quiz, attempt)
        signed_in.post(url, {**answers, "action": "save"})
        name = next(iter(answers))
        keys = [int(key) for _name, key, _text in form_options(signed_in, quiz, attempt)]
        stranger = str(max(keys) + 1)

        response = signed_in.post(
            url, {name: [stranger], "action": "save"}, HTTP_ACCEPT="application/json"
        )

        assert response.status_code == 400
        assert response.json() == {
            "code": "invalid_answers",
            "message": f"Câu '{name.removeprefix('q-')}': phương án có mã {stranger} "
            "không thuộc câu hỏi trong lượt làm bài này.",
        }
        page = signed_in.post(url, {name: [stranger], "action": "submit"}, follow=True)
        assert "không thuộc câu hỏi trong lượt làm bài này" in page.content.decode()
        attempt.refresh_from_db()
        assert attempt.finished_at is None and len(attempt.answers) == 4

    def test_saving_from_the_script_answers_in_json(self, signed_in, quiz, participant):
        start(signed_in, quiz)
        attempt = running_attempt(participant, quiz)

        response = signed_in.post(
            quiz.route_url("attempt", attempt.pk),
            {"prediction": "-3", "action": "save"},
            HTTP_ACCEPT="application/json",
        )

        assert response.status_code == 400
        assert response.json()["code"] == "invalid_prediction"
        ok = signed_in.post(
            quiz.route_url("attempt", attempt.pk),
            {"prediction": "7", "action": "save"},
            HTTP_ACCEPT="application/json",
        )
        assert ok.json()["saved"] is True
        assert 0 < ok.json()["seconds_left"] <= 20 * 60
        # The server's clock, in the site's time zone: what the page says it was saved at.
        saved_at = datetime.datetime.fromisoformat(ok.json()["saved_at"])
        assert abs(saved_at - timezone.now()) < datetime.timedelta(seconds=5)
        assert saved_at.utcoffset() == datetime.timedelta(hours=7)
        # As quiz.js sends the form: every input checked, by the keys the page gave.
        chosen = right_answers(signed_in, quiz, attempt)
        ok = signed_in.post(
            quiz.route_url("attempt", attempt.pk),
            {**chosen, "prediction": "7", "action": "save"},
            HTTP_ACCEPT="application/json",
        )
        assert ok.status_code == 200 and ok.json()["saved"] is True
        assert taking.submit(attempt.pk, participant).score == 16

    def test_a_save_from_the_script_after_the_deadline_changes_nothing(
        self, signed_in, quiz, participant
    ):
        start(signed_in, quiz)
        attempt = running_attempt(participant, quiz)
        chosen = right_answers(signed_in, quiz, attempt)
        first = next(iter(chosen))
        url = quiz.route_url("attempt", attempt.pk)
        signed_in.post(url, {first: chosen[first], "action": "save"})
        Attempt.objects.filter(pk=attempt.pk).update(
            deadline=timezone.now() - datetime.timedelta(seconds=5)
        )

        # What a phone held offline, sent when the connection returned.
        late = signed_in.post(url, {**chosen, "action": "save"}, HTTP_ACCEPT="application/json")

        assert late.status_code == 409 and late.json()["code"] == "late"
        assert "không được tính" in late.json()["message"]
        attempt.refresh_from_db()
        assert attempt.finished_at is None
        assert sum(bool(keys) for keys in attempt.answers.values()) == 1

    def test_saving_without_javascript_says_when(self, signed_in, quiz, participant):
        start(signed_in, quiz)
        attempt = running_attempt(participant, quiz)

        response = signed_in.post(
            quiz.route_url("attempt", attempt.pk), {"action": "save"}, follow=True
        )

        said = re.search(r"Đã lưu các câu trả lời lúc (\d\d:\d\d:\d\d)", response.content.decode())
        now = timezone.localtime()
        saved = datetime.datetime.strptime(said[1], "%H:%M:%S").replace(
            year=now.year, month=now.month, day=now.day, tzinfo=now.tzinfo
        )
        assert abs(now - saved) < datetime.timedelta(seconds=5)


class TestResults:
    def test_answers_are_published_only_after_close(self, signed_in, quiz, participant):
        start(signed_in, quiz)
        attempt = running_attempt(participant, quiz)
        signed_in.post(quiz.route_url("attempt", attempt.pk), {"action": "submit"})
        url = quiz.route_url("result", attempt.pk)

        before = signed_in.get(url).content.decode()
        assert "đáp án đúng" not in before
        assert "được công bố sau khi vòng thi kết thúc" in before

        quiz.closes_at = timezone.now() - datetime.timedelta(minutes=1)
        quiz.save_revision().publish()
        after = signed_in.get(url).content.decode()

        assert "Đáp án và giải thích" in after
        assert after.count("(đáp án đúng)") >= 4


class TestEditorsPreview:
    def test_the_bank_preview_shows_every_question_with_its_answers(self, quiz):
        assert ("questions", "Ngân hàng câu hỏi (có đáp án)") in quiz.preview_modes

        response = quiz.make_preview_request(preview_mode="questions")

        html = response.render().content.decode()
        for block in quiz.questions:
            assert block.value["text"] in html
        assert html.count("(đáp án đúng)") == 5  # 1 + 2 + 1 (Đúng) + 1

    def test_the_default_preview_is_the_round_page_without_answers(self, quiz):
        response = quiz.make_preview_request()

        html = response.render().content.decode()
        assert quiz.title in html and "đáp án đúng" not in html
        assert quiz.questions[0].value["text"] not in html
