"""One adapter per network behind one interface (``base.Adapter``)."""

from .base import NetworkError, Outgoing, Posted, RateLimited, Rejected, TokenRejected, Video
from .facebook import FacebookAdapter
from .x import XAdapter
from .youtube import YouTubeAdapter
from .zalo import ZaloAdapter

ADAPTERS = {
    adapter.network: adapter for adapter in (FacebookAdapter, ZaloAdapter, XAdapter, YouTubeAdapter)
}

__all__ = [
    "ADAPTERS",
    "NetworkError",
    "Outgoing",
    "Posted",
    "RateLimited",
    "Rejected",
    "TokenRejected",
    "Video",
    "adapter_for",
]


def adapter_for(account):
    return ADAPTERS[account.network](account)
