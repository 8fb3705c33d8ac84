"""Downloads of the statistics in the admin: a period's totals (XLSX in the forms'
layout, CSV of every figure) for the Department of Justice's reviewers, and a unit's
report (XLSX) for them and the unit's own reporters."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404

from core.slugs import vietnamese_slugify
from reports import roles
from reports.figures import period_totals
from reports.models import Period, UnitReport

from .cells import XLSX_CONTENT_TYPE
from .figures_csv import figures_csv
from .report_xlsx import write_report_xlsx
from .totals_xlsx import write_totals_xlsx


def _reviewed_period(request, period_id):
    if not roles.is_reviewer(request.user):
        raise PermissionDenied
    return get_object_or_404(Period.objects.select_related("template"), pk=period_id)


def _download(content_type, filename):
    response = HttpResponse(content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _ascii(slug, fallback):
    """A file name part in ASCII: a slug typed in the admin may hold Vietnamese letters."""
    return vietnamese_slugify(slug) or fallback


def totals_xlsx(request, period_id):
    period = _reviewed_period(request, period_id)
    response = _download(
        XLSX_CONTENT_TYPE, f"thong-ke-pbgdpl-{_ascii(period.slug, period.pk)}.xlsx"
    )
    write_totals_xlsx(period_totals(period), response)
    return response


def totals_csv(request, period_id):
    period = _reviewed_period(request, period_id)
    response = _download(
        "text/csv; charset=utf-8", f"so-lieu-pbgdpl-{_ascii(period.slug, period.pk)}.csv"
    )
    response.write(figures_csv(period_totals(period, compare=False)))
    return response


def report_xlsx(request, report_id):
    report = get_object_or_404(
        UnitReport.objects.select_related("period__template", "unit"), pk=report_id
    )
    if not roles.may_view(request.user, report):
        raise PermissionDenied
    period = _ascii(report.period.slug, report.period.pk)
    unit = _ascii(report.unit.slug, report.unit.pk)
    response = _download(XLSX_CONTENT_TYPE, f"bao-cao-pbgdpl-{period}-{unit}.xlsx")
    write_report_xlsx(report, response)
    return response
