"""The statistics menu: reports by period, activity records, and the data the Department
of Justice keeps (periods, indicators, templates, forms)."""

from django.urls import reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from . import roles
from .activity_admin import ActivityRecordViewSet
from .models import Indicator, IndicatorTemplate, Period, StatisticsForm, units_due_for

SUBMENU_HOOK = "register_statistics_menu_item"


class PeriodViewSet(ModelViewSet):
    model = Period
    icon = "calendar-alt"
    menu_label = "Kỳ báo cáo"
    url_prefix = "statistics/periods"
    url_namespace = "reports_period_admin"
    form_fields = None
    list_display = ["name", "slug", "start", "end", "deadline", "template"]
    list_filter = ["kind"]
    search_fields = ["name", "slug"]

    def get_form_class(self, for_update=False):
        form_class = super().get_form_class(for_update)

        class PeriodForm(form_class):
            """A new period's units are preselected from its dates when left empty."""

            def save(self, commit=True):
                period = super().save(commit=commit)
                if commit and not self.cleaned_data.get("units"):
                    period.units.set(units_due_for(period.start, period.end))
                return period

        return PeriodForm


class IndicatorViewSet(ModelViewSet):
    model = Indicator
    icon = "list-ol"
    menu_label = "Chỉ tiêu"
    url_prefix = "statistics/indicators"
    url_namespace = "reports_indicator_admin"
    form_fields = None
    list_display = ["code", "name", "measure", "form", "source"]
    list_filter = ["form", "kind"]
    search_fields = ["code", "name"]


class TemplateViewSet(ModelViewSet):
    model = IndicatorTemplate
    icon = "clipboard-list"
    menu_label = "Mẫu báo cáo"
    url_prefix = "statistics/templates"
    url_namespace = "reports_template_admin"
    form_fields = None
    copy_view_enabled = True
    list_display = ["name", "version"]


class FormViewSet(ModelViewSet):
    model = StatisticsForm
    icon = "table"
    menu_label = "Biểu thống kê"
    url_prefix = "statistics/forms"
    url_namespace = "reports_form_admin"
    form_fields = None
    list_display = ["code", "title", "sheet_name"]


class StatisticsMenu(ViewSetGroup):
    menu_label = "Thống kê PBGDPL"
    menu_icon = "table"
    menu_order = 310
    submenu_hook = SUBMENU_HOOK
    items = (ActivityRecordViewSet, PeriodViewSet, IndicatorViewSet, TemplateViewSet, FormViewSet)


class ReportsMenuItem(MenuItem):
    def is_shown(self, request):
        user = request.user
        return roles.is_reviewer(user) or bool(roles.reporting_unit_ids(user))


@hooks.register("register_admin_viewset")
def statistics_viewsets():
    return StatisticsMenu()


@hooks.register(SUBMENU_HOOK)
def reports_menu_item():
    return ReportsMenuItem(
        "Báo cáo theo kỳ", reverse("reports_periods"), icon_name="doc-full", order=0
    )
