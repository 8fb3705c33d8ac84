"""A synthetic corpus of Vietnamese legal documents, as JSON Lines in the import schema of
``manage.py import_legal_documents``.

``python -m bench.bookshelf.corpus --size 10000 [--seed 1]`` writes
``bench/results/bookshelf-corpus-v<version>-<size>-seed<seed>.jsonl`` (or reuses it) and
prints its path. The same size and seed always give the same bytes.

Documents are drawn in two passes. The first decides every document's metadata (kind,
issuer, field, dates, status) and sorts them by issue date, so that numbers run in order
within each issuer's series and every relation and citation points to an earlier
document; relations then update their targets' status (a replaced document has expired).
The second writes the full texts (``bodies``), one line at a time.
"""

import argparse
import datetime
import itertools
import json
import os
import random
import sys
import time
from dataclasses import dataclass, field

from bench.results_files import RESULTS_DIR
from core.document_numbers import NO_NUMBER, number_key
from core.vietnamese import fold

from . import issuers
from .bodies import BodyWriter, cite, title_tail
from .fields import FIELDS, FIELDS_BY_NAME, Field
from .issuers import KINDS, Kind
from .landmarks import LANDMARKS, Landmark

# Raise it whenever the output changes, so that a corpus written by an older generator is
# not reused.
CORPUS_VERSION = 2
DEFAULT_SEED = 1
# The corpus is dated as if written on this day, whatever the clock says.
TODAY = datetime.date(2025, 11, 30)


# Documents per year grow with time, as in the national database.
YEAR_WEIGHTS = {year: 0.5 if year < 2000 else 2 if year < 2010 else 4 for year in range(1990, 2026)}
# Statuses of documents no relation in the corpus acts on (relations add expiries).
BASE_STATUSES = {
    "con_hieu_luc": 85,
    "het_hieu_luc_toan_bo": 6,
    "het_hieu_luc_mot_phan": 4,
    "khong_con_phu_hop": 3,
    "ngung_hieu_luc": 1,
    "ngung_hieu_luc_mot_phan": 1,
}
# What each kind of document may guide ("hướng dẫn, quy định chi tiết").
GUIDES = {
    "Nghị định": ("Luật", "Bộ luật", "Pháp lệnh"),
    "Nghị quyết": ("Luật", "Nghị định"),
    "Quyết định": ("Luật", "Nghị định"),
    "Thông tư": ("Nghị định", "Luật"),
    "Thông tư liên tịch": ("Nghị định",),
    "Chỉ thị": ("Luật", "Nghị định"),
}
CONSOLIDATES = {"vpqh": ("Luật", "Bộ luật"), "ministry": ("Thông tư", "Nghị định")}
# How titles go on after the document type: "Thông tư hướng dẫn ...".
TITLE_VERBS = {
    "Thông tư": ("quy định", "hướng dẫn"),
    "Thông tư liên tịch": ("hướng dẫn",),
    "Quyết định": ("ban hành Quy định", "quy định", "ban hành Quy chế"),
}
# Amendments, replacements and repeals look among the issuer's latest documents of the type.
RECENT_TARGETS = 50


@dataclass(eq=False)
class Draft:
    """One document's metadata, before its text is written."""

    doc_type: str
    issuer: str
    issuer_kind: str
    field: Field
    issued: datetime.date
    effective: datetime.date
    status: str
    kind: Kind | None = None
    ministry: str = ""
    province: str = ""
    extra_field: Field | None = None
    subject: str = ""
    expiry: datetime.date | None = None
    number: str = NO_NUMBER
    intent: str = ""
    relations: list = field(default_factory=list)
    landmark: Landmark | None = None
    title: str = ""
    signer: str = ""
    signer_title: str = ""
    index: int = 0

    @property
    def numbered(self):
        return self.number != NO_NUMBER

    @property
    def scope(self):
        return self.province or "Toàn quốc"


def corpus_path(size, seed=DEFAULT_SEED):
    return RESULTS_DIR / f"bookshelf-corpus-v{CORPUS_VERSION}-{size}-seed{seed}.jsonl"


def ensure_corpus(size, seed=DEFAULT_SEED, log=print):
    """The corpus file for ``size`` and ``seed``, written unless it exists already.

    It is written under a temporary name and renamed when complete, so an interrupted
    run never leaves a file that a later run would take for a whole corpus."""
    path = corpus_path(size, seed)
    if path.exists():
        log(f"Reusing {path}")
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    started = time.perf_counter()
    try:
        with partial.open("w", encoding="utf-8") as output:
            for row in generate(size, seed):
                output.write(json.dumps(row, ensure_ascii=False))
                output.write("\n")
        partial.rename(path)
    finally:
        partial.unlink(missing_ok=True)
    megabytes = path.stat().st_size / 1e6
    seconds = time.perf_counter() - started
    log(f"Wrote {size} documents ({megabytes:.0f} MB) in {seconds:.0f} s: {path}")
    return path


def generate(size, seed=DEFAULT_SEED):
    """Yield ``size`` documents as import rows, oldest first."""
    if size < len(LANDMARKS):
        raise ValueError(f"a corpus holds at least the {len(LANDMARKS)} landmark documents")
    rng = random.Random(seed)
    drafter = Drafter(rng)
    drafts = [landmark_draft(landmark) for landmark in LANDMARKS]
    drafts += [drafter.draft() for _ in range(size - len(LANDMARKS))]
    drafts.sort(key=lambda draft: draft.issued)
    for index, draft in enumerate(drafts):
        draft.index = index
    Numbering(rng).assign(drafts)
    Linker(rng).link(drafts)
    for draft in drafts:
        draft.title = title_for(draft, rng)
    writer = BodyWriter(rng, drafts)
    for draft in drafts:
        yield row(draft, writer)


def row(draft, writer):
    external_id = 100_000 + draft.index
    site = fold(draft.province).replace(" ", "") if draft.province else "TW"
    fields = [draft.field.name] + ([draft.extra_field.name] if draft.extra_field else [])
    signer, signer_title = writer.signer(draft)
    return {
        "external_id": f"vbpl-{external_id}",
        "number": draft.number,
        "title": draft.title,
        "doc_type": draft.doc_type,
        "issuer": draft.issuer,
        "signer": signer,
        "signer_title": signer_title,
        "issued_date": draft.issued.isoformat(),
        "effective_date": draft.effective.isoformat(),
        "expiry_date": draft.expiry.isoformat() if draft.expiry else "",
        "status": draft.status,
        "scope": draft.scope,
        "fields": fields,
        "summary": writer.summary(draft),
        "body_html": writer.body(draft),
        "source_url": f"https://vbpl.vn/{site}/Pages/vbpq-toanvan.aspx?ItemID={external_id}",
        "relations": [{"type": kind, "number": target.number} for kind, target in draft.relations],
    }


def landmark_draft(landmark):
    return Draft(
        doc_type=landmark.doc_type,
        issuer=landmark.issuer,
        issuer_kind=landmark.issuer_kind,
        field=FIELDS_BY_NAME[landmark.field],
        issued=landmark.issued,
        effective=landmark.effective,
        status=landmark.status,
        expiry=landmark.expiry,
        number=landmark.number,
        province=landmark.province,
        landmark=landmark,
        subject=landmark_subject(landmark),
    )


def landmark_subject(landmark):
    """What a landmark regulates, from its title: "Cơ sở dữ liệu quốc gia về pháp luật"."""
    if landmark.doc_type == "Hiến pháp":
        return FIELDS_BY_NAME[landmark.field].subjects[0]
    subject = title_tail(landmark.title, landmark.doc_type)
    for verb in ("hướng dẫn ", "quy định chi tiết thi hành ", "quy định về ", "về ", "ban hành "):
        subject = subject.removeprefix(verb)
    return subject.lower() if landmark.doc_type == "Luật" else subject


def _cumulative(weights):
    return list(itertools.accumulate(weights))


class Drafter:
    """Draws the metadata of documents other than the landmarks."""

    def __init__(self, rng):
        self.rng = rng
        self.years = list(YEAR_WEIGHTS)
        self.year_weights = _cumulative(YEAR_WEIGHTS.values())
        self.kinds_by_year = {}
        self.field_weights = _cumulative(field.weight for field in FIELDS)
        self.provinces = {}
        for late, names in (
            (False, issuers.PROVINCES_BEFORE_2025),
            (True, issuers.PROVINCES_AFTER_2025),
        ):
            weights = [
                issuers.HOME_PROVINCE_WEIGHT if name == issuers.HOME_PROVINCE else 1
                for name in names
            ]
            self.provinces[late] = (names, _cumulative(weights))
        self.statuses = list(BASE_STATUSES)
        self.status_weights = _cumulative(BASE_STATUSES.values())

    def draft(self):
        rng = self.rng
        issued = self.issue_date()
        kind = self.kind(issued.year)
        (field_,) = rng.choices(FIELDS, cum_weights=self.field_weights)
        draft = Draft(
            doc_type=kind.doc_type,
            issuer="",
            issuer_kind=kind.issuer,
            field=field_,
            issued=issued,
            effective=self.effective_date(kind, issued),
            status="",
            kind=kind,
            subject=rng.choice(field_.subjects),
        )
        if rng.random() < 0.25:
            extra = rng.choices(FIELDS, cum_weights=self.field_weights)[0]
            draft.extra_field = extra if extra is not field_ else None
        self.place(draft)
        draft.status, draft.expiry = self.status(draft)
        draft.intent = self.intent(draft)
        if draft.doc_type != "Văn bản hợp nhất" and rng.random() < issuers.NO_NUMBER_RATE:
            draft.kind = None  # no number to draw
        return draft

    def issue_date(self):
        (year,) = self.rng.choices(self.years, cum_weights=self.year_weights)
        first = datetime.date(year, 1, 1)
        last = min(datetime.date(year, 12, 31), TODAY)
        return first + datetime.timedelta(days=self.rng.randrange((last - first).days + 1))

    def kind(self, year):
        if year not in self.kinds_by_year:
            kinds = [kind for kind in KINDS if kind.first_year <= year <= kind.last_year]
            self.kinds_by_year[year] = (kinds, _cumulative(kind.weight for kind in kinds))
        kinds, weights = self.kinds_by_year[year]
        return self.rng.choices(kinds, cum_weights=weights)[0]

    def effective_date(self, kind, issued):
        if kind.doc_type == "Văn bản hợp nhất":
            return issued
        if kind.doc_type in ("Luật", "Bộ luật"):
            # Laws take effect on 1 January or 1 July, some months after they pass.
            return datetime.date(issued.year + 1, self.rng.choice((1, 7)), 1)
        return issued + datetime.timedelta(days=self.rng.randint(10, 45))

    def place(self, draft):
        rng, kind = self.rng, draft.kind
        if kind.local:
            names, weights = self.provinces[draft.issued >= issuers.PROVINCE_MERGER_DATE]
            draft.province = rng.choices(names, cum_weights=weights)[0]
            council = kind.issuer == "hdnd"
            make = issuers.provincial_council if council else issuers.provincial_committee
            draft.issuer = make(draft.province)
        elif kind.issuer == "ministry":
            code = rng.choice(draft.field.ministries)
            draft.ministry = issuers.ministry_code(code, draft.issued)
            draft.issuer = issuers.MINISTRIES[draft.ministry]
        else:
            draft.issuer = issuers.NATIONAL_ISSUERS[kind.issuer]

    def status(self, draft):
        if draft.effective > TODAY:
            return "chua_co_hieu_luc", None
        (status,) = self.rng.choices(self.statuses, cum_weights=self.status_weights)
        if status != "het_hieu_luc_toan_bo":
            return status, None
        expiry = draft.effective + datetime.timedelta(days=self.rng.randint(365, 3650))
        return (status, expiry) if expiry <= TODAY else ("con_hieu_luc", None)

    def intent(self, draft):
        if draft.doc_type == "Văn bản hợp nhất":
            return "consolidates"
        chance = self.rng.random()
        if chance < 0.08:
            return "amends"
        if chance < 0.14:
            return "replaces"
        if chance < 0.16:
            return "repeals"
        if chance < 0.31 and draft.doc_type in GUIDES:
            return "guides"
        return ""


class Numbering:
    """Numbers run in order within each series (an issuer's kind of document in a year,
    "…/2015/NĐ-CP"), so the same number and year occur under many issuers. Landmark
    numbers are left to the landmarks."""

    def __init__(self, rng):
        self.rng = rng
        self.next = {}
        self.reserved = {number_key(landmark.number) for landmark in LANDMARKS}

    def assign(self, drafts):
        for draft in drafts:
            if draft.landmark or draft.kind is None:
                continue
            series = self.series(draft)
            key = (draft.issuer, series)
            while True:
                value = self.next.get(key, 1)
                self.next[key] = value + self.rng.choice((1, 1, 1, 2, 3))
                number = series.replace("{n}", f"{value:02d}")
                if number_key(number) not in self.reserved:
                    break
            draft.number = number

    @staticmethod
    def series(draft):
        kind, year = draft.kind, draft.issued.year
        # A joint circular names two ministries; the Ministry of Justice's own joins Finance.
        return (
            kind.number.replace("{year}", str(year))
            .replace("{qh}", str(issuers.legislature(year)))
            .replace("{code}", draft.ministry)
            .replace("TTLT-BTP-BTP", "TTLT-BTP-BTC")
        )


class Linker:
    """Gives documents their relations to earlier ones, and the targets their
    consequences: a replaced or repealed document has expired, an amended one may have
    partly expired."""

    def __init__(self, rng):
        self.rng = rng
        self.by_issuer_type = {}
        self.by_type_field = {}
        self.by_type = {}

    def link(self, drafts):
        by_number = {draft.number: draft for draft in drafts if draft.landmark}
        for draft in drafts:
            if draft.landmark:
                draft.relations = [
                    (kind, by_number[number]) for kind, number in draft.landmark.relations
                ]
            elif draft.intent:
                target = self.target(draft)
                if target is not None:
                    draft.relations.append((draft.intent, target))
                    self.apply(draft, target)
            self.remember(draft)

    def target(self, draft):
        rng = self.rng
        if draft.intent in ("amends", "replaces", "repeals"):
            candidates = self.by_issuer_type.get((draft.issuer, draft.doc_type))
            return rng.choice(candidates[-RECENT_TARGETS:]) if candidates else None
        types = (
            CONSOLIDATES[draft.issuer_kind]
            if draft.intent == "consolidates"
            else GUIDES[draft.doc_type]
        )
        doc_type = rng.choice(types)
        candidates = self.by_type_field.get((doc_type, draft.field.name)) or self.by_type.get(
            doc_type
        )
        return rng.choice(candidates) if candidates else None

    def apply(self, draft, target):
        if draft.intent in ("replaces", "consolidates"):
            draft.field, draft.subject = target.field, target.subject
        if draft.intent in ("replaces", "repeals"):
            target.status = "het_hieu_luc_toan_bo"
            target.expiry = max(draft.effective, target.effective + datetime.timedelta(days=1))
        elif (
            draft.intent == "amends" and target.status == "con_hieu_luc" and self.rng.random() < 0.4
        ):
            target.status = "het_hieu_luc_mot_phan"

    def remember(self, draft):
        if not draft.numbered:
            return
        self.by_type_field.setdefault((draft.doc_type, draft.field.name), []).append(draft)
        self.by_type.setdefault(draft.doc_type, []).append(draft)
        # Landmarks keep their own status: nothing in the corpus amends or replaces them.
        if not draft.landmark:
            self.by_issuer_type.setdefault((draft.issuer, draft.doc_type), []).append(draft)


def title_for(draft, rng):
    """The document's title (trích yếu), which starts with its type as in the national
    database: "Nghị định quy định chi tiết một số điều của Luật Đất đai"."""
    if draft.landmark:
        return draft.landmark.title
    doc_type, subject = draft.doc_type, draft.subject
    where = f" trên địa bàn {issuers.province_label(draft.province)}" if draft.province else ""
    laws = ("Luật", "Bộ luật", "Pháp lệnh")
    for kind, target in draft.relations:
        if kind == "consolidates" or (kind == "replaces" and doc_type in laws):
            return target.title
        if kind == "amends":
            what = target.title if target.doc_type in laws else cite(target, full=True)
            return f"{doc_type} sửa đổi, bổ sung một số điều của {what}"
        if kind == "repeals":
            return f"{doc_type} bãi bỏ {cite(target)}"
        if kind == "guides" and target.doc_type in laws:
            return f"{doc_type} quy định chi tiết một số điều của {target.title}{where}"
        if kind == "guides":
            return f"{doc_type} hướng dẫn thi hành {cite(target, full=True)}{where}"
    if doc_type in ("Luật", "Bộ luật"):
        name = rng.choice(draft.field.laws)
        draft.doc_type = "Bộ luật" if name.startswith("Bộ luật") else "Luật"
        return name
    if doc_type == "Văn bản hợp nhất":
        # Nothing earlier to consolidate: it consolidates a circular outside the corpus.
        return f"Thông tư quy định {subject}"
    if doc_type == "Lệnh":
        return f"Lệnh về việc công bố {rng.choice(draft.field.laws)}"
    if doc_type == "Chỉ thị":
        return f"Chỉ thị về tăng cường công tác {subject}{where}"
    if doc_type == "Nghị định" and rng.random() < 0.2:
        field_name = draft.field.name.lower()
        return f"Nghị định quy định xử phạt vi phạm hành chính trong lĩnh vực {field_name}"
    verb = rng.choice(TITLE_VERBS.get(doc_type, ("quy định", "về")))
    return f"{doc_type} {verb} {subject}{where}"


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m bench.bookshelf.corpus", description=__doc__)
    parser.add_argument("--size", type=int, required=True, help="number of documents")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    options = parser.parse_args(argv)
    ensure_corpus(options.size, options.seed, log=lambda line: print(line, file=sys.stderr))
    print(corpus_path(options.size, options.seed))


if __name__ == "__main__":
    main()
