from .base import ContentPage
from .channel import Broadcast, BroadcastGuest, ChannelPage, ProgrammePage
from .ebook import EBookPage
from .infographic import InfographicPage
from .leaflet import LeafletPage
from .lecture import LecturePage
from .news import LegalNewsPage
from .video import VideoPage

__all__ = [
    "Broadcast",
    "BroadcastGuest",
    "ChannelPage",
    "ProgrammePage",
    "ContentPage",
    "EBookPage",
    "InfographicPage",
    "LeafletPage",
    "LecturePage",
    "LegalNewsPage",
    "VideoPage",
]
