"""Published Q&A pages for the suggestions benchmark, written in bulk.

Questions and answers are drawn from the bookshelf corpus's legal fields
(``bench.bookshelf.fields``: their laws, subjects and sentences), phrased the way
citizens write to the portal ("Xin hỏi, vợ chồng tôi ở Phường Hạ Long muốn …"). The
pages are valid Wagtail pages: rows of ``wagtailcore_page`` and
``qa_questionanswerpage`` with their tree paths, URL paths, locale and translation
keys, live, below one Q&A section; without revisions, which suggestions never read. On
PostgreSQL they go in with COPY (10,000 pages in a few seconds).
"""

import datetime
import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone

from wagtail.models import Page

from bench.bookshelf.fields import FIELDS
from core.slugs import vietnamese_slugify
from home.models import HomePage, LegalField
from qa.models import QAIndexPage, QuestionAnswerPage

PLACES = (
    "Phường Hạ Long",
    "Phường Cẩm Phả",
    "Phường Uông Bí",
    "Phường Móng Cái 1",
    "Phường Quảng Yên",
    "Phường Đông Triều",
    "Đặc khu Vân Đồn",
    "Đặc khu Cô Tô",
    "Xã Tiên Yên",
    "Xã Bình Liêu",
    "Xã Ba Chẽ",
    "Xã Hải Hà",
)
WHO = (
    "tôi",
    "gia đình tôi",
    "vợ chồng tôi",
    "bố mẹ tôi",
    "công ty tôi",
    "hợp tác xã của chúng tôi",
    "con trai tôi",
    "hàng xóm nhà tôi",
    "tổ dân phố chúng tôi",
)
TITLES = (
    "Thủ tục {subject} gồm những bước nào?",
    "Hồ sơ đề nghị {subject} gồm những giấy tờ gì?",
    "Cơ quan nào giải quyết việc {subject}?",
    "Thời hạn giải quyết {subject} là bao lâu?",
    "{law} quy định thế nào về {subject}?",
    "Vi phạm quy định về {subject} bị xử lý ra sao?",
    "Người dân được hỗ trợ gì về {subject}?",
    "Lệ phí khi đề nghị {subject} là bao nhiêu?",
    "Có được nộp hồ sơ {subject} trực tuyến không?",
    "Khiếu nại về {subject} ở đâu?",
)
QUESTIONS = (
    "Xin hỏi, {who} ở {place} cần {subject} thì phải chuẩn bị những giấy tờ gì và nộp ở đâu ạ?",
    "Cho tôi hỏi, {who} muốn biết {law} quy định thế nào về {subject}?",
    "{Who} đã nộp hồ sơ về {subject} tại {place} hơn {days} ngày mà chưa có kết quả, "
    "xin hỏi thời hạn giải quyết là bao lâu?",
    "Xin hỏi việc {subject} có bắt buộc làm trực tiếp không, hay {who} có thể nộp qua dịch vụ "
    "công trực tuyến?",
    "{Who} không đồng ý với quyết định về {subject} của {place} thì khiếu nại ở đâu ạ?",
    "Tôi muốn hỏi khi {subject} thì {who} phải nộp những khoản phí, lệ phí nào?",
)
CLOSING = (
    "Ông/bà có thể liên hệ bộ phận một cửa của {place} hoặc Sở Tư pháp tỉnh Quảng Ninh để "
    "được hướng dẫn cụ thể."
)


def _fill(sentence, law, rng):
    days = f"{rng.choice((15, 30, 45, 60, 90))} ngày"
    return sentence.format(luat=law, th=days, so=rng.randint(3, 40))


def qa_text(rng):
    """(field name, title, question, answer HTML, summary) of one published answer."""
    field = rng.choices(FIELDS, weights=[field.weight for field in FIELDS])[0]
    law = rng.choice(field.laws)
    subject = rng.choice(field.subjects)
    who, place = rng.choice(WHO), rng.choice(PLACES)
    values = {
        "subject": subject,
        "law": law,
        "who": who,
        "Who": who[0].upper() + who[1:],
        "place": place,
        "days": rng.randint(10, 60),
    }
    title = rng.choice(TITLES).format(**values)
    title = title[0].upper() + title[1:]
    question = rng.choice(QUESTIONS).format(**values)
    sentences = [_fill(sentence, law, rng) for sentence in rng.sample(field.sentences, 3)]
    answer = (
        f"<p>Theo quy định của {law}: {sentences[0][0].lower()}{sentences[0][1:]}</p>"
        f"<p>{sentences[1]} {sentences[2]}</p><p>{CLOSING.format(place=place)}</p>"
    )
    summary = f"Quy định của {law} về {subject}."
    return field.name, title, question, answer, summary


def qa_section():
    """The Q&A section below the Vietnamese home page, made if missing."""
    section = QAIndexPage.objects.first()
    if section:
        return section
    home = HomePage.objects.filter(locale__language_code="vi").first()
    section = QAIndexPage(title="Hỏi đáp pháp luật", slug="hoi-dap-phap-luat")
    home.add_child(instance=section)
    section.save_revision().publish()
    return section


def write_answers(count, seed=1):
    """Write ``count`` published Q&A pages below the Q&A section; their ids."""
    rng = random.Random(seed)
    section = Page.objects.get(pk=qa_section().pk)
    fields = {field.name: field for field in LegalField.objects.all()}
    content_type = ContentType.objects.get_for_model(QuestionAnswerPage)
    now = timezone.now()
    pages, field_links, slugs = [], [], set()
    for number in range(count):
        field_name, title, question, answer, summary = qa_text(rng)
        slug = vietnamese_slugify(title)[:70]
        while slug in slugs:
            slug = f"{vietnamese_slugify(title)[:70]}-{number}"
        slugs.add(slug)
        published = now - datetime.timedelta(days=rng.randint(0, 1500), minutes=number)
        page = QuestionAnswerPage(
            title=title,
            draft_title=title,
            slug=slug,
            content_type=content_type,
            locale_id=section.locale_id,
            translation_key=uuid.uuid4(),
            depth=section.depth + 1,
            path=Page._get_path(section.path, section.depth + 1, section.numchild + number + 1),
            numchild=0,
            url_path=f"{section.url_path}{slug}/",
            live=True,
            has_unpublished_changes=False,
            first_published_at=published,
            last_published_at=published,
            question_text=question,
            answer=answer,
            summary=summary,
            answered_on=published.date(),
        )
        pages.append(page)
        if field_name in fields:
            field_links.append((page, fields[field_name]))
    with transaction.atomic():
        _insert_pages(pages)
        Page.objects.filter(pk=section.pk).update(numchild=section.numchild + count)
        through = QuestionAnswerPage.legal_fields.through
        through.objects.bulk_create(
            [
                through(questionanswerpage_id=page.pk, legalfield_id=field.pk)
                for page, field in field_links
            ],
            batch_size=2000,
        )
    return [page.pk for page in pages]


def _insert_pages(pages):
    page_fields = [field for field in Page._meta.local_concrete_fields if not field.primary_key]
    own_fields = QuestionAnswerPage._meta.local_concrete_fields
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence('wagtailcore_page', 'id')) "
                "FROM generate_series(1, %s)",
                [len(pages)],
            )
            for page, (pk,) in zip(pages, cursor.fetchall(), strict=True):
                page.pk = page.id = page.page_ptr_id = pk
            _copy(cursor, Page, ["id", *page_fields], pages)
            _copy(cursor, QuestionAnswerPage, own_fields, pages)
            return
    for page in pages:
        # SQLite (the small sizes of the tests): the ORM's own insert of both rows.
        page.save_base()


def _copy(cursor, model, fields, rows):
    fields = [model._meta.get_field(field) if isinstance(field, str) else field for field in fields]
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    table = connection.ops.quote_name(model._meta.db_table)
    with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(
                [field.get_db_prep_save(field.pre_save(row, True), connection) for field in fields]
            )
