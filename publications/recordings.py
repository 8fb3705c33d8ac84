"""A broadcast that has ended becomes an episode of its programme.

``make_episode`` writes a draft ``VideoPage`` below the broadcast's programme: the topic
as title, the description as summary, the guests and the lead-in text as the transcript,
the recording's link as the video and the programme's next episode number; then submits
it to the page's workflow (the board's approval task) as the person who made it, as a
Q&A page proposed by a unit is (``qa.publication``). The board reviews, edits and
publishes it in Wagtail's moderation screens.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.html import escape

from .models import Broadcast, VideoPage

SUMMARY_LENGTH = 600


class CannotMakeEpisode(Exception):
    """Why a broadcast cannot become a video page now, in Vietnamese for the editor."""


def _summary(broadcast):
    text = " ".join((broadcast.description or broadcast.topic).split())
    if len(text) <= SUMMARY_LENGTH:
        return text
    return text[: SUMMARY_LENGTH - 1].rsplit(" ", 1)[0] + "…"


def _transcript(broadcast):
    paragraphs = []
    guests = broadcast.guest_line()
    if guests:
        paragraphs.append(f"<p><b>Khách mời:</b> {escape(guests)}</p>")
    paragraphs += [
        f"<p>{escape(' '.join(block.split()))}</p>"
        for block in broadcast.transcript.split("\n\n")
        if block.strip()
    ]
    return "".join(paragraphs)


def check_can_make_episode(broadcast, user):
    if broadcast.video_page_id:
        raise CannotMakeEpisode("Buổi phát này đã có trang video.")
    if broadcast.state != Broadcast.State.ENDED:
        raise CannotMakeEpisode("Buổi phát chưa kết thúc.")
    if not broadcast.recording_url:
        raise CannotMakeEpisode("Hãy nhập đường dẫn bản ghi của buổi phát trước.")
    if not broadcast.programme.permissions_for_user(user).can_add_subpage():
        raise CannotMakeEpisode(
            f"Bạn không có quyền tạo trang trong chương trình “{broadcast.programme.title}”."
        )


@transaction.atomic
def make_episode(broadcast, user):
    """The new draft episode made from ``broadcast`` by ``user``, sent for approval when
    the programme has a workflow."""
    broadcast = Broadcast.objects.select_for_update().get(pk=broadcast.pk)
    check_can_make_episode(broadcast, user)
    programme = broadcast.programme.specific
    page = VideoPage(
        title=broadcast.topic,
        summary=_summary(broadcast),
        video_url=broadcast.recording_url,
        duration=broadcast.ends_at - broadcast.starts_at,
        transcript=_transcript(broadcast),
        episode_number=programme.next_episode_number(),
        unit=programme.unit,
        owner=user,
        live=False,
    )
    if programme.legal_fields.exists():
        page.legal_fields = list(programme.legal_fields.all())
    try:
        programme.add_child(instance=page)
    except ValidationError as error:
        raise CannotMakeEpisode(
            "Chưa tạo được trang video: " + "; ".join(error.messages)
        ) from error
    page.save_revision(user=user, log_action=True)
    broadcast.video_page = page
    broadcast.save(update_fields=["video_page", "updated_at"])

    workflow = page.get_workflow()
    if workflow is not None and page.permissions_for_user(user).can_submit_for_moderation():
        workflow.start(page, user)
    return page
