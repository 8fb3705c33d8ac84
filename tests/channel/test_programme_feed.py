"""District sites show a programme's episodes through its RSS and Atom feeds."""

import feedparser
import pytest

from publications.models import VideoPage

FEED_URL = "/feeds/programme/phap-luat-va-doi-song/{}/"


def publish_episode(programme, number, title):
    video = VideoPage(
        title=title,
        summary=f"Tóm tắt tập {number}.",
        video_url=f"https://www.youtube.com/watch?v=tap-{number}",
        episode_number=number,
    )
    programme.add_child(instance=video)
    video.save_revision().publish()
    return video


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_the_programme_feed_lists_its_published_episodes(client, programme, kind):
    first = publish_episode(programme, 1, "Hòa giải tranh chấp đất đai")
    second = publish_episode(programme, 2, "Quyền của người lao động")
    draft = VideoPage(
        title="Tập chưa duyệt",
        summary="Bản nháp.",
        video_url="https://www.youtube.com/watch?v=nhap",
        live=False,
    )
    programme.add_child(instance=draft)

    response = client.get(FEED_URL.format(kind))

    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.feed.title.startswith("Pháp luật và Đời sống")
    assert feed.feed.link == f"http://localhost{programme.url}"
    titles = [entry.title for entry in feed.entries]
    assert sorted(titles) == sorted([first.title, second.title])
    entry = next(entry for entry in feed.entries if entry.title == second.title)
    assert entry.link == f"http://localhost{second.url}"
    assert entry.summary == "Tóm tắt tập 2."


def test_an_episode_page_offers_its_programme_feed(client, programme):
    episode = publish_episode(programme, 1, "Hòa giải tranh chấp đất đai")
    html = client.get(episode.url).content.decode()
    assert 'href="/feeds/programme/phap-luat-va-doi-song/rss/"' in html
    assert "/feeds/section/phap-luat-va-doi-song/" not in html


def test_an_unknown_programme_has_no_feed(client, channel):
    assert client.get(FEED_URL.format("rss")).status_code == 404
