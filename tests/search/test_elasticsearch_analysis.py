"""The Elasticsearch analyzers fold Vietnamese exactly like ``core.vietnamese.fold``.

No server runs here, so the analyzers are checked as data: every text field uses the
folding chain, and the chain's pieces are checked letter by letter. The char filters and
the tokenizer pattern are applied in Python as configured; ``asciifolding`` (Lucene's
``ASCIIFoldingFilter``) is stood in for by ``ASCIIFOLDING``, the base letter Lucene gives
each Vietnamese letter, which ``test_the_table_holds_every_vietnamese_letter`` keeps
complete.
"""

import re
import unicodedata

import pytest

from core.vietnamese import fold, tokens
from search.index.elasticsearch import (
    FOLDING_ANALYZER,
    PREFIX_ANALYZER,
    SHINGLE_ANALYZER,
    folding_analysis,
    index_settings,
    mapping,
)

# Every Vietnamese letter with a mark, by the base letter asciifolding turns it into.
ASCIIFOLDING_BASES = {
    "a": "àáảãạăằắẳẵặâầấẩẫậ",
    "d": "đ",
    "e": "èéẻẽẹêềếểễệ",
    "i": "ìíỉĩị",
    "o": "òóỏõọôồốổỗộơờớởỡợ",
    "u": "ùúủũụưừứửữự",
    "y": "ỳýỷỹỵ",
}
ASCIIFOLDING = {
    letter: base
    for base, letters in ASCIIFOLDING_BASES.items()
    for letter in letters + letters.upper()
}
LETTERS = sorted(ASCIIFOLDING)

TONE_MARKS = ["\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]  # huyền sắc hỏi ngã nặng
VOWELS = "aăâeêioôơuưy"


def analysis():
    return folding_analysis()


def char_filters(text):
    """The configured char filters, applied as Elasticsearch applies them, in order."""
    config = analysis()
    for name in config["analyzer"][FOLDING_ANALYZER]["char_filter"]:
        char_filter = config["char_filter"][name]
        if char_filter["type"] == "pattern_replace":
            text = re.sub(char_filter["pattern"], char_filter["replacement"], text)
        else:
            for rule in char_filter["mappings"]:
                source, target = (side.strip() for side in rule.split("=>"))
                text = text.replace(source, target)
    return text


def analyze(text):
    """The ``vi_text`` chain: char filters, the tokenizer, lowercase, asciifolding."""
    split = analysis()["tokenizer"]["vi_letters_and_digits"]["pattern"]
    # Java's [^\p{L}\p{N}]+ in Python's terms.
    assert split == "[^\\p{L}\\p{N}]+"
    words = [w for w in re.split(r"[\W_]+", char_filters(text)) if w]
    return ["".join(ASCIIFOLDING.get(c, c) for c in word.lower()) for word in words]


def test_the_table_holds_every_vietnamese_letter():
    composed = {unicodedata.normalize("NFC", v + mark) for v in VOWELS for mark in TONE_MARKS}
    composed |= set("ăâêôơư") | {"đ"}
    composed |= {letter.upper() for letter in composed}
    assert composed == set(LETTERS)
    assert len(LETTERS) == 2 * (12 * 5 + 6 + 1)


def test_every_letter_lives_where_asciifolding_folds():
    # Lucene folds Latin-1 Supplement, Latin Extended-A and -B and Latin Extended
    # Additional; every Vietnamese letter is in one of them, precomposed (NFC).
    blocks = [(0x00C0, 0x00FF), (0x0100, 0x017F), (0x0180, 0x024F), (0x1E00, 0x1EFF)]
    for letter in LETTERS:
        assert any(low <= ord(letter) <= high for low, high in blocks), letter


@pytest.mark.parametrize("letter", LETTERS)
def test_the_analyzer_folds_each_letter_like_fold(letter):
    assert analyze(letter) == [fold(letter)]
    assert fold(letter) == ASCIIFOLDING[letter]


@pytest.mark.parametrize("letter", LETTERS)
def test_decomposed_letters_fold_without_nfc(letter):
    # The stock image has no ICU normaliser: typed NFD text must fold all the same.
    decomposed = unicodedata.normalize("NFD", letter)
    assert analyze(decomposed) == [fold(letter)]


@pytest.mark.parametrize(
    "text",
    [
        "Luật Đất đai 2024",
        "LUẬT ĐẤT ĐAI",
        "Nghị định 52/2015/NĐ-CP về cơ sở dữ liệu quốc gia",
        "Thuý, thúy, hoà và hòa",
        "quyền sử dụng đất; nghĩa vụ tài chính",
        "Ở đâu, ữ, ậ, ề, ế – ơ ư ă â ê ô",
        "31/2024/QH15",
    ],
)
def test_the_analyzer_tokens_equal_search_tokens(text):
    assert analyze(text) == tokens(text)
    assert analyze(unicodedata.normalize("NFD", text)) == tokens(text)


def test_the_folding_chain():
    config = analysis()
    chain = config["analyzer"][FOLDING_ANALYZER]
    assert chain["char_filter"] == ["vi_strip_combining_marks", "vi_d_stroke"]
    assert config["char_filter"]["vi_d_stroke"] == {
        "type": "mapping",
        "mappings": ["đ => d", "Đ => d"],
    }
    assert chain["filter"] == ["lowercase", "asciifolding"]
    # Every analyzer is the folding chain, plus one filter at the end at most.
    for name in (SHINGLE_ANALYZER, PREFIX_ANALYZER):
        analyzer = config["analyzer"][name]
        assert analyzer["char_filter"] == chain["char_filter"]
        assert analyzer["tokenizer"] == chain["tokenizer"]
        assert analyzer["filter"][:2] == chain["filter"]
    assert config["analyzer"][SHINGLE_ANALYZER]["filter"][2] == "vi_shingle"
    assert config["filter"]["vi_shingle"]["min_shingle_size"] == 2
    assert config["filter"]["vi_shingle"]["max_shingle_size"] == 2
    assert config["filter"]["vi_shingle"]["output_unigrams"] is False
    assert config["analyzer"][PREFIX_ANALYZER]["filter"][2] == "vi_edge_ngram"


def _text_fields(properties, prefix=""):
    for name, field in properties.items():
        if field.get("type") == "text":
            yield prefix + name, field
        yield from _text_fields(field.get("fields", {}), prefix + name + ".")


def test_every_text_field_folds_when_indexed_and_searched():
    fields = dict(_text_fields(mapping()["properties"]))
    assert {"title", "title_extra", "heading", "context", "number", "summary", "body"} <= set(
        fields
    )
    folding = {FOLDING_ANALYZER, SHINGLE_ANALYZER, PREFIX_ANALYZER}
    defined = set(index_settings()["analysis"]["analyzer"])
    for name, field in fields.items():
        assert field["analyzer"] in folding, name
        assert field.get("search_analyzer", field["analyzer"]) in folding, name
        assert field["analyzer"] in defined


def test_prefixes_are_searched_whole_and_shingles_by_pairs():
    properties = mapping()["properties"]
    prefix = properties["heading"]["fields"]["prefix"]
    assert prefix["analyzer"] == PREFIX_ANALYZER
    assert prefix["search_analyzer"] == FOLDING_ANALYZER
    for name in ("heading", "summary", "body"):
        assert properties[name]["fields"]["shingles"]["analyzer"] == SHINGLE_ANALYZER


def test_numbers_and_facets_are_keywords_or_integers():
    properties = mapping()["properties"]
    for name in ("number_key", "number_core", "number_tokens", "kind", "status", "language"):
        assert properties[name] == {"type": "keyword"}
    for name in ("entry_id", "doc_type_id", "issuer_id", "unit_id", "field_ids"):
        assert properties[name] == {"type": "integer"}
    assert properties["year"]["type"] == "short"
    assert properties["date"]["type"] == "date"
    assert mapping()["dynamic"] == "strict"
