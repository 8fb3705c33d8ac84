"""Vietnamese text folding, applied alike to what is indexed and to what is searched."""

import unicodedata


def fold(text):
    """Lower case without tone marks or diacritics, đ as d: "Luật Đất đai" -> "luat dat dai".

    Citizens often type without diacritics; folding both sides lets them find the text.
    """
    text = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    return unicodedata.normalize(
        "NFC", "".join(char for char in text if not unicodedata.combining(char))
    )
