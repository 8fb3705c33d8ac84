"""What the contest load test builds and sends: the contest, its question bank, the
simulated participants, and the answers they give.

The bank is the load test's own, so the driver knows every question's correct options
and computes the score each submission must get without asking the server.
"""

import random
from dataclasses import dataclass
from datetime import date, timedelta

QUESTIONS = 20
POINTS = 5
OPTIONS = ["A", "B", "C", "D"]
# Of the 20 questions: which kind, in the bank's order.
KINDS = ["single_choice"] * 8 + ["multiple_choice"] * 6 + ["true_false"] * 6
TOPICS = [
    "Luật Phổ biến, giáo dục pháp luật",
    "Luật Đất đai 2024",
    "Luật Hòa giải ở cơ sở",
    "Luật Căn cước 2023",
    "Luật Phòng, chống bạo lực gia đình",
    "Luật Trật tự, an toàn giao thông đường bộ",
    "Bộ luật Lao động",
    "Luật Bảo vệ môi trường",
    "Luật Thủy sản",
    "Luật Phòng, chống ma túy",
]
FAMILY_NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"]
MIDDLE_NAMES = ["Văn", "Thị", "Đức", "Minh", "Thu", "Quang", "Ngọc", "Hữu"]
GIVEN_NAMES = ["An", "Bình", "Chi", "Dũng", "Hà", "Hải", "Hương", "Lan", "Long", "Mai", "Nam"]
# Each participant answers each question right with this chance, or leaves it empty
# with the next one, and answers wrong otherwise.
RIGHT, EMPTY = 0.7, 0.05


def _question(number, kind, rng):
    topic = TOPICS[number % len(TOPICS)]
    value = {
        "text": f"Câu {number + 1}: theo {topic}, nhận định nào sau đây là đúng?",
        "points": POINTS,
        "explanation": f"<p>Xem quy định của <b>{topic}</b>, điều {rng.randrange(1, 90)}.</p>",
        "legal_document": None,
    }
    if kind == "true_false":
        value["text"] = f"Câu {number + 1}: {topic} áp dụng cho mọi công dân cư trú tại tỉnh."
        value["statement_is_true"] = rng.random() < 0.5
    else:
        right = {rng.randrange(len(OPTIONS))}
        if kind == "multiple_choice":
            right.add((min(right) + 1 + rng.randrange(len(OPTIONS) - 1)) % len(OPTIONS))
        value["options"] = [
            {"text": f"Phương án {letter} về {topic.lower()}", "correct": index in right}
            for index, letter in enumerate(OPTIONS)
        ]
    return (kind, value)


def question_bank(seed):
    """Twenty questions, five points each: 8 single choice, 6 multiple choice (two right
    options each), 6 true/false."""
    rng = random.Random(seed)
    return [_question(number, kind, rng) for number, kind in enumerate(KINDS)]


def build_contest(home, label, seed, now):
    """A published contest with one open round under ``home``: 20 questions in the bank,
    20 drawn per attempt, questions and options shuffled, one attempt allowed. Returns
    the round."""
    from quizzes.models import ContestPage, QuizPage

    contest = home.add_child(
        instance=ContestPage(title=f"Cuộc thi tìm hiểu pháp luật – {label}", organiser="Sở Tư pháp")
    )
    contest.save_revision().publish()
    quiz = contest.add_child(
        instance=QuizPage(
            title=f"Vòng thi {label}",
            opens_at=now - timedelta(hours=1),
            closes_at=now + timedelta(days=1),
            time_limit_minutes=30,
            questions_per_attempt=QUESTIONS,
            shuffle_questions=True,
            shuffle_options=True,
            attempts_allowed=1,
            questions=question_bank(seed),
        )
    )
    quiz.save_revision().publish()
    return QuizPage.objects.get(pk=quiz.pk)


def answer_keys(quiz):
    """{question id: {"type", "right": texts of the right options, "places": {option
    text: its place in the bank}}} of a round's bank. An attempt's option keys are drawn
    at random, so the driver recognises options by their text, as a participant does."""
    from quizzes.blocks import TRUE_FALSE_OPTIONS

    keys = {}
    for block in quiz.questions:
        if block.block_type == "true_false":
            texts = list(TRUE_FALSE_OPTIONS)
            right = {texts[0] if block.value["statement_is_true"] else texts[1]}
        else:
            texts = [option["text"] for option in block.value["options"]]
            right = {option["text"] for option in block.value["options"] if option["correct"]}
        places = {text: place for place, text in enumerate(texts)}
        keys[block.id] = {"type": block.block_type, "right": right, "places": places}
    return keys


@dataclass
class Person:
    group: int
    number: int
    registration: dict

    @property
    def phone(self):
        return self.registration["phone"]


def people(group, count, unit_slugs, seed):
    """``count`` registrations, unique across groups: phone 09GGNNNNNN, CCCD 0GGNNNNNNNNN."""
    rng = random.Random(seed * 1000 + group)
    found = []
    for number in range(count):
        born = date(1955, 1, 1) + timedelta(days=rng.randrange(50 * 365))
        name = " ".join(
            [rng.choice(FAMILY_NAMES), rng.choice(MIDDLE_NAMES), rng.choice(GIVEN_NAMES)]
        )
        registration = {
            "phone": f"09{group:02d}{number:06d}",
            "password": f"Hoc-luat-{number}-{group}",
            "full_name": name,
            "birth_date": born.isoformat(),
            "unit": unit_slugs[number % len(unit_slugs)],
            "cccd": f"0{group:02d}{number:09d}",
            "email": f"nguoi.du.thi.{group}.{number}@example.vn" if number % 3 else "",
            "consent": True,
        }
        found.append(Person(group, number, registration))
    return found


def answers_for(drawn, keys, rng):
    """({question id: [option keys]}, expected score) for an attempt's drawn questions
    (as the API gives them); some answers right, some wrong, a few left empty."""
    answers, expected = {}, 0
    for question in drawn:
        key = keys[question["id"]]
        roll = rng.random()
        if roll < RIGHT:
            chosen = [o["key"] for o in question["options"] if o["text"] in key["right"]]
            expected += question["points"]
        elif roll < RIGHT + EMPTY:
            continue
        else:
            wrong = [o["key"] for o in question["options"] if o["text"] not in key["right"]]
            chosen = [rng.choice(wrong)]
        answers[question["id"]] = chosen
    return answers, expected


def stored_answers(answers, drawn, keys):
    """``answers`` (by the option keys of an attempt whose questions are ``drawn``) as
    the server stores them: {question id: [the options' places in the bank, sorted]}."""
    texts = {
        question["id"]: {option["key"]: option["text"] for option in question["options"]}
        for question in drawn
    }
    return {
        question_id: sorted({keys[question_id]["places"][texts[question_id][k]] for k in chosen})
        for question_id, chosen in answers.items()
    }
