"""The starting indicators: Circular 03/2019/TT-BTP forms 09a–09e (PBGDPL) and this
plan's own, in a first template; and the two groups of the statistics, units' reporters
and the Department of Justice's reviewers (``reports.roles``).

The data is frozen here: later changes to indicators and templates are made in the
admin, as data."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

# (code, sheet, title, order)
FORMS = [
    ("09a/BTP/PBGDPL", "09a", "Báo cáo viên pháp luật", 10),
    ("09b/BTP/PBGDPL", "09b", "PBGDPL trực tiếp", 20),
    ("09c/BTP/PBGDPL", "09c", "Thi tìm hiểu pháp luật", 30),
    ("09d/BTP/PBGDPL", "09d", "Tài liệu PBGDPL được phát hành", 40),
    ("09e/BTP/PBGDPL", "09e", "Kinh phí PBGDPL", 50),
    ("KH-PBGDPL", "Ke hoach", "Kết quả thực hiện Kế hoạch PBGDPL", 60),
]

COUNT, MONEY = "count", "money"
F09A, F09B, F09C, F09D, F09E, PLAN = (form[0] for form in FORMS)

# (code, form, name, measure, kind, parent code, parts exclusive, source)
INDICATORS = [
    ("09a.bcv", F09A, "Số báo cáo viên pháp luật", "người", COUNT, None, False, ""),
    ("09b.cuoc", F09B, "Số cuộc PBGDPL trực tiếp", "cuộc", COUNT, None, False,
     "activities.direct.sessions"),
    ("09b.cuoc.truc_tuyen", F09B, "Trong đó: số cuộc tổ chức trực tuyến", "cuộc", COUNT,
     "09b.cuoc", False, "activities.direct.online"),
    ("09b.luot_nguoi", F09B, "Số lượt người tham dự", "lượt người", COUNT, None, False,
     "activities.direct.attendance"),
    ("09b.nguoi_thuc_hien", F09B, "Số lượt người thực hiện PBGDPL trực tiếp", "lượt người",
     COUNT, None, False, "activities.direct.presenters"),
    ("09c.cuoc_thi", F09C, "Số cuộc thi tìm hiểu pháp luật", "cuộc", COUNT, None, False,
     "contests.held"),
    ("09c.cuoc_thi.truc_tuyen", F09C, "Trong đó: cuộc thi trực tuyến", "cuộc", COUNT,
     "09c.cuoc_thi", False, "contests.held_online"),
    ("09c.luot_du_thi", F09C, "Số lượt người dự thi", "lượt người", COUNT, None, False,
     "contests.entries"),
    ("09d.tai_lieu", F09D, "Số tài liệu PBGDPL được phát hành", "tài liệu", COUNT, None,
     False, ""),
    ("09d.tai_lieu.dang_tai", F09D, "Trong đó: đăng tải trên Internet", "tài liệu", COUNT,
     "09d.tai_lieu", False, "publications.documents"),
    ("09e.tong", F09E, "Tổng kinh phí PBGDPL", "đồng", MONEY, None, True, ""),
    ("09e.nsnn", F09E, "Ngân sách nhà nước", "đồng", MONEY, "09e.tong", False, ""),
    ("09e.nsnn.thuong_xuyen", F09E, "Trong đó: chi thường xuyên", "đồng", MONEY, "09e.nsnn",
     False, ""),
    ("09e.nsnn.chuong_trinh", F09E, "Trong đó: chương trình, đề án", "đồng", MONEY,
     "09e.nsnn", False, ""),
    ("09e.khac", F09E, "Nguồn khác", "đồng", MONEY, "09e.tong", False, ""),
    ("kh.san_pham", PLAN, "Sản phẩm PBGDPL điện tử đăng trên Cổng", "sản phẩm", COUNT, None,
     True, "publications.all"),
    ("kh.san_pham.tin_bai", PLAN, "Trong đó: tin, bài pháp luật", "sản phẩm", COUNT,
     "kh.san_pham", False, "publications.news"),
    ("kh.san_pham.infographic", PLAN, "Trong đó: infographic", "sản phẩm", COUNT,
     "kh.san_pham", False, "publications.infographic"),
    ("kh.san_pham.video", PLAN, "Trong đó: video", "sản phẩm", COUNT, "kh.san_pham", False,
     "publications.video"),
    ("kh.san_pham.to_gap", PLAN, "Trong đó: tờ gấp điện tử", "sản phẩm", COUNT,
     "kh.san_pham", False, "publications.leaflet"),
    ("kh.san_pham.sach", PLAN, "Trong đó: sách điện tử", "sản phẩm", COUNT, "kh.san_pham",
     False, "publications.ebook"),
    ("kh.san_pham.bai_giang", PLAN, "Trong đó: bài giảng điện tử", "sản phẩm", COUNT,
     "kh.san_pham", False, "publications.lecture"),
    ("kh.mang_xa_hoi", PLAN, "Số tin, bài đăng trên mạng xã hội", "tin, bài", COUNT, None,
     False, ""),
    ("kh.tap_huan", PLAN, "Số lớp tập huấn, bồi dưỡng người làm công tác PBGDPL", "lớp",
     COUNT, None, False, "activities.training.classes"),
    ("kh.tap_huan.hoc_vien", PLAN, "Số lượt người được tập huấn, bồi dưỡng", "lượt người",
     COUNT, None, False, "activities.training.participants"),
    ("kh.giao_luu", PLAN, "Số cuộc giao lưu, đối thoại trực tuyến", "cuộc", COUNT, None,
     False, "activities.exchanges"),
]

FIRST_TEMPLATE = ("Mẫu thống kê PBGDPL 2025", "2025")

REPORTERS_GROUP = "Thống kê PBGDPL: người lập báo cáo của đơn vị"
REVIEWERS_GROUP = "Thống kê PBGDPL: Sở Tư pháp tổng hợp"
REPORTER_PERMISSIONS = [
    ("reports", "unitreport", "prepare_unitreport"),
    *(
        ("reports", "activityrecord", f"{action}_activityrecord")
        for action in ("add", "change", "delete", "view")
    ),
    ("wagtailadmin", "admin", "access_admin"),
]
REVIEWER_PERMISSIONS = [
    ("reports", "unitreport", "review_unitreport"),
    ("reports", "activityrecord", "view_activityrecord"),
    *(
        ("reports", model, f"{action}_{model}")
        for model in ("period", "indicator", "indicatortemplate", "statisticsform")
        for action in ("add", "change", "delete", "view")
    ),
    ("wagtailadmin", "admin", "access_admin"),
]


def load(apps, schema_editor):
    # Permissions are made after all migrations have run; the groups need them now.
    for config in apps.get_app_configs():
        config.models_module = True
        create_permissions(config, apps=apps, verbosity=0)
        config.models_module = None

    StatisticsForm = apps.get_model("reports", "StatisticsForm")
    Indicator = apps.get_model("reports", "Indicator")
    IndicatorTemplate = apps.get_model("reports", "IndicatorTemplate")
    TemplateLine = apps.get_model("reports", "TemplateLine")
    forms = {}
    for code, sheet, title, order in FORMS:
        forms[code], _ = StatisticsForm.objects.get_or_create(
            code=code, defaults={"sheet_name": sheet, "title": title, "sort_order": order}
        )
    indicators = {}
    for code, form, name, measure, kind, parent, exclusive, source in INDICATORS:
        indicators[code], _ = Indicator.objects.get_or_create(
            code=code,
            defaults={
                "form": forms[form],
                "name": name,
                "measure": measure,
                "kind": kind,
                "parent": indicators.get(parent),
                "parts_are_exclusive": exclusive,
                "source": source,
            },
        )
    name, version = FIRST_TEMPLATE
    template, created = IndicatorTemplate.objects.get_or_create(
        name=name, defaults={"version": version}
    )
    if created:
        TemplateLine.objects.bulk_create(
            TemplateLine(template=template, indicator=indicators[row[0]], sort_order=position)
            for position, row in enumerate(INDICATORS)
        )

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, wanted in (
        (REPORTERS_GROUP, REPORTER_PERMISSIONS),
        (REVIEWERS_GROUP, REVIEWER_PERMISSIONS),
    ):
        group, _ = Group.objects.get_or_create(name=group_name)
        group.permissions.add(
            *(
                Permission.objects.get(
                    content_type__app_label=app_label,
                    content_type__model=model,
                    codename=codename,
                )
                for app_label, model, codename in wanted
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
