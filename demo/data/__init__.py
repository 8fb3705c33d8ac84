"""The demo's content, written in Vietnamese by type; English texts are in english.py."""

from .ebooks import EBOOKS
from .infographics import INFOGRAPHICS
from .leaflets import LEAFLETS
from .lectures import LECTURES
from .local_news import LOCAL_NEWS
from .news import NEWS
from .videos import VIDEOS

ALL_CONTENT = [*NEWS, *LOCAL_NEWS, *INFOGRAPHICS, *VIDEOS, *LEAFLETS, *EBOOKS, *LECTURES]
