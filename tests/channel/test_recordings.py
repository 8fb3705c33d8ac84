"""After a broadcast, its recording becomes an episode of its programme: a draft video
page the board approves like any other page."""

from datetime import timedelta

import pytest

from django.urls import reverse
from django.utils import timezone

from wagtail.test.utils.form_data import inline_formset, nested_form_data

from publications.models import Broadcast, VideoPage
from publications.recordings import CannotMakeEpisode, make_episode

from .conftest import RECORDING_URL, make_broadcast

LIST_URL = "wagtailsnippets_publications_broadcast:list"
EDIT_URL = "wagtailsnippets_publications_broadcast:edit"
MAKE_EPISODE_URL = "wagtailsnippets_publications_broadcast:make_episode"


def with_recording(broadcast):
    broadcast.recording_url = RECORDING_URL
    broadcast.save()
    return broadcast


def existing_episode(programme, number):
    video = VideoPage(
        title=f"Tập {number}",
        summary="Tập đã phát.",
        video_url="https://www.youtube.com/watch?v=tap-cu",
        episode_number=number,
    )
    programme.add_child(instance=video)
    video.save_revision().publish()
    return video


def test_an_ended_broadcast_becomes_the_next_draft_episode_sent_for_approval(
    ended, programme, board_member, land_field
):
    existing_episode(programme, 4)

    page = make_episode(with_recording(ended), board_member)

    page = VideoPage.objects.get(pk=page.pk)
    assert page.get_parent().specific == programme
    assert not page.live
    assert page.title == "Quyền của người lao động khi nghỉ việc"
    assert page.summary == "Trợ cấp thôi việc, bảo hiểm thất nghiệp và những điều cần biết."
    assert page.video_url == RECORDING_URL
    assert page.episode_number == 5
    assert page.duration == timedelta(minutes=45)
    assert page.transcript == (
        "<p><b>Khách mời:</b> Nguyễn Văn An (Phó Giám đốc Sở Tư pháp)</p>"
        "<p>Xin chào.</p><p>Câu hỏi đầu tiên về trợ cấp thôi việc.</p>"
    )
    assert list(page.legal_fields.all()) == [land_field]
    assert page.owner == board_member
    state = page.current_workflow_state
    assert state is not None and state.status == "in_progress"
    assert state.requested_by == board_member
    assert Broadcast.objects.get(pk=ended.pk).video_page_id == page.pk


def test_the_board_approves_the_episode_and_it_goes_live(client, ended, programme, board_member):
    page = make_episode(with_recording(ended), board_member)
    client.force_login(board_member)
    task_state = page.current_workflow_task_state

    response = client.post(
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": ""},
    )

    assert response.status_code in (200, 302)
    page = VideoPage.objects.get(pk=page.pk)
    assert page.live
    assert client.get(programme.url).content.decode().count("Tập 1</span>") == 1


@pytest.mark.parametrize(
    ("situation", "message"),
    [
        ("on_air", "Buổi phát chưa kết thúc."),
        ("no_recording", "Hãy nhập đường dẫn bản ghi của buổi phát trước."),
        ("made_already", "Buổi phát này đã có trang video."),
    ],
)
def test_an_episode_is_refused_before_the_broadcast_ends_without_a_recording_or_twice(
    programme, board_member, situation, message
):
    starts_in = -timedelta(minutes=5) if situation == "on_air" else -timedelta(days=1)
    broadcast = make_broadcast(programme, starts_in=starts_in)
    if situation != "no_recording":
        Broadcast.objects.filter(pk=broadcast.pk).update(recording_url=RECORDING_URL)
    if situation == "made_already":
        make_episode(broadcast, board_member)

    with pytest.raises(CannotMakeEpisode) as refused:
        make_episode(broadcast, board_member)

    assert str(refused.value) == message


def test_a_unit_editor_cannot_add_episodes_to_a_programme_they_may_not_write_in(
    ended, justice_editor
):
    with pytest.raises(CannotMakeEpisode) as refused:
        make_episode(with_recording(ended), justice_editor)
    assert "không có quyền tạo trang" in str(refused.value)
    assert not VideoPage.objects.exists()


def test_the_admin_action_makes_the_episode_and_opens_it(client, ended, board_member):
    with_recording(ended)
    client.force_login(board_member)

    listing = client.get(reverse(LIST_URL)).content.decode()
    assert "Tạo trang video từ buổi phát" in listing
    url = reverse(MAKE_EPISODE_URL, args=[ended.pk])
    assert url in listing
    confirm = client.get(url)
    assert confirm.status_code == 200
    assert "số tập tiếp theo" in confirm.content.decode()

    response = client.post(url)

    page = VideoPage.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert page.title == ended.topic


def test_the_admin_action_is_not_offered_before_the_broadcast_has_ended(
    client, on_air, board_member
):
    client.force_login(board_member)
    assert "Tạo trang video từ buổi phát" not in client.get(reverse(LIST_URL)).content.decode()
    response = client.post(reverse(MAKE_EPISODE_URL, args=[on_air.pk]))
    assert response.status_code == 200
    assert "Buổi phát chưa kết thúc." in response.content.decode()
    assert not VideoPage.objects.exists()


def test_entering_the_recording_after_the_broadcast_makes_the_episode(client, ended, board_member):
    client.force_login(board_member)
    local = timezone.localtime
    data = nested_form_data(
        {
            "programme": ended.programme_id,
            "topic": ended.topic,
            "description": ended.description,
            "starts_at": local(ended.starts_at).strftime("%Y-%m-%d %H:%M"),
            "ends_at": local(ended.ends_at).strftime("%Y-%m-%d %H:%M"),
            "live_url": ended.live_url,
            "guests": inline_formset(
                [
                    {"id": guest.pk, "name": guest.name, "position": guest.position}
                    for guest in ended.guests.all()
                ],
                initial=ended.guests.count(),
            ),
            "transcript": ended.transcript,
            "recording_url": RECORDING_URL,
        }
    )

    response = client.post(reverse(EDIT_URL, args=[ended.pk]), data)

    assert response.status_code == 302, response.context["form"].errors
    page = VideoPage.objects.get()
    assert page.video_url == RECORDING_URL
    assert Broadcast.objects.get(pk=ended.pk).video_page == page


def test_editors_outside_the_board_do_not_see_the_schedule(client, justice_editor):
    client.force_login(justice_editor)
    assert client.get(reverse(LIST_URL)).status_code in (302, 403)


def test_the_board_schedules_a_broadcast_with_its_guests(client, programme, board_member):
    client.force_login(board_member)
    add_url = reverse("wagtailsnippets_publications_broadcast:add")
    assert client.get(add_url).status_code == 200
    data = nested_form_data(
        {
            "programme": programme.pk,
            "topic": "Luật Cư trú",
            "description": "Đăng ký thường trú, tạm trú.",
            "starts_at": "2027-01-07 20:00",
            "ends_at": "2027-01-07 20:45",
            "live_url": "https://www.facebook.com/sotuphap/videos/123",
            "guests": inline_formset(
                [{"name": "Lê Văn Cường", "position": "Trưởng Công an phường"}]
            ),
            "transcript": "",
            "recording_url": "",
        }
    )

    response = client.post(add_url, data)

    assert response.status_code == 302, response.context["form"].errors
    broadcast = Broadcast.objects.get(topic="Luật Cư trú")
    assert timezone.localtime(broadcast.starts_at).strftime("%H:%M %d/%m/%Y") == "20:00 07/01/2027"
    assert broadcast.guest_line() == "Lê Văn Cường (Trưởng Công an phường)"
    assert broadcast.video_page is None
