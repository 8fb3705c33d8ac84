"""The public list of weekly bulletins: commune loudspeaker operators download them
without signing in, often from a phone."""

from django.template.response import TemplateResponse

from home.documents import private_collections

from .models import Bulletin

LISTED = 52  # a year of weeks


def bulletins(request):
    ready = (
        Bulletin.objects.filter(status=Bulletin.Status.READY, audio__isnull=False)
        .exclude(audio__collection__in=private_collections())
        .select_related("audio")
        .prefetch_related("items__page")[:LISTED]
    )
    return TemplateResponse(request, "delivery/audio/bulletins.html", {"bulletins": ready})
