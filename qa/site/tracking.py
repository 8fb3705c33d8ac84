"""``tra-cuu/`` of the Q&A section: an asker follows their question by its tracking
code, and replies when the unit asks them for more.

The code is typed in a form (POST), never put in an address, so it reaches no log, no
history and no Referer. A code found is kept in the session and the browser redirected
to ``tra-cuu/``: reloading shows the question again without the code. An unknown code
and a look-up over the address's limit are answered alike (``qa.tracking.look_up``).
"""

from django import forms
from django.contrib import messages
from django.shortcuts import redirect

from .. import tracking
from ..models import Question
from .pages import JUST_ASKED, TRACKED, render, urls


class TrackForm(forms.Form):
    code = forms.CharField(
        label="Mã tra cứu",
        max_length=40,
        help_text="Dạng HD-XXXXX-XXXXX, trong tin nhắn hoặc thư báo đã nhận câu hỏi.",
        error_messages={"required": "Hãy nhập mã tra cứu."},
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "autocapitalize": "characters",
                "spellcheck": "false",
                "placeholder": "HD-XXXXX-XXXXX",
            }
        ),
    )


class ReplyForm(forms.Form):
    message = forms.CharField(
        label="Thông tin bổ sung",
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=tracking.REPLY_MAX_LENGTH * 2,
        error_messages={"required": "Hãy nhập thông tin bổ sung."},
    )


def track(index, request):
    here = urls(index)["track_url"]
    action = request.POST.get("action") if request.method == "POST" else None
    if action == "forget":
        request.session.pop(TRACKED, None)
        request.session.pop(JUST_ASKED, None)
        return redirect(here)
    if action == "reply":
        return _reply(index, request, here)
    if request.method == "POST":
        return _look_up(index, request, here)
    question = _followed(request)
    return _page(index, request, question, TrackForm())


def _followed(request):
    code = request.session.get(TRACKED)
    return tracking.find(code) if code else None


def _look_up(index, request, here):
    form = TrackForm(request.POST)
    if form.is_valid():
        question = tracking.look_up(request, form.cleaned_data["code"])
        if question is not None:
            request.session.cycle_key()
            request.session[TRACKED] = question.tracking_code
            return redirect(here)
        form.add_error("code", tracking.NOT_FOUND)
    return _page(index, request, None, form)


def _reply(index, request, here):
    question = _followed(request)
    if question is None:
        return redirect(here)
    form = ReplyForm(request.POST)
    if form.is_valid():
        if not (tracking.reply_allowed_from(request) and tracking.reply_allowed_to(question)):
            form.add_error(
                None, "Bạn đã gửi nhiều phần bổ sung trong thời gian ngắn; hãy thử lại sau ít phút."
            )
        else:
            try:
                tracking.reply(question, form.cleaned_data["message"])
            except tracking.ReplyRefused as refusal:
                if not refusal.field:
                    # No longer waiting for it (answered meanwhile, say): the page says so.
                    messages.error(request, refusal.message)
                    return redirect(here)
                form.add_error("message", refusal.message)
            else:
                messages.success(
                    request,
                    "Đã gửi thông tin bổ sung. Câu hỏi đã được chuyển lại cho đơn vị trả lời.",
                )
                return redirect(here)
    return _page(index, request, question, TrackForm(), reply_form=form)


def _page(index, request, question, form, reply_form=None):
    context = {"form": form, "question": question}
    if question is not None:
        label, explanation = tracking.status_of(question)
        context.update(
            status_label=label,
            status_text=explanation,
            events=tracking.public_events(question),
            clarification=tracking.clarification_request(question),
            answer_html=tracking.answer_html(question),
            references=tracking.references(question, request),
            page_url=tracking.published_page_url(question, request),
            masked_contact=tracking.masked_contact(question),
            within_days=tracking.expected_within_days(),
            is_open=question.status in (Question.Status.NEW, Question.Status.ASSIGNED),
        )
        if question.status == Question.Status.CLARIFYING:
            context["reply_form"] = reply_form or ReplyForm()
    return render(index, request, "qa/track.html", context)
