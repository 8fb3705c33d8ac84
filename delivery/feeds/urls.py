from django.urls import path

from . import calendar, sources
from .generators import AtomWithContent, RssWithContent
from .podcast import PodcastFeed
from .views import ContentFeed

app_name = "feeds"

urlpatterns = [
    path("rss/", ContentFeed(sources.whole_site, RssWithContent), name="site_rss"),
    path("atom/", ContentFeed(sources.whole_site, AtomWithContent), name="site_atom"),
    path(
        "section/<str:slug>/rss/",
        ContentFeed(sources.section, RssWithContent),
        name="section_rss",
    ),
    path(
        "section/<str:slug>/atom/",
        ContentFeed(sources.section, AtomWithContent),
        name="section_atom",
    ),
    path("unit/<str:slug>/rss/", ContentFeed(sources.unit, RssWithContent), name="unit_rss"),
    path("unit/<str:slug>/atom/", ContentFeed(sources.unit, AtomWithContent), name="unit_atom"),
    path(
        "legal-field/<str:slug>/rss/",
        ContentFeed(sources.legal_field, RssWithContent),
        name="legal_field_rss",
    ),
    path(
        "legal-field/<str:slug>/atom/",
        ContentFeed(sources.legal_field, AtomWithContent),
        name="legal_field_atom",
    ),
    path(
        "qa/legal-field/<str:slug>/rss/",
        ContentFeed(sources.qa_legal_field, RssWithContent),
        name="qa_legal_field_rss",
    ),
    path(
        "qa/legal-field/<str:slug>/atom/",
        ContentFeed(sources.qa_legal_field, AtomWithContent),
        name="qa_legal_field_atom",
    ),
    path(
        "programme/<str:slug>/rss/",
        ContentFeed(sources.programme, RssWithContent),
        name="programme_rss",
    ),
    path(
        "programme/<str:slug>/atom/",
        ContentFeed(sources.programme, AtomWithContent),
        name="programme_atom",
    ),
    path("channel/<str:slug>/schedule.ics", calendar.channel_schedule, name="channel_calendar"),
    path("tag/<str:slug>/rss/", ContentFeed(sources.tag, RssWithContent), name="tag_rss"),
    # Podcasts: the same sources, only pages with audio, enclosures and iTunes tags.
    path("podcast/", PodcastFeed(sources.whole_site), name="site_podcast"),
    path("podcast/section/<str:slug>/", PodcastFeed(sources.section), name="section_podcast"),
    path("podcast/unit/<str:slug>/", PodcastFeed(sources.unit), name="unit_podcast"),
    path(
        "podcast/legal-field/<str:slug>/",
        PodcastFeed(sources.legal_field),
        name="legal_field_podcast",
    ),
    path("tag/<str:slug>/atom/", ContentFeed(sources.tag, AtomWithContent), name="tag_atom"),
]
