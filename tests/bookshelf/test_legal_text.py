"""The full text of a legal document: cleaned when it comes from outside, and given a
table of contents whose anchors survive edits of the text."""

import time
import timeit

import pytest

from bookshelf.models.legal_text import sanitise_legal_html, table_of_contents

LAW = (
    "<p>Chương I</p><p>NHỮNG QUY ĐỊNH CHUNG</p>"
    "<p><strong>Điều 1.</strong> Phạm vi điều chỉnh</p>"
    "<p>Luật này quy định về chế độ sở hữu đất đai.</p>"
    "<p><b>Điều 2. Đối tượng áp dụng</b></p>"
    "<p>CHƯƠNG II</p><p>QUYỀN CỦA NHÀ NƯỚC</p>"
    "<h3>Mục 1. Quyền đại diện chủ sở hữu</h3>"
    "<p>Điều 12. Quyền của Nhà nước</p>"
    "<p>Mục 2</p><p>Trách nhiệm của Nhà nước</p>"
    "<p>Điều 12a. Trách nhiệm bổ sung</p>"
    "<p>Chương 3: BỒI THƯỜNG</p>"
    "<p>Điều 95: Bồi thường về đất</p>"
)


def entries(html):
    return [(entry.level, entry.anchor, entry.label) for entry in table_of_contents(html)]


class TestTableOfContents:
    def test_finds_chapters_sections_and_articles_with_their_titles(self):
        assert entries(LAW) == [
            (1, "chuong-i", "Chương I. NHỮNG QUY ĐỊNH CHUNG"),
            (3, "dieu-1", "Điều 1. Phạm vi điều chỉnh"),
            (3, "dieu-2", "Điều 2. Đối tượng áp dụng"),
            (1, "chuong-ii", "Chương II. QUYỀN CỦA NHÀ NƯỚC"),
            (2, "chuong-ii-muc-1", "Mục 1. Quyền đại diện chủ sở hữu"),
            (3, "dieu-12", "Điều 12. Quyền của Nhà nước"),
            (2, "chuong-ii-muc-2", "Mục 2. Trách nhiệm của Nhà nước"),
            (3, "dieu-12a", "Điều 12a. Trách nhiệm bổ sung"),
            (1, "chuong-iii", "Chương 3. BỒI THƯỜNG"),
            (3, "dieu-95", "Điều 95. Bồi thường về đất"),
        ]

    def test_sets_the_anchors_on_the_elements_that_begin_each_part(self):
        html = table_of_contents(LAW).html
        assert '<p id="chuong-i">Chương I</p><p>NHỮNG QUY ĐỊNH CHUNG</p>' in html
        assert '<p id="dieu-1"><strong>Điều 1.</strong> Phạm vi điều chỉnh</p>' in html
        assert '<h3 id="chuong-ii-muc-1">Mục 1.' in html
        assert '<p id="dieu-12a">Điều 12a.' in html
        # Nothing else changes.
        assert html.replace(' id="', "").count("<p") == LAW.count("<p")
        assert "Luật này quy định về chế độ sở hữu đất đai." in html

    def test_anchors_come_from_numbers_so_links_survive_edits(self):
        edited = (
            LAW.replace("Phạm vi điều chỉnh", "Phạm vi áp dụng của Luật")
            .replace("<p>Luật này quy định", "<p>Khoản mới chèn vào.</p><p>Luật này quy định")
            .replace("<p>Chương I</p>", "<p>Lời nói đầu.</p><p>Chương I</p>")
        )
        anchors = [anchor for _, anchor, _ in entries(LAW)]
        assert [anchor for _, anchor, _ in entries(edited)] == anchors
        # "Chương III" and "Chương 3" are the same chapter.
        assert entries("<p>Chương III</p>")[0][1] == entries("<p>Chương 3</p>")[0][1]

    def test_repeated_numbers_get_a_suffix(self):
        html = "<p>Điều 1. Một</p><p>Điều 1. Phụ lục</p><p>Điều 1. Lần ba</p>"
        assert [anchor for _, anchor, _ in entries(html)] == ["dieu-1", "dieu-1-2", "dieu-1-3"]

    @pytest.mark.parametrize(
        "html",
        [
            "<p>Điều 5 được sửa đổi, bổ sung như sau:</p>",
            "<p>Chương trình phổ biến pháp luật năm 2025.</p>",
            "<p>Mục tiêu của Luật này là bảo vệ quyền lợi.</p>",
            "<p>Mục vi phạm hành chính được liệt kê.</p>",
            "<p>“Điều 5. Phạm vi điều chỉnh” được sửa đổi.</p>",
            "<table><tr><td><p>Điều 9.</p></td></tr></table>",
            "<ul><li><p>Điều 3.</p></li></ul>",
            "<p>Căn cứ Hiến pháp; Chính phủ ban hành Nghị định.</p>",
        ],
    )
    def test_ordinary_sentences_are_not_parts(self, html):
        toc = table_of_contents(html)
        assert not toc
        assert toc.html == html

    def test_numbered_sentence_counts_when_the_number_is_bold(self):
        assert entries("<p><strong>Điều 7</strong> Giải thích từ ngữ</p>") == [
            (3, "dieu-7", "Điều 7. Giải thích từ ngữ")
        ]

    def test_reads_entities_line_breaks_and_decomposed_letters(self):
        html = "<p>Đi\u0300e\u0302\u0300u&nbsp;4. Nguyên tắc<br>1. Khoản một dài dòng.</p>"
        assert entries(html) == [(3, "dieu-4", "Điều 4. Nguyên tắc")]

    def test_empty_text_has_no_contents(self):
        assert not table_of_contents("")
        assert table_of_contents(None).html == ""

    def test_is_fast_enough_for_a_long_law(self):
        article = (
            "<p><strong>Điều {n}.</strong> Quyền và nghĩa vụ của người sử dụng đất</p>"
            "<p>1. Người sử dụng đất được hưởng thành quả lao động, kết quả đầu tư trên đất.</p>"
            "<p>2. Tổ chức, cá nhân có trách nhiệm thực hiện đúng quy định của pháp luật.</p>"
        )
        chapters = "".join(
            f"<p>Chương {c}</p><p>QUY ĐỊNH CỦA CHƯƠNG {c}</p>"
            + "".join(article.format(n=c * 20 + n) for n in range(20))
            for c in range(1, 8)
        )
        assert len(chapters.encode()) > 30_000
        # Processor time, best of several runs: other work on a busy machine does not count.
        best = min(
            timeit.repeat(
                lambda: table_of_contents(chapters), number=1, repeat=7, timer=time.process_time
            )
        )
        assert best < 0.020
        assert len(table_of_contents(chapters).entries) == 7 + 140


class TestSanitising:
    def test_keeps_the_structure_of_a_legal_text(self):
        html = (
            "<h2>Chương I</h2><h3>Mục 1</h3><h4>Điều 1</h4>"
            "<p><strong>Đậm</strong> <b>đậm</b> <em>nghiêng</em> <i>nghiêng</i> <u>gạch</u>"
            " m<sup>2</sup> H<sub>2</sub>O<br>dòng mới</p>"
            "<ol><li>một</li></ol><ul><li>hai</li></ul><blockquote>trích dẫn</blockquote>"
            '<table><thead><tr><th colspan="2">Mức phạt</th></tr></thead>'
            '<tbody><tr><td rowspan="2">Lấn chiếm</td><td>5 triệu</td></tr></tbody></table>'
        )
        assert sanitise_legal_html(html) == html

    @pytest.mark.parametrize(
        "dirty, clean",
        [
            ('<p onclick="steal()">Điều 1</p>', "<p>Điều 1</p>"),
            ("<script>alert(1)</script><p>Điều 1</p>", "<p>Điều 1</p>"),
            ('<style>p{color:red}</style><p style="color:red">x</p>', "<p>x</p>"),
            ('<iframe src="https://evil.example"></iframe><p>x</p>', "<p>x</p>"),
            ('<p><img src="x" onerror="alert(1)">x</p>', "<p>x</p>"),
            ('<a href="javascript:alert(1)">x</a>', '<a rel="noopener">x</a>'),
            (
                '<a href="https://vbpl.vn/" target="_blank">x</a>',
                '<a href="https://vbpl.vn/" rel="noopener">x</a>',
            ),
            (
                '<a href="mailto:stp@quangninh.gov.vn">x</a>',
                '<a href="mailto:stp@quangninh.gov.vn" rel="noopener">x</a>',
            ),
            ('<a href="#dieu-5">Điều 5</a>', '<a href="#dieu-5" rel="noopener">Điều 5</a>'),
            ('<a href="/van-ban/1">x</a>', '<a rel="noopener">x</a>'),
            ('<td colspan="2" width="50%">x</td>', "x"),
            (
                '<table><tr><td colspan="x">x</td></tr></table>',
                "<table><tbody><tr><td>x</td></tr></tbody></table>",
            ),
            ("<!-- ghi chú --><p>x</p>", "<p>x</p>"),
        ],
    )
    def test_removes_what_could_run_or_restyle(self, dirty, clean):
        assert sanitise_legal_html(dirty) == clean

    def test_keeps_the_internal_links_the_admin_editor_stores(self):
        html = (
            '<p><a linktype="page" id="12">bài viết</a> <a linktype="document" id="3">tệp</a></p>'
        )
        cleaned = sanitise_legal_html(html)
        assert '<a linktype="page" id="12" rel="noopener">bài viết</a>' in cleaned
        assert '<a linktype="document" id="3" rel="noopener">tệp</a>' in cleaned

    def test_word_documents_keep_their_paragraphs(self):
        html = (
            '<div class="WordSection1"><div><h1>LUẬT ĐẤT ĐAI</h1>'
            '<p class="MsoNormal"><span style="font-size:13pt">Điều 1.</span></p>'
            "<o:p>&nbsp;</o:p></div><h6>Ghi chú</h6></div>"
        )
        assert sanitise_legal_html(html) == (
            "<h2>LUẬT ĐẤT ĐAI</h2><p>Điều 1.</p>&nbsp;<h4>Ghi chú</h4>"
        )

    @pytest.mark.parametrize(
        "html",
        [
            LAW,
            '<div><p>a</p><script>x</script><a href="https://a.vn">b</a></div>',
            "<p>Điều 1</p><p>   </p><p>&nbsp;</p><table><tr><td>x</td></tr></table>",
            '<h1>T</h1><p onclick="x">y<br/>z</p>',
            "Văn bản thuần không có thẻ",
        ],
    )
    def test_cleaning_twice_changes_nothing(self, html):
        once = sanitise_legal_html(html)
        assert sanitise_legal_html(once) == once

    def test_empty_stays_empty(self):
        assert sanitise_legal_html("") == ""
        assert sanitise_legal_html(None) == ""
