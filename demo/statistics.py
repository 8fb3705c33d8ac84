"""The demo's PBGDPL statistics: a 2026 template made from the 2025 one, the official
period of 2025 with every unit's report accepted, and the preliminary period of 2026
with reports in every state.

Reports move through ``reports.workflow`` as the units' reporters and the Department of
Justice's reviewer would move them, so their history is what the admin would have
recorded; each step is then dated to when it happened in the story."""

import datetime
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from django.db.models import Max

from reports import workflow
from reports.figures import automatic_figures, freeze, report_rows
from reports.models import (
    ActivityRecord,
    Indicator,
    IndicatorTemplate,
    Period,
    ReportEvent,
    ReportValue,
    StatisticsForm,
    TemplateLine,
    UnitReport,
    units_due_for,
)

from .accounts import unit_reporter
from .activities import load_activities

LOCAL_TIME = ZoneInfo("Asia/Ho_Chi_Minh")

TEMPLATE_2025 = "Mẫu thống kê PBGDPL 2025"  # made by reports/migrations/0002_catalogue.py
TEMPLATE_2026 = "Mẫu thống kê PBGDPL 2026"
# (code, name, measure, form). Entered by the unit rather than computed: it counts
# questions answered in every way, of which the portal's Q&A section (``qa.answered``) is
# one.
NEW_IN_2026 = ("kh.hoi_dap", "Số câu hỏi pháp luật được trả lời", "câu hỏi", "KH-PBGDPL")
RETIRED_IN_2026 = "09b.nguoi_thuc_hien"
NOTES_2026 = (
    "Lập từ Mẫu thống kê PBGDPL 2025.\n"
    "Thêm chỉ tiêu kh.hoi_dap “Số câu hỏi pháp luật được trả lời” (biểu KH-PBGDPL): đơn vị "
    "tự nhập, tính mọi cách trả lời (trực tiếp, điện thoại, văn bản, trên Cổng); số câu hỏi "
    "trả lời trên chuyên mục hỏi đáp của Cổng có ở nguồn tự động qa.answered.\n"
    "Bỏ chỉ tiêu 09b.nguoi_thuc_hien “Số lượt người thực hiện PBGDPL trực tiếp”: kỳ năm "
    "2026 không yêu cầu báo cáo chỉ tiêu này."
)


@dataclass(frozen=True)
class PeriodSpec:
    name: str
    slug: str
    kind: str
    start: datetime.date
    end: datetime.date
    deadline: datetime.date


PAST = PeriodSpec(
    "Năm 2025 (chính thức)",
    "2025-chinh-thuc",
    Period.Kind.OFFICIAL_ANNUAL,
    datetime.date(2025, 1, 1),
    datetime.date(2025, 12, 31),
    datetime.date(2025, 11, 14),
)
CURRENT = PeriodSpec(
    "Năm 2026 (sơ bộ)",
    "2026-so-bo",
    Period.Kind.PRELIMINARY_ANNUAL,
    datetime.date(2026, 1, 1),
    datetime.date(2026, 10, 31),
    datetime.date(2026, 11, 14),
)

RETURNED_HALONG = (
    "Số báo cáo viên pháp luật chưa khớp với quyết định công nhận của tỉnh; đề nghị kiểm "
    "tra lại và bổ sung số tin, bài đăng trên trang mạng xã hội của phường."
)
RETURNED_CAMPHA = (
    "Kinh phí từ nguồn khác chưa có chứng từ kèm theo; đề nghị kiểm tra lại hoặc bỏ số liệu này."
)

# What each unit did with its report on the current period, step by step:
# (step, "dd/mm/yyyy HH:MM"[, the reviewer's comment]). "send" fills the figures and sends
# the report; "draft" fills some and keeps it. Units left out have not started.
CURRENT_STORIES = {
    "STP": (
        ("send", "05/11/2026 09:10"),
        ("accept", "10/11/2026 14:05", "Số liệu đầy đủ, khớp với hồ sơ lưu tại Sở."),
    ),
    "SNNMT": (("send", "12/11/2026 15:40"), ("accept", "17/11/2026 10:20", "")),
    "SNV": (("send", "13/11/2026 16:05"),),
    "CAT": (("send", "03/11/2026 08:30"), ("accept", "06/11/2026 09:00", "")),
    # Sent six days after the deadline: late.
    "MTTQ": (("send", "20/11/2026 09:15"),),
    "HLHPN": (("send", "10/11/2026 10:45"), ("accept", "13/11/2026 15:30", "")),
    "HALONG": (("send", "12/11/2026 17:20"), ("return", "16/11/2026 09:40", RETURNED_HALONG)),
    # Sent on the deadline day: on time.
    "QUANGHA": (("send", "14/11/2026 16:30"),),
    "VANDON": (("draft", "09/11/2026 14:00"),),
    "BAICHAY": (("send", "11/11/2026 11:00"), ("accept", "16/11/2026 16:10", "")),
    # First sent on time, so still on time when sent again after the deadline.
    "CAMPHA": (
        ("send", "13/11/2026 10:00"),
        ("return", "18/11/2026 08:50", RETURNED_CAMPHA),
        ("send", "24/11/2026 15:15"),
    ),
    "UONGBI": (("draft", "20/11/2026 10:30"),),
}

# Computed figures some units changed, with their explanation: {(year, unit key):
# (indicator code, added to the computed figure, explanation)}.
OVERRIDES = {
    (2025, "CAT"): (
        "09b.luot_nguoi",
        420,
        "Cộng 420 lượt người dự các buổi tuyên truyền lưu động của Công an các xã, phường "
        "chưa ghi thành hoạt động.",
    ),
    (2026, "SNNMT"): (
        "09b.luot_nguoi",
        150,
        "Cộng 150 lượt ngư dân được tuyên truyền trực tiếp trên tàu cá tại cảng, chưa ghi "
        "thành hoạt động.",
    ),
    (2026, "BAICHAY"): (
        "09b.luot_nguoi",
        80,
        "Cộng 80 lượt người dự buổi tuyên truyền tại chợ Hạ Long I do tổ dân phố tổ chức.",
    ),
}

NOTES = [
    "{unit} lồng ghép phổ biến pháp luật trong sinh hoạt khu dân cư và các ngày lễ lớn; "
    "kết quả nổi bật là tuyên truyền Luật Đất đai năm 2024. Khó khăn: kinh phí hạn chế. "
    "Kiến nghị: tỉnh tiếp tục cung cấp tài liệu PBGDPL điện tử dùng chung.",
    "{unit} đẩy mạnh PBGDPL trên môi trường số: đăng tin, bài trên Cổng và trang mạng xã "
    "hội, tổ chức giao lưu trực tuyến. Kiến nghị: tập huấn kỹ năng làm video pháp luật.",
    "{unit} phối hợp với các đoàn thể tổ chức tuyên truyền trực tiếp cho ngư dân, học sinh "
    "và người lao động. Khó khăn: đội ngũ báo cáo viên kiêm nhiệm, ít thời gian.",
]


def _moment(text):
    return datetime.datetime.strptime(text, "%d/%m/%Y %H:%M").replace(tzinfo=LOCAL_TIME)


def load_statistics(units, accounts):
    """Load what is missing; return (periods, reports, activity records) in the database.

    Phường Hạ Long's reporter and the reviewer are demo accounts (``accounts``); the
    other units' reporters, who only author the history, cannot sign in."""
    reporters = {
        key: unit_reporter(unit, f"baocao.{key.lower()}", signs_in=False)
        for key, unit in units.items()
        if unit.is_active and key != "HALONG"
    }
    reporters["HALONG"] = accounts["halong_statistics"][0]
    reviewer = accounts["statistics_reviewer"][0]
    load_activities(units, reporters)
    past_template, current_template = load_templates()
    past = load_period(PAST, past_template)
    current = load_period(CURRENT, current_template, compare_with=past)
    story = Story(reviewer)
    for seed, (key, unit) in enumerate(units.items(), start=1):
        if not past.units.filter(pk=unit.pk).exists():
            continue
        if not unit.is_active:
            story.file_for_retired_unit(past, unit, seed)
            continue
        # Every unit sent its report in the first half of November and had it accepted.
        day = 3 + seed % 11
        steps = (
            ("send", f"{day:02d}/11/2025 {8 + seed % 9:02d}:{5 * seed % 60:02d}"),
            ("accept", f"{day + 4:02d}/11/2025 10:00", ""),
        )
        story.tell(past, unit, reporters[key], seed, steps, OVERRIDES.get((2025, key)))
    for seed, (key, unit) in enumerate(units.items(), start=1):
        if key in CURRENT_STORIES:
            story.tell(
                current,
                unit,
                reporters[key],
                seed,
                CURRENT_STORIES[key],
                OVERRIDES.get((2026, key)),
            )
    return (
        Period.objects.count(),
        UnitReport.objects.count(),
        ActivityRecord.objects.count(),
    )


def load_templates():
    """The migration's 2025 template, and the 2026 one made from it."""
    past = IndicatorTemplate.objects.get(name=TEMPLATE_2025)
    code, name, measure, form = NEW_IN_2026
    new, _ = Indicator.objects.get_or_create(
        code=code,
        defaults={
            "name": name,
            "measure": measure,
            "kind": Indicator.Kind.COUNT,
            "form": StatisticsForm.objects.get(code=form),
        },
    )
    current, created = IndicatorTemplate.objects.get_or_create(
        name=TEMPLATE_2026, defaults={"version": "2026", "notes": NOTES_2026}
    )
    if created:
        kept = [
            line.indicator
            for line in past.lines.select_related("indicator").order_by("sort_order", "pk")
            if line.indicator.code != RETIRED_IN_2026
        ]
        TemplateLine.objects.bulk_create(
            TemplateLine(template=current, indicator=indicator, sort_order=position)
            for position, indicator in enumerate([*kept, new])
        )
    return past, current


def load_period(spec, template, compare_with=None):
    period, created = Period.objects.get_or_create(
        slug=spec.slug,
        defaults={
            "name": spec.name,
            "kind": spec.kind,
            "start": spec.start,
            "end": spec.end,
            "deadline": spec.deadline,
            "template": template,
            "compare_with": compare_with,
        },
    )
    if created:
        period.units.set(units_due_for(spec.start, spec.end))
    return period


def own_figures(indicators, computed, seed, corrected=False):
    """{indicator id: (figure, "")} for the figures only the unit knows: legal
    rapporteurs, documents issued (at least those the site computed as posted, in
    ``computed``, {code: figure}), funding, social network posts, questions answered.
    ``corrected`` leaves out funding from other sources, as a reviewer asked."""
    budget = (24 + seed * 7 % 40) * 1_000_000
    programme = seed % 4 * 4_500_000
    other = 0 if corrected else seed % 3 * 2_500_000
    figures = {
        "09a.bcv": 2 + seed * 5 % 9,
        "09d.tai_lieu": computed.get("09d.tai_lieu.dang_tai", 0) + 3 + seed % 7,
        "09e.tong": budget + other,
        "09e.nsnn": budget,
        "09e.nsnn.thuong_xuyen": budget - programme,
        "09e.nsnn.chuong_trinh": programme,
        "09e.khac": other,
        "kh.mang_xa_hoi": 10 + seed * 13 % 50,
        "kh.hoi_dap": 4 + seed * 11 % 30,
    }
    return {
        indicator.pk: (figures[indicator.code], "")
        for indicator in indicators
        if indicator.code in figures
    }


class Story:
    """Moves the demo's reports, and dates what each step left to when it happened."""

    def __init__(self, reviewer):
        self.reviewer = reviewer
        self._computed = {}

    def tell(self, period, unit, reporter, seed, steps, override=None):
        if UnitReport.objects.filter(period=period, unit=unit).exists():
            return
        report = workflow.open_report(period, unit, reporter)
        sends = 0
        since = 0  # the report is dated as opened when its figures are first entered
        for step, when, *comment in steps:
            moment = _moment(when)
            if step in ("send", "draft"):
                self._fill(report, reporter, seed, step, sends > 0, override)
                # The unit fills its figures in the day before it sends them.
                since = self._date_events(report, since, moment - datetime.timedelta(days=1))
            if step == "send":
                report = workflow.submit(report, reporter)
                dates = {"submitted_at": moment}
                if not sends:
                    dates["first_submitted_at"] = moment
                sends += 1
            elif step == "accept":
                report = workflow.accept(report, self.reviewer, comment[0])
                dates = {"reviewed_at": moment}
            elif step == "return":
                report = workflow.return_report(report, self.reviewer, comment[0])
                dates = {"reviewed_at": moment}
            else:
                dates = {}
            UnitReport.objects.filter(pk=report.pk).update(**dates)
            since = self._date_events(report, since, moment)

    def computed(self, period, unit):
        """The period's indicators, and ``unit``'s computed figures {code: figure}, computed
        for every unit of the period at once."""
        if period.pk not in self._computed:
            indicators = period.template.indicators()
            unit_ids = list(period.units.values_list("pk", flat=True))
            by_id = automatic_figures(period, indicators, unit_ids)
            self._computed[period.pk] = (
                indicators,
                {
                    indicator.code: by_id[indicator.pk]
                    for indicator in indicators
                    if indicator.pk in by_id
                },
            )
        indicators, by_code = self._computed[period.pk]
        return indicators, {code: figures.get(unit.pk, 0) for code, figures in by_code.items()}

    def _fill(self, report, reporter, seed, step, corrected, override):
        indicators, computed = self.computed(report.period, report.unit)
        entries = own_figures(indicators, computed, seed, corrected=corrected)
        if step == "draft":
            # A draft has its first figure only.
            entries = dict(list(entries.items())[:1])
        elif override:
            code, added, explanation = override
            indicator = next(indicator for indicator in indicators if indicator.code == code)
            entries[indicator.pk] = (computed[code] + added, explanation)
        notes = NOTES[seed % len(NOTES)].format(unit=report.unit.name)
        workflow.save_figures(report, reporter, entries, notes=notes)

    def file_for_retired_unit(self, period, unit, seed):
        """A district abolished on 1 July 2025 has no reporters left; the Department of
        Justice entered its figures (to 30 June 2025) from the paper report it sent."""
        if UnitReport.objects.filter(period=period, unit=unit).exists():
            return
        report = UnitReport.objects.create(
            period=period,
            unit=unit,
            notes=f"Số liệu của {unit.name} đến ngày 30/6/2025.",
        )
        rows = report_rows(report)
        freeze(report, rows)
        computed = {row.indicator.code: row.automatic for row in rows if row.is_automatic}
        indicators = [row.indicator for row in rows]
        for indicator_id, (figure, _) in own_figures(indicators, computed, seed).items():
            ReportValue.objects.update_or_create(
                report=report, indicator_id=indicator_id, defaults={"entered": figure}
            )
        problems = workflow.problems(report)
        if problems:
            raise ValueError(f"Demo figures of {unit} break the rules: {problems}")
        sent, accepted = _moment("26/06/2025 15:00"), _moment("20/11/2025 10:00")
        UnitReport.objects.filter(pk=report.pk).update(
            status=UnitReport.Status.ACCEPTED,
            first_submitted_at=sent,
            submitted_at=sent,
            submitted_by=self.reviewer,
            reviewed_at=accepted,
            reviewed_by=self.reviewer,
        )
        Action = ReportEvent.Action
        for action, moment, comment in (
            (Action.CREATED, sent, ""),
            (
                Action.SUBMITTED,
                sent,
                f"Sở Tư pháp nhập theo báo cáo bằng văn bản của {unit.name}, gửi trước "
                "khi sắp xếp đơn vị hành chính.",
            ),
            (Action.ACCEPTED, accepted, ""),
        ):
            event = ReportEvent.objects.create(
                report=report, action=action, user=self.reviewer, comment=comment
            )
            ReportEvent.objects.filter(pk=event.pk).update(at=moment)

    @staticmethod
    def _date_events(report, since, moment):
        """Date the events after ``since`` to ``moment``; return the last one's id."""
        report.events.filter(pk__gt=since).update(at=moment)
        return report.events.aggregate(last=Max("pk"))["last"] or 0
