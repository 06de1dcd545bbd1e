"""The three consistency rules of `qa audit`, over one document's fact table.

Every rule works on labels and units, never on a document's name or layout:

- totals: a "Totaal" row (sum of the rows above it) or column (sum across),
  or an unlabelled first/last column that is the sum of the others in most
  rows; "waarvan" rows are breakdowns, not parts; a grand total may sum the
  detail rows or its subtotals — any reading that holds is accepted.
- duplicates: a table and its copy (two tables agreeing on most cells with
  the same row, column, year, region and unit), and a sentence that names a
  table cell's row and column ("bij BA 2024 ... 580.966 keuro VAK").
- percentages: "X keuro of 94,1% van het beschikbare krediet": X divided by
  the amount the sentence names; when it does not hold, a third fact that
  does fit the percentage decides which value the documents support.

Rounding is never a finding: a value printed as "93,9%" or "635.305" (keuro)
stands for an interval, and a discrepancy inside the sum of those intervals
is dismissed (see `tolerance`). Counts without decimals or scale are exact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..facts import detect_lang, is_total_label
from ..facts.labels import (is_part_label, is_subtotal_label, looks_like_rates, non_additive, region_whole,
                             small_decimals)
from ..models import Document, Fact
from ..facts.numbers import find_numbers, tolerance
from ..facts.totals import part_readings, same_period, unknown_cell
from ..facts.tables import split_lines
from ..facts.textrows import confirm_groups, find_tables

_HEDGE = re.compile(r"(?:meer dan|minder dan|bijna|nagenoeg|ongeveer|circa|ca\.|ruim|zowat|hoger dan|lager dan|"
                    r"more than|less than|about|almost|nearly|approximately|over|under|around)\s*$", re.I)
_LINK = re.compile(r"^\s*(?:[^\W\d][\w’'/-]*\s+){0,3}[,(]?\s*(?:of|oftewel|ofwel|or|i\.e\.|zijnde|dit is|"
                   r"that is)?\s*$", re.I)
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,5}$")
_STOP = {"van", "het", "de", "een", "en", "of", "in", "op", "the", "of", "a", "an", "to", "totale", "total", "voor"}
PCT_WINDOW_LINES = 120


@dataclass
class Raw:
    """One inconsistency before it is worded: facts with their roles and the numbers computed."""

    kind: str  # "total" | "duplicate" | "percentage"
    facts: list[tuple[str, Fact]]  # (role, fact): total/part, stated/other, amount/percentage/base/support
    stated: float
    computed: float
    tol: float
    unit: str | None
    supported: Fact | None = None
    support_value: float | None = None  # what the supporting fact computes to (e.g. its percentage)
    extra: dict = field(default_factory=dict)


# ---------------------------------------------------------------- rounding

# ---------------------------------------------------------------- tables

def doc_tables(doc: Document, facts: list[Fact]) -> list[list[list[Fact | None]]]:
    """Tables as grids of facts (rows of cells, left-aligned as the extractor reads them)."""
    numbers = find_numbers(doc.text, detect_lang(doc.text))
    by_start = {n.start: n for n in numbers}
    at = {f.start: f for f in facts if f.source != "prose" and f.reader != "geometry"}
    lines = split_lines(doc.text)
    out: list[list[list[Fact | None]]] = []
    for table in find_tables(lines, by_start):
        confirm_groups(table, lines)  # as the fact reader does: a group line no subtotal closes starts a label
        first = len(out)  # a table's first grid may go on from the last one ('Tabel 4.2 (vervolg)')
        grid: list[list[Fact | None]] = []
        seen: set[str] = set()
        prev_last = None
        for row in table.rows:
            cells = [at.get(c.start) for c in row.cells]
            if not any(c is not None for c in cells):
                continue
            label = _norm(_label(cells))
            gap = prev_last is not None and any(not ln.blank for ln in lines[prev_last + 1:row.first_line])
            if grid and gap and label in seen:  # the same row label after header lines: a new table
                out.append(grid)
                grid, seen = [], set()
            grid.append(cells)
            if label and not is_part_label(label):
                seen.add(label)
            prev_last = row.last_line
        if grid:
            out.append(grid)
        if 0 < first < len(out) and _table_of(out[first]) is not None and _table_of(out[first]) == _table_of(out[first - 1]):
            out[first - 1] += out.pop(first)  # the extractor read the two as one table: its continuation
    return geometry_grids(facts) + out


def _table_of(grid: list[list[Fact | None]]) -> str | None:
    return next((c.table_id for row in grid for c in row if c is not None), None)


def geometry_grids(facts: list[Fact]) -> list[list[list[Fact | None]]]:
    """Tables read from PDF geometry, as grids by each cell's (row, column) index."""
    by_table: dict[str, list[Fact]] = {}
    for f in facts:
        if f.reader == "geometry" and f.cell is not None:
            by_table.setdefault(f.table_id, []).append(f)
    out = []
    for cells in by_table.values():
        n_rows, n_cols = max(f.cell[0] for f in cells) + 1, max(f.cell[1] for f in cells) + 1
        grid: list[list[Fact | None]] = [[None] * n_cols for _ in range(n_rows)]
        for f in cells:
            grid[f.cell[0]][f.cell[1]] = f
        out.append([row for row in grid if any(row)])
    return out


SURE = 0.8  # a total in a table whose cells did not line up with its headers is not checked: its parts are a guess


def check_structured_totals(grid: list[list[Fact | None]]) -> list[Raw]:
    """Totals of a table with header paths: the parts are the total's siblings on its own dimension."""
    cells = [c for row in grid for c in row if c is not None]
    out = []
    for total in (c for c in cells if c.is_total and not c.empty and c.confidence >= SURE):
        for axis in (0, 1):
            readings = [parts for parts in part_readings(total, cells, axis) if len(parts) >= 2
                        and not looks_like_rates([total, *parts])]
            checked = [(parts, *_sum_check(total, parts)) for parts in readings]
            if checked and not any(abs(diff) <= tol for _, diff, tol in checked):
                parts, diff, tol = checked[0]
                out.append(_total_raw(total, parts, diff, tol))
    return [r for r in out if abs(r.stated - r.computed) > 1e-9]


def _label(row: list[Fact | None]) -> str:
    return next((c.row for c in row if c is not None), "")


def _sum_check(total: Fact, parts: list[Fact]) -> tuple[float, float]:
    s = sum(p.value for p in parts)
    return total.value - s, tolerance([total, *parts])


def check_totals(grid: list[list[Fact | None]]) -> list[Raw]:
    out: list[Raw] = []
    labels = [_label(r) for r in grid]
    total_rows = [i for i, lab in enumerate(labels) if is_total_label(lab)
                  or any(c is not None and c.is_total for c in grid[i]) and region_whole(lab)]  # 'Vlaanderen'
    width = max(len(r) for r in grid)
    # column totals: a labelled total row; accept any reading of its parts that holds
    for i in total_rows:
        prev = [k for k in total_rows if k < i]
        details = lambda lo: [k for k in range(lo, i) if k not in total_rows and not is_part_label(labels[k])]
        readings = [details(prev[-1] + 1 if prev else 0), details(0),
                    prev + details(prev[-1] + 1) if prev else []]
        if is_subtotal_label(labels[i]):
            readings = readings[:1]  # a subtotal sums its own group, never the rows of the groups before it
        elif len(prev) == 1 and is_subtotal_label(labels[prev[0]]) and not details(prev[0] + 1):
            continue  # a grand total under one group's subtotal: the other groups are printed elsewhere
        for j in range(width):
            total = grid[i][j] if j < len(grid[i]) else None
            if total is None or total.empty or total.confidence < SURE or (
                    (total.unit == "%" or non_additive(total.column)) and abs(total.value - 100) > 0.5):
                continue  # rates, changes and averages do not add up; only shares do, to 100%
            best = None
            group = total.row_path[:-1] if is_subtotal_label(labels[i]) else []  # a subtotal sums its own group
            for rows in readings:
                parts = [grid[k][j] for k in rows if j < len(grid[k]) and grid[k][j] is not None
                         and grid[k][j].unit == total.unit and (not group or grid[k][j].row_path[:-1] == group)]
                if len(parts) < 2 or looks_like_rates([total, *parts]) or not is_total_label(labels[i]) \
                        and small_decimals([total, *parts]) or any(unknown_cell(p.raw) for p in parts):
                    continue  # one part is no sum (the rest may be elsewhere: 'vervolg'); changes are no parts, nor
                    # a region's rate beside its provinces' ('Vlaanderen 68,4' over '63,5', '71,2')
                diff, tol = _sum_check(total, parts)
                if best is None or abs(diff) - tol < abs(best[0]) - best[1]:
                    best = (diff, tol, parts)
            if best:
                out.append(_total_raw(total, best[2], best[0], best[1]))
    # row totals: labelled total columns, or an unlabelled first/last column that sums the rest
    cols = sorted({j for r in grid for j, c in enumerate(r) if c is not None and is_total_label(c.column)})
    implicit = [] if cols else _implicit_total_columns(grid, set(total_rows))
    for j in cols + implicit:
        for i, row in enumerate(grid):
            if j >= len(row) or row[j] is None:
                continue
            total = row[j]
            if total.empty or total.confidence < SURE or (total.unit == "%" or non_additive(total.row)) \
                    and abs(total.value - 100) > 0.5:
                continue
            parts = [c for k, c in enumerate(row) if k not in cols and k != j and c is not None and c.unit == total.unit
                     and same_period(total.column, c.column)
                     and not is_part_label(c.col_path[-1] if c.col_path else c.column)]  # 'waarvan' is counted already
            if any(unknown_cell(c.raw) for c in parts):
                continue  # a part withheld ('x') or unknown ('/'): the sum cannot be checked
            if len(parts) >= 2 or (parts and j in cols):
                diff, tol = _sum_check(total, parts)
                before = [c for c in parts if c.cell and total.cell and c.cell[1] < total.cell[1]]
                # or the columns right before it ('Totaal meldingen' after 'Storingsmeldingen | Klachten' only)
                runs = [before[-n:] for n in range(2, len(before) + 1)]
                if abs(diff) > tol and any(abs(_sum_check(total, run)[0]) <= tol for run in runs):
                    continue
                out.append(_total_raw(total, parts, diff, tol, implicit=j in implicit))
    return [r for r in out if abs(r.stated - r.computed) > 1e-9]


def _total_raw(total: Fact, parts: list[Fact], diff: float, tol: float, implicit: bool = False) -> Raw:
    return Raw("total", [("total", total)] + [("part", p) for p in parts], total.value, total.value - diff, tol,
               total.unit, extra={"implicit": implicit})


def _implicit_total_columns(grid: list[list[Fact | None]], skip_rows: set[int]) -> list[int]:
    """First or last column equal to the sum of the others in at least 3 rows and 3 of 4 rows checked."""
    found = []
    for j in (0, -1):
        held = tried = 0
        for i, row in enumerate(grid):
            if i in skip_rows or len(row) < 3 or any(c is None for c in row):
                continue
            total, parts = row[j], [c for k, c in enumerate(row) if k != (j % len(row))]
            if total.value <= 0 or sum(1 for p in parts if p.value) < 2 or any(p.unit != total.unit for p in parts):
                continue
            tried += 1
            diff, tol = _sum_check(total, parts)
            held += abs(diff) <= tol
        if held >= 3 and held * 4 >= tried * 3:
            found.append(j if j == 0 else max(len(r) for r in grid) - 1)
    return found[:1]


# ---------------------------------------------------------------- duplicates

def _norm(s: str) -> str:
    return " ".join(re.sub(r"[^\w%]+", " ", s.lower()).split())


def _key(f: Fact) -> tuple:
    return (_norm(f.row), _norm(f.column), f.year, f.region, f.unit)


def check_copies(tables: list[list[list[Fact | None]]]) -> list[Raw]:
    """Two tables that agree on most shared cells are copies: the cells where they differ are findings."""
    cells = []
    for t in tables:
        keyed: dict[tuple, Fact | None] = {}
        for c in (c for r in t for c in r if c is not None and c.row):
            keyed[_key(c)] = None if _key(c) in keyed else c  # a key repeated inside one table names nothing
        cells.append({k: v for k, v in keyed.items() if v is not None})
    out, reported = [], set()
    for a in range(len(cells)):
        for b in range(a + 1, len(cells)):
            shared = [k for k in cells[a] if k in cells[b]]
            same = [k for k in shared if abs(cells[a][k].value - cells[b][k].value) <= tolerance([cells[a][k], cells[b][k]])]
            differ = [k for k in shared if k not in same]
            if not differ or sum(1 for k in same if cells[a][k].value) < 2 or len(same) < 2 * len(differ):
                continue
            for k in differ:
                x, y = cells[a][k], cells[b][k]
                third = [cells[c][k] for c in range(len(cells)) if c not in (a, b) and k in cells[c]]
                agree_x = [t for t in third if abs(t.value - x.value) <= tolerance([t, x])]
                agree_y = [t for t in third if abs(t.value - y.value) <= tolerance([t, y])]
                if agree_x and not agree_y:
                    x, y, agree_x, agree_y = y, x, agree_y, agree_x  # x is the odd one out
                if x.start in reported:
                    continue
                reported.add(x.start)
                raw = Raw("duplicate", [("stated", x), ("other", y)], x.value, y.value, tolerance([x, y]), x.unit,
                          extra={"how": "copy", "agree": len(same)})
                if agree_y and not agree_x:
                    raw.supported, raw.support_value, raw.extra["side"] = agree_y[0], y.value, "copy"
                out.append(raw)
    return out
