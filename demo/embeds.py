"""Cached embeds for the demo's YouTube links.

There is no network where the demo is loaded, and saving a video page or rendering an
embed block asks the oEmbed finder. wagtail.embeds.embeds.get_embed looks in the Embed
table first (by the hash of the URL and the requested size), so a row written here,
never expiring, answers every look-up of these URLs without a request.

The video ids are placeholders in YouTube's format: the players show "video
unavailable" until an editor replaces the links with the unit's real clips.
"""

from html import escape

from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

WIDTH, HEIGHT = 640, 360


def youtube_url(video_id):
    return f"https://www.youtube.com/watch?v={video_id}"


def cache_youtube_embed(video_id, title):
    """Make ``get_embed(youtube_url(video_id))`` answer offline; return the URL."""
    url = youtube_url(video_id)
    html = (
        f'<iframe width="{WIDTH}" height="{HEIGHT}" '
        f'src="https://www.youtube-nocookie.com/embed/{video_id}" title="{escape(title)}" '
        'frameborder="0" allow="accelerometer; encrypted-media; gyroscope; '
        'picture-in-picture" allowfullscreen></iframe>'
    )
    Embed.objects.update_or_create(
        hash=get_embed_hash(url),
        defaults={
            "url": url,
            "max_width": None,
            "type": "video",
            "html": html,
            "title": title,
            "author_name": "PBGDPL Quảng Ninh",
            "provider_name": "YouTube",
            "thumbnail_url": "",
            "width": WIDTH,
            "height": HEIGHT,
            "cache_until": None,
        },
    )
    return url
