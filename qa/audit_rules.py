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

from .facts import detect_lang, find_headings, is_total_label
from .facts.labels import is_part_label, is_subtotal_label, looks_like_rates, non_additive, regions_in
from .models import Document, Fact
from .facts.numbers import decimals_of, find_numbers, half_step, tolerance
from .render import base_value
from .facts.grid import part_readings
from .facts.tables import find_tables, split_lines

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


def check_structured_totals(grid: list[list[Fact | None]]) -> list[Raw]:
    """Totals of a table with header paths: the parts are the total's siblings on its own dimension."""
    cells = [c for row in grid for c in row if c is not None]
    out = []
    for total in (c for c in cells if c.is_total and not c.empty and c.confidence >= 0.8):
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
    total_rows = [i for i, lab in enumerate(labels) if is_total_label(lab)]
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
            if total is None or _empty(total) or ((total.unit == "%" or non_additive(total.column)) and abs(total.value - 100) > 0.5):
                continue  # rates, changes and averages do not add up; only shares do, to 100%
            best = None
            for rows in readings:
                parts = [grid[k][j] for k in rows if j < len(grid[k]) and grid[k][j] is not None
                         and grid[k][j].unit == total.unit]
                if len(parts) < 2 or looks_like_rates([total, *parts]):
                    continue  # one part is no sum (the rest may be elsewhere: 'vervolg'); changes are no parts
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
            if _empty(total) or (total.unit == "%" or non_additive(total.row)) and abs(total.value - 100) > 0.5:
                continue
            parts = [c for k, c in enumerate(row) if k not in cols and k != j and c is not None and c.unit == total.unit]
            if len(parts) >= 2 or (parts and j in cols):
                diff, tol = _sum_check(total, parts)
                out.append(_total_raw(total, parts, diff, tol, implicit=j in implicit))
    return [r for r in out if abs(r.stated - r.computed) > 1e-9]


def _empty(f: Fact) -> bool:
    """A cell printed as 'n.v.t.', '-' or '/': no figure to check a sum against."""
    return not re.search(r"\d", f.raw)


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


def _tokens(text: str) -> set[str]:
    return {t.lower() for t in re.findall(r"[\w-]+", text)}


def local_tags(text: str, f: Fact) -> set[str]:
    """Acronyms right after a number and its unit ("552.289 keuro VAK", "keuro VAK/VEK")."""
    tail = re.split(r"[\d,.;:()]|\s(?:en|of|and|or)\s", text[f.end:f.end + 40])[0]
    return {t for t in re.split(r"[\s/]+", tail) if _ACRONYM.match(t)}


_CHANGE_AFTER = re.compile(r"\s*(?:[\w%]+\s+){0,2}?(?:meer|minder|extra|more|fewer|less)\b(?:\s+\w+){0,3}?\s+(?:dan|than)\b",
                           re.I)


def check_prose_vs_tables(doc: Document, facts: list[Fact], tables: list[list[list[Fact | None]]]) -> list[Raw]:
    """A sentence that names a cell's column (and row, when the table has several) must give the cell's value."""
    out = []
    starts = [(min(c.line for r in t for c in r if c), max(c.line for r in t for c in r if c)) for t in tables]
    for p in (f for f in facts if f.source != "table"):
        near = [i for i, (lo, hi) in enumerate(starts) if lo - 30 <= p.line <= hi + 80]
        if not near:
            continue
        sent = _tokens(p.quote)
        tags = local_tags(doc.text, p)
        several = len(set(regions_in(p.quote))) >= 2  # 'Vlaanderen en Brussel samen': a sum, the total column's
        matches = []
        for ti in sorted(near, key=lambda i: (abs(p.line - starts[i][1]), abs(p.line - starts[i][0]))):
            matches = _named_cells(tables[ti], p, sent, tags, several, _noun_after(doc.text, p))
            if matches:
                break  # the nearest table whose cells the sentence names
        if not matches or any(abs(c.value - p.value) <= tolerance([c, p]) for c in matches):
            continue
        if _CHANGE_AFTER.match(doc.text[p.end:p.end + 40]):
            continue  # '82.879 plaatsen, 919 meer dan een jaar eerder': 919 is the change, not the level
        others = [f.value for f in facts if f is not p and f.source != "table" and f.quote_start == p.quote_start]
        if any(abs(c.value - v) <= tolerance([c]) for c in matches for v in others):
            continue  # the sentence states the cell's value itself, with another number beside it
        if len({c.value for c in matches}) == 1:
            c = matches[0]
            out.append(Raw("duplicate", [("stated", p), ("other", c)], p.value, c.value, tolerance([c, p]), p.unit,
                           extra={"how": "text_table"}))
    return out


def _noun_after(text: str, p: Fact) -> str:
    """The word that says what a number in a sentence counts ('14.218 klachten'), past its unit."""
    m = re.match(r"\s*(?:%|procent|euro|keuro|miljoen|miljard|duizend)?\s*([^\W\d_][\w-]*)", text[p.end:p.end + 40], re.I)
    return m.group(1).lower() if m else ""


def _named_cells(t: list[list[Fact | None]], p: Fact, sent: set[str], tags: set[str], several: bool,
                 noun: str = "") -> list[Fact]:
    """The cells of table `t` that sentence fact `p` names by column (and row, when the table has several);
    `noun`: what the sentence's number counts."""
    details = {_norm(_label(r)) for r in t if not is_total_label(_label(r))}
    detail_words = [{w for w in _tokens(d) if len(w) > 2 and w not in _STOP and not re.search(r"\d", w)}
                    for d in details]
    names_detail = any(words and words <= sent for words in detail_words)
    matches = []
    for row in t:
        for c in row:
            if c is None or c.unit != p.unit or c.scale != p.scale or not c.column:
                continue
            if several and not is_total_label(c.column):
                continue
            if not several and (not _tokens(c.column) <= sent
                                or (tags and not tags & set(re.findall(r"[\w-]+", c.column)))):
                continue
            if noun and len(noun) > 3 and noun not in _STOP and not _names_subject(c, {noun}) and not any(
                    w[:5] == noun[:5] for w in _tokens(f"{c.row} {c.column}") if len(w) > 3):
                continue  # '40 plaatsen' is not a cell of a table of waiting requests, whatever else the sentence names
            if all(re.fullmatch(r"(?:19|20)\d\d|totaal|total|samen|alle", w) for w in _tokens(f"{c.column} {c.row}")) \
                    and not _names_subject(c, sent):  # a year and 'totaal' name no table: '512 elektrische bussen'
                continue                              # is not a cell of a table of complaints
            years = re.findall(r"\b(?:19|20)\d\d\b", c.column)
            if p.year and years and p.year not in years:
                continue  # '14.218 klachten, tegenover 13.421 in 2022': each number its own year's column
            if is_total_label(c.row):  # '14.218 klachten' states the total unless it names a row of the table
                own = {w for w in _tokens(c.row) if len(w) > 2 and w not in _STOP and w not in ("subtotaal", "subtotal")}
                if (names_detail or is_subtotal_label(c.row)) and not own <= sent:
                    continue
                if not own <= sent and not _names_subject(c, {noun}):
                    continue  # no 'totaal' said: the number must count what the table counts ('14.218 klachten')
            elif len(details) > 1:
                words = [w for w in _tokens(c.row) if len(w) > 2 and w not in _STOP]
                if not words or not set(words) <= sent:
                    continue
            matches.append(c)
    return matches


def _names_subject(c: Fact, sent: set[str]) -> bool:
    """The sentence names what the table counts: a word of its caption or measure (a compound or an inflected
    form counts: 'klachten' for 'klacht')."""
    subject = {w for w in _tokens(f"{c.caption} {c.measure}") if len(w) > 3 and not w.isdigit()
               and w not in _STOP and w not in _GENERIC_CAPTION and not re.fullmatch(r"[\d.,-]+", w)}
    if not subject:
        return False  # a table that does not say what it counts ('Tabel 2.') cannot be named this way
    return any(w[:5] == s[:5] and len(w) >= 4 for w in sent for s in subject)


_GENERIC_CAPTION = {"tabel", "table", "figuur", "overzicht", "aantal", "totaal", "per", "naar", "volgens", "jaar", "jaren",
                    "evolutie", "vervolg", "bron", "bedrag", "bedragen", "euro", "number", "amount", "year", "years"}


# ---------------------------------------------------------------- percentages

def _section(doc: Document, facts: list[Fact], a: Fact, p: Fact) -> list[Fact]:
    lines = split_lines(doc.text)
    heads = [i + 1 for i, _ in find_headings(lines) if i + 1 <= a.line]
    lo = max(heads[-1] if heads else 1, a.line - PCT_WINDOW_LINES)
    return [f for f in facts if lo <= f.line <= p.line + 1 and f is not a and f is not p and f.unit != "%"]


def _same_unit(x: Fact, y: Fact) -> bool:
    return base_value(1.0, x.unit)[1] == base_value(1.0, y.unit)[1]


def _as_base(f: Fact) -> float:
    return base_value(f.value, f.unit)[0]


def _pct_tol(p: Fact, a: Fact, b: Fact) -> float:
    ratio = abs(_as_base(a) / _as_base(b)) * 100
    rel = (half_step(a) / abs(a.value) if a.value else 0) + (half_step(b) / abs(b.value) if b.value else 0)
    return 0.5 * 10 ** -decimals_of(p.raw) + ratio * rel + 1e-9


def _fits(p: Fact, a: Fact, b: Fact) -> bool:
    return bool(b.value) and abs(100 * _as_base(a) / _as_base(b) - p.value) <= _pct_tol(p, a, b)


def _base_phrase(text: str, p: Fact) -> list[str]:
    m = re.match(r"\s*(?:van|of)\s+(?:het|de|the)?\s*([^.,;:()\n]+)", text[p.end:p.end + 80])
    words = re.findall(r"[\w]+", m.group(1))[:5] if m else []
    return [w for w in words if w.lower() not in _STOP]


def _context(doc: Document, f: Fact) -> tuple[set[str], set[str]]:
    """Words of the fact's sentence/labels and the acronyms that qualify the number itself."""
    if f.source == "table":
        return _tokens(f"{f.caption} {f.row} {f.column}"), {t for t in re.findall(r"[\w-]+", f.column) if _ACRONYM.match(t)}
    return _tokens(f.quote), local_tags(doc.text, f)


def check_percentages(doc: Document, facts: list[Fact]) -> list[Raw]:
    out = []
    prose = [f for f in facts if f.source != "table"]
    for a, p in zip(prose, prose[1:]):
        if a.unit in ("%", None, "procentpunt") or p.unit != "%" or not _LINK.match(doc.text[a.end:p.start]):
            continue
        if _HEDGE.search(doc.text[max(0, a.start - 25):a.start]) or _HEDGE.search(doc.text[max(0, p.start - 25):p.start]):
            continue
        pool = [f for f in _section(doc, facts, a, p) if _same_unit(f, a) and f.value and f.start < p.start]
        if any(_fits(p, a, b) for b in pool):
            continue  # some amount in the section is the base: consistent
        phrase = _base_phrase(doc.text, p)
        acr = {w for w in phrase if _ACRONYM.match(w)} | {t for w in phrase for t in w.split("-") if _ACRONYM.match(t)}
        acr |= local_tags(doc.text, a)
        keys = [w.lower()[:6] for w in phrase if not _ACRONYM.match(w)]
        for w in phrase:
            keys += [t.lower()[:6] for t in w.split("-")[1:] if t and not _ACRONYM.match(t)]
        if not keys:
            continue
        named = []
        for b in pool:
            words, tags = _context(doc, b)
            score = sum(1 for k in keys if any(w.startswith(k) for w in words))
            if score and (not acr or acr & tags) and not (tags and acr and not acr & tags):
                named.append((score, b.start, b))
        if not named:
            continue
        b = max(named, key=lambda t: (t[0], t[1]))[2]
        computed = 100 * _as_base(a) / _as_base(b)
        raw = Raw("percentage", [("amount", a), ("percentage", p), ("base", b)], p.value, computed,
                  _pct_tol(p, a, b), "%")
        _decide(doc, raw, a, p, b, pool, acr)
        out.append(raw)
    return out


def _decide(doc: Document, raw: Raw, a: Fact, p: Fact, b: Fact, pool: list[Fact], acr: set[str]) -> None:
    """A third fact that fits the percentage tells which side the documents support."""
    def tagged(f: Fact) -> bool:
        return not acr or bool(acr & _context(doc, f)[1])

    amounts = [f for f in pool if f is not b and abs(f.value - a.value) > tolerance([f, a]) and _fits(p, f, b) and tagged(f)]
    if len({f.value for f in amounts}) == 1:
        raw.supported, raw.support_value = amounts[0], 100 * _as_base(amounts[0]) / _as_base(b)
        raw.extra["side"] = "amount"
        return
    bases = [f for f in pool if f is not a and abs(f.value - b.value) > tolerance([f, b]) and _fits(p, a, f) and tagged(f)]
    if len({f.value for f in bases}) == 1:
        raw.supported, raw.support_value = bases[0], 100 * _as_base(a) / _as_base(bases[0])
        raw.extra["side"] = "base"
