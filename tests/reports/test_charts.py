"""The dashboard's server-drawn SVG charts: well-formed, accessible, labels escaped."""

import xml.etree.ElementTree as ET

from reports.dashboard import charts
from reports.numbers import change, figure, grouped, percent

SVG = "{http://www.w3.org/2000/svg}"
HOSTILE = '<script>alert("x")</script> & “Phường”'


def parse(markup):
    return ET.fromstring(str(markup))  # noqa: S314 (markup built by the code under test)


def texts(svg):
    return ["".join(element.itertext()) for element in svg.iter(f"{SVG}text")]


def test_a_column_chart_has_a_title_a_description_and_one_bar_per_label():
    svg = parse(
        charts.column_chart(
            ["Chưa lập báo cáo", "Đang soạn", "Trả lại", "Đã gửi, chờ duyệt", "Đã chấp nhận"],
            [3, 0, 1, 2, 12],
            chart_id="chart-status",
            title="Tình trạng báo cáo",
            description="Chưa lập: 3; đang soạn: 0; trả lại: 1; chờ duyệt: 2; chấp nhận: 12.",
        )
    )
    assert svg.get("role") == "img"
    assert svg.get("aria-labelledby") == "chart-status-title chart-status-desc"
    assert svg.find(f"{SVG}title").text == "Tình trạng báo cáo"
    assert svg.find(f"{SVG}desc").text.startswith("Chưa lập: 3")
    heights = [int(rect.get("height")) for rect in svg.iter(f"{SVG}rect")]
    assert heights[1] == 0 and heights[2] < heights[3] < heights[0] < heights[4]
    assert {"3", "0", "1", "2", "12"} <= set(texts(svg))
    # A label too long for its column goes on two lines.
    lines = [[tspan.text for tspan in text] for text in svg.iter(f"{SVG}text") if len(text)]
    assert ["Đã gửi, chờ", "duyệt"] in lines


def test_bars_are_in_proportion_and_the_largest_fills_the_room():
    svg = parse(
        charts.bar_chart(
            ["Phường Hạ Long", "Xã Cô Tô"],
            [charts.Series("Số cuộc", [40, 10])],
            chart_id="chart-units",
            title="Theo đơn vị",
            description="Phường Hạ Long: 40; Xã Cô Tô: 10",
        )
    )
    widths = [int(rect.get("width")) for rect in svg.iter(f"{SVG}rect")]
    assert abs(widths[0] - 4 * widths[1]) <= 4  # rounded to whole units
    assert charts.WIDTH * 0.8 < widths[0] < charts.WIDTH  # room is left for the value
    assert "Phường Hạ Long" in texts(svg) and "40" in texts(svg)


def test_a_grouped_bar_chart_has_a_legend_and_a_dash_where_a_series_has_no_figure():
    svg = parse(
        charts.bar_chart(
            ["Số cuộc PBGDPL trực tiếp", "Số tin, bài đăng trên mạng xã hội"],
            [
                charts.Series("Năm 2026", [1200, 35], charts.CURRENT),
                charts.Series("Năm 2025", [1000, None], charts.PREVIOUS),
            ],
            chart_id="chart-compare",
            title="So sánh",
            description="…",
        )
    )
    labels = texts(svg)
    assert "Năm 2026" in labels and "Năm 2025" in labels  # the legend
    assert "1.200" in labels and "1.000" in labels and "—" in labels
    fills = {rect.get("fill") for rect in svg.iter(f"{SVG}rect")}
    assert {charts.CURRENT, charts.PREVIOUS} <= fills
    # A tooltip names the figures of both periods.
    tips = [title.text for title in svg.iter(f"{SVG}title")]
    assert any("Năm 2025: —" in tip for tip in tips)


def test_labels_titles_and_series_names_are_escaped():
    markup = str(
        charts.bar_chart(
            [HOSTILE],
            [charts.Series(HOSTILE, [1]), charts.Series("kỳ trước", [2])],
            chart_id="x",
            title=HOSTILE,
            description=HOSTILE,
        )
    ) + str(charts.column_chart([HOSTILE], [1], chart_id="y", title=HOSTILE, description="d"))
    assert "<script>" not in markup
    assert "&lt;script&gt;" in markup and "&amp;" in markup
    svg = parse(f'<svg xmlns="http://www.w3.org/2000/svg">{markup}</svg>')
    assert HOSTILE in [title.text for title in svg.iter(f"{SVG}title")]


def test_an_empty_chart_is_still_a_valid_image():
    svg = parse(
        charts.bar_chart(
            [], [charts.Series("Số cuộc", [])], chart_id="e", title="t", description="d"
        )
    )
    assert svg.find(f"{SVG}title").text == "t"
    assert list(svg.iter(f"{SVG}rect")) == []


def test_long_labels_are_shortened_and_kept_whole_in_the_tooltip():
    name = "Ủy ban nhân dân đặc khu Vân Đồn, tỉnh Quảng Ninh – bộ phận tư pháp, hộ tịch"
    svg = parse(
        charts.bar_chart(
            [name], [charts.Series("s", [5])], chart_id="l", title="t", description="d"
        )
    )
    shown = texts(svg)[0]
    assert shown.endswith("…") and len(shown) < len(name)
    assert any(name in title.text for title in svg.iter(f"{SVG}title"))


def test_figures_are_written_the_vietnamese_way():
    assert grouped(12500000) == "12.500.000"
    assert figure(1250000, "money") == "1.250.000 đồng"
    assert figure(1234, "count") == "1.234"
    assert figure(None, "count") == "—"
    assert percent(1, 8) == "12,5%"
    assert change(1250, 1000, "count") == "+250 (+25,0%)"
    assert change(750000, 1000000, "money") == "-250.000 đồng (-25,0%)"
    assert change(5, 0, "count") == "+5"
    assert change(5, None, "count") == "—"
