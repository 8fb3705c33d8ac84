"""The admin screens of activity records: a unit's staff see and change their units'
records only; the Department of Justice's reviewers see every unit's."""

from django.shortcuts import get_object_or_404

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from home.models import Unit

from . import roles
from .models import ActivityRecord


def visible_records(user):
    records = ActivityRecord.objects.select_related("unit")
    if roles.is_reviewer(user) or user.is_superuser:
        return records
    return records.filter(unit_id__in=roles.recording_unit_ids(user))


class ActivityRecordForm(WagtailAdminModelForm):
    """A unit's staff record activities of their own units only, their first by default."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and not self.instance.pk:
            self.instance.created_by = for_user
        if for_user is None or for_user.is_superuser or "unit" not in self.fields:
            return
        own = roles.recording_unit_ids(for_user)
        self.fields["unit"].queryset = Unit.objects.filter(pk__in=own)
        if len(own) == 1 and not self.instance.pk:
            self.fields["unit"].initial = next(iter(own))
            self.fields["unit"].empty_label = None


class VisibleOnlyMixin:
    def get_object(self, queryset=None):
        return get_object_or_404(visible_records(self.request.user), pk=self.kwargs["pk"])


class IndexView(generic.IndexView):
    def get_base_queryset(self):
        return visible_records(self.request.user)


class EditView(VisibleOnlyMixin, generic.EditView):
    """Another unit's record is not found: its existence is not the editor's business."""


class DeleteView(VisibleOnlyMixin, generic.DeleteView):
    """Only the unit's own records can be deleted."""


class InspectView(VisibleOnlyMixin, generic.InspectView):
    """Only the unit's own records, or every record for a reviewer, can be read."""


class ActivityRecordViewSet(ModelViewSet):
    model = ActivityRecord
    form_fields = None
    icon = "date"
    menu_label = "Hoạt động PBGDPL"
    url_prefix = "statistics/activities"
    url_namespace = "reports_activities"
    index_view_class = IndexView
    edit_view_class = EditView
    delete_view_class = DeleteView
    inspect_view_class = InspectView
    inspect_view_enabled = True
    copy_view_enabled = True
    edit_handler = ObjectList(ActivityRecord.panels, base_form_class=ActivityRecordForm)
    list_filter = ["kind", "unit", "online"]
    search_fields = ["title", "place", "notes"]
    list_display = [
        "title",
        Column("unit", label="Đơn vị"),
        Column("kind", label="Loại", accessor="get_kind_display"),
        DateColumn("date", label="Ngày"),
        Column("participants", label="Lượt người tham dự"),
    ]
    ordering = ["-date"]
