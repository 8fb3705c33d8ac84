"""The TV channel: a channel page on the home page, a programme, and broadcasts."""

from datetime import timedelta

import pytest

from django.utils import timezone

from publications.models import Broadcast, BroadcastGuest, ChannelPage, ProgrammePage
from tests.factories import home_page

LIVE_URL = "https://www.youtube.com/watch?v=truc-tiep-01"
RECORDING_URL = "https://www.youtube.com/watch?v=ban-ghi-01"


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def channel(db):
    page = ChannelPage(
        title="Kênh truyền hình pháp luật trực tuyến",
        summary="Chương trình pháp luật phát trực tiếp mỗi tuần.",
    )
    home_page().add_child(instance=page)
    return publish(page)


@pytest.fixture
def programme(channel, land_field):
    page = ProgrammePage(
        title="Pháp luật và Đời sống",
        summary="Giải đáp pháp luật cùng chuyên gia.",
        schedule_note="20 giờ thứ Năm hằng tuần",
    )
    channel.add_child(instance=page)
    page.legal_fields = [land_field]
    return publish(page)


def make_broadcast(programme, *, starts_in, lasts=timedelta(hours=1), guests=(), **fields):
    # Editors type times to the minute; calendars keep them to the second.
    starts_at = (timezone.now() + starts_in).replace(microsecond=0)
    broadcast = Broadcast.objects.create(
        programme=programme,
        topic=fields.pop("topic", "Tranh chấp đất đai giữa các hộ liền kề"),
        description=fields.pop(
            "description", "Hòa giải ở cơ sở và thủ tục khởi kiện tranh chấp ranh giới đất."
        ),
        starts_at=starts_at,
        ends_at=starts_at + lasts,
        live_url=fields.pop("live_url", LIVE_URL),
        **fields,
    )
    for position, (name, role) in enumerate(guests):
        BroadcastGuest.objects.create(
            broadcast=broadcast, name=name, position=role, sort_order=position
        )
    return broadcast


GUESTS = [
    ("Nguyễn Văn An", "Phó Giám đốc Sở Tư pháp"),
    ("Trần Thị Bình", "Luật sư, Đoàn Luật sư tỉnh Quảng Ninh"),
]


@pytest.fixture
def on_air(programme):
    return make_broadcast(
        programme,
        starts_in=-timedelta(minutes=10),
        guests=GUESTS,
        transcript="Kính chào quý vị khán giả.\n\nHôm nay chúng ta bàn về ranh giới đất.",
    )


@pytest.fixture
def ended(programme):
    return make_broadcast(
        programme,
        starts_in=-timedelta(days=2),
        lasts=timedelta(minutes=45),
        topic="Quyền của người lao động khi nghỉ việc",
        description="Trợ cấp thôi việc, bảo hiểm thất nghiệp và những điều cần biết.",
        guests=GUESTS[:1],
        transcript="Xin chào.\n\nCâu hỏi đầu tiên về trợ cấp thôi việc.",
    )
