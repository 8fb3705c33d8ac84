"""The shapes demo content is written in: one dataclass per page type, plus the pieces
(infographic sheets, leaflet panels, chapters, lecture parts) they are made of.

Running text is a list of paragraphs in a tiny markup: "## " and "### " start
sub-headings (h3, h4), "- " a bullet point; everything else is a paragraph.
"""

from dataclasses import dataclass, field
from datetime import datetime

from core.slugs import vietnamese_slugify

SLUG_LENGTH = 80


def short_slug(title):
    """An ASCII slug of ``title``, cut at a word boundary so URLs stay readable."""
    slug = vietnamese_slugify(title)
    if len(slug) <= SLUG_LENGTH:
        return slug
    return slug[:SLUG_LENGTH].rsplit("-", 1)[0]


@dataclass(kw_only=True)
class PageSpec:
    title: str
    summary: str
    section: (
        str  # slug path of the section below the home page, e.g. "phap-luat-co-so/phuong-ha-long"
    )
    unit: str  # key in taxonomy.UNITS
    fields: tuple[str, ...]  # legal field names
    tags: tuple[str, ...] = ()
    # Published this many days before the run, at the given hour; ``published_on``
    # pins a fixed date instead (content of units that no longer exist, and content the
    # demo's statistics count for a fixed period).
    days_ago: int = 0
    hour: int = 8
    published_on: datetime | None = None
    # "live", "draft", or "submitted" (a draft sent to the editorial board).
    status: str = "live"
    # Also published in English (texts in data.english).
    translated: bool = False

    @property
    def slug(self):
        return short_slug(self.title)


@dataclass
class Sheet:
    """One image of an infographic: a heading and numbered points (point, explanation)."""

    heading: str
    points: list[tuple[str, str]]


@dataclass
class Panel:
    """One panel of a leaflet."""

    heading: str
    lines: list[str]


@dataclass
class Chapter:
    title: str
    paragraphs: list[str]


@dataclass
class Slide:
    title: str
    bullets: list[str]


@dataclass
class LecturePart:
    title: str
    slides: list[Slide]
    notes: list[str] = field(default_factory=list)
    youtube_id: str = ""
    # Also attach the part's slides as a PDF, for people who print them.
    with_pdf: bool = False


@dataclass(kw_only=True)
class News(PageSpec):
    body: list  # blocks made with demo.body


@dataclass(kw_only=True)
class Infographic(PageSpec):
    sheets: list[Sheet]


@dataclass(kw_only=True)
class Video(PageSpec):
    # A linked video has a YouTube id and a duration; a video uploaded as a file is drawn
    # and encoded here from its slides, and lasts as long as they do.
    youtube_id: str = ""
    duration_seconds: int = 0
    file_slides: list[Slide] = field(default_factory=list)
    transcript: list[str] = field(default_factory=list)


@dataclass(kw_only=True)
class Leaflet(PageSpec):
    panels: list[Panel]


@dataclass(kw_only=True)
class EBook(PageSpec):
    chapters: list[Chapter]
    with_epub: bool = False


@dataclass(kw_only=True)
class Lecture(PageSpec):
    parts: list[LecturePart]
