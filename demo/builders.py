"""Turn demo specs into unsaved pages, drawing and storing the media each one uses."""

from dataclasses import dataclass
from datetime import timedelta
from functools import cache

from home.models import CustomImage
from publications.models import (
    EBookPage,
    InfographicPage,
    LeafletPage,
    LecturePage,
    LegalNewsPage,
    VideoPage,
)

from . import artwork, library
from .embeds import youtube_url
from .epub import epub_bytes
from .markup import printed, rich_text
from .mp4 import slideshow_mp4
from .specs import EBook, Infographic, Leaflet, Lecture, News, Video
from .taxonomy import palette_for

IMAGE_ALT_LENGTH = CustomImage._meta.get_field("alt_text").max_length
# What InfographicImageBlock and LeafletPanelBlock accept: room for every point of a sheet.
BLOCK_ALT_LENGTH = 500
SLIDE_SECONDS = 4


def _clip(text, length):
    return text if len(text) <= length else text[: length - 1].rsplit(" ", 1)[0] + "…"


@dataclass
class PageBuilder:
    units: dict
    legal_fields: dict

    def build(self, spec):
        builders = {
            News: self._news,
            Infographic: self._infographic,
            Video: self._video,
            Leaflet: self._leaflet,
            EBook: self._ebook,
            Lecture: self._lecture,
        }
        page = builders[type(spec)](spec)
        page.title = spec.title
        page.slug = spec.slug
        page.summary = spec.summary
        page.unit = self.units[spec.unit]
        page.cover_image = self._cover(spec)
        page.legal_fields = [self.legal_fields[name] for name in spec.fields]
        page.tags.add(*spec.tags)
        return page

    # Media

    def _image(self, spec, title, alt_text, draw):
        return library.image(
            title, _clip(alt_text, IMAGE_ALT_LENGTH), self.units[spec.unit].collection, draw
        )

    def _cover(self, spec):
        unit = self.units[spec.unit]
        return self._image(
            spec,
            f"Ảnh bìa – {spec.title}",
            f"Ảnh bìa ghi tiêu đề “{spec.title}” và tên đơn vị {unit.name}",
            lambda: artwork.cover(spec.title, unit.name, palette_for(spec.fields)),
        )

    def _pdf(self, spec, title, pages):
        return library.pdf(title, self.units[spec.unit].collection, pages)

    # Page types

    def _news(self, spec):
        palette = palette_for(spec.fields)
        unit_name = self.units[spec.unit].name
        body = []
        for kind, *args in spec.body:
            if kind == "paragraph":
                body.append({"type": "paragraph", "value": rich_text(args[0])})
            elif kind == "heading":
                body.append({"type": "heading", "value": {"text": args[0], "level": args[1]}})
            elif kind == "image":
                caption, credit = args
                picture = self._image(
                    spec,
                    caption,
                    f"Hình minh họa ghi dòng chữ “{caption}”",
                    lambda caption=caption: artwork.cover(caption, unit_name, palette),
                )
                body.append(
                    {
                        "type": "image",
                        "value": {
                            "image": picture.pk,
                            "caption": caption,
                            "credit": credit or unit_name,
                        },
                    }
                )
            elif kind == "quote":
                body.append({"type": "quote", "value": {"text": args[0], "attribution": args[1]}})
            elif kind == "table":
                body.append(
                    {
                        "type": "table",
                        "value": {
                            "data": args[0],
                            "first_row_is_table_header": True,
                            "first_col_is_header": False,
                            "table_header_choice": "row",
                        },
                    }
                )
            elif kind == "document":
                title, paragraphs = args
                document = self._pdf(
                    spec,
                    title,
                    lambda title=title, paragraphs=paragraphs: artwork.printed_pages(
                        title, printed(paragraphs), palette
                    ),
                )
                body.append({"type": "document", "value": {"document": document.pk, "title": ""}})
            elif kind == "embed":
                body.append({"type": "embed", "value": youtube_url(args[0])})
            else:
                raise ValueError(f"Unknown news block {kind!r} in {spec.title!r}")
        return LegalNewsPage(body=body)

    def _infographic(self, spec):
        palette = palette_for(spec.fields)
        images, transcript, number = [], [], 1
        for index, sheet in enumerate(spec.sheets, start=1):
            start = number
            alt_text = f"Infographic “{sheet.heading}”. " + " ".join(
                f"{point}: {text}" for point, text in sheet.points
            )
            picture = self._image(
                spec,
                f"{spec.title} – ảnh {index}",
                alt_text,
                lambda sheet=sheet, start=start: artwork.sheet(
                    sheet.heading, sheet.points, start, palette
                ),
            )
            images.append(
                {
                    "type": "image",
                    "value": {
                        "image": picture.pk,
                        "alt_text": _clip(alt_text, BLOCK_ALT_LENGTH),
                        "caption": sheet.heading,
                    },
                }
            )
            transcript.append(f"## {sheet.heading}")
            for point, text in sheet.points:
                transcript.extend([f"### {number}. {point}", text])
                number += 1
        return InfographicPage(images=images, transcript=rich_text(transcript))

    def _video(self, spec):
        if not spec.file_slides:
            return VideoPage(
                video_url=youtube_url(spec.youtube_id),
                duration=timedelta(seconds=spec.duration_seconds),
                transcript=rich_text(spec.transcript),
            )
        palette = palette_for(spec.fields)
        collection = self.units[spec.unit].collection
        lines = [". ".join([slide.title, *slide.bullets]) + "." for slide in spec.file_slides]
        return VideoPage(
            video_file=library.document(
                f"{spec.title} (MP4)",
                "mp4",
                collection,
                lambda: slideshow_mp4(
                    [artwork.slide(s.title, s.bullets, palette) for s in spec.file_slides],
                    SLIDE_SECONDS,
                ),
            ),
            subtitles=library.document(
                f"{spec.title} (phụ đề)",
                "vtt",
                collection,
                lambda: _webvtt(lines, SLIDE_SECONDS).encode(),
            ),
            duration=timedelta(seconds=len(spec.file_slides) * SLIDE_SECONDS),
            transcript=rich_text(spec.transcript or lines),
        )

    def _leaflet(self, spec):
        palette = palette_for(spec.fields)

        @cache
        def draw(number):
            panel = spec.panels[number - 1]
            return artwork.panel(panel.heading, panel.lines, number, palette)

        panels = []
        for number, panel in enumerate(spec.panels, start=1):
            alt_text = f"Mặt {number} của tờ gấp: “{panel.heading}”. " + " ".join(panel.lines)
            picture = self._image(
                spec, f"{spec.title} – mặt {number}", alt_text, lambda number=number: draw(number)
            )
            panels.append(
                {
                    "type": "panel",
                    "value": {
                        "image": picture.pk,
                        "alt_text": _clip(alt_text, BLOCK_ALT_LENGTH),
                        "text": rich_text(
                            [f"## {panel.heading}", *(f"- {line}" for line in panel.lines)]
                        ),
                    },
                }
            )
        pdf = self._pdf(
            spec,
            f"{spec.title} (PDF)",
            lambda: artwork.landscape_spreads([draw(n) for n in range(1, len(spec.panels) + 1)]),
        )
        return LeafletPage(pdf=pdf, panels=panels)

    def _ebook(self, spec):
        palette = palette_for(spec.fields)
        unit = self.units[spec.unit]
        chapters = [
            {
                "type": "chapter",
                "value": {"title": chapter.title, "body": rich_text(chapter.paragraphs)},
            }
            for chapter in spec.chapters
        ]

        def printed_book():
            lines = []
            for chapter in spec.chapters:
                lines.extend([f"# {chapter.title}", *printed(chapter.paragraphs)])
            return artwork.printed_pages(spec.title, lines, palette)

        page = EBookPage(
            chapters=chapters, pdf_file=self._pdf(spec, f"{spec.title} (PDF)", printed_book)
        )
        if spec.with_epub:
            page.epub_file = library.document(
                f"{spec.title} (EPUB)",
                "epub",
                unit.collection,
                lambda: epub_bytes(
                    spec.title,
                    unit.name,
                    [(chapter.title, rich_text(chapter.paragraphs)) for chapter in spec.chapters],
                ),
            )
        return page

    def _lecture(self, spec):
        palette = palette_for(spec.fields)
        sections = []
        for part_number, part in enumerate(spec.parts, start=1):

            @cache
            def draw(slide_number, part=part):
                slide = part.slides[slide_number - 1]
                return artwork.slide(slide.title, slide.bullets, palette)

            slides = [
                self._image(
                    spec,
                    f"{spec.title} – phần {part_number}, trang {number}",
                    f"Trang chiếu “{slide.title}”: " + "; ".join(slide.bullets),
                    lambda number=number, draw=draw: draw(number),
                ).pk
                for number, slide in enumerate(part.slides, start=1)
            ]
            slides_pdf = None
            if part.with_pdf:
                slides_pdf = self._pdf(
                    spec,
                    f"{spec.title} – phần {part_number} (trang chiếu PDF)",
                    lambda part=part, draw=draw: [
                        draw(number) for number in range(1, len(part.slides) + 1)
                    ],
                ).pk
            sections.append(
                {
                    "type": "section",
                    "value": {
                        "title": part.title,
                        "slides": slides,
                        "slides_pdf": slides_pdf,
                        "video": youtube_url(part.youtube_id) if part.youtube_id else "",
                        "notes": rich_text(part.notes),
                    },
                }
            )
        return LecturePage(sections=sections)


def _webvtt(lines, seconds):
    """Subtitles showing each line for ``seconds``, one after the other."""

    def stamp(total):
        return f"{total // 3600:02d}:{total % 3600 // 60:02d}:{total % 60:02d}.000"

    cues = [
        f"{number}\n{stamp((number - 1) * seconds)} --> {stamp(number * seconds)}\n{line}"
        for number, line in enumerate(lines, start=1)
    ]
    return "WEBVTT\n\n" + "\n\n".join(cues) + "\n"
