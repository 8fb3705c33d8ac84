"""The columns of a form's sheet: one per indicator, a total's parts (“Trong đó: …”)
grouped under it as the Ministry's forms print them.

    ┌──────────── Tổng kinh phí ────────────┐
    │ Tổng số │ Ngân sách nhà nước │ Nguồn   │
    │         ├─────────┬──────────┤ khác    │
    │         │ Tổng số │ Trong đó │         │
"""

from dataclasses import dataclass, field

from .cells import header_cell

OWN_FIGURE = "Tổng số"


@dataclass
class Column:
    indicator: object
    parts: list = field(default_factory=list)

    @property
    def width(self):
        return 1 + sum(part.width for part in self.parts) if self.parts else 1

    @property
    def depth(self):
        return 1 + max(part.depth for part in self.parts) if self.parts else 1

    def leaves(self):
        """The indicators in column order: a total's own figure, then its parts'."""
        yield self.indicator
        for part in self.parts:
            yield from part.leaves()


def column_tree(indicators):
    """The top-level columns of ``indicators`` (in their order); an indicator whose total
    is not among them stands on its own."""
    columns = {indicator.pk: Column(indicator) for indicator in indicators}
    roots = []
    for indicator in indicators:
        parent = columns.get(indicator.parent_id)
        (parent.parts if parent else roots).append(columns[indicator.pk])
    return roots


def part_depths(indicators):
    """{indicator id: how many totals it is a part of, among ``indicators``}."""
    by_id = {indicator.pk: indicator for indicator in indicators}
    depths = {}
    for indicator in indicators:
        depth, node, seen = 0, indicator, {indicator.pk}
        while node.parent_id in by_id and node.parent_id not in seen:
            seen.add(node.parent_id)
            node = by_id[node.parent_id]
            depth += 1
        depths[indicator.pk] = depth
    return depths


def header_depth(roots):
    return max((root.depth for root in roots), default=1)


def indicator_order(roots):
    return [indicator for root in roots for indicator in root.leaves()]


def write_indicator_header(sheet, roots, *, top, first_column):
    """The names of ``roots`` from row ``top`` down, each total merged over its parts,
    then a row of units of measure. Returns the row of units of measure."""
    measure_row = top + header_depth(roots)
    column = first_column
    for root in roots:
        column = _write(sheet, root, top, measure_row - 1, column)
    for offset, indicator in enumerate(indicator_order(roots)):
        header_cell(sheet, measure_row, first_column + offset, f"({indicator.measure})")
    return measure_row


def _write(sheet, node, row, last_row, column):
    if not node.parts:
        header_cell(sheet, row, column, node.indicator.name, end_row=last_row)
        return column + 1
    header_cell(sheet, row, column, node.indicator.name, end_column=column + node.width - 1)
    header_cell(sheet, row + 1, column, OWN_FIGURE, end_row=last_row)
    column += 1
    for part in node.parts:
        column = _write(sheet, part, row + 1, last_row, column)
    return column
