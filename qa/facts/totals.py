"""Totals of a table read with header paths: which cells a total row or column adds up, checked at extraction
(`total_ok`) and again by the audit. A total is the cell labelled as one on its own dimension, or a region over
its provinces ('Vlaanderen') that adds them up; its parts are its siblings on that dimension.
"""

from __future__ import annotations

import re

from qa.facts.geolines import WITHHELD
from qa.facts.labels import (is_part_label, is_subtotal_label, is_total_label, leading_region, non_additive,
                             rate_label, region_of, region_whole, small_decimals)
from qa.facts.numbers import tolerance
from qa.facts.tables import Table
from qa.models import Fact


def _by_table(facts: list[Fact], placed: bool = False) -> list[list[Fact]]:
    """The cells of each table (with `placed`, only those with a row and column index)."""
    by_table: dict[str, list[Fact]] = {}
    for f in facts:
        if f.table_id and (f.cell is not None or not placed):
            by_table.setdefault(f.table_id, []).append(f)
    return list(by_table.values())


def check_totals(facts: list[Fact]) -> None:
    """Set `total_ok` where a total row or column sits among its siblings on its own dimension."""
    for cells in _by_table(facts, placed=True):
        _region_totals(cells)
        for total in cells:
            if not total.is_total or total.empty:
                continue
            for axis in (0, 1):
                readings = part_readings(total, cells, axis)
                if readings:
                    ok = any(abs(sum(p.value for p in parts) - total.value) <= tolerance([total, *parts])
                             for parts in readings)
                    total.total_ok = ok if total.total_ok is None else total.total_ok and ok


def mark_region_totals(facts: list[Fact]) -> None:
    """`_region_totals` for each table of a list of cells (the text reader's)."""
    for cells in _by_table(facts):
        _region_totals(cells)


def _region_totals(cells: list[Fact]) -> None:
    """A row or column named by a region whose provinces are its siblings ('Vlaanderen' under the five Flemish
    provinces) is their total, when it adds them up in at least half of its cells that can be sums; a region
    row of averages or rates ('Gemiddelde wachttijd') adds up none and stays a row."""
    for axis in (0, 1):
        path = (lambda f: f.row_path) if axis == 0 else (lambda f: f.col_path)
        across = (lambda f: f.col_path) if axis == 0 else (lambda f: f.row_path)
        labels = {path(f)[-1] for f in cells if path(f)}
        for label in labels:
            whole = region_whole(label)
            if not whole or sum(1 for other in labels if region_whole(other) == set() and leading_region(other)
                                and leading_region(other)[0] in whole) < 3:
                continue
            mine = [f for f in cells if path(f) and path(f)[-1] == label and not f.empty and f.unit != "%"
                    and not non_additive(*across(f)[-1:])]  # shares, rates and averages are no sums
            sums = [(f, r) for f in mine for r in [_region_parts(f, cells, path, across, whole)] if r]
            held = sum(1 for f, readings in sums if any(
                abs(sum(p.value for p in parts) - f.value) <= tolerance([f, *parts]) for parts in readings))
            if held and 2 * held >= len(sums):
                for f in cells:
                    if path(f) and path(f)[-1] == label:
                        f.is_total = True


def _region_parts(total: Fact, cells: list[Fact], path, across, whole: set[str]) -> list[list[Fact]]:
    """The rows a region's cell may add up: all its siblings ('Adres onbekend' too), or its provinces alone."""
    line = [f for f in cells if f is not total and across(f) == across(total) and path(f) and f.unit == total.unit
            and path(f)[:-1] == path(total)[:-1] and not is_total_label(path(f)[-1]) and not region_whole(path(f)[-1])
            and not is_part_label(path(f)[-1])]
    provinces = [f for f in line if region_of(path(f)[-1]) in whole]
    if small_decimals([total, *line]):
        return []
    return [parts for parts in (line, provinces) if len(parts) >= 3]


def part_readings(total: Fact, cells: list[Fact], axis: int) -> list[list[Fact]]:
    """Ways to read the parts of a total on one axis (0: a total row, 1: a total column), most likely first. A
    reading with a part whose figure exists but is not printed (`unknown_cell`) cannot be checked, nor one of whole
    numbers under a total with cents: those are other things (counts beside an amount), not its parts."""
    return [r for r in _readings(total, cells, axis) if not any(unknown_cell(f.raw) for f in r)
            and not (total.value % 1 and all(f.value % 1 == 0 for f in r))]  # whole numbers add up to no 38.417.625,40


def _readings(total: Fact, cells: list[Fact], axis: int) -> list[list[Fact]]:
    """The readings of `part_readings`.

    A total sums its siblings: the cells in its line (same other coordinate) whose path has the
    total's parent and is no total or 'waarvan' child. A top-level total row under a group of rows
    sums that group (the rows since the previous total); a grand total may sum the subtotals.
    """
    path = total.row_path if axis == 0 else total.col_path
    whole = region_whole(path[-1]) if path and total.is_total else set()
    if not path or not (is_total_label(path[-1]) or whole):
        return []
    if total.unit == "%" and abs(total.value - 100) > 0.5:
        return []  # rates and changes do not add up; only shares do, to 100%
    across = total.col_path if axis == 0 else total.row_path  # the line the total sums along
    if non_additive(*across) and abs(total.value - 100) > 0.5:
        return []
    line = [f for f in cells if f is not total and f.unit == total.unit and
            ((f.col_path == total.col_path) if axis == 0 else (f.row_path == total.row_path))
            and not any(rate_label(x) for x in (f.row_path if axis == 0 else f.col_path)[-1:])]  # a 'Verschil' beside
    own = (lambda f: f.row_path) if axis == 0 else (lambda f: f.col_path)
    index = (lambda f: f.cell[0]) if axis == 0 else (lambda f: f.cell[1])
    parent = path[:-1]
    siblings = [f for f in line if own(f)[:-1] == parent and own(f) and not is_total_label(own(f)[-1])
                and not is_part_label(own(f)[-1])]  # a 'waarvan' row is counted in the row above it already
    nested = [f for f in line if own(f)[:len(parent)] == parent and len(own(f)) == len(path) + 1
              and not is_total_label(own(f)[len(parent)]) and not is_total_label(own(f)[-1])
              and not is_part_label(own(f)[-1])]
    if siblings and nested:  # 'Zon | Wind | Bio-energie > biomassa, biogas | Waterkracht | Totaal': the group's
        siblings = siblings + nested  # columns stand beside the flat ones the total sums
    if whole:  # 'Vlaanderen' adds up the rows beside it, or its provinces and not 'Brussel'
        return _region_parts(total, cells, own, (lambda f: f.col_path) if axis == 0 else (lambda f: f.row_path), whole)
    readings = [siblings] if len(siblings) >= 2 else []
    named = re.sub(r"^\s*(?:totaal|total)\s+", "", path[-1], flags=re.I)
    kids = [f for f in line if own(f)[:len(path)] == parent + [named] and len(own(f)) == len(path) + 1
            and not is_total_label(own(f)[-1]) and not is_part_label(own(f)[-1])] if named != path[-1] else []
    if len(kids) >= 2:  # 'GO! > Totaal TSO' sums the rows 'GO! > TSO > 2de graad' and '... > 3de graad'
        readings.insert(0, kids)
    if parent and not is_subtotal_label(path[-1]) or total.cell is None:
        return readings
    before = sorted((f for f in line if own(f) and index(f) < index(total)), key=index)
    # (a total of its own depth closes the group before it; a group's own subtotals ('GO! > Totaal ASO') do not)
    totals_before = [k for k, f in enumerate(before) if is_total_label(own(f)[-1]) and len(own(f)) <= len(path)]
    block = before[totals_before[-1] + 1:] if totals_before else before
    if is_subtotal_label(path[-1]):  # 'Subtotaal technieken' sums the rows since the previous (sub)total (its group
        block = [f for f in block if not is_part_label(own(f)[-1])]  # may go on under a 'vervolg' label)
        return [block] + [r for r in readings if r != block] if len(block) >= 2 else readings  # the rows since
        # the previous total first: a finding shows the most likely parts
    if len(totals_before) == 1 and is_subtotal_label(own(before[totals_before[0]])[-1]) and not block:
        return []  # a grand total under one group's subtotal: the other groups are printed elsewhere ('vervolg')
    groups = {own(f)[0] for f in block if len(own(f)) > 1}
    if len(groups) == 1 and all(len(own(f)) > 1 for f in block):  # (not a group beside flat lines: all are parts)
        group = next(iter(groups))
        members = [f for f in block if own(f)[:1] == [group] and len(own(f)) == 2
                   and not is_part_label(own(f)[-1])]  # ('Maïs > waarvan silomaïs' is a part of Maïs, not of the total)
        if len(members) >= 2:
            readings.insert(0, members)
    elif not groups and len(block) >= 2 and (totals_before or any(index(f) > index(total) for f in line)):
        readings.insert(0, block)  # the lines since the previous total or the table's top ("2023 K1-K4" above
        # "Totaal 2023", with the quarters of 2024 below it)
    subtotals = [before[k] for k in totals_before if len(own(before[k])) == 1]
    if len(subtotals) >= 2:
        readings.append(subtotals)
    leaves = [f for f in line if own(f) and not is_total_label(own(f)[-1]) and not is_part_label(own(f)[-1])
              and not any(own(g)[:len(own(f))] == own(f) and len(own(g)) > len(own(f))
                          and not is_part_label(own(g)[-1]) for g in line)]
    if len(leaves) >= 2 and leaves not in readings:
        readings.append(leaves)  # everything in the line that has no parts of its own
    if _YEARS.search(path[-1]):  # 'Totaal interventies 2023' beside 2022's and 2023's columns adds up 2023's only
        readings = [[f for f in r if same_period(path[-1], " ".join(own(f)))] for r in readings]
        readings = [r for r in readings if len(r) >= 2]
    return readings


# "/" and "n.b." are figures nobody has, 'x', '<5' or 'geheim' one withheld (confidential, yet counted in the
# total): a sum over it cannot be checked (unlike "-" or "n.v.t.", which are nil)
_UNKNOWN = {"/", "x", "n.b.", "n.b", "nb", "?", "…", "...", "."}


def unknown_cell(raw: str) -> bool:
    """A cell whose figure exists but is not printed."""
    bare = re.sub(r"\s*(?:\(\d{1,2}\)|\*+)$", "", raw.strip())  # with its footnote mark ('x*', 'x (1)')
    return bare.lower() in _UNKNOWN or bool(WITHHELD.match(bare))


_YEARS = re.compile(r"\b(?:19|20)\d\d\b")


def same_period(total_label: str, part_label: str) -> bool:
    """Can a cell labelled `part_label` be a part of a total labelled `total_label`? A total of a year ('Totaal
    interventies 2023') adds up that year's columns only; labels without a year may be parts of any."""
    years, own = _years(total_label), _years(part_label)
    return not years or not own or bool(years & own)


def _years(label: str) -> set[int]:
    """The years a label names, a span ('2022-2024') with the years between."""
    found = {int(y) for y in _YEARS.findall(label)}
    for a, b in re.findall(r"\b((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)\b", label):
        found |= set(range(int(a), int(b) + 1)) if 0 < int(b) - int(a) <= 30 else set()
    return found


def _close(a: float, b: float) -> bool:
    """Equal up to float noise (the text reader's sums are exact, its cells written to the cent)."""
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def check_text_totals(table: Table, grid: list[list[Fact | None]], carried: str = "") -> None:
    """Set total_ok for total rows (sum of the rows above) and total columns (sum across); not for the subtotal
    of a group `carried` on from the page before, whose first rows are there."""
    total_cols = [j for j, c in enumerate(table.columns) if is_total_label(c)]
    for row_facts in grid:
        for j in total_cols:
            total = row_facts[j]
            parts = [f for k, f in enumerate(row_facts) if f is not None and k not in total_cols
                     and same_period(table.columns[j], table.columns[k])  # 'Totaal bezoeken 2023': 2023's columns
                     and (total is None or f.unit == total.unit)]  # a share beside the counts is no part
            if total is not None and parts:
                _record(total, _close(sum(f.value for f in parts), total.value))
    start, subtotals = 0, []
    for i, row in enumerate(table.rows):
        if not is_total_label(row.label):
            continue
        for j in range(table.n):
            total = grid[i][j]
            if total is None or total.unit == "%" and abs(total.value - 100) > 0.5:
                continue  # rates do not add up; shares add up to 100
            above = [k for k in range(start, i) if grid[k][j] is not None and not is_total_label(table.rows[k].label)]
            wholes = [k for k in above if not is_part_label(table.rows[k].label)]
            parts = [grid[k][j] for k in (wholes or above)]  # 'waarvan' rows with no whole above them are the parts
            if carried and total.row_path[:1] == [carried]:
                parts = []
            if not parts and len(subtotals) >= 2 and not is_subtotal_label(row.label):
                parts = [grid[k][j] for k in subtotals if grid[k][j] is not None]  # the total of the subtotals
            # 'Vlaanderen' > 'totaal' is read by its path; a group's subtotal sits under the group's name
            if parts and (len(total.row_path) < 2 or is_subtotal_label(total.row_path[-1])):
                _record(total, _close(sum(f.value for f in parts), total.value))
        if is_subtotal_label(row.label):
            subtotals.append(i)
        start = i + 1


def _record(total: Fact, ok: bool) -> None:
    """A cell that is both a row and a column total holds only if both sums do."""
    total.total_ok = ok if total.total_ok is None else total.total_ok and ok
