"""The online legal TV channel (kênh truyền hình pháp luật trực tuyến).

A channel page holds programmes; a programme holds its episodes, which are video pages
numbered in order. Broadcasts are scheduled live shows of a programme on YouTube or
Facebook: while one is on air it plays on the channel page and in its embed; once it has
ended and its recording is online, it becomes a draft episode of its programme
(``publications.recordings``) for the board to approve.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F
from django.utils import timezone

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Orderable

from home.models import BasePage
from publications.api_fields import BroadcastField

from .video import VideoPage

# Where live shows are streamed: the embed finders know these providers.
LIVE_HOSTS = {
    "youtube.com",
    "www.youtube.com",
    "m.youtube.com",
    "youtu.be",
    "facebook.com",
    "www.facebook.com",
    "m.facebook.com",
    "fb.watch",
}
UPCOMING_LISTED = 10


def default_language_programmes():
    """The programmes a broadcast may belong to: the schedule is kept once, on the
    default language's programmes (their translations show it)."""
    return {"locale__language_code": settings.LANGUAGE_CODE}


class ChannelPage(BasePage):
    """The channel's home: the broadcast on air now, the schedule and the programmes."""

    parent_page_types = ["home.HomePage", "home.SectionPage"]
    subpage_types = ["publications.ProgrammePage"]

    template = "publications/channel_page.html"

    # What is on air depends on the clock: never served from the server's caches.
    api_changes_with_time = True
    # Shown in other sites' frames at /embed/<id>/: the live player or what comes next.
    embeddable = True

    api_fields = [
        *BasePage.api_fields,
        APIField("live_broadcast", serializer=BroadcastField(source="broadcast_on_air")),
        APIField(
            "upcoming_broadcasts", serializer=BroadcastField(many=True, source="upcoming_list")
        ),
    ]

    class Meta:
        verbose_name = "kênh truyền hình"
        verbose_name_plural = "kênh truyền hình"

    def broadcasts(self):
        """The broadcasts of this channel's published, public programmes. The schedule
        is kept once, on the programmes of the default language: a translated channel
        shows the broadcasts of the programmes its own programmes translate."""
        programmes = ProgrammePage.objects.child_of(self).live().public()
        return Broadcast.objects.filter(
            programme__translation_key__in=programmes.values("translation_key")
        )

    @property
    def broadcast_on_air(self):
        return (
            self.broadcasts()
            .on_air()
            .select_related("programme")
            .prefetch_related("guests")
            .first()
        )

    @property
    def upcoming_list(self):
        return list(
            self.broadcasts()
            .upcoming()
            .select_related("programme")
            .prefetch_related("guests")[:UPCOMING_LISTED]
        )

    def programmes(self):
        return ProgrammePage.objects.child_of(self).live().public().order_by("path")

    def latest_episodes(self):
        return (
            VideoPage.objects.descendant_of(self)
            .live()
            .public()
            .order_by("-first_published_at", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["on_air"] = self.broadcast_on_air
        context["upcoming"] = self.upcoming_list
        context["programmes"] = self.programmes()
        context["latest_episodes"] = self.latest_episodes().select_related("cover_image")[:6]
        return context


class ProgrammePage(BasePage):
    """A programme of the channel: its episodes, in order, and its coming broadcasts."""

    schedule_note = models.CharField(
        "lịch phát sóng",
        max_length=255,
        blank=True,
        help_text="Ví dụ: 20 giờ thứ Năm hằng tuần. Từng buổi phát nhập ở mục “Buổi phát "
        "trực tiếp”.",
    )

    parent_page_types = ["publications.ChannelPage"]
    subpage_types = ["publications.VideoPage"]

    template = "publications/programme_page.html"

    api_changes_with_time = True

    content_panels = [*BasePage.content_panels, FieldPanel("schedule_note")]
    api_fields = [
        *BasePage.api_fields,
        APIField("schedule_note"),
        APIField(
            "upcoming_broadcasts", serializer=BroadcastField(many=True, source="upcoming_list")
        ),
    ]

    class Meta:
        verbose_name = "chương trình truyền hình"
        verbose_name_plural = "chương trình truyền hình"

    def episodes(self):
        """Published episodes, first to last; videos without a number come last."""
        return (
            VideoPage.objects.child_of(self)
            .live()
            .public()
            .order_by(F("episode_number").asc(nulls_last=True), "path")
        )

    def next_episode_number(self):
        """One more than the highest number among the episodes, drafts included."""
        highest = VideoPage.objects.child_of(self).aggregate(highest=models.Max("episode_number"))[
            "highest"
        ]
        return (highest or 0) + 1

    def schedule(self):
        """This programme's broadcasts, kept on its default-language version."""
        return Broadcast.objects.filter(programme__translation_key=self.translation_key)

    @property
    def upcoming_list(self):
        return list(
            self.schedule()
            .upcoming()
            .select_related("programme")
            .prefetch_related("guests")[:UPCOMING_LISTED]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["episodes"] = self.episodes().select_related("cover_image")
        context["on_air"] = (
            self.schedule().on_air().select_related("programme").prefetch_related("guests").first()
        )
        context["upcoming"] = self.upcoming_list
        return context


class BroadcastQuerySet(models.QuerySet):
    def on_air(self, moment=None):
        moment = moment or timezone.now()
        return self.filter(starts_at__lte=moment, ends_at__gt=moment).order_by("starts_at")

    def upcoming(self, moment=None):
        return self.filter(starts_at__gt=moment or timezone.now()).order_by("starts_at")

    def ended(self, moment=None):
        return self.filter(ends_at__lte=moment or timezone.now()).order_by("-starts_at")


class Broadcast(ClusterableModel):
    """A live broadcast of a programme: when it is on air, where it streams, what it is
    about and who takes part."""

    class State(models.TextChoices):
        UPCOMING = "upcoming", "Sắp phát"
        ON_AIR = "on_air", "Đang phát trực tiếp"
        ENDED = "ended", "Đã phát"

    programme = models.ForeignKey(
        ProgrammePage,
        verbose_name="chương trình",
        on_delete=models.CASCADE,
        related_name="broadcasts",
        limit_choices_to=default_language_programmes,
    )
    topic = models.CharField("chủ đề", max_length=255)
    description = models.TextField(
        "giới thiệu",
        blank=True,
        help_text="Vài câu về nội dung buổi phát; dùng làm tóm tắt của trang video sau này.",
    )
    starts_at = models.DateTimeField("bắt đầu")
    ends_at = models.DateTimeField("kết thúc")
    live_url = models.URLField(
        "đường dẫn phát trực tiếp",
        help_text="Đường dẫn buổi phát trực tiếp trên YouTube hoặc Facebook.",
    )
    transcript = models.TextField(
        "lời dẫn",
        blank=True,
        help_text="Kịch bản, lời dẫn của buổi phát: hiển thị dưới trình phát cho người "
        "khiếm thính và chuyển sang trang video khi có bản ghi.",
    )
    recording_url = models.URLField(
        "đường dẫn bản ghi",
        blank=True,
        help_text="Sau buổi phát: đường dẫn video đã ghi lại (YouTube hoặc Facebook). Nhập "
        "sau khi buổi phát kết thúc, trang video của buổi phát được tạo để Ban Biên tập duyệt.",
    )
    video_page = models.ForeignKey(
        VideoPage,
        verbose_name="trang video",
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    updated_at = models.DateTimeField("cập nhật lúc", auto_now=True)

    objects = BroadcastQuerySet.as_manager()

    panels = [
        FieldPanel("programme"),
        FieldPanel("topic"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")], heading="Thời gian"),
        FieldPanel("live_url"),
        InlinePanel("guests", heading="Khách mời", label="khách mời"),
        FieldPanel("transcript"),
        MultiFieldPanel([FieldPanel("recording_url")], heading="Sau buổi phát"),
    ]

    class Meta:
        verbose_name = "buổi phát trực tiếp"
        verbose_name_plural = "buổi phát trực tiếp"
        ordering = ["-starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=F("starts_at")),
                name="broadcast_ends_after_it_starts",
            )
        ]

    def __str__(self):
        start = timezone.localtime(self.starts_at) if self.starts_at else None
        return f"{self.topic} ({start:%H:%M %d/%m/%Y})" if start else self.topic

    def clean(self):
        super().clean()
        errors = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = "Giờ kết thúc phải sau giờ bắt đầu."
        if self.live_url and urlsplit(self.live_url).hostname not in LIVE_HOSTS:
            errors["live_url"] = "Nhập đường dẫn phát trực tiếp trên YouTube hoặc Facebook."
        if self.recording_url and self.ends_at and self.ends_at > timezone.now():
            errors["recording_url"] = "Chỉ nhập bản ghi sau khi buổi phát đã kết thúc."
        if errors:
            raise ValidationError(errors)

    def state_at(self, moment=None):
        moment = moment or timezone.now()
        if moment < self.starts_at:
            return self.State.UPCOMING
        if moment < self.ends_at:
            return self.State.ON_AIR
        return self.State.ENDED

    @property
    def state(self):
        return self.state_at()

    def state_label(self):
        return self.state.label

    state_label.short_description = "trạng thái"

    @property
    def is_on_air(self):
        return self.state == self.State.ON_AIR

    def guest_line(self):
        """ "Name (position), Name (position)": the guests as one line of text."""
        return ", ".join(
            f"{guest.name} ({guest.position})" if guest.position else guest.name
            for guest in self.guests.all()
        )


class BroadcastGuest(Orderable):
    """Someone who takes part in a broadcast: a jurist, an official, a lawyer."""

    broadcast = ParentalKey(Broadcast, on_delete=models.CASCADE, related_name="guests")
    name = models.CharField("họ và tên", max_length=120)
    position = models.CharField(
        "chức vụ, đơn vị",
        max_length=255,
        blank=True,
        help_text="Ví dụ: Phó Giám đốc Sở Tư pháp tỉnh Quảng Ninh.",
    )

    panels = [FieldPanel("name"), FieldPanel("position")]

    class Meta(Orderable.Meta):
        verbose_name = "khách mời"
        verbose_name_plural = "khách mời"

    def __str__(self):
        return self.name
