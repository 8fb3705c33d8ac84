"""Cells of exported spreadsheets (CSV opened in Excel or LibreOffice, XLSX) that must
never run as formulas: a value a person typed ("=HYPERLINK(...)") is shown as text."""

# A cell starting with one of these is a formula to Excel and LibreOffice.
_FORMULA_STARTS = ("=", "+", "-", "@")
_GUARD = "'"


def _looks_like_formula(value):
    return value.lstrip(_GUARD).startswith(_FORMULA_STARTS)


def looks_like_formula(value):
    return isinstance(value, str) and value.startswith(_FORMULA_STARTS)


def guard_formula(value):
    """``'=SUM(A1)`` for ``=SUM(A1)``: the spreadsheet shows the text instead of running it.

    A value that already starts with apostrophes before a formula character gets one more,
    so that ``unguard_formula`` gives back exactly what was exported."""
    return _GUARD + value if _looks_like_formula(value) else value


def unguard_formula(value):
    """The value ``guard_formula`` was given."""
    return value[1:] if value.startswith(_GUARD) and _looks_like_formula(value) else value
