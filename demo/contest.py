"""The demo's online legal contest: three weekly rounds around the day the demo is
loaded (one closed with its answers published, one open now, one to come), so that
every state of a round can be tried. The questions test only what the demo's legal
documents on the bookshelf say, and link to them."""

from datetime import timedelta

from django.utils import timezone

from bookshelf.models import LegalDocument
from quizzes.models import ContestPage, ContestPrize, QuizPage

from .pages import child_by_slug, publish

SLUG = "cuoc-thi-tim-hieu-phap-luat"
PRIZES = [("Giải Nhất", 1), ("Giải Nhì", 5), ("Giải Ba", 10), ("Giải Khuyến khích", 20)]


def _choice(kind, text, options, document, explanation=""):
    """``options``: (text, correct) pairs."""
    return (
        kind,
        {
            "text": text,
            "points": 4,
            "options": [{"text": option, "correct": correct} for option, correct in options],
            "explanation": explanation,
            "legal_document": document,
        },
    )


def _true_false(text, is_true, document, explanation=""):
    return (
        "true_false",
        {
            "text": text,
            "points": 4,
            "statement_is_true": is_true,
            "explanation": explanation,
            "legal_document": document,
        },
    )


def question_bank(documents):
    """Eight questions on the demo bookshelf's documents (``documents``: by number). The
    right answers stand in varied places, as in a real bank: a round that does not
    shuffle shows them where they stand."""
    land = documents.get("31/2024/QH15")
    pbgdpl = documents.get("14/2012/QH13")
    constitution = documents.get("Không số")
    return [
        _choice(
            "single_choice",
            "Luật Đất đai số 31/2024/QH15 có hiệu lực thi hành từ ngày nào?",
            [("18/01/2024", False), ("01/01/2025", False), ("01/8/2024", True)],
            land,
            "<p>Luật được ban hành ngày 18/01/2024 và có hiệu lực từ 01/8/2024.</p>",
        ),
        _choice(
            "single_choice",
            "Luật Phổ biến, giáo dục pháp luật số 14/2012/QH13 có hiệu lực từ ngày nào?",
            [("20/6/2012", False), ("01/01/2013", True), ("01/7/2013", False)],
            pbgdpl,
        ),
        _true_false(
            "Công dân có quyền được thông tin về pháp luật và có nghĩa vụ chủ động tìm hiểu, "
            "học tập pháp luật.",
            True,
            pbgdpl,
            "<p>Điều 2 Luật Phổ biến, giáo dục pháp luật.</p>",
        ),
        _choice(
            "single_choice",
            "Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam năm 2013 có hiệu lực từ ngày nào?",
            [("28/11/2013", False), ("01/7/2014", False), ("01/01/2014", True)],
            constitution,
        ),
        _choice(
            "multiple_choice",
            "Theo Điều 53 Hiến pháp năm 2013, những gì là tài sản công thuộc sở hữu toàn dân "
            "do Nhà nước đại diện chủ sở hữu và thống nhất quản lý?",
            [
                ("Đất đai", True),
                ("Nhà ở riêng của công dân", False),
                ("Tài nguyên nước", True),
                ("Tài nguyên khoáng sản", True),
            ],
            constitution,
        ),
        _choice(
            "single_choice",
            "Cơ quan nào ban hành Luật Hôn nhân và gia đình số 52/2014/QH13?",
            [("Chính phủ", False), ("Quốc hội", True), ("Bộ Tư pháp", False)],
            documents.get("52/2014/QH13"),
        ),
        _true_false(
            "Quyết định số 39/2025/QĐ-TTg thay thế Quyết định số 14/2019/QĐ-TTg về xây dựng, "
            "quản lý, khai thác Tủ sách pháp luật.",
            True,
            documents.get("39/2025/QĐ-TTg"),
        ),
        _true_false(
            "Bộ luật Lao động số 45/2019/QH14 do Chính phủ ban hành.",
            False,
            documents.get("45/2019/QH14"),
            "<p>Bộ luật Lao động do Quốc hội ban hành.</p>",
        ),
    ]


def load_contest(home, board):
    """Create the demo contest and its rounds unless it exists; return it."""
    contest = child_by_slug(home, SLUG)
    if contest is not None:
        return contest
    now = timezone.localtime().replace(minute=0, second=0, microsecond=0)
    contest = ContestPage(
        title="Cuộc thi trực tuyến tìm hiểu pháp luật năm 2026",
        slug=SLUG,
        summary="Thi hằng tuần trên điện thoại: 8 câu hỏi về các văn bản trên Tủ sách "
        "pháp luật, cộng một câu hỏi dự đoán.",
        organiser="Sở Tư pháp tỉnh Quảng Ninh",
        rules="<p>Mỗi người đăng ký một tài khoản bằng số điện thoại di động của mình. "
        "Mỗi vòng thi có thời gian làm bài giới hạn; kết quả xếp theo điểm, rồi theo dự đoán "
        "gần đúng nhất, rồi theo thời gian làm bài ngắn nhất.</p>",
        prizes_text="<p>Mỗi tuần: 1 giải Nhất, 5 giải Nhì, 10 giải Ba, 20 giải Khuyến khích. "
        "Mỗi người chỉ nhận một giải cao nhất.</p>",
        collective_rules="<p>Giải tập thể cho đơn vị có nhiều người dự thi nhất.</p>",
        requires_cccd=True,
    )
    contest.prizes = [ContestPrize(name=name, count=count) for name, count in PRIZES]
    publish(home, contest, author=board, publisher=board, published_at=now - timedelta(days=15))

    documents = {document.number: document for document in LegalDocument.objects.all()}
    bank = question_bank(documents)
    weeks = [
        ("Tuần 1", now - timedelta(days=14), 1, QuizPage.Counting.BEST),
        ("Tuần 2", now - timedelta(days=1), 2, QuizPage.Counting.BEST),
        ("Tuần 3", now + timedelta(days=6), 1, QuizPage.Counting.FIRST),
    ]
    for number, (title, opens_at, attempts, counting) in enumerate(weeks, start=1):
        round_ = QuizPage(
            title=title,
            slug=f"tuan-{number}",
            intro="Trả lời 6 câu hỏi rút ngẫu nhiên trong 15 phút, rồi dự đoán số người "
            "trả lời đúng tất cả.",
            opens_at=opens_at,
            closes_at=opens_at + timedelta(days=7),
            time_limit_minutes=15,
            questions_per_attempt=6,
            attempts_allowed=attempts,
            counting=counting,
            questions=bank,
        )
        published_at = min(opens_at - timedelta(days=1), now)
        publish(contest, round_, author=board, publisher=board, published_at=published_at)
    return contest
