"""The contest on the site itself, for citizens on a phone: take a round, see the result
(registering and signing in: ``quizzes.account_views``). The pages route here
(``ContestPage`` and ``QuizPage`` are routable); the rules are the API's:
``quizzes.taking`` enforces them for both.

Everything works without JavaScript: the round is a plain form whose buttons save or
submit. ``quiz.js`` adds the countdown, submits when it reaches zero and saves each
answer as it is chosen, keeping it on the phone until the server has it. None of these
pages is cached anywhere: they show who is signed in.
"""

from django.contrib import messages
from django.http import Http404, HttpResponseNotAllowed, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.http import urlencode

from bookshelf.models import BookshelfPage

from . import taking
from .api import refusal_status
from .drawing import option_texts, public_questions, shown_answers
from .limits import allow, client_of
from .models import Attempt, ContestEntry, ContestPage
from .scoring import answer_sheet, correct_keys
from .tokens import participant_for, signed

SESSION_KEY = "contest_participant"
TOO_MANY = "Bạn thao tác quá nhiều lần trong thời gian ngắn; hãy thử lại sau ít phút."


def signed_in(request):
    """The participant signed in on this browser, or None."""
    token = request.session.get(SESSION_KEY)
    return participant_for(token) if token else None


def _private(response):
    add_never_cache_headers(response)
    return response


def _render(page, request, template, context):
    full = page.get_context(request)
    full.update(
        participant=getattr(request, "participant", None),
        contest=page if isinstance(page, ContestPage) else page.get_parent().specific,
        **context,
    )
    return _private(TemplateResponse(request, template, full))


# The contest ---------------------------------------------------------------------------


def contest_index(contest, request):
    participant = request.participant = signed_in(request)
    # Reminders of new rounds are offered to those who entered the contest.
    entered = (
        participant is not None
        and ContestEntry.objects.filter(contest=contest, participant=participant).exists()
    )
    return _render(contest, request, contest.template, {"entered": entered})


# A round -------------------------------------------------------------------------------


def round_index(quiz, request):
    participant = request.participant = signed_in(request)
    context = {"state": quiz.state()}
    if participant is not None:
        now = timezone.now()
        attempts = list(Attempt.objects.filter(quiz=quiz, participant=participant))
        running = next((a for a in attempts if a.finished_at is None and now <= a.deadline), None)
        done = [a for a in attempts if a.finished_at is not None]
        left = quiz.attempts_allowed - len(attempts) if quiz.attempts_allowed else None
        context.update(
            running=running,
            finished_attempts=done,
            attempts_left=left,
            can_start=context["state"] == "open" and not running and (left is None or left > 0),
        )
    return _render(quiz, request, quiz.template, context)


def _to_sign_in(quiz):
    sign_in_url = quiz.get_parent().specific.route_url("sign_in")
    return redirect(f"{sign_in_url}?{urlencode({'next': quiz.url})}")


def _participant_or_sign_in(quiz, request):
    participant = request.participant = signed_in(request)
    if participant is None:
        return None, _to_sign_in(quiz)
    return participant, None


def start(quiz, request):
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    # The token's signature alone: the start's own statement checks it is still theirs.
    token = request.session.get(SESSION_KEY)
    claim = signed(token) if token else None
    if claim is None:
        return _to_sign_in(quiz)
    if not allow(request, "start", claim):
        messages.error(request, TOO_MANY)
        return redirect(quiz.url)
    ip, device = client_of(request)
    try:
        attempt = taking.start(quiz.pk, claim, ip=ip, device=device)
    except taking.Refused as refusal:
        if refusal.code == "signed_out":
            return _to_sign_in(quiz)
        messages.error(request, refusal.message)
        return redirect(quiz.url)
    return redirect(quiz.route_url("attempt", attempt.pk))


def _own(quiz, participant, attempt_id):
    try:
        attempt = taking.own_attempt(attempt_id, participant)
    except taking.Refused:
        raise Http404("Không tìm thấy lượt làm bài.") from None
    if attempt.quiz_id != quiz.pk:
        raise Http404("Không tìm thấy lượt làm bài.")
    attempt.quiz = quiz
    return attempt


def _answers_from(post, attempt):
    """{question id: [option keys]} from the form's ``q-<id>`` inputs."""
    answers = {}
    for item in attempt.questions:
        chosen = post.getlist(f"q-{item['id']}")
        try:
            answers[item["id"]] = [int(key) for key in chosen]
        except ValueError:
            raise taking.Refused("invalid_answers", "Câu trả lời không hợp lệ.") from None
    return {question: keys for question, keys in answers.items() if keys}


def _prediction_from(post, attempt):
    """The prediction typed, the one saved when the box is left empty, or Refused."""
    typed = post.get("prediction", "").strip().replace(".", "").replace(",", "")
    if not typed:
        return attempt.prediction
    if not typed.isdigit():
        raise taking.Refused("invalid_prediction", "Dự đoán là một số nguyên không âm.")
    return int(typed)


def attempt(quiz, request, attempt_id):
    participant, elsewhere = _participant_or_sign_in(quiz, request)
    if elsewhere:
        return elsewhere
    attempt = _own(quiz, participant, attempt_id)
    if request.method == "POST":
        return _answer(quiz, request, participant, attempt)
    if attempt.finished_at is None and timezone.now() > attempt.deadline + taking.GRACE:
        taking.finish_expired(attempt)
        messages.warning(request, "Đã hết giờ làm bài; các câu trả lời đã lưu được tính.")
        attempt.finished_at = attempt.deadline
    if attempt.finished_at is not None:
        return redirect(quiz.route_url("result", attempt.pk))
    questions = public_questions(quiz, attempt.questions)
    saved = shown_answers(attempt.questions, attempt.answers)
    for question in questions:  # the answers saved so far, checked again
        chosen = set(saved.get(question["id"], []))
        for option in question["options"]:
            option["checked"] = option["key"] in chosen
    context = {"attempt": attempt, "questions": questions, "seconds_left": attempt.seconds_left}
    return _render(quiz, request, "quizzes/attempt.html", context)


def _answer(quiz, request, participant, attempt):
    """Save or submit the form; a program (``Accept: application/json``, as quiz.js
    saves) gets JSON, a browser is sent back to the round or on to the result."""
    wants_json = "application/json" in request.headers.get("Accept", "")
    action = "submit" if request.POST.get("action") == "submit" else "save"
    here = quiz.route_url("attempt", attempt.pk)
    if not allow(request, action, participant):
        if wants_json:
            return JsonResponse({"code": "too_many", "message": TOO_MANY}, status=429)
        messages.error(request, TOO_MANY)
        return redirect(here)
    try:
        answers = _answers_from(request.POST, attempt)
        try:
            prediction = _prediction_from(request.POST, attempt)
        except taking.Refused:
            # Keep the answers chosen; only the prediction needs typing again.
            taking.save(attempt.pk, participant, answers, attempt.prediction)
            raise
        if action == "submit":
            attempt = taking.submit(attempt.pk, participant, answers, prediction)
        else:
            attempt = taking.save(attempt.pk, participant, answers, prediction)
    except taking.Refused as refusal:
        if wants_json:
            body = {"code": refusal.code, "message": refusal.message}
            return JsonResponse(body, status=refusal_status(refusal))
        messages.error(request, refusal.message)
        return redirect(here)
    if wants_json:
        return JsonResponse(_answered(attempt, action))
    if action == "submit":
        messages.success(request, "Đã nộp bài.")
        return redirect(quiz.route_url("result", attempt.pk))
    messages.success(request, f"Đã lưu các câu trả lời lúc {_clock(attempt.saved_at)}.")
    return redirect(here)


def _clock(moment):
    return timezone.localtime(moment).strftime("%H:%M:%S")


def _answered(attempt, action):
    """What the script is told of a save or submit that went through. ``saved_at`` is
    the server's time of a save, in the site's time zone (ISO 8601): the page shows it
    as it is, since the phone's clock and time zone may be wrong."""
    body = {"saved": True, "seconds_left": attempt.seconds_left}
    if action == "save":
        body["saved_at"] = timezone.localtime(attempt.saved_at).isoformat()
    return body


def _minutes_and_seconds(milliseconds):
    minutes, seconds = divmod(round((milliseconds or 0) / 1000), 60)
    return f"{minutes} phút {seconds} giây" if minutes else f"{seconds} giây"


def result(quiz, request, attempt_id):
    participant, elsewhere = _participant_or_sign_in(quiz, request)
    if elsewhere:
        return elsewhere
    attempt = _own(quiz, participant, attempt_id)
    if attempt.finished_at is None:
        return redirect(quiz.route_url("attempt", attempt.pk))
    published = quiz.show_answers_after_close and quiz.state() == "closed"
    context = {
        "attempt": attempt,
        "question_count": len(attempt.questions),
        "duration": _minutes_and_seconds(attempt.duration_ms),
        "sheet": answer_sheet(quiz, attempt.questions, attempt.answers) if published else None,
        "answers_later": quiz.show_answers_after_close and not published,
    }
    return _render(quiz, request, "quizzes/result.html", context)


def bank_preview(quiz, request):
    """The whole question bank with its answers, explanations and legal documents: the
    admin's preview, for editors checking a round before it opens."""
    bank = []
    for number, block in enumerate(quiz.questions, start=1):
        correct = correct_keys(block)
        document = block.value["legal_document"]
        bank.append(
            {
                "number": number,
                "kind": block.block.meta.label,
                "text": block.value["text"],
                "points": block.value["points"],
                "options": [
                    {"text": text, "correct": index in correct}
                    for index, text in enumerate(option_texts(block))
                ],
                "explanation": block.value["explanation"],
                "legal_document": document,
                "legal_document_url": document and BookshelfPage.document_url(document),
            }
        )
    context = {"bank": bank, "state": quiz.state()}
    return _render(quiz, request, "quizzes/bank_preview.html", context)
