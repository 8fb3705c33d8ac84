"""The benchmark's content: published legal news with every field filled, in the sections
that units own, built with the demo's builders (``demo``).

Each article has a summary, cover and social images, a unit, two legal fields, three
tags and a ten-block body: four paragraphs, each linking to another page and to a
document, a heading, a captioned picture, a quote, a YouTube embed, an attached PDF and
a table.
"""

from html import escape

from demo.accounts import load_accounts
from demo.body import attachment, figure, quote, table, video
from demo.builders import PageBuilder
from demo.data.news import NEWS
from demo.embeds import cache_youtube_embed
from demo.pages import days_ago, publish
from demo.sections import home_page, load_sections
from demo.specs import News
from demo.taxonomy import LEGAL_FIELDS, load_legal_fields, load_units

# Placeholders in YouTube's format; their embeds are cached so nothing asks YouTube.
VIDEO_IDS = ["Qn8bench001", "Qn8bench002", "Qn8bench003"]
EXTRA_TAGS = ["bản tin pháp luật", "tuyên truyền", "cơ sở", "hỏi đáp"]
QUOTE = quote(
    "Mọi người có nghĩa vụ tuân theo Hiến pháp và pháp luật, tham gia bảo vệ an ninh "
    "quốc gia, trật tự, an toàn xã hội và chấp hành những quy tắc sinh hoạt công cộng.",
    "Điều 46, Hiến pháp năm 2013",
)
TABLE = table(
    ("Hình thức", "Số cuộc", "Số lượt người"),
    ("Tuyên truyền trực tiếp", "128", "9.640"),
    ("Hội nghị, tọa đàm", "34", "2.415"),
    ("Thi tìm hiểu pháp luật", "6", "12.380"),
    ("Tuyên truyền trên mạng xã hội", "215", "86.900"),
)


def build_content(pages):
    """Publish ``pages`` legal news articles in a freshly migrated database."""
    units = load_units()
    board = load_accounts(units)["board"][0]
    sections = load_sections(home_page(), units, board).values()
    unit_sections = [section for section in sections if section.unit_id]
    unit_keys = {unit.pk: key for key, unit in units.items()}
    for video_id in VIDEO_IDS:
        cache_youtube_embed(video_id, "Video phổ biến pháp luật")

    builder = PageBuilder(units, load_legal_fields())
    linked_pages, linked_documents = list(sections), []
    for number in range(1, pages + 1):
        section = unit_sections[number % len(unit_sections)]
        page = builder.build(_spec(number, unit_keys[section.unit_id]))
        linked_documents.extend(
            block.value["document"] for block in page.body if block.block_type == "document"
        )
        _add_links(page, linked_pages, linked_documents)
        page.social_image = next(
            block.value["image"] for block in page.body if block.block_type == "image"
        )
        page.social_text = f"{page.title} – Cổng PBGDPL Quảng Ninh"[:255]
        publish(section, page, board, board, days_ago(number, 7 + number % 10))
        linked_pages.append(page)


def _spec(number, unit_key):
    """Article ``number``, written from a demo article's texts."""
    source = NEWS[number % len(NEWS)]
    paragraphs = [block for block in source.body if block[0] == "paragraph"]
    heading = next(block for block in source.body if block[0] == "heading")
    other_fields = [name for name in LEGAL_FIELDS if name != source.fields[0]]
    return News(
        title=f"Bản tin số {number}: {source.title}",
        summary=source.summary,
        section="",
        unit=unit_key,
        fields=(source.fields[0], other_fields[number % len(other_fields)]),
        tags=(*source.tags[:2], EXTRA_TAGS[number % len(EXTRA_TAGS)]),
        body=[
            paragraphs[0],
            heading,
            paragraphs[1 % len(paragraphs)],
            figure(f"Ảnh minh họa bản tin số {number}"),
            paragraphs[2 % len(paragraphs)],
            QUOTE,
            video(VIDEO_IDS[number % len(VIDEO_IDS)]),
            paragraphs[3 % len(paragraphs)],
            attachment(f"Tài liệu kèm bản tin số {number}", paragraphs[0][1]),
            TABLE,
        ],
    )


def _add_links(page, linked_pages, linked_documents):
    """End each paragraph with a link to a recent page and one to a recent document:
    the internal references the API resolves when it renders rich text as HTML."""
    paragraph = 0
    for index, block in enumerate(page.body):
        if block.block_type != "paragraph":
            continue
        paragraph += 1
        target = linked_pages[-paragraph % len(linked_pages)]
        document = linked_documents[-paragraph % len(linked_documents)]
        see_also = (
            f'<p>Xem thêm: <a linktype="page" id="{target.pk}">{escape(target.title)}</a>; '
            f'tài liệu: <a linktype="document" id="{document.pk}">'
            f"{escape(document.title)}</a>.</p>"
        )
        page.body[index] = ("paragraph", block.value.source + see_also)
