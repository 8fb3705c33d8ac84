"""Load the whole demo site, step by step; every step skips what already exists."""

from dataclasses import dataclass, field

from wagtail.documents.models import Document

from home.models import CustomImage, SectionPage
from publications.models import (
    ChannelPage,
    EBookPage,
    InfographicPage,
    LeafletPage,
    LecturePage,
    LegalNewsPage,
    ProgrammePage,
    VideoPage,
)
from qa.models import ExchangePage, QAIndexPage, Question, QuestionAnswerPage
from quizzes.models import ContestPage, QuizPage

from .accounts import PASSWORD, load_accounts
from .audio import load_audio
from .bookshelf import load_bookshelf
from .builders import PageBuilder
from .channel import load_channel
from .contest import load_contest
from .data import ALL_CONTENT
from .embeds import cache_youtube_embed
from .pages import days_ago, publish, save_draft
from .qa import load_qa
from .sections import describe_home, home_page, load_sections
from .site_address import DEFAULT_ADDRESS, is_local, load_site_address
from .site_identity import load_site_identity
from .specs import Lecture, News, Video
from .statistics import load_statistics
from .taxonomy import load_legal_fields, load_units
from .translations import load_translations


@dataclass
class Summary:
    created_pages: int = 0
    translated_pages: int = 0
    untranslated_strings: int = 0
    accounts: list = field(default_factory=list)  # (username, role)
    password: str = PASSWORD
    pages_by_type: list = field(default_factory=list)  # (type, live, drafts, English)
    images: int = 0
    documents: int = 0
    site_url: str = ""
    site_is_local: bool = True
    statistics: tuple = ()  # (periods, unit reports, activity records)
    questions: dict = field(default_factory=dict)  # {status label: count}
    audio: str = ""


def demo_videos(specs):
    """{YouTube id: title} of every video the demo links to, titled where first used."""
    videos = {}
    for spec in specs:
        if isinstance(spec, Video) and spec.youtube_id:
            videos.setdefault(spec.youtube_id, spec.title)
        elif isinstance(spec, Lecture):
            for part in spec.parts:
                if part.youtube_id:
                    videos.setdefault(part.youtube_id, part.title)
        elif isinstance(spec, News):
            for block in spec.body:
                if block[0] == "embed":
                    videos.setdefault(block[1], spec.title)
    return videos


def _published_at(spec):
    return spec.published_on or days_ago(spec.days_ago, spec.hour)


def load_demo_site(address=DEFAULT_ADDRESS):
    summary = Summary()
    site = load_site_address(address)
    summary.site_url = site.root_url
    summary.site_is_local = is_local(site.hostname)
    units = load_units()
    legal_fields = load_legal_fields()
    accounts = load_accounts(units)
    board = accounts["board"][0]
    summary.accounts = [(user.username, role) for user, role in accounts.values()]
    for video_id, title in demo_videos(ALL_CONTENT).items():
        cache_youtube_embed(video_id, title)

    home = home_page()
    describe_home(home, board)
    sections = load_sections(home, units, board)
    builder = PageBuilder(units, legal_fields)
    authors = {"STP": accounts["stp"][0], "HALONG": accounts["halong"][0]}
    for spec in ALL_CONTENT:
        section = sections[spec.section]
        if section.get_children().filter(slug=spec.slug).exists():
            continue
        page = builder.build(spec)
        author = authors.get(spec.unit, board)
        if spec.status == "live":
            publish(section, page, author, board, _published_at(spec))
        else:
            save_draft(section, page, author, submit=spec.status == "submitted")
        summary.created_pages += 1

    load_bookshelf(home, board)
    load_contest(home, board)
    load_qa(home, units, accounts)
    load_channel(home, legal_fields)
    summary.audio = load_audio()
    summary.questions = _count_questions()
    summary.statistics = load_statistics(units, accounts)

    summary.translated_pages, summary.untranslated_strings = load_translations(
        home, sections, ALL_CONTENT, board
    )
    load_site_identity()
    summary.pages_by_type = _count_pages()
    summary.images = CustomImage.objects.count()
    summary.documents = Document.objects.count()
    return summary


def _count_pages():
    rows = []
    for model in (
        SectionPage,
        LegalNewsPage,
        InfographicPage,
        VideoPage,
        LeafletPage,
        EBookPage,
        LecturePage,
        ContestPage,
        QuizPage,
        QAIndexPage,
        QuestionAnswerPage,
        ExchangePage,
        ChannelPage,
        ProgrammePage,
    ):
        pages = model.objects.filter(locale__language_code="vi")
        rows.append(
            (
                model._meta.verbose_name,
                pages.filter(live=True).count(),
                pages.filter(live=False).count(),
                model.objects.filter(locale__language_code="en").count(),
            )
        )
    return rows


def _count_questions():
    labels = dict(Question.Status.choices)
    counts = {}
    for status in Question.objects.values_list("status", flat=True):
        counts[labels[status]] = counts.get(labels[status], 0) + 1
    return counts
