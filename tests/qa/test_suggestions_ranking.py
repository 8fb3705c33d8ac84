"""Suggestions while a question is typed: the intended answer and article come first,
however the citizen types, among decoys that share common words with the question."""

import pytest

from qa.suggestions import similar_answers, suggest

from .suggestion_fixtures import answer

UNILATERAL = (
    "toi muon ly hon don phuong thi lam the nao",
    "Tôi muốn ly hôn đơn phương thì làm thế nào?",
    "Xin hỏi, TÔI MUỐN LY HÔN ĐƠN PHƯƠNG thì phải làm sao ạ",
    "ly hon don phuong",
)


def titles(found):
    return [item.title for item in found]


def labels(found):
    return [item.label for item in found]


@pytest.mark.parametrize("question", UNILATERAL)
def test_the_answer_and_the_article_come_first_however_typed(
    published_answers, shelf_documents, question
):
    found = suggest(question)
    assert titles(found.answers)[0] == "Ly hôn đơn phương cần những thủ tục gì?"
    assert labels(found.articles)[0] == "Điều 56. Ly hôn theo yêu cầu của một bên"
    assert found.articles[0].document_number == "52/2014/QH13"


def test_đ_typed_as_d_finds_đ(published_answers, shelf_documents):
    found = suggest("dang ky ket hon o dau")
    assert titles(found.answers)[0] == "Thủ tục đăng ký kết hôn cần giấy tờ gì?"
    assert set(labels(found.articles)[:2]) == {
        "Điều 17. Thẩm quyền đăng ký kết hôn",
        "Điều 18. Thủ tục đăng ký kết hôn",
    }


def test_a_pair_of_words_outranks_the_same_words_apart(published_answers, shelf_documents):
    """ "đơn phương" is not "đơn" and "phường": the decoys about filing at the ward hold
    both words, not side by side."""
    found = suggest("don phuong")
    assert titles(found.answers)[0] == "Ly hôn đơn phương cần những thủ tục gì?"


def test_filler_does_not_rank(qa_index, index_on_commit, published_answers):
    answer(
        qa_index,
        index_on_commit,
        "Xin hỏi tôi muốn biết như thế nào thì được, có được không ạ?",
        "Xin hỏi, tôi muốn biết thì làm thế nào, như thế nào thì được ạ?",
    )
    passport = answer(
        qa_index,
        index_on_commit,
        "Cấp hộ chiếu phổ thông ở đâu?",
        "Hộ chiếu phổ thông làm ở cơ quan nào?",
    )
    found = suggest("Xin hỏi, tôi muốn biết cấp hộ chiếu như thế nào thì được ạ?")
    assert titles(found.answers) == [passport.title]


def test_only_filler_suggests_nothing(published_answers, shelf_documents):
    found = suggest("Xin hỏi tôi muốn hỏi thì làm thế nào có được không ạ")
    assert found.answers == [] and found.articles == []


def test_boilerplate_articles_are_never_suggested(published_answers, shelf_documents):
    for question in (
        "phạm vi điều chỉnh luật hôn nhân và gia đình",
        "hieu luc thi hanh luat ho tich",
        "trách nhiệm thi hành của ủy ban nhân dân phường",
    ):
        shown = [label.split(". ", 1)[1] for label in labels(suggest(question).articles)]
        assert "Phạm vi điều chỉnh" not in shown
        assert "Hiệu lực thi hành" not in shown
        assert "Trách nhiệm thi hành" not in shown


def test_an_article_is_found_by_its_label_not_only_its_document(published_answers, shelf_documents):
    """A question naming a law but nothing its articles are about suggests none of them;
    its document's title still ranks the articles whose label it shares words with."""
    assert suggest("luật hộ tịch năm 2014").articles == []
    found = suggest("thủ tục kết hôn theo luật hộ tịch")
    assert labels(found.articles)[0] == "Điều 18. Thủ tục đăng ký kết hôn"


def test_what_still_applies_comes_before_what_no_longer_does(shelf_documents):
    found = suggest("ly hôn theo yêu cầu của một bên")
    numbers = [article.document_number for article in found.articles]
    assert numbers.index("52/2014/QH13") < numbers.index("22/2000/QH10")


def test_everyday_words_find_the_words_of_the_law(shelf_documents):
    assert labels(suggest("ly hon don phuong").articles)[0] == (
        "Điều 56. Ly hôn theo yêu cầu của một bên"
    )


def test_the_field_chosen_counts_more(qa_index, index_on_commit, family_law_field):
    in_field = answer(
        qa_index,
        index_on_commit,
        "Ly hôn thì ai nuôi con?",
        "Ly hôn thì ai nuôi con?",
        legal_fields=[family_law_field],
    )
    newer = answer(qa_index, index_on_commit, "Ly hôn rồi ai nuôi con?", "Ly hôn thì ai nuôi con?")
    # Equals: the newer first, unless a field is chosen.
    assert titles(suggest("ly hon nuoi con").answers) == [newer.title, in_field.title]
    found = suggest("ly hon nuoi con", field=family_law_field.slug)
    assert titles(found.answers) == [in_field.title, newer.title]
    assert found.answers[0].score == pytest.approx(1.5 * found.answers[1].score, rel=0.01)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("toi muon ly h", "Ly hôn đơn phương cần những thủ tục gì?"),
        ("toi muon ly hon don ph", "Ly hôn đơn phương cần những thủ tục gì?"),
        ("dang ky ket h", "Thủ tục đăng ký kết hôn cần giấy tờ gì?"),
    ],
)
def test_the_word_being_typed_counts_for_what_it_may_become(published_answers, typed, expected):
    assert expected in titles(suggest(typed).answers)


def test_answers_in_another_language_are_not_suggested(published_answers):
    assert suggest("ly hon don phuong", language="en").answers == []


def test_similar_answers_score_from_zero_to_one(published_answers):
    found = similar_answers("Tôi muốn ly hôn đơn phương thì nộp đơn ở đâu?")
    assert found[0].title == "Ly hôn đơn phương cần những thủ tục gì?"
    assert 0.5 < found[0].similarity <= 1
    assert all(0 < other.similarity < found[0].similarity for other in found[1:])
    same = similar_answers(
        "Vợ chồng tôi mâu thuẫn kéo dài, tôi muốn ly hôn đơn phương thì nộp đơn ở đâu? "
        "Ly hôn đơn phương cần những thủ tục gì?"
    )
    assert same[0].similarity > 0.95
    assert similar_answers("hộ chiếu phổ thông") == []


def test_everyday_words_find_answers_in_the_words_of_the_law(qa_index, index_on_commit):
    certificate = answer(
        qa_index,
        index_on_commit,
        "Cấp lại giấy chứng nhận quyền sử dụng đất bị mất",
        "Giấy chứng nhận quyền sử dụng đất bị mất thì cấp lại ở đâu?",
    )
    answer(qa_index, index_on_commit, "Sơ đồ nhà ở chung cư", "Vẽ sơ đồ căn hộ thế nào?")
    assert titles(suggest("bị mất sổ đỏ thì xin cấp lại thế nào").answers) == [certificate.title]


def test_nothing_is_suggested_for_what_nothing_holds(published_answers, shelf_documents):
    """A question sharing only a common word with the answers ("thủ tục") is not
    answered by them."""
    assert suggest("thủ tục nhận nuôi con nuôi ở đâu").answers == []
