"""Reading the header of a table that pypdf printed one cell a line: the last cells over the first row are its
columns, what is above them a corner cell or group cells; the cells are told apart by how the lines join
(a cell's own wrapped lines go on, a new cell starts afresh)."""

from __future__ import annotations

import re

from qa.facts.headergroups import repeats
from qa.facts.tables import Line, Table, is_prose, join_lines, table_title

_VALUE_LINE = re.compile(r"^(?:[-–—/]|(?!(?:19|20)\d\d$)[\d.,]+)$")  # a cell of the table above, not a header
_BARE = re.compile(r"^(?:[\d.,%/-]+|%|(?:19|20)\d\d)$")


def read_vertical_header(table: Table, region: list[Line]) -> list[Line]:
    """Header of a table printed one cell a line: header cells, then the first row's label lines.

    The last `n` header cells are the columns; what is left above them is a corner cell, or group
    cells spanning the columns evenly, which the columns then repeat under ("2022 2023" over
    "aantal % aantal %"). Each reading costs its unlikely line joins, its levels and its label
    lines; the cheapest wins.
    """
    first, n = table.rows[0], table.n
    texts = [ln for ln in region if not ln.blank]
    stops = [k for k, ln in enumerate(texts) if table_title(ln.text) or is_prose(ln.text)
             or (ln.text.rstrip().endswith(".") and len(ln.text.split()) >= 4) or _VALUE_LINE.match(ln.text.strip(" \f"))]
    texts = texts[stops[-1] + 1:] if stops else texts
    best: tuple[float, int, list[str], list[str], str] | None = None
    above = [ln for ln in region if ln.index < texts[0].index] if texts else region
    for label_len in (1, 2, 3):
        if len(texts) <= label_len + n - 1:
            break
        label = texts[-label_len:]
        if any(_BARE.match(t.text.strip()) and not re.fullmatch(r"(?:19|20)\d\d", t.text.strip()) for t in label):
            continue  # a row label may be a year (years down the rows), not a number or "%"
        lines = [t.text.strip(" \f") for t in texts[:-label_len]]
        for extra in (0, 1):  # a last column whose header spans both header rows ("Totaal") is printed with the groups
            for corner_len in (0, 1):
                for g in [0] + [d for d in (2, 3, 4, 6) if (n - extra) % d == 0]:
                    if extra and not g:
                        continue
                    found = _partition(lines, corner_len + g + n)
                    if found is None:
                        continue
                    cost, cells = found
                    groups = cells[corner_len:corner_len + g]
                    tail = cells[corner_len + g:corner_len + g + extra]
                    leaves = cells[corner_len + g + extra:]
                    repeated = not g or repeats(leaves, len(leaves) // g)
                    if not repeated and not _parallel_groups(groups):
                        continue
                    total = cost + (0.5 if g else 0) + 0.5 * extra + 0.8 * (label_len - 1) + (0 if repeated else 1)
                    if best is None or (total, label_len) < (best[0], best[1]):
                        span = len(leaves) // g if g else 0
                        columns = [f"{groups[j // span]} · {leaf}" if g else leaf for j, leaf in enumerate(leaves)]
                        best = (total, label_len, columns + tail, [t.text for t in label],
                                cells[0] if corner_len else "")
    if best is None:
        return region
    _, label_len, table.columns, label_lines, table.corner = best
    first.label = join_lines(label_lines)
    first.first_line, first.label_from_gap = texts[-label_len].index, True
    return above


def _partition(lines: list[str], k: int) -> tuple[float, list[str]] | None:
    """Header lines cut into `k` cells at the least cost: a cell's text wraps where the next line
    starts in lower case, follows a hyphen or comma, or is a lone year after words; it seldom wraps
    onto a capitalised line, and never joins two cells that each end in a year or repeat each other."""
    m = len(lines)
    if not 0 < k <= m:
        return None
    join = [_join_cost(lines[i - 1], lines[i], lines[i + 1] if i + 1 < m else "") for i in range(1, m)]
    inf = float("inf")
    best = [[inf] * (k + 1) for _ in range(m + 1)]
    back = [[0] * (k + 1) for _ in range(m + 1)]
    best[0][0] = 0.0
    for i in range(1, m + 1):
        for j in range(1, min(i, k) + 1):
            for size in (1, 2, 3):
                start = i - size
                if start < j - 1 or best[start][j - 1] == inf:
                    continue
                cost = best[start][j - 1] + sum(join[start:i - 1])
                if start > 0:
                    cost += 2.0 if join[start - 1] == 0 else 0.0  # a line that plainly carries on, left apart
                if cost < best[i][j]:
                    best[i][j], back[i][j] = cost, start
    if best[m][k] == inf:
        return None
    cells, i = [], m
    for j in range(k, 0, -1):
        start = back[i][j]
        cells.append(join_lines(lines[start:i]))
        i = start
    return best[m][k], cells[::-1]


def _join_cost(prev: str, line: str, nxt: str) -> float:
    """The cost of reading `line` as the continuation of the cell `prev` started."""
    year = re.compile(r"(?:19|20)\d\d")
    if prev.lower() == line.lower() or (year.search(prev[-4:]) and year.search(line[-4:])):
        return 9.0
    if line[:1].islower() and not re.fullmatch(r"(?:19|20)\d\d|%", prev):
        return 0.0
    if prev.endswith(("-", ",")):
        return 0.0
    if year.fullmatch(line) and not re.search(r"\d", prev) and not _BARE.match(nxt):
        return 0.0
    if len(line.split()) <= 3 and not re.search(r"\d$", prev) and not _BARE.match(line):
        return 1.0
    return 4.0


def _parallel_groups(groups: list[str]) -> bool:
    """Group cells that differ in one word only ("1e semester 2023", "2e semester 2023")."""
    words = [g.split() for g in groups]
    if len(groups) < 2 or len({len(w) for w in words}) != 1 or len(words[0]) < 2:
        return False
    return sum(len({w[i] for w in words}) > 1 for i in range(len(words[0]))) == 1
