"""Charts drawn on the server as inline SVG: no script, nothing loaded from elsewhere, so
they pass the admin's Content-Security-Policy and print as they look.

Each chart is an image with a title and a description for screen readers; the page puts
the table of the same figures next to it. Every label is escaped here. Widths are in the
SVG's own units and the SVG scales to its container, so a chart fits a phone: bar charts
put each label above its bar, where a long name can use the whole width.
"""

import textwrap
from dataclasses import dataclass

from django.utils.html import format_html, format_html_join

from reports.numbers import grouped

WIDTH = 400
FONT_SIZE = 13
# An average letter of the admin's sans-serif font at FONT_SIZE, to fit labels to room.
LETTER = 7
TEXT_COLOUR = "#262626"
AXIS_COLOUR = "#8c8c8c"

CURRENT = "#007d7e"
PREVIOUS = "#b35900"


@dataclass(frozen=True)
class Series:
    """One set of bars of a bar chart: its name (in the legend) and one value per label;
    None where the series has no figure."""

    name: str
    values: list
    colour: str = CURRENT


def _frame(chart_id, title, description, height, body):
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" class="report-chart" id="{}" '
        'viewBox="0 0 {} {}" role="img" aria-labelledby="{}-title {}-desc" '
        'font-size="{}" fill="{}"><title id="{}-title">{}</title>'
        '<desc id="{}-desc">{}</desc>{}</svg>',
        chart_id,
        WIDTH,
        height,
        chart_id,
        chart_id,
        FONT_SIZE,
        TEXT_COLOUR,
        chart_id,
        title,
        chart_id,
        description,
        body,
    )


def _shorten(label, letters):
    """``label`` cut to ``letters`` characters, with "…" when cut."""
    return label if len(label) <= letters else label[: letters - 1].rstrip() + "…"


def _value_text(value, value_text):
    return "—" if value is None else value_text(value)


def _length(value, largest, room):
    """The length of a bar for ``value``, in proportion to the largest one."""
    if not value or value < 0 or not largest:
        return 0
    return max(1, round(room * value / largest))


def column_chart(labels, values, *, chart_id, title, description, colours=None, value_text=None):
    """Vertical bars, one per label, with the value above each bar and the label, on up
    to two lines, below it. For a few short labels (the statuses of reports)."""
    value_text = value_text or grouped
    colours = colours or [CURRENT] * len(labels)
    top, bottom, baseline_gap = 24, 2 * FONT_SIZE + 14, 4
    plot_height = 160
    height = top + plot_height + baseline_gap + bottom
    slot = WIDTH / max(len(labels), 1)
    bar_width = min(56, slot * 0.6)
    largest = max((value or 0 for value in values), default=0)
    line_letters = max(4, int(slot / LETTER))
    columns = []
    for index, (label, value, colour) in enumerate(zip(labels, values, colours, strict=True)):
        centre = slot * index + slot / 2
        length = _length(value, largest, plot_height)
        bar_top = top + plot_height - length
        lines = textwrap.wrap(label, line_letters) or [""]
        if len(lines) > 2:
            lines = [lines[0], _shorten(" ".join(lines[1:]), line_letters)]
        columns.append(
            format_html(
                '<g><title>{}: {}</title><rect x="{}" y="{}" width="{}" height="{}" fill="{}"/>'
                '<text x="{}" y="{}" text-anchor="middle" font-weight="bold">{}</text>'
                '<text x="{}" y="{}" text-anchor="middle">{}</text></g>',
                label,
                _value_text(value, value_text),
                f"{centre - bar_width / 2:.1f}",
                bar_top,
                f"{bar_width:.1f}",
                length,
                colour,
                f"{centre:.1f}",
                bar_top - 6,
                _value_text(value, value_text),
                f"{centre:.1f}",
                top + plot_height + baseline_gap + FONT_SIZE,
                format_html_join(
                    "",
                    '<tspan x="{}" dy="{}">{}</tspan>',
                    (
                        (f"{centre:.1f}", 0 if number == 0 else FONT_SIZE + 2, line)
                        for number, line in enumerate(lines)
                    ),
                ),
            )
        )
    baseline = format_html(
        '<line x1="0" y1="{}" x2="{}" y2="{}" stroke="{}"/>',
        top + plot_height,
        WIDTH,
        top + plot_height,
        AXIS_COLOUR,
    )
    return _frame(chart_id, title, description, height, _join([baseline, *columns]))


def bar_chart(labels, series, *, chart_id, title, description, value_text=None):
    """Horizontal bars: for each label, one bar per series, with its value at the end.
    The label stands on its own line above its bars; a legend names the series when there
    are several (this period and the compared one)."""
    value_text = value_text or grouped
    values = [value for one in series for value in one.values]
    largest = max((value or 0 for value in values), default=0)
    value_room = max((len(_value_text(value, value_text)) for value in values), default=1)
    room = WIDTH - value_room * LETTER - 8
    bar_height, bar_gap, row_gap = 14, 3, 12
    label_letters = int(WIDTH / LETTER)
    y = 0
    parts = []
    if len(series) > 1:
        parts.append(_legend(series))
        y += len(series) * (FONT_SIZE + 6) + 8
    for index, label in enumerate(labels):
        y += FONT_SIZE
        row = [format_html('<text x="0" y="{}">{}</text>', y, _shorten(label, label_letters))]
        y += 4
        tips = []
        for one in series:
            value = one.values[index]
            length = _length(value, largest, room)
            row.append(
                format_html(
                    '<rect x="0" y="{}" width="{}" height="{}" fill="{}"/>'
                    '<text x="{}" y="{}">{}</text>',
                    y,
                    length,
                    bar_height,
                    one.colour,
                    length + 4,
                    y + bar_height - 3,
                    _value_text(value, value_text),
                )
            )
            tips.append(f"{one.name}: {_value_text(value, value_text)}")
            y += bar_height + bar_gap
        y += row_gap - bar_gap
        parts.append(
            format_html(
                "<g><title>{}</title>{}</g>",
                f"{label} – {'; '.join(tips)}",
                _join(row),
            )
        )
    return _frame(chart_id, title, description, max(y, 1), _join(parts))


def _legend(series):
    """A swatch and the name of each series, one a line."""
    return _join(
        format_html(
            '<rect x="0" y="{}" width="12" height="12" fill="{}"/><text x="18" y="{}">{}</text>',
            line * (FONT_SIZE + 6) + 2,
            one.colour,
            line * (FONT_SIZE + 6) + FONT_SIZE,
            _shorten(one.name, int(WIDTH / LETTER) - 3),
        )
        for line, one in enumerate(series)
    )


def _join(parts):
    """Markup already escaped part by part, as one."""
    return format_html_join("", "{}", ((part,) for part in parts))
