"""An embed finder that never touches the network, for tests.

It answers for YouTube and Facebook video URLs with a fixed iframe, and refuses every
other URL the way a real finder refuses an unknown provider.
"""

import re

from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.finders.base import EmbedFinder

VIDEO_URL = re.compile(
    r"^https://(www\.)?(youtube\.com/watch\?v=|youtu\.be/|facebook\.com/.+/videos/)"
)


class OfflineEmbedFinder(EmbedFinder):
    def accept(self, url):
        return bool(VIDEO_URL.match(url))

    def find_embed(self, url, max_width=None, max_height=None):
        if not self.accept(url):
            raise EmbedNotFoundException
        return {
            "title": "Video thử nghiệm",
            "author_name": "Sở Tư pháp",
            "provider_name": "Offline",
            "type": "video",
            "thumbnail_url": "",
            "width": 640,
            "height": 360,
            "html": f'<iframe src="{url}" width="640" height="360" title="Video"></iframe>',
        }


embed_finder_class = OfflineEmbedFinder
