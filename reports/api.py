"""``/api/reports/``: the PBGDPL statistics, read-only, for the people and systems that
compile them: the periods, a period's totals (as ``manage.py report_totals`` prints
them), where each unit stands, and one unit's report with its figures.

Who asks is either signed in to the admin (its session cookie) or another system with a
key (``Authorization: Bearer …``, made by ``manage.py reports_api_token``) acting as the
user it was made for. The Department of Justice's reviewers see everything; a unit's
reporters see their units' reports and standing, never the province's totals.
"""

import datetime

from ninja import Field, Router, Schema
from ninja.decorators import decorate_view
from ninja.errors import HttpError
from ninja.security import HttpBearer, django_auth

from django.http import Http404
from django.utils import timezone
from django.views.decorators.cache import never_cache

from home.models import Unit

from . import roles
from .figures import period_totals, report_rows, unit_statuses
from .models import Period, ReportsAPIToken, UnitReport
from .totals_json import totals_as_dict

NOT_A_COMPILER = "Tài khoản này không lập hay tổng hợp báo cáo thống kê PBGDPL."
PROVINCE_ONLY = "Chỉ Sở Tư pháp (người tổng hợp thống kê) xem được số liệu tổng hợp của tỉnh."
NOT_STARTED = "Chưa lập báo cáo"
BAD_KEY = "Mã truy cập API thống kê không đúng, hoặc đã bị thu hồi."


class ReportsKey(HttpBearer):
    """A key made by ``manage.py reports_api_token``: ``request.auth`` is its user."""

    openapi_description = (
        "Mã truy cập API thống kê (manage.py reports_api_token), thay cho phiên đăng nhập "
        "trang quản trị: Authorization: Bearer tk_…"
    )

    def authenticate(self, request, token):
        user = ReportsAPIToken.user_for(token)
        if user is None:
            raise HttpError(401, BAD_KEY)
        return user


# The admin's session first: a signed-in reviewer's browser sends no key.
router = Router(tags=["Thống kê PBGDPL"], auth=[django_auth, ReportsKey()])


class StatisticsPeriodOut(Schema):
    slug: str
    name: str
    kind: str = Field(description="six_month, preliminary_annual, official_annual hoặc custom.")
    kind_label: str
    start: datetime.date
    end: datetime.date
    deadline: datetime.date
    template: str = Field(description="Phiên bản mẫu báo cáo (bộ chỉ tiêu) của kỳ.")
    compared_with: str | None = Field(description="Mã kỳ được so sánh (năm trước), nếu có.")


class IndicatorTotalOut(Schema):
    code: str
    name: str
    unit: str = Field(description="Đơn vị tính.")
    total: int
    previous_total: int | None = Field(description="Tổng của kỳ so sánh, nếu kỳ đó có chỉ tiêu.")
    by_unit: dict[str, int] = Field(
        description="Số liệu của từng đơn vị đã gửi báo cáo, theo mã đơn vị."
    )
    automatic: bool = Field(description="Hệ thống tự tính từ hoạt động và nội dung đã đăng.")


class PeriodTotalsOut(Schema):
    period: str
    period_name: str
    deadline: datetime.date
    submitted: list[str] = Field(description="Mã các đơn vị đã gửi (đã gửi hoặc đã chấp nhận).")
    late: list[str] = Field(description="Mã các đơn vị gửi lần đầu sau hạn.")
    missing: list[str] = Field(description="Mã các đơn vị chưa gửi (chưa lập, đang soạn, trả lại).")
    indicators: list[IndicatorTotalOut]


class StatisticsUnitOut(Schema):
    slug: str
    name: str
    kind: Unit.Kind


class UnitStandingOut(Schema):
    unit: StatisticsUnitOut
    status: str = Field(description="missing, draft, submitted, returned hoặc accepted.")
    status_label: str
    due: bool = Field(description="Đơn vị thuộc danh sách phải báo cáo kỳ này.")
    first_submitted_at: datetime.datetime | None
    submitted_at: datetime.datetime | None
    late: bool = Field(description="Đã gửi, và lần gửi đầu tiên sau hạn.")


class FigureOut(Schema):
    code: str
    name: str
    unit: str = Field(description="Đơn vị tính.")
    form: str = Field(description="Số hiệu biểu.")
    part_of: str | None = Field(description="Mã chỉ tiêu mà chỉ tiêu này là phần “trong đó”.")
    automatic: bool
    computed: int | None = Field(description="Số hệ thống tính (chỉ tiêu tự động).")
    entered: int | None = Field(description="Số đơn vị nhập.")
    value: int | None = Field(description="Số liệu báo cáo: số đơn vị nhập, nếu không thì số tính.")
    explanation: str


class UnitReportOut(Schema):
    period: str
    unit: StatisticsUnitOut
    status: str
    status_label: str
    first_submitted_at: datetime.datetime | None
    submitted_at: datetime.datetime | None
    reviewed_at: datetime.datetime | None
    late: bool = Field(description="Đã gửi, và lần gửi đầu tiên sau hạn.")
    notes: str
    review_comment: str
    figures: list[FigureOut]


def _compiler(request):
    """The asking user, who must prepare or review reports."""
    user = request.auth
    if not (roles.is_reviewer(user) or roles.reporting_unit_ids(user)):
        raise HttpError(403, NOT_A_COMPILER)
    return user


def _period(slug):
    period = Period.objects.select_related("template").filter(slug=slug).first()
    if period is None:
        raise Http404(f"Không có kỳ báo cáo mã “{slug}”.")
    return period


def _local(moment):
    return timezone.localtime(moment) if moment else None


def _unit_out(unit):
    return {"slug": unit.slug, "name": unit.name, "kind": unit.kind}


@router.get(
    "/periods",
    response=list[StatisticsPeriodOut],
    summary="Các kỳ báo cáo, mới nhất trước",
)
@decorate_view(never_cache)
def periods(request):
    _compiler(request)
    found = Period.objects.select_related("template", "compare_with").order_by("-end", "name")
    return [
        {
            "slug": period.slug,
            "name": period.name,
            "kind": period.kind,
            "kind_label": period.get_kind_display(),
            "start": period.start,
            "end": period.end,
            "deadline": period.deadline,
            "template": period.template.version,
            "compared_with": period.compare_with.slug if period.compare_with else None,
        }
        for period in found
    ]


@router.get(
    "/periods/{slug}/totals",
    response=PeriodTotalsOut,
    summary="Số liệu tổng hợp của tỉnh trong kỳ (Sở Tư pháp)",
)
@decorate_view(never_cache)
def totals(request, slug: str):
    if not roles.is_reviewer(_compiler(request)):
        raise HttpError(403, PROVINCE_ONLY)
    return totals_as_dict(period_totals(_period(slug)))


@router.get(
    "/periods/{slug}/units",
    response=list[UnitStandingOut],
    summary="Tình hình gửi báo cáo của các đơn vị (người lập báo cáo: đơn vị mình)",
)
@decorate_view(never_cache)
def standings(request, slug: str):
    user = _compiler(request)
    period = _period(slug)
    due = set(period.units.values_list("pk", flat=True))
    shown = None if roles.is_reviewer(user) else roles.reporting_unit_ids(user)
    return [
        {
            "unit": _unit_out(status.unit),
            "status": status.status,
            "status_label": (status.report.get_status_display() if status.report else NOT_STARTED),
            "due": status.unit.pk in due,
            "first_submitted_at": _local(status.report and status.report.first_submitted_at),
            "submitted_at": _local(status.report and status.report.submitted_at),
            "late": status.was_late,
        }
        for status in unit_statuses(period)
        if shown is None or status.unit.pk in shown
    ]


@router.get(
    "/periods/{slug}/units/{unit_slug}",
    response=UnitReportOut,
    summary="Báo cáo của một đơn vị và số liệu của nó",
)
@decorate_view(never_cache)
def unit_report(request, slug: str, unit_slug: str):
    user = _compiler(request)
    period = _period(slug)
    unit = Unit.objects.filter(slug=unit_slug).first()
    if unit is None:
        raise Http404(f"Không có đơn vị mã “{unit_slug}”.")
    if not (roles.is_reviewer(user) or unit.pk in roles.reporting_unit_ids(user)):
        raise HttpError(403, f"Bạn không xem được báo cáo của {unit}.")
    report = (
        UnitReport.objects.select_related("period", "unit").filter(period=period, unit=unit).first()
    )
    if report is None:
        raise Http404(f"{unit} chưa lập báo cáo kỳ “{period}”.")
    return {
        "period": period.slug,
        "unit": _unit_out(unit),
        "status": report.status,
        "status_label": report.get_status_display(),
        "first_submitted_at": _local(report.first_submitted_at),
        "submitted_at": _local(report.submitted_at),
        "reviewed_at": _local(report.reviewed_at),
        "late": report.is_counted and report.was_late,
        "notes": report.notes,
        "review_comment": report.review_comment,
        "figures": [_figure(row) for row in report_rows(report)],
    }


def _figure(row):
    indicator = row.indicator
    return {
        "code": indicator.code,
        "name": indicator.name,
        "unit": indicator.measure,
        "form": indicator.form.code,
        "part_of": indicator.parent.code if indicator.parent_id else None,
        "automatic": indicator.is_automatic,
        "computed": row.automatic,
        "entered": row.entered,
        "value": row.value,
        "explanation": row.explanation,
    }
