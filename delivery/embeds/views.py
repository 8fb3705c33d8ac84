from django.http import Http404
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.views.decorators.http import require_safe

from wagtail.models import Site

from publications.models import ChannelPage, InfographicPage, LeafletPage, VideoPage
from qa.models import QuestionAnswerPage

from .framing import frameable
from .pages import get_embeddable_page, prefetch_stream_images, site_name

VIEWERS = {
    VideoPage: ("video", "embeds/video.html"),
    InfographicPage: ("infographic", "embeds/infographic.html"),
    LeafletPage: ("leaflet", "embeds/leaflet.html"),
    # A question and its answer are short enough to read in the frame.
    QuestionAnswerPage: ("qa", "embeds/question_answer.html"),
    # The TV channel: the broadcast on air, or what comes next.
    ChannelPage: ("channel", "embeds/channel.html"),
}
# News, e-books and e-lectures are too long to read in a frame: a card links to them.
CARD = ("card", "embeds/card.html")


@require_safe
@frameable
def embed_page(request, page_id):
    """A content page as a compact document for an iframe on another site."""
    try:
        page, site = get_embeddable_page(page_id)
    except Http404:
        # Shown inside the other site's frame, so it must be frameable and say what happened.
        context = {"site_name": site_name(Site.find_for_request(request))}
        return render(request, "embeds/unavailable.html", context, status=404)

    prefetch_stream_images(page)
    kind, template = VIEWERS.get(type(page), CARD)
    context = {
        "page": page,
        "page_url": page.get_full_url(request),
        "site_name": site_name(site),
        "kind": kind,
    }
    return TemplateResponse(request, template, context)
