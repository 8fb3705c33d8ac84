from .activities import ActivityAttachment, ActivityRecord
from .api_tokens import ReportsAPIToken
from .indicators import Indicator, IndicatorTemplate, StatisticsForm, TemplateLine
from .periods import Period, units_due_for
from .reminders import Reminder
from .unit_reports import ReportEvent, ReportValue, UnitReport

__all__ = [
    "ActivityAttachment",
    "ActivityRecord",
    "Indicator",
    "IndicatorTemplate",
    "Period",
    "Reminder",
    "ReportEvent",
    "ReportsAPIToken",
    "ReportValue",
    "StatisticsForm",
    "TemplateLine",
    "UnitReport",
    "units_due_for",
]
