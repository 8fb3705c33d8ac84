import pytest

from core.rich_text import is_blank


@pytest.mark.parametrize(
    "source",
    [
        "",
        None,
        '<p data-block-key="a1b2c"></p>',
        '<p data-block-key="a1b2c">   </p><p data-block-key="d3e4f"><br/></p>',
        "<p>&nbsp;</p>",
        "<p>\u200b</p>",
        "<h2></h2><ul><li></li></ul>",
    ],
)
def test_text_that_shows_nothing_is_blank(source):
    assert is_blank(source)


@pytest.mark.parametrize(
    "source",
    [
        "<p>Luật Đất đai</p>",
        '<p><a linktype="page" id="3">Xem</a></p>',
        '<embed alt="Sơ đồ" embedtype="image" format="fullwidth" id="4"/>',
        '<embed embedtype="media" url="https://www.youtube.com/watch?v=abc"/>',
        "<hr/>",
        "<p>0</p>",
    ],
)
def test_words_images_and_embeds_are_content(source):
    assert not is_blank(source)
