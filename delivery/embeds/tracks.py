"""Text tracks the site writes for its video players (the page's and the embed's)."""

from django.http import Http404, HttpResponse
from django.views.decorators.http import require_safe

from publications.models import VideoPage

from .pages import get_embeddable_page


@require_safe
def chapters_track(request, page_id):
    """``/embed/<id>/chapters.vtt``: the chapters of a published video as WebVTT."""
    page, _ = get_embeddable_page(page_id)
    track = page.chapters_webvtt() if isinstance(page, VideoPage) else None
    if track is None:
        raise Http404("Video không chia chương.")
    return HttpResponse(track, content_type="text/vtt; charset=utf-8")
