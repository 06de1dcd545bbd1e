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

from qa.facts.geolines import SPACED_AMOUNT, GeoTable, is_empty_marker, reading_order
from qa.facts.geometry import caption_wraps_to, find_tables, page_head
from qa.facts.units import caption_unit
from qa.facts.labels import (caption_region, describe, is_part_label, is_subtotal_label, is_total_label, label_unit,
                             region_of, same_header, year_of)
from qa.facts.numbers import NumberToken, parse_number
from qa.facts.tables import CONTINUED, TABLE_CAPTION, TABLE_NUMBER
from qa.models import Document, Fact, TableInfo

MIN_CONFIDENCE = 0.8  # below this a geometric table is left to the text reader
_EURO_CAPTION = re.compile(r"\((?:bedragen\s+)?(?:in\s+)?(duizend|miljoen|mln|k|x\s?1\.?000)?\s*(?:euro|eur|€)\)", re.I)
_QUARTER = re.compile(r"^(?:K|Q|T|kwartaal\s?)[1-4]\b", re.I)
_YEAR_ONLY = re.compile(r"^(?:19|20)\d\d(?:\s?\*{1,3})?$")  # a footnote mark too: "2024*"


def geometry_tables(doc: Document) -> list[GeoTable]:
    """Geometric tables of every page; numbered ones are kept even when unsure, to be reported."""
    out: list[GeoTable] = []
    carry: list = []
    for page, words in enumerate(doc.words):
        found = [t for t in find_tables(words, page, carry) if t.cells and (t.confidence >= MIN_CONFIDENCE or t.number)]
        caption = next((ln.text.strip() for ln in carry if TABLE_CAPTION.match(ln.text)), "")
        if found and caption and not TABLE_CAPTION.match(found[0].caption) \
                and not any(t.page == page - 1 and t.caption.startswith(caption) for t in out):
            # the caption and header end the page before with no row under them, and this page prints the
            # header again over the rows: the caption is this table's
            found[0].caption = " ".join([caption] + [ln.text.strip() for ln in carry[1:2] if len(ln.text.split()) <= 6
                                                     and caption_wraps_to(carry[0], ln, carry[0].height or 10, False)])
            found[0].number = TABLE_CAPTION.match(caption).group(1)
        out.extend(found)
        carry = page_head(words)
    return out


def locate_cells(doc: Document, table: GeoTable, order: list) -> dict[int, int]:
    """Offset in `doc.text` of each cell (by index in `table.cells`) that can be found unambiguously.

    The page's words are aligned with the page's text tokens; pypdf may print a row's wrapped label
    before its values, so only alignments that keep the cells in reading order are trusted, and the
    cells between two trusted ones are searched as whole tokens in the text between them.
    """
    if table.page >= len(doc.page_starts):
        return {}
    page_lo = doc.page_starts[table.page]
    hi = doc.page_starts[table.page + 1] if table.page + 1 < len(doc.page_starts) else len(doc.text)
    found = doc.text.find(table.caption.split()[0] + " " + (table.number or ""), page_lo, hi) if table.caption else -1
    at_caption = _located(doc, table, order, found, hi) if found >= 0 else {}
    if len(at_caption) * 2 >= len(table.cells):
        return at_caption
    whole_page = _located(doc, table, order, page_lo, hi)  # a caption set under its table ('Tabel 3: ...' below)
    return whole_page if len(whole_page) > len(at_caption) else at_caption


def _located(doc: Document, table: GeoTable, order: list, lo: int, hi: int) -> dict[int, int]:
    """Offsets of the cells found in `doc.text[lo:hi]`, aligned word by word with the page (see locate_cells)."""
    tokens = [(m.start() + lo, m.group()) for m in re.finditer(r"\S+", doc.text[lo:hi])]
    index = {id(w): i for i, w in enumerate(order)}
    matcher = SequenceMatcher(None, [w[0] for w in order], [t[1] for t in tokens], autojunk=False)
    at: dict[int, int] = {}
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size):
            at[a + k] = tokens[b + k][0]
    matched = {n: at[index[id(c.word)]] for n, c in enumerate(table.cells) if index.get(id(c.word)) in at}
    anchors = _increasing(matched)
    out: dict[int, int] = {}
    cursor = lo
    for n, cell in enumerate(table.cells):
        if n in anchors:
            out[n] = cursor = anchors[n]
            continue
        limit = min((off for k, off in anchors.items() if k > n), default=hi)
        raw = re.escape(cell.word[0])
        # '63,5' with its raised footnote mark dropped is '63,53' in the text
        marked = rf"|(?<!\S){raw}(?=\d{{1,2}}(?!\S))" if re.search(r"\d[.,]\d", cell.word[0]) else ""
        lettered = r"|[a-e](?!\S)" if re.fullmatch(r"[\d.,]+", cell.word[0]) else ""  # '1.240c': footnote c
        m = re.compile(rf"(?<!\S){raw}(?!\S)|(?<!\S){raw}(?=[%€]|\(\d{{1,2}}\)(?!\S)|\*+(?!\S){lettered}){marked}"
                       ).search(doc.text, cursor, limit)  # '77(1)', '2.117*': the amount before its footnote mark
        if m:
            out[n] = m.start()
            cursor = m.end()
    return out


def _increasing(matched: dict[int, int]) -> dict[int, int]:
    """The longest run of cells whose matched offsets grow with the cells' reading order."""
    items = sorted(matched.items())
    best: list[list[tuple[int, int]]] = []
    for item in items:
        chains = [c for c in best if c[-1][1] < item[1]]
        chain = max(chains, key=len) + [item] if chains else [item]
        best.append(chain)
    return dict(max(best, key=len)) if best else {}


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
    orders: dict[int, list] = {}  # each page's words in reading order, aligned with the text once per table
    last_page: dict[str, int] = {}  # the page (0-based) each table has reached so far
    for table in geometry_tables(doc):
        if table.page not in orders:
            orders[table.page] = reading_order(doc.words[table.page])
        where = locate_cells(doc, table, orders[table.page])
        if len(where) < 0.8 * len(table.cells):
            table.confidence = round(len(where) / max(1, len(table.cells)), 2)
        if table.confidence < MIN_CONFIDENCE:
            if table.number:  # a numbered table we could not read: say so, the text reader labels its cells
                infos.append(TableInfo(id=f"{doc.doc}#t{start_index + len(infos) + 1}", doc=doc.doc,
                                       reader="geometry", page=table.page + 1, number=table.number,
                                       caption=table.caption, columns=table.columns, rows=table.rows,
                                       confidence=table.confidence))
            continue
        prev = infos[-1] if infos and infos[-1].confidence >= MIN_CONFIDENCE else None
        continued = prev is not None and continues(prev, table, last_page.get(prev.id, prev.page - 1))
        if continued:
            _continue_rows(prev, table)
        table_id = prev.id if continued else f"{doc.doc}#t{start_index + len(infos) + 1}"
        first_line = doc.line_of(min(where.values()))
        heading = prev.heading if continued else heading_before(headings, first_line - 1)
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
        last_page[table_id] = table.page
        if continued:
            prev.rows += table.rows
            prev.line_end = max(lines)
            prev.dimensions = dimensions(prev.columns, prev.rows, prev.stub)
            continue
        infos.append(TableInfo(
            id=table_id, doc=doc.doc, reader="geometry", page=table.page + 1, line_start=min(lines),
            line_end=max(lines), number=table.number, caption=table.caption, heading=heading, stub=table.stub,
            columns=table.columns, rows=table.rows, dimensions=dimensions(table.columns, table.rows, table.stub),
            confidence=table.confidence))
    return facts, infos


_CONTINUED = re.compile(rf"\b{CONTINUED}", re.I)


def continues(prev: TableInfo, table: GeoTable, prev_end: int | None = None) -> bool:
    """A table on the next page under the same headers goes on with `prev` when it has no caption, one that
    says so ('Tabel 4.2 (vervolg)'), or the one `prev` ended its page with (headers printed there only)."""
    end = prev.page - 1 if prev_end is None else prev_end  # the last page `prev` is on, 0-based
    said = bool(_CONTINUED.search(table.caption)) and table.number == prev.number and table.number is not None
    # a carried table is read under the very header `prev` ended its page with; read with this page's column
    # widths its levels may fall otherwise, so the count of columns is what must agree
    carried_on = table.carried and table.caption == prev.caption and len(table.columns) == len(prev.columns)
    if table.page != end + 1 or prev.columns != table.columns and not carried_on and not (
            (said or not table.caption) and same_header([" ".join(c) for c in prev.columns],
                                                        [" ".join(c) for c in table.columns])):
        return False  # 'Tabel 2 (vervolg)', or no caption, under its header wrapped otherwise: the same header
    if table.carried and table.number not in (None, prev.number):
        return False  # its own caption, set at the foot of the page before
    return not table.caption or table.carried or bool(_CONTINUED.search(table.caption)) and table.number in (None, prev.number)


def _continue_rows(prev: TableInfo, table: GeoTable) -> None:
    """Give the continuation `prev`'s caption, its row numbering, the group its last rows were in, and to its
    first 'waarvan' rows the row they are part of."""
    table.caption, table.number, table.stub = prev.caption, prev.number, table.stub or prev.stub
    if table.columns != prev.columns:  # the header printed again (see continues): read as it was the first time,
        # less an upper level that only repeats words of its leaf ('ha (in euro)' over 'Kostprijs per ha (in euro)')
        table.columns = [[p for p in path[:-1] if not all(w in path[-1].lower() for w in p.lower().split())]
                         + path[-1:] for path in prev.columns]
        for cell in table.cells:
            cell.col_path = table.columns[cell.col]
    offset = len(prev.rows)
    last = prev.rows[-1] if prev.rows else []
    last = last[:-1] if last and is_part_label(last[-1]) else last  # a 'waarvan' row's whole is no group row
    group = last[:-1]
    rows: list[list[str]] = []
    whole = next((r for r in reversed(prev.rows) if not is_part_label(r[-1])), None)
    for path in table.rows:
        if whole and len(path) == 1 and is_part_label(path[0]):
            path = whole + path  # 'waarvan volledig' at the top of the page: a part of the last row before
        elif group and len(path) == 1 and (not is_total_label(path[0]) or is_subtotal_label(path[0])):
            path = group + path
            group = [] if is_subtotal_label(path[-1]) else group  # the subtotal closes its group
        else:
            group = []
        rows.append(path)
    for cell in table.cells:
        cell.row_path = rows[cell.row]
        cell.row += offset
    table.rows = rows


def _caption_unit(text: str) -> tuple[str | None, float]:
    m = _EURO_CAPTION.search(text)
    if not m:
        return caption_unit(text) or (None, 1.0)  # '(in hectare)', '(in %)
    scale = (m.group(1) or "").lower().replace(" ", "")
    if scale in ("duizend", "k", "x1000", "x1.000"):
        return "k euro", 1000.0
    if scale in ("miljoen", "mln"):
        return "miljoen euro", 1e6
    return "euro", 1.0


def _path_unit(cell, unit: str | None) -> str | None:
    """A column or row that names its own unit ('Aandeel (%)', 'Bedrag (euro)', 'Aantal') overrides the caption's."""
    labels = [*cell.col_path, *cell.row_path]
    if any(re.match(r"\s*\(?aantal\b", label, re.I) for label in cell.col_path):
        return None
    return label_unit(*labels) or unit


_WRITTEN_UNIT = re.compile(r"(€|EUR|euro|keuro|k\s?euro|VTE|FTE|dagen|dag|uur|uren|km|ha|ton)\W*$")


_WRITTEN_SCALE = re.compile(r"\d\s?(mln|miljoen|mld|miljard)\b", re.I)


def _written_unit(cell: str) -> str | None:
    """The unit printed in the cell itself: '€ 12.500', 'EUR 6.450.000', '142.518.230,00 EUR', '389,7 VTE', '73,0 %',
    '€ 12,5 mln'."""
    scale = _WRITTEN_SCALE.search(cell)
    if scale:
        return "miljard euro" if scale.group(1).lower() in ("mld", "miljard") else "miljoen euro"
    if "€" in cell or cell.startswith("EUR "):
        return "euro"
    if cell.rstrip("*").endswith("%"):
        return "%"
    m = _WRITTEN_UNIT.search(cell)
    if not m:
        return None
    word = m.group(1).replace(" ", "").lower()
    return {"eur": "euro", "euro": "euro", "keuro": "k euro", "vte": "VTE", "fte": "VTE", "dag": "dagen",
            "uren": "uur"}.get(word, word)


_SCALES = {"miljoen euro": 1e6, "miljard euro": 1e9}


def _cell_fact(doc: Document, table: GeoTable, cell, off: int, numbers: dict[int, NumberToken], table_id: str,
               heading: str, unit: str | None, scale: float) -> Fact | None:
    from qa.facts.extract import measure_of

    text = doc.text
    raw_cell = cell.text.strip()
    num = numbers.get(off)
    negative = False
    if num is None and text[off:off + 1] in ("+", "(") and numbers.get(off + 1) is not None:
        negative = text[off] == "(" and raw_cell.endswith(")")  # '(1.234)': an accountant's minus; '+8,6%': a rise
        off, num = off + 1, numbers[off + 1]
    empty = is_empty_marker(raw_cell)
    spaced = re.match(r"\d{1,3}(?: \d{3})+(?:,\d+)?", text[off:off + len(raw_cell) + 1]) \
        if SPACED_AMOUNT.match(raw_cell) else None
    spaced_value = parse_number(spaced.group(0).replace(" ", "")) if spaced else None
    own = re.match(r"\d+(?:[.,]\d+)*", raw_cell)
    if num is not None and own and re.search(r"\d[.,]\d", own.group(0)) and num.raw.startswith(own.group(0)) \
            and re.fullmatch(r"\d{1,2}", num.raw[len(own.group(0)):]):
        num = None  # '63,53' in the text: the cell '63,5' and its footnote mark, set raised and dropped
    if num is None and own and text.startswith(own.group(0), off) and not text[off - 1:off].isdigit():
        num = NumberToken(off, off + len(own.group(0)), own.group(0), parse_number(own.group(0)), "measure")
    if empty:  # ('463' inside '418 463 131': cells whose text was read as one spaced number have no token)
        raw, value = text[off:off + len(cell.word[0])], 0.0
    elif spaced_value is not None:  # '4 688' is one amount in a cell
        raw, value = spaced.group(0), spaced_value
    elif num is not None and num.value is not None and " " in num.raw and not SPACED_AMOUNT.match(raw_cell):
        own = re.match(r"\d+(?:[.,]\d+)*", text[off:num.end])  # '418 463 131' read as one: the cell holds '418'
        raw, value = own.group(0), parse_number(own.group(0))
        if value is None:
            return None
    elif num is not None and num.value is not None:
        raw, value = num.raw, num.value
        if text[num.end:num.end + 1] == "%":
            raw = raw + "%"
        if raw_cell[:1] in "-−" and value > 0 and not raw.startswith(("-", "−")) or negative and value > 0:
            value = -value  # '- € 6.600.000': the sign stands apart from the amount
    else:
        return None
    end = off + len(raw)
    if text[off:end] != raw:
        return None
    written = _written_unit(raw_cell)
    cell_unit = "%" if raw.endswith("%") else written or _path_unit(cell, unit)
    if written in _SCALES:
        scale, unit = _SCALES[written], written
    line_start = text.rfind("\n", 0, off) + 1
    line_end = text.find("\n", off)
    line_end = len(text) if line_end == -1 else line_end
    row, column = " · ".join(cell.row_path), " · ".join(cell.col_path)
    caption = re.sub(rf"^\s*(?:tabel|table)\s*{TABLE_NUMBER}\s*[:.–-]?\s*", "", table.caption, flags=re.I) or table.stub
    fact = Fact(
        id=f"{doc.doc}:{off}", doc=doc.doc, page=doc.page_of(off), line=doc.line_of(off), start=off, end=end,
        raw=raw, value=value, unit=cell_unit, scale=scale if cell_unit == unit else 1.0,
        quote_start=line_start, quote_end=line_end, quote=text[line_start:line_end], caption=table.caption,
        row=row, column=column,
        year=year_of(column) or year_of(row) or year_of(caption, single=True) or year_of(heading, single=True),
        region=region_of(row) or region_of(column) or caption_region(caption), measure=measure_of(caption),
        is_total=any(is_total_label(p) for p in cell.row_path + cell.col_path), source="table",
        row_path=cell.row_path, col_path=cell.col_path, table_id=table_id, cell=(cell.row, cell.col),
        heading=heading, empty=empty, confidence=table.confidence, reader="geometry",
    )
    fact.description = describe(fact, heading)
    return fact
