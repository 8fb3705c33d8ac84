"""Viewers jump to a chapter of a video and read its subtitles: chapters are checked
when saved, served as a WebVTT track and listed on the page; uploaded subtitles must be
WebVTT."""

from datetime import timedelta

import pytest

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile

from publications.models import VideoPage
from tests.factories import DocumentFactory

VIDEO_URL = "https://www.youtube.com/watch?v=chuong-01"


def chapters(*items):
    return [("chapter", {"start": start, "title": title}) for start, title in items]


def video(section, **fields):
    page = VideoPage(
        title=fields.pop("title", "Đội mũ bảo hiểm đúng cách"),
        summary="Hướng dẫn an toàn giao thông.",
        **fields,
    )
    section.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def uploaded(content, name):
    return DocumentFactory(file=ContentFile(content, name=name))


@pytest.mark.parametrize(
    ("items", "duration", "message"),
    [
        (
            [("0:00", "Mở đầu"), ("2:00", "Phần chính")],
            None,
            "Nhập thời lượng video để chia chương: chương cuối kết thúc ở đó.",
        ),
        (
            [("0:00", "Mở đầu"), ("3:00", "Phần hai"), ("2:00", "Phần ba")],
            timedelta(minutes=5),
            "Các chương phải theo thứ tự thời gian, mỗi chương bắt đầu sau chương trước.",
        ),
        (
            [("0:00", "Mở đầu"), ("6:10", "Kết luận")],
            timedelta(minutes=5),
            "Chương “Kết luận” bắt đầu sau khi video đã hết (5:00).",
        ),
    ],
)
def test_chapters_are_refused_out_of_order_or_past_the_end(
    justice_section, items, duration, message
):
    page = VideoPage(
        title="Video chia chương",
        summary="Tóm tắt.",
        video_url=VIDEO_URL,
        duration=duration,
        chapters=chapters(*items),
    )
    with pytest.raises(ValidationError) as refused:
        justice_section.add_child(instance=page)
    assert refused.value.message_dict["chapters"] == [message]


def test_a_chapter_start_must_be_a_time(db):
    block = VideoPage._meta.get_field("chapters").stream_block.child_blocks["chapter"]
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"start": "hai phút", "title": "Sai"}))
    assert block.clean(block.to_python({"start": "1:02:07", "title": "Đúng"}))["start"] == "1:02:07"


def test_the_chapters_track_is_webvtt_each_chapter_ending_where_the_next_begins(
    client, justice_section
):
    page = video(
        justice_section,
        video_file=uploaded(b"\x1a\x45\xdf\xa3", "video.webm"),
        duration=timedelta(minutes=1, seconds=5),
        chapters=chapters(("0:00", "Mở đầu"), ("0:40", "Mũ <chuẩn> & đúng cỡ")),
    )

    html = client.get(page.url).content.decode()
    track_url = f"/embed/{page.pk}/chapters.vtt"
    assert f'<track kind="chapters" srclang="vi" label="Chương" src="{track_url}">' in html
    assert 'data-start="40"' in html and "Mũ &lt;chuẩn&gt; &amp; đúng cỡ" in html
    response = client.get(track_url)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/vtt; charset=utf-8"
    assert response.content.decode() == (
        "WEBVTT\n\n"
        "chuong-1\n00:00:00.000 --> 00:00:40.000\nMở đầu\n\n"
        "chuong-2\n00:00:40.000 --> 00:01:05.000\nMũ &lt;chuẩn&gt; &amp; đúng cỡ\n"
    )


def test_a_video_without_chapters_has_no_track(client, justice_section):
    page = video(justice_section, video_url=VIDEO_URL)
    assert client.get(f"/embed/{page.pk}/chapters.vtt").status_code == 404
    assert 'kind="chapters"' not in client.get(page.url).content.decode()


def test_chapters_of_a_youtube_video_link_to_the_moment_on_youtube(client, justice_section):
    page = video(
        justice_section,
        video_url=VIDEO_URL,
        duration=timedelta(minutes=10),
        chapters=chapters(("0:00", "Mở đầu"), ("4:35", "Hỏi đáp")),
    )
    html = client.get(page.url).content.decode()
    assert 'href="https://www.youtube.com/watch?v=chuong-01&amp;t=275s" data-start="275"' in html


def test_the_api_gives_episode_number_and_chapters(client, justice_section):
    page = video(
        justice_section,
        video_url=VIDEO_URL,
        duration=timedelta(minutes=10),
        episode_number=7,
        chapters=chapters(("0:00", "Mở đầu"), ("4:35", "Hỏi đáp")),
    )
    data = client.get(f"/api/v2/pages/{page.pk}/").json()
    assert data["episode_number"] == 7
    assert [block["value"] for block in data["chapters"]] == [
        {"start": "0:00", "start_seconds": 0, "title": "Mở đầu"},
        {"start": "4:35", "start_seconds": 275, "title": "Hỏi đáp"},
    ]


@pytest.mark.parametrize(
    ("content", "accepted"),
    [
        (b"WEBVTT\n\n00:00.000 --> 00:01.000\nXin ch\xc3\xa0o\n", True),
        (b"\xef\xbb\xbfWEBVTT - Ph\xe1\xbb\xa5 \xc4\x91\xe1\xbb\x81\n\n", True),
        (b"1\n00:00:00,000 --> 00:00:01,000\nXin chao\n", False),  # SubRip, not WebVTT
        (b"WEBVTTX\n", False),
        (b"%PDF-1.4\n", False),
    ],
)
def test_subtitles_must_be_webvtt(justice_section, content, accepted):
    page = VideoPage(
        title="Video có phụ đề",
        summary="Tóm tắt.",
        video_file=uploaded(b"\x1a\x45\xdf\xa3", "video.webm"),
        subtitles=uploaded(content, "phu-de.vtt"),
    )
    if accepted:
        justice_section.add_child(instance=page)
        assert page.pk
    else:
        with pytest.raises(ValidationError) as refused:
            justice_section.add_child(instance=page)
        assert refused.value.message_dict["subtitles"] == [
            "Tệp phụ đề phải là WebVTT: tệp .vtt bắt đầu bằng dòng “WEBVTT”."
        ]


def test_district_sites_filter_and_sort_episodes_by_number(client, programme):
    for number in (2, 1, 3):
        video(programme, title=f"Tập số {number}", video_url=VIDEO_URL, episode_number=number)
    listing = "/api/v2/pages/?type=publications.VideoPage&fields=episode_number"

    ordered = client.get(f"{listing}&child_of={programme.pk}&order=episode_number").json()
    found = client.get(f"{listing}&episode_number=3").json()

    assert [item["episode_number"] for item in ordered["items"]] == [1, 2, 3]
    assert [item["title"] for item in found["items"]] == ["Tập số 3"]
