"""A contest (cuộc thi): its rules, prizes, eligible units and their headcounts; its
rounds are ``QuizPage`` children."""

from django.db import models

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable

from home.headless_preview import MODE_PREFIX as HEADLESS_MODE_PREFIX
from home.models.base_page import BasePage


def site_views():
    """The contest pages' views, which import these models: looked up when routed."""
    from quizzes import site_views

    return site_views


def account_views():
    """The participant's account pages, looked up when routed (as ``site_views``)."""
    from quizzes import account_views

    return account_views


class ContestRoutes(RoutablePageMixin):
    """What the contest's pages share: addresses of their routes, and previews that
    show the provincial site's own page or, for a headless front-end, its fields."""

    def route_url(self, name, *args):
        return self.url + self.reverse_subpage(name, args=list(args))

    def serve_preview(self, request, mode_name):
        if (mode_name or "").startswith(HEADLESS_MODE_PREFIX):
            return BasePage.serve_preview(self, request, mode_name)
        return super().serve_preview(request, mode_name)


class ContestPage(ContestRoutes, BasePage):
    """Cuộc thi trực tuyến tìm hiểu pháp luật: weekly rounds below it; participants
    register and sign in at its ``dang-ky/`` and ``dang-nhap/`` addresses, and manage
    their account at the addresses beside them."""

    organiser = models.CharField("đơn vị tổ chức", max_length=255)
    rules = RichTextField("thể lệ", blank=True)
    prizes_text = RichTextField(
        "cơ cấu giải thưởng", blank=True, help_text="Mô tả giải thưởng cho người dự thi."
    )
    collective_rules = RichTextField(
        "giải tập thể",
        blank=True,
        help_text="Ví dụ: đơn vị có nhiều người dự thi nhất, tỷ lệ tham gia cao nhất.",
    )
    eligible_units = ParentalManyToManyField(
        "home.Unit",
        verbose_name="đơn vị được dự thi",
        blank=True,
        related_name="+",
        help_text="Để trống nếu người thuộc mọi đơn vị đều được dự thi.",
    )
    requires_cccd = models.BooleanField(
        "bắt buộc số CCCD",
        default=True,
        help_text="Mỗi số CCCD chỉ được dự thi một lần trong cuộc thi.",
    )

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = ["quizzes.QuizPage"]
    template = "quizzes/contest_page.html"

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("organiser"),
        FieldPanel("rules"),
        MultiFieldPanel(
            [FieldPanel("prizes_text"), InlinePanel("prizes", label="giải")],
            heading="Giải cá nhân",
        ),
        MultiFieldPanel(
            [FieldPanel("collective_rules"), InlinePanel("headcounts", label="đơn vị")],
            heading="Giải tập thể",
        ),
        MultiFieldPanel(
            [FieldPanel("eligible_units"), FieldPanel("requires_cccd")],
            heading="Người dự thi",
        ),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("organiser"),
        APIField("rules"),
        APIField("prizes_text"),
        APIField("collective_rules"),
        APIField("requires_cccd"),
    ]

    class Meta:
        verbose_name = "cuộc thi"
        verbose_name_plural = "cuộc thi"

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["rounds"] = self.get_children().live().specific().order_by("path")
        return context

    @path("")
    def index_route(self, request):
        return site_views().contest_index(self, request)

    @path("dang-ky/", name="register")
    def register_route(self, request):
        return account_views().register(self, request)

    @path("xac-nhan/", name="confirm")
    def confirm_route(self, request):
        return account_views().confirm(self, request)

    @path("dang-nhap/", name="sign_in")
    def sign_in_route(self, request):
        return account_views().sign_in(self, request)

    @path("quen-mat-khau/", name="forgot_password")
    def forgot_password_route(self, request):
        return account_views().forgot_password(self, request)

    @path("dat-lai-mat-khau/", name="reset_password")
    def reset_password_route(self, request):
        return account_views().reset_password(self, request)

    @path("doi-mat-khau/", name="change_password")
    def change_password_route(self, request):
        return account_views().change_password(self, request)

    @path("dang-xuat/", name="sign_out")
    def sign_out_route(self, request):
        return account_views().sign_out(self, request)

    @path("dang-xuat-moi-thiet-bi/", name="sign_out_everywhere")
    def sign_out_everywhere_route(self, request):
        return account_views().sign_out_everywhere(self, request)

    def is_eligible(self, unit_id):
        eligible = {unit.pk for unit in self.eligible_units.all()}
        return not eligible or unit_id in eligible


class ContestPrize(Orderable):
    """One prize level, the highest first: "Giải Nhất" × 1, "Giải Nhì" × 5..."""

    contest = ParentalKey(ContestPage, on_delete=models.CASCADE, related_name="prizes")
    name = models.CharField("tên giải", max_length=100)
    count = models.PositiveSmallIntegerField("số giải")

    panels = [FieldPanel("name"), FieldPanel("count")]

    class Meta(Orderable.Meta):
        verbose_name = "giải"

    def __str__(self):
        return f"{self.name} × {self.count}"


class UnitHeadcount(Orderable):
    """How many people a unit has, for its participation rate."""

    contest = ParentalKey(ContestPage, on_delete=models.CASCADE, related_name="headcounts")
    unit = models.ForeignKey("home.Unit", on_delete=models.CASCADE, related_name="+")
    headcount = models.PositiveIntegerField("số người thuộc đơn vị")

    panels = [FieldPanel("unit"), FieldPanel("headcount")]

    class Meta(Orderable.Meta):
        verbose_name = "quân số đơn vị"
        constraints = [
            models.UniqueConstraint(fields=["contest", "unit"], name="quizzes_headcount_once")
        ]

    def __str__(self):
        return f"{self.unit}: {self.headcount}"
