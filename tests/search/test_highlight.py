"""Snippets and marks: where the searched words are shown, whatever diacritics were typed."""

from core.vietnamese import fold, fold_keeping_positions
from search.highlight import highlight_all, snippet


def test_positional_folding_keeps_one_character_for_each():
    for text in ["Luật Đất đai", "ĐIỀU 5A. Quyền sử dụng đất", "İstanbul đ", "a\u0301b", "x"]:
        folded = fold_keeping_positions(text)
        assert len(folded) == len(text)
    assert fold_keeping_positions("Luật Đất đai") == fold("Luật Đất đai") == "luat dat dai"


def test_snippet_shows_the_place_holding_every_word_not_the_first_word():
    filler = " ".join(["Đất đai là tài sản."] * 200)
    text = f"{filler} Việc thu hồi đất phải bồi thường thỏa đáng. {filler}"
    shown = str(snippet(text, ["thu", "hoi", "dat"]))
    assert "<mark>thu hồi đất</mark>" in shown
    assert shown.startswith("…") and shown.endswith("…")


def test_snippet_of_a_text_without_the_words_is_its_beginning():
    shown = str(snippet("Nghị định này quy định chi tiết.", ["ngoc", "trai"]))
    assert shown == "Nghị định này quy định chi tiết."


def test_marks_are_placed_in_the_original_and_escaped():
    assert str(highlight_all("<Luật> Đất đai", ["dat", "dai"])) == (
        "&lt;Luật&gt; <mark>Đất đai</mark>"
    )
