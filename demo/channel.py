"""The demo's TV channel: one programme, its first two episodes with chapters, and a
weekly schedule from this week's Thursday evening on."""

from datetime import timedelta

from django.utils import timezone

from publications.models import Broadcast, BroadcastGuest, ChannelPage, ProgrammePage, VideoPage

from .embeds import cache_youtube_embed
from .pages import add_published, child_by_slug

CHANNEL_SLUG = "kenh-truyen-hinh-phap-luat"
# Placeholders in YouTube's format, like the demo's other videos (demo/embeds.py).
LIVE_ID = "PBGDPLtv001"
EPISODES = [
    (
        1,
        "Hòa giải tranh chấp đất đai ở cơ sở",
        "Khi nào tranh chấp đất đai phải hòa giải tại Ủy ban nhân dân cấp xã, và hòa giải "
        "viên giúp các bên thế nào.",
        "PBGDPLtv101",
        [("0:00", "Giới thiệu"), ("2:10", "Hòa giải bắt buộc"), ("9:45", "Hỏi đáp")],
    ),
    (
        2,
        "Quyền của người lao động khi nghỉ việc",
        "Trợ cấp thôi việc, bảo hiểm thất nghiệp và những điều người lao động cần biết.",
        "PBGDPLtv102",
        [("0:00", "Giới thiệu"), ("3:30", "Trợ cấp thôi việc"), ("12:00", "Hỏi đáp")],
    ),
]
DURATION = timedelta(minutes=25)
GUESTS = [
    ("Nguyễn Văn An", "Phó Giám đốc Sở Tư pháp tỉnh Quảng Ninh"),
    ("Trần Thị Bình", "Luật sư, Đoàn Luật sư tỉnh Quảng Ninh"),
]
COMING_TOPICS = [
    "Luật Cư trú: đăng ký thường trú, tạm trú",
    "Phòng, chống bạo lực gia đình",
    "An toàn giao thông cho học sinh",
    "Quyền trẻ em trên môi trường mạng",
]


def _thursday_evening(weeks_from_now):
    """20:00 on a Thursday, counted in weeks from this week's."""
    today = timezone.localtime()
    thursday = today + timedelta(days=(3 - today.weekday()) + 7 * weeks_from_now)
    return thursday.replace(hour=20, minute=0, second=0, microsecond=0)


def load_channel(home, legal_fields):
    """Create the channel once (``legal_fields`` by name); a second run finds it and
    changes nothing."""
    if child_by_slug(home, CHANNEL_SLUG):
        return
    channel = add_published(
        home,
        ChannelPage(
            title="Kênh truyền hình pháp luật trực tuyến",
            slug=CHANNEL_SLUG,
            summary="Chương trình pháp luật phát trực tiếp trên YouTube và Facebook, "
            "xem lại các số đã phát.",
        ),
    )
    programme = add_published(
        channel,
        ProgrammePage(
            title="Pháp luật và Đời sống",
            summary="Chuyên gia giải đáp những vướng mắc pháp luật thường gặp.",
            schedule_note="20 giờ thứ Năm hằng tuần",
        ),
        legal_fields=list(legal_fields.values())[:1],
    )
    for number, title, summary, video_id, chapters in EPISODES:
        url = cache_youtube_embed(video_id, title)
        add_published(
            programme,
            VideoPage(
                title=title,
                summary=summary,
                video_url=url,
                duration=DURATION,
                episode_number=number,
                chapters=[("chapter", {"start": s, "title": t}) for s, t in chapters],
            ),
        )
    live_url = cache_youtube_embed(LIVE_ID, "Pháp luật và Đời sống: trực tiếp")
    for week, topic in enumerate(COMING_TOPICS):
        starts_at = _thursday_evening(week)
        broadcast = Broadcast.objects.create(
            programme=programme,
            topic=topic,
            description="Giải đáp trực tiếp câu hỏi của khán giả.",
            starts_at=starts_at,
            ends_at=starts_at + timedelta(minutes=45),
            live_url=live_url,
            transcript="Kính chào quý vị khán giả của chương trình Pháp luật và Đời sống.",
        )
        for position, (name, role) in enumerate(GUESTS):
            BroadcastGuest.objects.create(
                broadcast=broadcast, name=name, position=role, sort_order=position
            )
