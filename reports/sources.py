"""Automatic sources: figures the system already knows, computed per unit for a period.

Each source answers for many units in a few queries (a dashboard or an export computes a
whole province at once). An indicator names its source by key; a source's key, once
used, keeps its meaning. Apps below this one are read here; an app that comes later
registers its own sources with ``register``.
"""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Count, F, Q, Sum
from django.db.models.functions import Coalesce

SOURCES = {}


@dataclass(frozen=True)
class Source:
    key: str
    label: str
    # (period, unit ids) -> {unit id: figure}; units without any are left out.
    compute: Callable


def register(key, label):
    def decorator(function):
        SOURCES[key] = Source(key, label, function)
        return function

    return decorator


def source_choices():
    return [("", "— Đơn vị tự nhập —"), *((s.key, s.label) for s in SOURCES.values())]


def compute(keys, period, unit_ids):
    """{source key: {unit id: figure}} for the given sources."""
    unit_ids = list(unit_ids)
    return {key: SOURCES[key].compute(period, unit_ids) for key in keys if key in SOURCES}


# --- Activity records ------------------------------------------------------------------


def _activities(period, unit_ids, kinds, extra=None):
    from .models import ActivityRecord

    return ActivityRecord.objects.filter(
        Q(unit_id__in=unit_ids, kind__in=kinds, date__gte=period.start, date__lte=period.end)
        & (extra or Q())
    ).values("unit_id")


def _count(rows):
    # Without ordering: pages come ordered by their tree path, which would group them
    # one by one.
    rows = rows.order_by().annotate(n=Count("pk"))
    return {row["unit_id"]: row["n"] for row in rows if row["n"]}


def _sum(rows, field):
    rows = rows.order_by().annotate(n=Sum(field))
    return {row["unit_id"]: row["n"] for row in rows if row["n"]}


def _direct_kinds():
    from .models import ActivityRecord

    # An online exchange with officials is direct dissemination held online.
    return [ActivityRecord.Kind.DIRECT, ActivityRecord.Kind.ONLINE_EXCHANGE]


def _online():
    from .models import ActivityRecord

    return Q(online=True) | Q(kind=ActivityRecord.Kind.ONLINE_EXCHANGE)


@register(
    "activities.direct.sessions", "Hoạt động: số cuộc PBGDPL trực tiếp (kể cả giao lưu trực tuyến)"
)
def direct_sessions(period, unit_ids):
    return _count(_activities(period, unit_ids, _direct_kinds()))


@register("activities.direct.online", "Hoạt động: số cuộc PBGDPL trực tiếp tổ chức trực tuyến")
def direct_sessions_online(period, unit_ids):
    return _count(_activities(period, unit_ids, _direct_kinds(), _online()))


@register("activities.direct.attendance", "Hoạt động: lượt người tham dự PBGDPL trực tiếp")
def direct_attendance(period, unit_ids):
    return _sum(_activities(period, unit_ids, _direct_kinds()), "participants")


@register("activities.direct.presenters", "Hoạt động: lượt người thực hiện PBGDPL trực tiếp")
def direct_presenters(period, unit_ids):
    return _sum(_activities(period, unit_ids, _direct_kinds()), "presenters")


@register("activities.training.classes", "Hoạt động: số lớp tập huấn, bồi dưỡng")
def training_classes(period, unit_ids):
    from .models import ActivityRecord

    return _count(_activities(period, unit_ids, [ActivityRecord.Kind.TRAINING]))


@register("activities.training.participants", "Hoạt động: lượt người được tập huấn, bồi dưỡng")
def training_participants(period, unit_ids):
    from .models import ActivityRecord

    return _sum(_activities(period, unit_ids, [ActivityRecord.Kind.TRAINING]), "participants")


@register("activities.exchanges", "Hoạt động: số cuộc giao lưu, đối thoại trực tuyến")
def online_exchanges(period, unit_ids):
    from .models import ActivityRecord

    return _count(_activities(period, unit_ids, [ActivityRecord.Kind.ONLINE_EXCHANGE]))


# --- Contests: on the site and recorded -------------------------------------------------


def _site_contests(period, unit_ids):
    """{unit id: contests on the site that the unit runs and that had a round open in the
    period}."""
    from wagtail.models import Page

    from quizzes.models import ContestPage, QuizPage

    round_paths = (
        QuizPage.objects.live()
        .filter(opens_at__gte=period.starts_at, opens_at__lt=period.ends_before)
        .values_list("path", flat=True)
    )
    contest_paths = {path[: -Page.steplen] for path in round_paths}
    rows = (
        ContestPage.objects.live()
        .filter(path__in=contest_paths, unit_id__in=unit_ids)
        .values("unit_id")
    )
    return _count(rows)


def _recorded_contests(period, unit_ids, extra=None):
    from .models import ActivityRecord

    return _activities(period, unit_ids, [ActivityRecord.Kind.CONTEST], extra)


def _add(*figures):
    total = Counter()
    for figure in figures:
        total.update(figure)
    return {unit_id: value for unit_id, value in total.items() if value}


@register("contests.held", "Cuộc thi: số cuộc thi đơn vị tổ chức (trên Cổng và ghi nhận)")
def contests_held(period, unit_ids):
    return _add(_site_contests(period, unit_ids), _count(_recorded_contests(period, unit_ids)))


@register("contests.held_online", "Cuộc thi: số cuộc thi trực tuyến (trên Cổng và ghi nhận)")
def contests_held_online(period, unit_ids):
    return _add(
        _site_contests(period, unit_ids),
        _count(_recorded_contests(period, unit_ids, Q(online=True))),
    )


@register(
    "contests.entries", "Cuộc thi: lượt dự thi của người thuộc đơn vị (trên Cổng và ghi nhận)"
)
def contest_entries(period, unit_ids):
    from quizzes.models import Attempt

    site = (
        Attempt.objects.filter(
            participant__unit_id__in=unit_ids,
            finished_at__gte=period.starts_at,
            finished_at__lt=period.ends_before,
        )
        .values(unit_id=F("participant__unit_id"))
        .annotate(n=Count("pk"))
    )
    return _add(
        {row["unit_id"]: row["n"] for row in site},
        _sum(_recorded_contests(period, unit_ids), "participants"),
    )


# --- Published content ------------------------------------------------------------------


def _publication_models():
    from publications.models import (
        EBookPage,
        InfographicPage,
        LeafletPage,
        LecturePage,
        LegalNewsPage,
        VideoPage,
    )

    return {
        "news": LegalNewsPage,
        "infographic": InfographicPage,
        "video": VideoPage,
        "leaflet": LeafletPage,
        "ebook": EBookPage,
        "lecture": LecturePage,
    }


def _published(model, period, unit_ids):
    """{unit id: pages of ``model`` first published in the period}: live pages in the
    site's language (a translation is the same item, not another one)."""
    from wagtail.models import Locale

    rows = (
        model.objects.live()
        .filter(
            locale=Locale.get_default(),
            unit_id__in=unit_ids,
            first_published_at__gte=period.starts_at,
            first_published_at__lt=period.ends_before,
        )
        .values("unit_id")
    )
    return _count(rows)


PUBLICATION_LABELS = {
    "news": "tin, bài pháp luật",
    "infographic": "infographic",
    "video": "video",
    "leaflet": "tờ gấp điện tử",
    "ebook": "sách điện tử",
    "lecture": "bài giảng điện tử",
}


def _register_publication(kind, label):
    @register(f"publications.{kind}", f"Cổng: số {label} đã xuất bản")
    def published(period, unit_ids):
        return _published(_publication_models()[kind], period, unit_ids)

    return published


for _kind, _label in PUBLICATION_LABELS.items():
    _register_publication(_kind, _label)


@register("publications.all", "Cổng: số sản phẩm PBGDPL điện tử đã xuất bản (mọi loại)")
def published_all(period, unit_ids):
    return _add(*(_published(model, period, unit_ids) for model in _publication_models().values()))


@register("publications.documents", "Cổng: số tài liệu (tờ gấp, sách điện tử) đăng tải")
def published_documents(period, unit_ids):
    models = _publication_models()
    return _add(
        _published(models["leaflet"], period, unit_ids),
        _published(models["ebook"], period, unit_ids),
    )


# --- Legal questions and answers (qa) ---------------------------------------------------


def _answerable_unit():
    """The unit a citizen's question counts for: the unit it was given to answer; for a
    question sent to an online exchange and not given to a unit, the exchange's unit. A
    question nobody was given (new, or refused by the board straight away) counts for
    no unit."""
    return Coalesce("unit_id", "exchange__unit_id")


def _questions(unit_ids, moment, period):
    from qa.models import Question

    return (
        Question.objects.annotate(answerable=_answerable_unit(), moment=moment)
        .filter(
            answerable__in=unit_ids, moment__gte=period.starts_at, moment__lt=period.ends_before
        )
        .order_by()
        .values("answerable")
        .annotate(n=Count("pk"))
    )


@register("qa.received", "Hỏi đáp: số câu hỏi pháp luật đơn vị nhận để trả lời")
def questions_received(period, unit_ids):
    return {row["answerable"]: row["n"] for row in _questions(unit_ids, F("created_at"), period)}


@register("qa.answered", "Hỏi đáp: số câu hỏi pháp luật đơn vị đã trả lời")
def questions_answered(period, unit_ids):
    # Answered in writing, or live at an online exchange.
    answered = Coalesce("answered_at", "answered_live_at")
    return {row["answerable"]: row["n"] for row in _questions(unit_ids, answered, period)}


@register("qa.published", "Hỏi đáp: số câu trả lời pháp luật đã đăng trên Cổng")
def answers_published(period, unit_ids):
    """Answers the unit published in the period: pairs imported from elsewhere were
    published before, on another site, and are left out."""
    from wagtail.models import Locale

    from qa.models import QuestionAnswerPage

    rows = (
        QuestionAnswerPage.objects.live()
        .filter(
            locale=Locale.get_default(),
            unit_id__in=unit_ids,
            first_published_at__gte=period.starts_at,
            first_published_at__lt=period.ends_before,
            external_id="",
        )
        .values("unit_id")
    )
    return _count(rows)
