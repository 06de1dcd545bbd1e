"""One cell structure for both readers: facts with row and column header paths, tables and dimensions.

PDF tables come from word geometry (`qa.facts.geometry`): each geometric
cell is found again in the text of record (pypdf's) by aligning the page's
words with the page's text tokens, so offsets still index `doc.text`.
Tables read from flattened text (`qa.facts.tables`) get the same fields.
A table's dimensions are the values along its header paths, read from the
table itself; totals are checked among siblings on the total's own dimension.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from qa.facts.geometry import EMPTY_MARKERS, GeoTable, find_tables, group_lines
from qa.facts.labels import describe, is_total_label, region_of, year_of
from qa.facts.numbers import NumberToken
from qa.models import Document, Fact, TableInfo

MIN_CONFIDENCE = 0.8  # below this a geometric table is left to the text reader
_EURO_CAPTION = re.compile(r"\((?:bedragen\s+)?(?:in\s+)?(duizend|miljoen|k|x\s?1\.?000)?\s*(?:euro|eur|€)\)", re.I)
_QUARTER = re.compile(r"^(?:K|Q|T|kwartaal\s?)[1-4]\b", re.I)
_YEAR_ONLY = re.compile(r"^(?:19|20)\d\d$")


def geometry_tables(doc: Document) -> list[GeoTable]:
    """Geometric tables of every page; numbered ones are kept even when unsure, to be reported."""
    out: list[GeoTable] = []
    for page, words in enumerate(doc.words):
        out.extend(t for t in find_tables(words, page) if t.cells and (t.confidence >= MIN_CONFIDENCE or t.number))
    return out


def locate_cells(doc: Document, table: GeoTable, words: list) -> dict[int, int]:
    """Offset in `doc.text` of each cell (by index in `table.cells`) that can be found unambiguously."""
    if table.page >= len(doc.page_starts):
        return {}
    lo = doc.page_starts[table.page]
    hi = doc.page_starts[table.page + 1] if table.page + 1 < len(doc.page_starts) else len(doc.text)
    tokens = [(m.start() + lo, m.group()) for m in re.finditer(r"\S+", doc.text[lo:hi])]
    order = [w for ln in group_lines(words) for s in ln.segments for w in s.words]
    index = {id(w): i for i, w in enumerate(order)}
    matcher = SequenceMatcher(None, [w[0] for w in order], [t[1] for t in tokens], autojunk=False)
    at: dict[int, int] = {}
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size):
            at[a + k] = tokens[b + k][0]
    anchors = sorted(at.items())
    out: dict[int, int] = {}
    for n, cell in enumerate(table.cells):
        i = index.get(id(cell.word))
        if i is None:
            continue
        if i in at:
            out[n] = at[i]
            continue
        before = max((off for k, off in anchors if k < i), default=lo)
        after = min((off for k, off in anchors if k > i), default=hi)
        raw = cell.word[0]
        hits = [m.start() + before for m in re.finditer(re.escape(raw), doc.text[before:after])]
        if len(hits) == 1:
            out[n] = hits[0]
    return out


def dimensions(columns: list[list[str]], rows: list[list[str]], stub: str) -> list[dict]:
    """The values along each header level: years, quarters, regions, budget stages, row groups."""
    dims: list[dict] = []
    depth = max((len(c) for c in columns), default=0)
    for level in range(depth):
        values = _unique(c[level] for c in columns if len(c) > level)
        if values:
            dims.append({"axis": "column", "level": level, "name": _kind(values), "values": values})
    row_values = _unique(r[-1] for r in rows if r)
    if row_values:
        dims.append({"axis": "row", "level": 0, "name": stub or _kind(row_values), "values": row_values})
    parents = _unique(r[0] for r in rows if len(r) > 1)
    if parents:
        dims.append({"axis": "row", "level": -1, "name": "groep", "values": parents})
    return dims


def _unique(values) -> list[str]:
    out: list[str] = []
    for v in values:
        if v and v not in out:
            out.append(v)
    return out


def _kind(values: list[str]) -> str:
    """A name for a dimension from what its values look like (a year, a quarter, a region)."""
    core = [v for v in values if not is_total_label(v)]
    if core and all(_YEAR_ONLY.match(v) for v in core):
        return "jaar"
    if core and all(_QUARTER.match(v) for v in core):
        return "kwartaal"
    if core and sum(region_of(v) is not None for v in core) * 2 > len(core):
        return "regio"
    return ""


def geometry_facts(doc: Document, numbers: dict[int, NumberToken], headings: list[tuple[int, str]],
                   start_index: int = 0) -> tuple[list[Fact], list[TableInfo]]:
    """Facts and table records of the document's confident geometric tables."""
    from qa.facts.sections import heading_before

    facts: list[Fact] = []
    infos: list[TableInfo] = []
    for table in geometry_tables(doc):
        where = locate_cells(doc, table, doc.words[table.page])
        if len(where) < 0.8 * len(table.cells):
            table.confidence = round(len(where) / max(1, len(table.cells)), 2)
        if table.confidence < MIN_CONFIDENCE:
            if table.number:  # a numbered table we could not read: say so, the text reader labels its cells
                infos.append(TableInfo(id=f"{doc.doc}#t{start_index + len(infos) + 1}", doc=doc.doc,
                                       reader="geometry", page=table.page + 1, number=table.number,
                                       caption=table.caption, columns=table.columns, rows=table.rows,
                                       confidence=table.confidence))
            continue
        table_id = f"{doc.doc}#t{start_index + len(infos) + 1}"
        first_line = doc.line_of(min(where.values()))
        heading = heading_before(headings, first_line - 1)
        unit, scale = _caption_unit(table.caption + " " + table.stub)
        cells: list[Fact] = []
        for n, cell in enumerate(table.cells):
            off = where.get(n)
            if off is None:
                continue
            fact = _cell_fact(doc, table, cell, off, numbers, table_id, heading, unit, scale)
            if fact is not None:
                cells.append(fact)
        if not cells:
            continue
        facts.extend(cells)
        lines = [f.line for f in cells]
        infos.append(TableInfo(
            id=table_id, doc=doc.doc, reader="geometry", page=table.page + 1, line_start=min(lines),
            line_end=max(lines), number=table.number, caption=table.caption, heading=heading, stub=table.stub,
            columns=table.columns, rows=table.rows, dimensions=dimensions(table.columns, table.rows, table.stub),
            confidence=table.confidence))
    return facts, infos


def _caption_unit(text: str) -> tuple[str | None, float]:
    m = _EURO_CAPTION.search(text)
    if not m:
        return None, 1.0
    scale = (m.group(1) or "").lower().replace(" ", "")
    if scale in ("duizend", "k", "x1000", "x1.000"):
        return "k euro", 1000.0
    if scale == "miljoen":
        return "miljoen euro", 1e6
    return "euro", 1.0


def _cell_fact(doc: Document, table: GeoTable, cell, off: int, numbers: dict[int, NumberToken], table_id: str,
               heading: str, unit: str | None, scale: float) -> Fact | None:
    from qa.facts.extract import measure_of

    text = doc.text
    raw_cell = cell.text.strip()
    num = numbers.get(off)
    empty = raw_cell.lower() in EMPTY_MARKERS
    if empty:
        raw, value = text[off:off + len(cell.word[0])], 0.0
    elif num is not None and num.value is not None:
        raw, value = num.raw, num.value
        if text[num.end:num.end + 1] == "%":
            raw = raw + "%"
    else:
        return None
    end = off + len(raw)
    if text[off:end] != raw:
        return None
    cell_unit = "%" if raw.endswith("%") else "euro" if "€" in raw_cell else unit
    line_start = text.rfind("\n", 0, off) + 1
    line_end = text.find("\n", off)
    line_end = len(text) if line_end == -1 else line_end
    row, column = " · ".join(cell.row_path), " · ".join(cell.col_path)
    caption = re.sub(r"^\s*(?:tabel|table)\s*\d+[a-z]?\s*[:.]?\s*", "", table.caption, flags=re.I) or table.stub
    fact = Fact(
        id=f"{doc.doc}:{off}", doc=doc.doc, page=doc.page_of(off), line=doc.line_of(off), start=off, end=end,
        raw=raw, value=value, unit=cell_unit, scale=scale if cell_unit == unit else 1.0,
        quote_start=line_start, quote_end=line_end, quote=text[line_start:line_end], caption=table.caption,
        row=row, column=column,
        year=year_of(column) or year_of(row) or year_of(caption, single=True) or year_of(heading, single=True),
        region=region_of(row) or region_of(column), measure=measure_of(caption),
        is_total=any(is_total_label(p) for p in cell.row_path + cell.col_path), source="table",
        row_path=cell.row_path, col_path=cell.col_path, table_id=table_id, cell=(cell.row, cell.col),
        heading=heading, empty=empty, confidence=table.confidence, reader="geometry",
    )
    fact.description = describe(fact, heading)
    return fact


def check_totals(facts: list[Fact]) -> None:
    """Set `total_ok` where a total row or column sits among its siblings on its own dimension."""
    by_table: dict[str, list[Fact]] = {}
    for f in facts:
        if f.table_id and f.cell is not None:
            by_table.setdefault(f.table_id, []).append(f)
    for cells in by_table.values():
        for total in cells:
            if not total.is_total:
                continue
            for axis in (0, 1):
                parts = siblings(total, cells, axis)
                if parts:
                    ok = abs(sum(p.value for p in parts) - total.value) <= _tolerance(total, parts)
                    total.total_ok = ok if total.total_ok is None else total.total_ok and ok


def siblings(total: Fact, cells: list[Fact], axis: int) -> list[Fact]:
    """The parts a total adds up: same other coordinate, same parent path, not totals or 'waarvan' children."""
    path = total.row_path if axis == 0 else total.col_path
    if not path or not is_total_label(path[-1]):
        return []
    parent = path[:-1]
    out = []
    for f in cells:
        other_same = (f.col_path == total.col_path) if axis == 0 else (f.row_path == total.row_path)
        own = f.row_path if axis == 0 else f.col_path
        if f is total or not other_same or own[:-1] != parent or not own or is_total_label(own[-1]):
            continue
        if f.unit != total.unit:
            continue
        out.append(f)
    return out


def _tolerance(total: Fact, parts: list[Fact]) -> float:
    """Rounded parts: n parts may be off by (n + 1) / 2 units of the last printed digit."""
    step = max(_step(f.raw) for f in [total, *parts])
    return step * (len(parts) + 1) / 2 + 1e-9


def _step(raw: str) -> float:
    m = re.search(r"[.,](\d{1,2})%?$", raw)
    return 10 ** -len(m.group(1)) if m and not re.search(r"[.,]\d{3}%?$", raw) else 1.0
