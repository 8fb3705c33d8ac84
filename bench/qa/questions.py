"""What the benchmark types into the question box, as citizens type it.

Each base question asks about a subject of the corpus ("cấp giấy phép xây dựng") the way
people write ("xin hỏi … cần giấy tờ gì", "tôi muốn … thì làm thế nào"), plus a few
everyday ones. Each is sent
- whole, with its diacritics ("full");
- whole, without diacritics, đ as d ("no diacritics");
- as the box sends it while it is typed without diacritics: after each word from the
  third on, and in the middle of a word ("typing").
"""

import random

from bench.bookshelf.fields import FIELDS
from core.vietnamese import fold

CLASSES = ("full", "no diacritics", "typing")

PHRASINGS = (
    "Xin hỏi thủ tục {subject} như thế nào?",
    "Tôi muốn {subject} thì cần những giấy tờ gì ạ?",
    "Cho tôi hỏi hồ sơ {subject} nộp ở đâu?",
    "{Subject} mất bao lâu thì có kết quả?",
    "Vi phạm về {subject} thì bị xử lý thế nào?",
    "Quy định mới về {subject} theo {law}",
)
# Questions from outside the corpus's phrasing, about what its laws cover.
EVERYDAY = (
    ("Tôi muốn ly hôn đơn phương thì làm thế nào?", "ly hôn"),
    ("Bị mất sổ đỏ thì xin cấp lại như thế nào?", "giấy chứng nhận quyền sử dụng đất"),
    ("Công ty nợ lương 3 tháng thì tôi phải làm sao?", "tiền lương"),
    ("Đăng ký kết hôn với người nước ngoài cần giấy tờ gì?", "kết hôn"),
    ("Nhà nước thu hồi đất thì được bồi thường bao nhiêu?", "bồi thường"),
    ("Xây nhà ở nông thôn có phải xin giấy phép xây dựng không?", "giấy phép xây dựng"),
)


def base_questions(count=30, seed=7):
    """[(question, subject it is about)]."""
    rng = random.Random(seed)
    found = list(EVERYDAY)
    while len(found) < count:
        field = rng.choices(FIELDS, weights=[field.weight for field in FIELDS])[0]
        subject = rng.choice(field.subjects)
        phrasing = rng.choice(PHRASINGS)
        question = phrasing.format(
            subject=subject,
            Subject=subject[0].upper() + subject[1:],
            law=rng.choice(field.laws),
        )
        found.append((question, subject))
    return found[:count]


def typed_prefixes(question, rng):
    """The text of the box as ``question`` is typed without diacritics: after each word
    from the third, and inside two words."""
    words = fold(question).rstrip("?").split()
    prefixes = [" ".join(words[:count]) for count in range(3, len(words))]
    for _ in range(2):
        cut = rng.randrange(2, len(words))
        word = words[cut]
        if len(word) > 2:
            prefixes.append(" ".join([*words[:cut], word[: rng.randrange(1, len(word))]]))
    return prefixes


def query_mix(count=30, seed=7):
    """[{"q", "class", "subject"}]: every query of one round."""
    rng = random.Random(seed)
    mix = []
    for question, subject in base_questions(count, seed):
        mix.append({"q": question, "class": "full", "subject": subject})
        mix.append({"q": fold(question), "class": "no diacritics", "subject": subject})
        mix += [
            {"q": prefix, "class": "typing", "subject": subject}
            for prefix in typed_prefixes(question, rng)
        ]
    return mix
