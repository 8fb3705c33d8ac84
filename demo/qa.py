"""The demo's legal Q&A: the Q&A section with its published answers, citizens' questions
in every state of the moderation queue, and two online exchanges, one past (its
transcript and recording) and one upcoming (taking questions).

The askers are invented; their names, phone numbers and emails exist only to show how
the admin masks them.
"""

from datetime import timedelta

from django.utils import timezone

from bookshelf.models import LegalDocument
from home.models import LegalField
from home.personal_data import keyed_hash
from qa.models import (
    AnswerReference,
    ExchangeGuest,
    ExchangePage,
    QAIndexPage,
    Question,
    QuestionAnswerPage,
    QuestionEvent,
)

from .data.qa_pairs import QA_PAIRS
from .embeds import cache_youtube_embed
from .pages import child_by_slug, days_ago, publish
from .sections import OPENED_ON

SLUG = "hoi-dap-phap-luat"
TITLE = "Hỏi đáp pháp luật"
SUMMARY = (
    "Người dân gửi câu hỏi pháp luật và nhận trả lời của cơ quan chuyên môn; các câu trả lời "
    "hữu ích được đăng công khai theo lĩnh vực."
)
PAST_EXCHANGE = "giao-luu-truc-tuyen-luat-dat-dai-2024"
# Placeholder ids in YouTube's format, cached offline (demo.embeds).
LIVE_VIDEO = "gLdatDai24a"
UPCOMING_VIDEO = "gLbaoLucGd1"
UPCOMING_EXCHANGE = "giao-luu-truc-tuyen-phong-chong-bao-luc-gia-dinh"


def load_qa(home, units, accounts):
    """Create what is missing; return the Q&A section."""
    board = accounts["board"][0]
    index = child_by_slug(home, SLUG)
    if index is None:
        index = QAIndexPage(title=TITLE, slug=SLUG, summary=SUMMARY)
        publish(home, index, board, board, OPENED_ON)
    fields = {field.name: field for field in LegalField.objects.all()}
    documents = {document.number: document for document in LegalDocument.objects.all()}
    pages = {}
    for field_name, unit_key, age, title, question, answer, references in QA_PAIRS:
        page = index.get_children().filter(title=title).specific().first()
        if page is None:
            page = _answer_page(title, question, answer, units[unit_key], age)
            for order, (number, article) in enumerate(references):
                page.references.add(_reference(documents[number], article, order))
            page.legal_fields.set([fields[field_name]])
            author = accounts["stp"][0] if unit_key == "STP" else board
            publish(index, page, author, board, days_ago(age, 9))
        pages[title] = page
    if not Question.objects.exists():
        _load_questions(units, fields, accounts, pages)
    _load_exchanges(index, units, fields, board)
    return index


def _answer_page(title, question, paragraphs, unit, age):
    asked = timezone.localdate() - timedelta(days=age + 5)
    return QuestionAnswerPage(
        title=title,
        summary=paragraphs[0][:300],
        question_text=question,
        answer="".join(f"<p>{paragraph}</p>" for paragraph in paragraphs),
        unit=unit,
        asked_on=asked,
        answered_on=asked + timedelta(days=4),
    )


def _article_anchor(document, label):
    for entry in document.table_of_contents.articles:
        if entry.label.startswith(f"{label}.") or entry.label == label:
            return entry.anchor, entry.label
    return "", label


def _reference(document, article, order):
    anchor, label = _article_anchor(document, article) if article else ("", "")
    return AnswerReference(
        document=document, article_anchor=anchor, article_label=label, sort_order=order
    )


# (state, field, locality key, unit key, days waiting, asker, contact, question)
QUEUE = [
    (
        Question.Status.NEW,
        "Đất đai",
        "HALONG",
        None,
        1,
        ("Phạm Thị Lan", "0912 345 678"),
        "Nhà tôi bị thu hồi một phần đất để mở rộng đường. Tôi được bồi thường những gì và "
        "ai là người quyết định giá bồi thường?",
    ),
    (
        Question.Status.NEW,
        "Hôn nhân và gia đình",
        "QUANGHA",
        None,
        0,
        ("Vũ Văn Nam", "vuvannam@example.com"),
        "Nam nữ bao nhiêu tuổi thì được kết hôn? Em trai tôi 19 tuổi muốn cưới vợ.",
    ),
    (
        Question.Status.ASSIGNED,
        "Lao động",
        "CAMPHA",
        "SNV",
        2,
        ("Đỗ Minh Tuấn", "0987 654 321"),
        "Công ty nợ lương hai tháng thì tôi có được nghỉ việc ngay không, có phải báo trước không?",
    ),
    (
        Question.Status.ASSIGNED,
        "Giao thông đường bộ",
        "UONGBI",
        "CAT",
        12,
        ("Hoàng Văn Hải", "0903 111 222"),
        "Tôi bị lập biên bản vi phạm nồng độ cồn nhưng chưa nhận quyết định xử phạt. Sau bao "
        "lâu thì tôi nhận được quyết định?",
    ),
    (
        Question.Status.CLARIFYING,
        "Đất đai",
        "TIENYEN",
        "SNNMT",
        4,
        ("Lý Thị Mai", "0868 000 111"),
        "Đất nhà tôi có tranh chấp với nhà bên cạnh thì làm sao?",
    ),
    (
        Question.Status.ANSWERED,
        "Căn cước",
        "MONGCAI1",
        "CAT",
        6,
        ("Ninh Văn Khoa", "ninhkhoa@example.com"),
        "Tôi làm mất thẻ căn cước thì xin cấp lại ở đâu, có mất phí không?",
    ),
    (
        Question.Status.REJECTED,
        "Phổ biến, giáo dục pháp luật",
        None,
        None,
        3,
        ("Không rõ", "0977 888 999"),
        "Cho tôi xin số điện thoại riêng của chủ tịch xã.",
    ),
]
ANSWERED_IN_QUEUE = (
    "<p>Công dân bị mất thẻ căn cước làm thủ tục cấp lại tại cơ quan quản lý căn cước "
    "nơi thuận tiện; lệ phí cấp lại theo quy định của Bộ Tài chính.</p>"
)
CLARIFICATION = (
    "Ông/bà cho biết đất đã có Giấy chứng nhận chưa, tranh chấp về ranh giới hay quyền sử "
    "dụng, và hai bên đã hòa giải ở thôn chưa?"
)
REJECTION = "Câu hỏi không thuộc lĩnh vực pháp luật và đề nghị cung cấp thông tin cá nhân."


def _load_questions(units, fields, accounts, pages):
    """Questions in every state of the queue; the published ones are some of the
    answers above, which citizens asked here first."""
    board = accounts["board"][0]
    now = timezone.now()
    for state, field_name, locality, unit_key, age, (name, contact), text in QUEUE:
        asked = now - timedelta(days=age, hours=2)
        question = _question(text, fields[field_name], units.get(locality), name, contact, asked)
        _event(question, QuestionEvent.Action.ASKED, asked, None, "", Question.Status.NEW)
        if unit_key:
            question.unit = units[unit_key]
            _event(question, QuestionEvent.Action.ASSIGNED, asked + timedelta(hours=3), board)
        if state == Question.Status.CLARIFYING:
            _event(
                question,
                QuestionEvent.Action.CLARIFICATION_REQUESTED,
                asked + timedelta(days=1),
                board,
                CLARIFICATION,
                public=True,
            )
        elif state == Question.Status.ANSWERED:
            question.answer = ANSWERED_IN_QUEUE
            question.answered_at = asked + timedelta(days=2)
            question.answered_by = board
            _event(
                question, QuestionEvent.Action.ANSWERED, question.answered_at, board, public=True
            )
        elif state == Question.Status.REJECTED:
            question.rejection_reason = REJECTION
            _event(
                question,
                QuestionEvent.Action.REJECTED,
                asked + timedelta(hours=5),
                board,
                REJECTION,
                public=True,
            )
        question.status = state
        question.save()
    _link_near_duplicate(pages)
    _published_from_questions(units, fields, accounts, pages)


def _question(text, field, locality, name, contact, asked, **extra):
    kind = Question.ContactKind.EMAIL if "@" in contact else Question.ContactKind.PHONE
    normalised = contact.replace(" ", "")
    return Question.objects.create(
        text=text,
        legal_field=field,
        locality=locality,
        asker_name=name,
        contact_kind=kind,
        contact=normalised,
        contact_hash=keyed_hash(normalised),
        consented_at=asked,
        created_at=asked,
        waiting_since=asked,
        **extra,
    )


def _event(question, action, at, actor, message="", to_status="", public=False):
    QuestionEvent.objects.create(
        question=question,
        action=action,
        at=at,
        actor=actor,
        message=message,
        to_status=to_status,
        unit=question.unit,
        public=public,
    )


def _link_near_duplicate(pages):
    """The second new question asks what a published answer already says."""
    question = Question.objects.filter(text__startswith="Nam nữ bao nhiêu tuổi").first()
    page = pages.get("Nam, nữ bao nhiêu tuổi thì được kết hôn?")
    if question and page:
        Question.objects.filter(pk=question.pk).update(similar_answer=page)


def _published_from_questions(units, fields, accounts, pages):
    board = accounts["board"][0]
    for title, (name, contact) in [
        ("Nghỉ việc phải báo trước bao nhiêu ngày?", ("Trần Thu Hà", "0935 222 333")),
        ("Thẻ căn cước công dân cũ còn dùng được không?", ("Lê Quang Vinh", "0944 555 666")),
        ("Hộ gia đình có phải phân loại rác không?", ("Mai Thị Hồng", "hongmai@example.com")),
    ]:
        page = pages[title]
        asked = page.first_published_at - timedelta(days=5)
        question = _question(
            page.question_text,
            page.legal_fields.first(),
            None,
            name,
            contact,
            asked,
            title=title,
            unit=page.unit,
            status=Question.Status.PUBLISHED,
            answer=page.answer,
            answered_at=asked + timedelta(days=3),
            answered_by=board,
            page=page,
        )
        _event(question, QuestionEvent.Action.ASKED, asked, None, to_status="new")
        _event(question, QuestionEvent.Action.ASSIGNED, asked + timedelta(hours=4), board)
        _event(
            question, QuestionEvent.Action.ANSWERED, asked + timedelta(days=3), board, public=True
        )
        _event(
            question, QuestionEvent.Action.PUBLISHED, page.first_published_at, board, public=True
        )


# Exchanges: (slug, title, unit key, field, start relative to now, guests, questions)
EXCHANGE_GUESTS = {
    PAST_EXCHANGE: [
        ("Nguyễn Văn Thành", "Phó Giám đốc Sở Nông nghiệp và Môi trường"),
        ("Trần Thị Minh", "Trưởng phòng Phổ biến, giáo dục pháp luật, Sở Tư pháp"),
    ],
    UPCOMING_EXCHANGE: [
        ("Phạm Thu Trang", "Phó Chủ tịch Hội Liên hiệp Phụ nữ tỉnh"),
        ("Đặng Quốc Hưng", "Phòng Cảnh sát hình sự, Công an tỉnh"),
    ],
}
PAST_QUESTIONS = [
    (
        "Luật Đất đai 2024 có điểm gì mới về cấp sổ đỏ cho đất không có giấy tờ?",
        "Luật mở rộng các trường hợp được cấp Giấy chứng nhận cho đất sử dụng ổn định, không "
        "có giấy tờ, không vi phạm pháp luật đất đai, với mốc thời gian sử dụng được quy định "
        "cụ thể; người dân liên hệ bộ phận một cửa để được hướng dẫn hồ sơ.",
        True,
    ),
    (
        "Giá đất bồi thường khi thu hồi đất được tính theo bảng giá hay giá thị trường?",
        "Giá đất để tính tiền bồi thường là giá đất cụ thể do Ủy ban nhân dân cấp có thẩm "
        "quyền quyết định tại thời điểm quyết định thu hồi đất, xác định theo các phương pháp "
        "định giá đất do pháp luật quy định.",
        True,
    ),
    (
        "Tranh chấp ranh giới đất với hàng xóm có phải hòa giải ở xã không?",
        "Có. Trước khi khởi kiện, tranh chấp đất đai phải được hòa giải tại Ủy ban nhân dân "
        "cấp xã nơi có đất.",
        True,
    ),
    (
        "Đất nông nghiệp có được chuyển sang đất ở không?",
        "Được, nếu cơ quan nhà nước có thẩm quyền cho phép chuyển mục đích sử dụng đất căn "
        "cứ quy hoạch, kế hoạch sử dụng đất; người sử dụng đất nộp tiền sử dụng đất theo "
        "quy định.",
        False,
    ),
]
UPCOMING_QUESTIONS = [
    "Khi chứng kiến hàng xóm bị bạo lực gia đình, tôi có thể báo cho ai mà không bị lộ danh tính?",
    "Người bị bạo lực gia đình có được hỗ trợ chỗ ở tạm thời không?",
]


def _load_exchanges(index, units, fields, board):
    now = timezone.now()
    past_start = timezone.localtime(now - timedelta(days=20)).replace(
        hour=14, minute=0, second=0, microsecond=0
    )
    upcoming_start = timezone.localtime(now + timedelta(days=5)).replace(
        hour=9, minute=0, second=0, microsecond=0
    )
    past = _exchange(
        index,
        board,
        PAST_EXCHANGE,
        "Giao lưu trực tuyến: Những điểm mới của Luật Đất đai năm 2024",
        units["SNNMT"],
        fields["Đất đai"],
        past_start,
        "Lãnh đạo Sở Nông nghiệp và Môi trường và Sở Tư pháp trả lời câu hỏi của người dân "
        "về cấp Giấy chứng nhận, bồi thường khi thu hồi đất và giải quyết tranh chấp.",
        recording=True,
    )
    upcoming = _exchange(
        index,
        board,
        UPCOMING_EXCHANGE,
        "Giao lưu trực tuyến: Phòng, chống bạo lực gia đình trong cộng đồng",
        units["HLHPN"],
        fields["Phòng, chống bạo lực gia đình"],
        upcoming_start,
        "Người dân gửi câu hỏi trước buổi giao lưu; các khách mời trả lời trực tiếp trên "
        "sóng và trên Cổng.",
        recording=False,
    )
    if not Question.objects.filter(exchange=past).exists():
        for order, (text, answer, live) in enumerate(PAST_QUESTIONS):
            asked = past_start - timedelta(days=3 - order, hours=order)
            question = _question(
                text,
                fields["Đất đai"],
                None,
                f"Người hỏi {order + 1}",
                f"09{order}1234567",
                asked,
                exchange=past,
                channel=Question.Channel.EXCHANGE,
                unit=units["SNNMT"],
                status=Question.Status.PUBLISHED,
                shown_on_exchange=True,
                answer=f"<p>{answer}</p>",
                answered_at=past_start + timedelta(minutes=15 + 20 * order),
                answered_by=board,
                answered_live_at=past_start + timedelta(minutes=15 + 20 * order) if live else None,
            )
            _event(question, QuestionEvent.Action.ASKED, asked, None, to_status="new")
            _event(question, QuestionEvent.Action.SHOWN, asked + timedelta(hours=1), board)
            _event(
                question, QuestionEvent.Action.ANSWERED, question.answered_at, board, public=True
            )
        # A question the moderator kept off the page.
        _question(
            "Xin số điện thoại của cán bộ địa chính phường để hỏi riêng.",
            fields["Đất đai"],
            None,
            "Người hỏi 5",
            "0955000111",
            past_start - timedelta(days=1),
            exchange=past,
            channel=Question.Channel.EXCHANGE,
            status=Question.Status.REJECTED,
            rejection_reason="Câu hỏi không thuộc nội dung buổi giao lưu.",
        )
    if not Question.objects.filter(exchange=upcoming).exists():
        for order, text in enumerate(UPCOMING_QUESTIONS):
            asked = now - timedelta(days=1, hours=order)
            question = _question(
                text,
                fields["Phòng, chống bạo lực gia đình"],
                units["HALONG"],
                f"Người dân {order + 1}",
                f"08{order}9876543",
                asked,
                exchange=upcoming,
                channel=Question.Channel.EXCHANGE,
                unit=units["HLHPN"],
                status=Question.Status.ASSIGNED,
                shown_on_exchange=order == 0,
            )
            _event(question, QuestionEvent.Action.ASKED, asked, None, to_status="new")


def _exchange(index, board, slug, title, unit, field, starts_at, description, recording):
    page = child_by_slug(index, slug)
    if page is not None:
        return page
    video_id = LIVE_VIDEO if recording else UPCOMING_VIDEO
    video_url = cache_youtube_embed(video_id, title)
    page = ExchangePage(
        title=title,
        slug=slug,
        summary=description,
        description=f"<p>{description}</p>",
        unit=unit,
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=2),
        video_url=video_url,
        recording_url=video_url if recording else "",
    )
    for name, position in EXCHANGE_GUESTS[slug]:
        page.guests.add(ExchangeGuest(name=name, position=position))
    page.legal_fields.set([field])
    announced = min(starts_at - timedelta(days=10), timezone.now() - timedelta(days=1))
    publish(index, page, board, board, announced)
    return page
