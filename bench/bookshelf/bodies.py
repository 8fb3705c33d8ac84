"""The full text (toàn văn) of a synthetic document, as the HTML an import carries.

A text is laid out as Vietnamese legal documents are: the heading block (issuer, motto,
number, place and date, type and title), the legal bases ("Căn cứ ..."), then chapters
(Chương), sections (Mục) and articles (Điều) with clauses (khoản, "1.") and points (điểm,
"a)"), closing articles on entry into force and execution, the signature and the list of
recipients. A provincial decision carries the regulation it issues after its signature,
with the articles numbered from 1 again; a directive has numbered tasks instead of
articles. Headings are ``h2``/``h3``/``h4`` in most documents and bold paragraphs in the
rest, as imported texts are.

Each text is written to a target size drawn from a log-normal distribution (2–30 KB,
mean about 8 KB): articles are added until the target is reached.
"""

import bisect
import itertools
import math
import string

from . import issuers
from .fields import FIELDS
from .phrases import (
    ACTORS,
    AGENCIES,
    ARTICLE_TITLES,
    CHAPTER_TITLES,
    CITING_SENTENCES,
    DEFINITIONS,
    FIRST_CHAPTER,
    GENERIC_SENTENCES,
    LAST_CHAPTER,
    OPENING_ARTICLES,
    POINT_INTROS,
    POINT_LETTERS,
    RARE_SENTENCES,
    RECIPIENTS,
    SECTION_TITLES,
    SPENDING_ITEMS,
    TIME_LIMITS,
)

KB = 1024
MIN_BODY = 2 * KB
MAX_BODY = 30 * KB
# The closing articles, signature and recipients take about this much; the target leaves
# room for them and for the last article, which may overshoot.
CLOSING_ROOM = 2 * KB
# Log-normal sizes: the median and spread give a mean of about 8 KB once clipped.
MEDIAN_BODY = 6.4 * KB
SIZE_SIGMA = 0.62
SIZE_FACTORS = {"Luật": 2.2, "Bộ luật": 3.0, "Nghị định": 1.3, "Thông tư": 1.2, "Chỉ thị": 0.6}
# The share of documents whose headings are bold paragraphs rather than h2-h4.
BOLD_HEADINGS = 0.3
# How often a document of the home province, or another, mentions a rare local thing.
RARE_IN_HOME_PROVINCE = 0.4
RARE_ELSEWHERE = 0.05

_FORMATTER = string.Formatter()
_ROMAN = (
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def roman(number):
    digits = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        digits.append(letters * count)
    return "".join(digits)


def vn_date(day):
    """ "28 tháng 5 năm 2015", "05 tháng 02 năm 2024": days and January/February take two
    digits, as official documents write them."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{day.day:02d} tháng {month} năm {day.year}"


def title_tail(title, doc_type):
    """The title without its leading document type: "về Cơ sở dữ liệu ..."."""
    prefix = f"{doc_type} "
    return title[len(prefix) :] if title.startswith(prefix) else title


def cite(draft, full=False):
    """How other documents name this one: "Nghị định số 52/2015/NĐ-CP ngày 28 tháng 5 năm
    2015 của Chính phủ", with its subject when ``full``; a law by its name and number."""
    if not draft.numbered:
        return f"{draft.title} năm {draft.issued.year}"
    if draft.doc_type in ("Luật", "Bộ luật", "Pháp lệnh"):
        return f"{draft.title} số {draft.number}"
    if draft.doc_type == "Văn bản hợp nhất":
        return f"Văn bản hợp nhất số {draft.number}"
    text = f"{draft.doc_type} số {draft.number} ngày {vn_date(draft.issued)} của {draft.issuer}"
    tail = title_tail(draft.title, draft.doc_type)
    # Titles of amending documents quote the amended one; quoting them again would nest.
    return f"{text} {tail}" if full and len(tail) < 200 else text


def _compile(templates):
    """Each template with the names of the slots it uses, parsed once."""
    return [
        (template, tuple(name for _, name, _, _ in _FORMATTER.parse(template) if name))
        for template in templates
    ]


class Context:
    """What the sentences of one document refer to."""

    def __init__(self, draft, writer):
        rng = writer.rng
        self.draft = draft
        self.subject = draft.subject
        self.law = rng.choice(draft.field.laws)
        self.nay = f"{draft.doc_type} này"
        for kind, target in draft.relations:
            if kind == "consolidates":
                self.nay = f"{target.doc_type} này"
        self.place = issuers.province_label(draft.province) if draft.province else "địa phương"
        self.field_name = draft.field.name.lower()
        self.field_sentences = writer.field_sentences[draft.field.name]
        self.landmarks = writer.landmarks_before(draft.issued)


class BodyWriter:
    def __init__(self, rng, drafts):
        self.rng = rng
        self.drafts = drafts
        self.generic = _compile(GENERIC_SENTENCES)
        self.citing = _compile(CITING_SENTENCES)
        self.field_sentences = {field.name: _compile(field.sentences) for field in FIELDS}
        self.landmarks = [draft for draft in drafts if draft.landmark]
        self.landmark_dates = [draft.issued for draft in self.landmarks]
        # The latest law of each name written so far: texts are written oldest first, so
        # "Căn cứ Luật Đất đai số ..." names the law in force at the time.
        self.latest_law = {}
        self.signers = {}
        self.slots = {
            "ai": lambda context: self.rng.choice(ACTORS),
            "cq": lambda context: self.rng.choice(AGENCIES),
            "th": lambda context: self.rng.choice(TIME_LIMITS),
            "vb": self.citation,
            "dt": lambda context: context.subject,
            "luat": lambda context: context.law,
            "nay": lambda context: context.nay,
            "tinh": lambda context: context.place,
            "ld": lambda context: context.field_name,
            "so": lambda context: str(self.rng.randint(1, 30)),
            "k": lambda context: str(self.rng.randint(1, 5)),
        }

    def landmarks_before(self, day):
        return self.landmarks[: bisect.bisect_left(self.landmark_dates, day)]

    # -- metadata -------------------------------------------------------------------------

    def signer(self, draft):
        """(name, title) of who signed: one person per issuer, title and five years."""
        titles = issuers.SIGNER_TITLES[draft.issuer_kind]
        title = titles[0] if len(titles) == 1 or self.rng.random() < 0.6 else titles[1]
        key = (draft.issuer, title, draft.issued.year // 5)
        if key not in self.signers:
            rng = self.rng
            names = (issuers.FAMILY_NAMES, issuers.MIDDLE_NAMES, issuers.GIVEN_NAMES)
            self.signers[key] = " ".join(rng.choice(part) for part in names)
        draft.signer, draft.signer_title = self.signers[key], title
        return draft.signer, draft.signer_title

    def summary(self, draft):
        context = Context(draft, self)
        where = f" trên địa bàn {context.place}" if draft.province else ""
        text = (
            f"{context.nay} quy định {draft.subject}{where}; áp dụng đối với "
            f"{self.rng.choice(ACTORS)} có liên quan."
        )
        verbs = {
            "amends": "Sửa đổi, bổ sung",
            "replaces": "Thay thế",
            "repeals": "Bãi bỏ",
            "guides": "Hướng dẫn, quy định chi tiết",
            "consolidates": "Hợp nhất",
        }
        for kind, target in draft.relations:
            text += f" {verbs[kind]} {cite(target)}."
        return text

    # -- the text -------------------------------------------------------------------------

    def body(self, draft):
        target = self.target_size(draft)
        while True:
            text = self.compose(draft, target)
            size = len(text.encode())
            # The target leaves room for the closing parts; a short heading block or long
            # closing ones may still leave a text outside the bounds: write it again.
            if size < MIN_BODY:
                target += KB
            elif size > MAX_BODY:
                target -= 2 * KB
            else:
                break
        if draft.doc_type in ("Luật", "Bộ luật") and draft.numbered:
            self.latest_law[draft.title] = draft
        return text

    def compose(self, draft, target):
        rng = self.rng
        context = Context(draft, self)
        bold = rng.random() < BOLD_HEADINGS
        parts = self.heading_block(draft) + self.legal_bases(draft, context)
        budget = target - sum(len(part.encode()) for part in parts) - CLOSING_ROOM
        title = draft.title
        if draft.doc_type == "Chỉ thị":
            main = self.tasks(context, budget)
            closing = self.directive_closing(draft, context)
        elif draft.doc_type == "Quyết định" and " ban hành Quy" in title:
            # The decision, signed, then the regulation it issues, articles numbered anew.
            main = self.decision_articles(draft, context)
            main += self.signature(draft) + self.recipients(draft)
            main += self.regulation_heading(draft)
            regulation = Context(draft, self)
            regulation.nay = "Quy chế này" if " ban hành Quy chế" in title else "Quy định này"
            main += self.chapters(regulation, budget, bold, with_chapters=True)
            closing = [self.chapter_heading(self.chapter_number, "TỔ CHỨC THỰC HIỆN", bold)]
            closing += self.article_block(
                "Trách nhiệm thực hiện",
                [self.sentence(self.generic, regulation) for _ in range(2)],
                bold,
            )
        else:
            laws = draft.doc_type in ("Luật", "Bộ luật", "Văn bản hợp nhất")
            main = self.chapters(context, budget, bold, with_chapters=laws or budget > 5 * KB)
            closing = self.closing_articles(draft, context, bold)
            closing += self.signature(draft) + self.recipients(draft)
        self.insert_rare_sentences(draft, main)
        return "".join(parts + main + closing)

    def target_size(self, draft):
        size = self.rng.lognormvariate(math.log(MEDIAN_BODY), SIZE_SIGMA)
        size *= SIZE_FACTORS.get(draft.doc_type, 1.0)
        return min(max(size, MIN_BODY + KB), MAX_BODY - CLOSING_ROOM - KB)

    def heading_block(self, draft):
        place = draft.province or "Hà Nội"
        parts = [
            f"<p><strong>{draft.issuer.upper()}</strong></p>",
            "<p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br>"
            "<strong>Độc lập - Tự do - Hạnh phúc</strong></p>",
        ]
        if draft.numbered:
            parts.append(f"<p>Số: {draft.number}</p>")
        parts.append(f"<p><em>{place}, ngày {vn_date(draft.issued)}</em></p>")
        doc_type = draft.doc_type
        for kind, target in draft.relations:
            if kind == "consolidates":
                doc_type = target.doc_type
        parts.append(f"<p><strong>{doc_type.upper()}</strong></p>")
        tail = title_tail(draft.title, doc_type)
        parts.append(f"<p><strong>{tail.upper()}</strong></p>")
        return parts

    def legal_bases(self, draft, context):
        """The "Căn cứ ..." lines and the enacting formula."""
        rng, kind = self.rng, draft.issuer_kind
        lines = []
        if kind == "hdnd":
            lines.append(
                f"<p><strong>HỘI ĐỒNG NHÂN DÂN {context.place.upper()}<br>KHÓA "
                f"{roman(council_term(draft.issued.year))}, KỲ HỌP THỨ {rng.randint(2, 30)}"
                "</strong></p>"
            )
        if draft.doc_type == "Văn bản hợp nhất":
            lines += self.consolidation_note(draft)
        elif draft.doc_type != "Chỉ thị":
            # A field's law may also be one of the issuer's usual bases: name it once.
            bases = dict.fromkeys(self.bases(draft, context))
            lines += [f"<p><em>{basis};</em></p>" for basis in bases]
        enacting = self.enacting_formula(draft)
        if enacting:
            lines.append(f"<p><em>{enacting}</em></p>" if enacting[-1] == "." else enacting)
        return lines

    def bases(self, draft, context):
        rng, kind = self.rng, draft.issuer_kind
        if kind in ("quoc_hoi", "ubtvqh", "ctn"):
            bases = ["Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam"]
            if kind == "ubtvqh":
                bases.append("Căn cứ Luật Tổ chức Quốc hội")
        elif kind in ("chinh_phu", "ttg"):
            bases = ["Căn cứ Luật Tổ chức Chính phủ"]
        elif kind == "ministry":
            bases = [
                "Căn cứ Nghị định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của "
                + draft.issuer
            ]
        else:
            bases = [
                "Căn cứ Luật Tổ chức chính quyền địa phương",
                "Căn cứ Luật Ban hành văn bản quy phạm pháp luật",
            ]
        if kind not in ("quoc_hoi", "ctn"):
            latest = self.latest_law.get(context.law)
            bases.append(f"Căn cứ {cite(latest) if latest else context.law}")
        for kind_, target in draft.relations:
            if kind_ in ("guides", "amends"):
                bases.append(f"Căn cứ {cite(target, full=True)}")
        for landmark in context.landmarks:
            if rng.random() < landmark.landmark.citation_rate:
                bases.append(f"Căn cứ {cite(landmark, full=True)}")
        if kind in ("chinh_phu", "ttg"):
            ministry = issuers.MINISTRIES[
                issuers.ministry_code(draft.field.ministries[0], draft.issued)
            ]
            bases.append(f"Theo đề nghị của Bộ trưởng {ministry}")
        elif kind == "ministry":
            bases.append("Theo đề nghị của Vụ trưởng Vụ Pháp chế")
        elif kind == "ubnd":
            agency = rng.choice(AGENCIES[:10])
            bases.append(
                f"Theo đề nghị của Giám đốc {agency} tại Tờ trình số {rng.randint(10, 999)}/TTr "
                f"ngày {vn_date(draft.issued)}"
            )
        elif kind == "hdnd":
            bases.append(
                f"Xét Tờ trình số {rng.randint(10, 999)}/TTr-UBND của Ủy ban nhân dân tỉnh; Báo "
                "cáo thẩm tra của Ban pháp chế Hội đồng nhân dân tỉnh; ý kiến thảo luận của đại "
                "biểu Hội đồng nhân dân tỉnh tại kỳ họp"
            )
        return bases

    def enacting_formula(self, draft):
        kind = draft.issuer_kind
        if kind == "ubnd":
            return "" if draft.doc_type == "Chỉ thị" else "<p><strong>QUYẾT ĐỊNH:</strong></p>"
        if kind == "hdnd":
            return "<p><strong>QUYẾT NGHỊ:</strong></p>"
        if kind in ("vpqh",) or draft.doc_type == "Văn bản hợp nhất":
            return ""
        enacted_by = {
            "quoc_hoi": "Quốc hội",
            "ubtvqh": "Ủy ban Thường vụ Quốc hội",
            "ctn": "Chủ tịch nước",
            "chinh_phu": "Chính phủ",
            "ttg": "Thủ tướng Chính phủ",
            "ministry": f"Bộ trưởng {draft.issuer}",
        }[kind]
        return f"{enacted_by} ban hành {draft.title}."

    def consolidation_note(self, draft):
        for kind, target in draft.relations:
            if kind == "consolidates":
                return [
                    f"<p><em>{cite(target, full=True)}, có hiệu lực kể từ ngày "
                    f"{vn_date(target.effective)}, được sửa đổi, bổ sung bởi các văn bản có "
                    "liên quan.</em></p>",
                    f"<p><em>Văn bản hợp nhất này được {draft.issuer} hợp nhất và xác thực theo "
                    "quy định của Pháp lệnh Hợp nhất văn bản quy phạm pháp luật.</em></p>",
                ]
        return []

    # -- chapters, articles, clauses ------------------------------------------------------

    def chapters(self, context, budget, bold, with_chapters):
        """Articles until ``budget`` bytes are written, in chapters when ``with_chapters``
        (the first holds the general provisions), some chapters in sections. Leaves
        ``chapter_number`` and ``article_number`` at the next ones, for the closing
        articles."""
        rng = self.rng
        parts, size = [], 0
        self.article_number, self.chapter_number = 1, 1
        titles = iter(OPENING_ARTICLES)

        def add(*new_parts):
            nonlocal size
            parts.extend(new_parts)
            size += _size(new_parts)

        while True:
            if with_chapters:
                title = FIRST_CHAPTER if self.chapter_number == 1 else rng.choice(CHAPTER_TITLES)
                add(self.chapter_heading(self.chapter_number, title, bold))
                self.chapter_number += 1
            sections = with_chapters and self.chapter_number > 2 and rng.random() < 0.2
            for section in range(1, rng.randint(3, 4) if sections else 2):
                if sections:
                    add(self.heading(f"Mục {section}. {rng.choice(SECTION_TITLES)}", 3, bold))
                # Without chapters, articles simply follow one another until the budget.
                first = self.chapter_number == 2
                articles = (
                    range(rng.randint(3 if first else 2, 5)) if with_chapters else itertools.count()
                )
                for _ in articles:
                    article_title = next(titles, None) or rng.choice(ARTICLE_TITLES)
                    add(*self.article(context, article_title, bold))
                    if size >= budget:
                        break
                if size >= budget:
                    return parts

    def chapter_heading(self, number, title, bold):
        if bold:
            return f"<p><strong>Chương {roman(number)}</strong></p><p><strong>{title}</strong></p>"
        return f"<h2>Chương {roman(number)}. {title}</h2>"

    def heading(self, text, level, bold):
        return f"<p><strong>{text}</strong></p>" if bold else f"<h{level}>{text}</h{level}>"

    def article(self, context, title, bold):
        """One article ("Điều 5. ..."): a paragraph, or clauses with points."""
        rng = self.rng
        number = self.article_number
        self.article_number += 1
        parts = [self.heading(f"Điều {number}. {title}", 4, bold)]
        if title == "Phạm vi điều chỉnh":
            parts.append(f"<p>{context.nay} quy định về {context.subject}.</p>")
        elif title == "Đối tượng áp dụng":
            parts.append(
                f"<p>{context.nay} áp dụng đối với {rng.choice(ACTORS)} có liên quan đến "
                f"{context.subject}.</p>"
            )
        elif title == "Giải thích từ ngữ":
            parts.append(f"<p>Trong {context.nay}, các từ ngữ dưới đây được hiểu như sau:</p>")
            for clause, definition in enumerate(rng.sample(DEFINITIONS, rng.randint(2, 4)), 1):
                parts.append(f"<p>{clause}. {definition}</p>")
        elif title == "Mức hỗ trợ" or (title == "Kinh phí thực hiện" and rng.random() < 0.5):
            parts.append(f"<p>{self.clause_sentence(context)}</p>")
            parts.append(self.spending_table())
        elif rng.random() < 0.3:
            sentences = (self.clause_sentence(context) for _ in range(rng.randint(1, 3)))
            parts.append(f"<p>{' '.join(sentences)}</p>")
        else:
            for clause in range(1, rng.randint(2, 5) + 1):
                parts += self.clause(context, clause)
        return parts

    def clause(self, context, number):
        rng = self.rng
        if rng.random() < 0.3:
            intro = rng.choice(POINT_INTROS).format(cq=rng.choice(AGENCIES), nay=context.nay)
            parts = [f"<p>{number}. {intro}</p>"]
            count = rng.randint(2, 5)
            for index, letter in enumerate(POINT_LETTERS[:count]):
                text = self.clause_sentence(context)
                if index < count - 1:
                    text = text[:-1] + ";"
                parts.append(f"<p>{letter}) {text}</p>")
            return parts
        sentences = (self.clause_sentence(context) for _ in range(rng.randint(1, 2)))
        return [f"<p>{number}. {' '.join(sentences)}</p>"]

    def clause_sentence(self, context):
        chance = self.rng.random()
        if chance < 0.4:
            return self.sentence(context.field_sentences, context)
        if chance < 0.52:
            return self.sentence(self.citing, context)
        return self.sentence(self.generic, context)

    def sentence(self, compiled, context):
        template, slots = self.rng.choice(compiled)
        if not slots:
            return template
        text = template.format(**{slot: self.slots[slot](context) for slot in slots})
        return text[0].upper() + text[1:] if template[0] == "{" else text

    def citation(self, context):
        """An earlier document, now and then a landmark (weighted by how often each is cited)."""
        rng, draft = self.rng, context.draft
        if context.landmarks and rng.random() < 0.1:
            weights = [landmark.landmark.citation_rate + 0.01 for landmark in context.landmarks]
            return cite(rng.choices(context.landmarks, weights=weights)[0], full=True)
        if draft.index == 0:
            return context.law
        return cite(self.drafts[rng.randrange(draft.index)])

    def spending_table(self):
        rng = self.rng
        rows = []
        for index, (item, unit) in enumerate(rng.sample(SPENDING_ITEMS, rng.randint(3, 6)), 1):
            amount = f"{rng.randint(1, 40) * 50_000:,}".replace(",", ".")
            rows.append(f"<tr><td>{index}</td><td>{item}</td><td>{unit}</td><td>{amount}</td></tr>")
        return (
            "<table><thead><tr><th>STT</th><th>Nội dung chi</th><th>Đơn vị tính</th>"
            f"<th>Mức chi (đồng)</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        )

    def article_block(self, title, sentences, bold):
        parts = [self.heading(f"Điều {self.article_number}. {title}", 4, bold)]
        self.article_number += 1
        parts += [f"<p>{index}. {sentence}</p>" for index, sentence in enumerate(sentences, 1)]
        return parts

    def closing_articles(self, draft, context, bold):
        """Entry into force and execution; a closing chapter when the text has chapters."""
        rng = self.rng
        parts = []
        if self.chapter_number > 1:
            parts.append(self.chapter_heading(self.chapter_number, LAST_CHAPTER, bold))
        effective = draft.effective
        for kind, target in draft.relations:
            if kind == "consolidates":
                effective = target.effective
        in_force = [f"{context.nay} có hiệu lực thi hành kể từ ngày {vn_date(effective)}."]
        for kind, target in draft.relations:
            if kind == "replaces":
                in_force.append(f"{context.nay} thay thế {cite(target)}.")
            elif kind == "repeals":
                in_force.append(f"Bãi bỏ {cite(target)}.")
        if draft.issuer_kind == "hdnd":
            in_force.append(
                f"Nghị quyết này đã được Hội đồng nhân dân {context.place} khóa "
                f"{roman(council_term(draft.issued.year))}, Kỳ họp thứ {rng.randint(2, 30)} thông "
                f"qua ngày {vn_date(draft.issued)}."
            )
        parts += self.article_block("Hiệu lực thi hành", in_force, bold)
        parts += self.article_block("Trách nhiệm thi hành", [execution(draft, context)], bold)
        return parts

    def decision_articles(self, draft, context):
        """A provincial decision's own three articles, before the regulation it issues."""
        regulation = "Quy chế" if " ban hành Quy chế" in draft.title else "Quy định"
        where = f" trên địa bàn {context.place}" if draft.province else ""
        in_force = f"Quyết định này có hiệu lực thi hành kể từ ngày {vn_date(draft.effective)}."
        for kind, target in draft.relations:
            if kind == "replaces":
                in_force += f" Quyết định này thay thế {cite(target)}."
        return [
            f"<p><strong>Điều 1.</strong> Ban hành kèm theo Quyết định này {regulation} "
            f"{draft.subject}{where}.</p>",
            f"<p><strong>Điều 2.</strong> {in_force}</p>",
            f"<p><strong>Điều 3.</strong> {execution(draft, context)}</p>",
        ]

    def regulation_heading(self, draft):
        regulation = "QUY CHẾ" if " ban hành Quy chế" in draft.title else "QUY ĐỊNH"
        return [
            f"<p><strong>{regulation}</strong></p>",
            f"<p><strong>{draft.subject.upper()}</strong></p>",
            f"<p><em>(Ban hành kèm theo Quyết định số {draft.number} ngày "
            f"{vn_date(draft.issued)} của {draft.issuer})</em></p>",
        ]

    def tasks(self, context, budget):
        """A directive's body: the situation, then numbered tasks for each agency."""
        rng = self.rng
        parts = [f"<p>{self.sentence(self.generic, context)} {self.clause_sentence(context)}</p>"]
        parts.append(
            f"<p>Để tăng cường công tác {context.subject}, Chủ tịch Ủy ban nhân dân "
            f"{context.place} yêu cầu:</p>"
        )
        task, size = 1, _size(parts)
        while size < budget:
            agency = rng.choice(AGENCIES)
            task_parts = [f"<p><strong>{task}. {agency[0].upper()}{agency[1:]}</strong></p>"]
            for letter in POINT_LETTERS[: rng.randint(2, 5)]:
                task_parts.append(f"<p>{letter}) {self.clause_sentence(context)}</p>")
            parts += task_parts
            size += _size(task_parts)
            task += 1
        return parts

    def directive_closing(self, draft, context):
        return [
            f"<p>{context.nay} có hiệu lực kể từ ngày {vn_date(draft.effective)}. "
            "Yêu cầu Thủ trưởng các cơ quan, đơn vị, Chủ tịch Ủy ban nhân dân cấp xã nghiêm "
            "túc thực hiện.</p>",
            *self.signature(draft),
            *self.recipients(draft),
        ]

    def signature(self, draft):
        title = draft.signer_title
        lines = [issuers.SIGNATURE_HEADS[draft.issuer_kind]]
        if title in issuers.DEPUTY_OF:
            lines.append(f"KT. {issuers.DEPUTY_OF[title].upper()}")
        lines.append(title.upper())
        block = "<br>".join(line for line in lines if line)
        return [f"<p><strong>{block}</strong></p>", f"<p><strong>{draft.signer}</strong></p>"]

    def recipients(self, draft):
        lines = RECIPIENTS["local" if draft.province else "central"]
        return ["<p><strong><em>Nơi nhận:</em></strong><br>" + "<br>".join(lines) + "</p>"]

    def insert_rare_sentences(self, draft, parts):
        """Now and then a sentence about a rare local thing goes into a paragraph."""
        rng = self.rng
        chance = (
            RARE_IN_HOME_PROVINCE if draft.province == issuers.HOME_PROVINCE else RARE_ELSEWHERE
        )
        if rng.random() >= chance:
            return
        paragraphs = [
            index
            for index, part in enumerate(parts)
            if part.startswith("<p>") and not part.startswith("<p><strong>")
        ]
        if paragraphs:
            index = rng.choice(paragraphs)
            parts[index] = f"{parts[index][:-4]} {rng.choice(RARE_SENTENCES)}</p>"


def execution(draft, context):
    """Who carries the document out ("Trách nhiệm thi hành")."""
    kind = draft.issuer_kind
    if kind in ("chinh_phu", "ttg"):
        return (
            "Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Thủ trưởng cơ quan thuộc Chính phủ, Chủ "
            "tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương và các cơ quan, tổ "
            f"chức, cá nhân có liên quan chịu trách nhiệm thi hành {context.nay}."
        )
    if kind == "ministry":
        return (
            "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các cơ quan, tổ chức, cá nhân "
            f"phản ánh kịp thời về {draft.issuer} để xem xét, giải quyết."
        )
    if kind == "hdnd":
        return (
            "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này. Giao Thường trực Hội đồng "
            "nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội "
            "đồng nhân dân tỉnh giám sát việc thực hiện Nghị quyết này."
        )
    if kind == "ubnd":
        return (
            "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các sở, Thủ trưởng các ban, ngành; "
            "Chủ tịch Ủy ban nhân dân các xã, phường và các tổ chức, cá nhân có liên quan chịu "
            f"trách nhiệm thi hành {context.nay}."
        )
    return (
        "Các cơ quan nhà nước, tổ chức, cá nhân có liên quan có trách nhiệm thi hành "
        f"{context.nay}."
    )


def council_term(year):
    """The provincial People's Council's term ("khóa XIV" for 2021–2026)."""
    return max(9, 14 - max(0, (2025 - year) // 5))


def _size(parts):
    return sum(len(part.encode()) for part in parts)
