"""Tables read from a PDF page's word boxes: each value gets the header cells above it by x-range.

Text extraction flattens a table into lines and loses which header sits over
which value. The page's word boxes keep it: value cells line up in column
bands, header cells above a band (one per level: "VAK 2024" over "BA") give
the column path, the cells left of the first band give the row label, and
label lines without values are wrapped labels or group rows. Coordinates are
PDF points with y growing downwards (`top` < `bottom`).
"""

from __future__ import annotations

import re

from qa.facts.geoheaders import column_paths
from qa.facts.units import unit_caption
from qa.facts.geolines import (MEASURED, SPACED_AMOUNT, YEARISH, GeoCell, GeoTable, PLine, Segment, Word, band_of, bands_of,
                               group_lines, odd_row_bands, is_empty_marker, row_split, split_row)
from qa.facts.folded import new_header, same_columns, unfold
from qa.facts.geomend import drop_marks, label_around, mend_lines, under_label
from qa.facts.rowlabels import row_labels
from qa.facts.tables import TABLE_CAPTION, join_lines

_SECTION = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[IVX]+\.|\d+\s*[—–-])(?:\s+\S|$)")


def page_lines(words: list[Word]) -> list[PLine]:
    """A page's lines as its tables are read from them (marks dropped, wrapped units and split rows mended)."""
    return mend_lines(group_lines(drop_marks(words)), lambda s: s.is_value, lambda ln: row_split(ln) is not None)


def page_head(words: list[Word]) -> list[PLine]:
    """The caption and header lines of the table a page ends in (no running text after it), which the next page
    goes on with: a table broken over two pages prints its header on the first page only."""
    lines = page_lines(words)
    cap = next((k for k in range(len(lines) - 1, -1, -1) if TABLE_CAPTION.match(lines[k].text)), None)
    if cap is None or any(_is_prose(ln, lines[cap:]) for ln in lines[cap + 1:]):
        return []
    first_row = next((k for k in range(cap + 1, len(lines)) if row_split(lines[k]) is not None), len(lines))
    head = lines[cap:first_row]
    if first_row < len(lines):  # a group row or wrapped label over the first row is no header
        values_x0 = row_split(lines[first_row])[1][0].x0
        while len(head) > 1 and all(s.x1 < values_x0 for s in head[-1].segments):
            head.pop()
    return head if len(head) > 1 or first_row == len(lines) else []  # or the caption alone, over the next page's


def find_tables(words: list[Word], page: int = 0, carry: list[PLine] | None = None) -> list[GeoTable]:
    """Every table on one page whose values line up in columns; `carry` is the previous page's `page_head`, the
    headers of a table at the top of this page that has none of its own; a table folded side by side is read as
    its blocks."""
    groups = unfold(page_lines(words), lambda ln: bool(TABLE_CAPTION.match(ln.text)))
    tables = _tables_in(groups[0], page, carry)
    for block in groups[1:]:
        for table in _tables_in(block, page, None):
            first = next((t for t in tables if t.caption == table.caption and t.columns == table.columns), None)
            if first is None:
                tables.append(table)  # two tables set side by side
            else:
                _append_block(first, table)
    return tables


def _append_block(table: GeoTable, block: GeoTable) -> None:
    """The second block of a folded table goes on after the first block's rows; cells stay in the page's
    reading order, in which the text prints them (a line holds a row of each block)."""
    for cell in block.cells:
        cell.row += len(table.rows)
    table.rows += block.rows
    cells = sorted(table.cells + block.cells, key=lambda c: c.word[3])
    lines: list[list[GeoCell]] = []
    for cell in cells:
        if lines and cell.word[3] - lines[-1][0].word[3] < 2:
            lines[-1].append(cell)
        else:
            lines.append([cell])
    table.cells = [c for line in lines for c in sorted(line, key=lambda c: c.word[1])]


def _tables_in(lines: list[PLine], page: int, carry: list[PLine] | None) -> list[GeoTable]:
    splits = [split_row(ln) for ln in lines]
    tables: list[GeoTable] = []
    stacked_rows: list[tuple[int, int]] = []  # each table's first and last row line
    i = 0
    while i < len(lines):
        if splits[i] is None:
            i += 1
            continue
        start, end, height = i, i, lines[i].height or 10.0
        j = i + 1
        while j < len(lines):
            gap = lines[j].top - lines[j - 1].bottom
            if gap > 2.2 * height and not (gap < 4.5 * height and same_columns(splits[j - 1], splits[j])):
                break  # (rows far apart in the same columns: the first block of a folded table, whose second
                # block's labels wrapped between them)
            if splits[j] is not None:
                end = j
            elif TABLE_CAPTION.match(lines[j].text) or _is_prose(lines[j], lines[start:end + 1]) \
                    and not _group_row(lines, splits, j, start, end) or new_header(lines[j], splits, start, end):
                break  # (a header restated over the rows below: the next block is read under its own header)
            j += 1
        rows = [splits[o][1] for o in range(start + 1, end + 1) if splits[o] is not None]
        if len(rows) >= 2 and _number_in_header(splits[start], bands_of(rows)):
            splits[start] = None  # its line is read as a header line above the table's first row
            continue
        table = _read_table(lines, splits, start, end, page)
        # no caption of its own ('mln euro' under the header is its unit, no caption)
        if carry and not tables and (table is None or not TABLE_CAPTION.match(table.caption)) \
                and not any(_is_prose(ln, lines[start:end + 1]) for ln in lines[:start]):
            # a table's last row alone at the top of the page is no table by itself, but is one under its headers
            own = table is not None and any(table.columns)
            carried = _carried(carry, lines, splits, start, end, page, own_header=own)
            if carried is not None and (not own or _deeper(carried.columns, table.columns)
                                        or carried.columns == table.columns):  # the caption alone was carried
                table = carried  # the header's upper level, or all of it, printed at the foot of the page before
        if table is not None:
            if not table.caption and tables and tables[-1].caption and tables[-1].stub == table.stub \
                    and i > 0 and new_header(lines[i - 1], splits, *stacked_rows[-1]):
                table.caption, table.number = tables[-1].caption, tables[-1].number  # a block stacked under it
            tables.append(table)
            stacked_rows.append((start, end))
        i = end + 1
    return tables


def _number_in_header(split: tuple[list[Segment], list[Segment]], bands: list[tuple[float, float]]) -> bool:
    """'Aantal per | 10.000 | inwoners': a number in a header wrapped over lines reads as a row. Its line has
    words in the value columns of the rows below it and fewer values than they have."""
    return len(split[1]) < len(bands) and any(band_of(sg, bands) is not None for sg in split[0][1:])


def _group_row(lines: list[PLine], splits: list, j: int, start: int, end: int) -> bool:
    """A long label line between rows ('Programma KB – Kunsten en cultureel erfgoed: subsidies aan de sector'):
    set at the rows' label edge, no sentence end, and a row of values follows at the table's line pitch."""
    line, height = lines[j], lines[j].height or 10.0
    edges = {round(splits[k][0][0].x0) for k in range(start, end + 1) if splits[k] is not None and splits[k][0]}
    return j + 1 < len(lines) and splits[j + 1] is not None and lines[j + 1].top - line.bottom <= 2.2 * height \
        and any(abs(line.segments[0].x0 - x) < 3 for x in edges) and not line.text.rstrip().endswith((".", ":", ";"))


def _deeper(carried: list[list[str]], own: list[list[str]]) -> bool:
    """The carried header keeps this page's column labels and adds a level over them."""
    return len(carried) == len(own) and all(c[-1:] == o[-1:] and len(c) > len(o) and o[-1] not in c[:-1]
                                            for c, o in zip(carried, own))  # not the header printed again


def _carried(carry: list[PLine], lines: list[PLine], splits: list, start: int, end: int, page: int,
             own_header: bool = False) -> GeoTable | None:
    """The table read again under the previous page's caption and headers, set just above this page's first line."""
    # just above this page's first line; a line and more above it when that line is a header of its own, so
    # that the two header rows are not read as one wrapped cell
    gap = 2.0 * (lines[0].height or 10.0) if own_header else 3.0
    dy = lines[0].top - gap - carry[-1].bottom
    moved = [PLine([Segment(s.text, s.x0, s.x1, s.top + dy, s.bottom + dy, s.words) for s in ln.segments],
                   ln.top + dy, ln.bottom + dy) for ln in carry]
    n = len(moved)
    table = _read_table(moved + lines, [None] * n + splits, start + n, end + n, page)
    if table is None or not any(table.columns):
        return None
    table.carried = True
    return table


def _is_prose(line: PLine, rows: list[PLine]) -> bool:
    """A line of running text: one long segment reaching past the value columns, not one set beside them."""
    right = max(s.x1 for r in rows for s in r.segments)
    left = min(s.x0 for r in rows for s in r.segments)
    seg = max(line.segments, key=lambda s: s.x1 - s.x0)
    if any(s.x0 > seg.x1 + 10 and not s.is_value for r in rows for s in r.segments):
        return False  # text set beside a narrow table, whose labels start right of it: the table goes on
    return len(line.segments) == 1 and len(seg.text.split()) >= 8 and seg.x1 - seg.x0 > 0.6 * (right - left)


def _read_table(lines: list[PLine], splits: list, start: int, end: int, page: int) -> GeoTable | None:
    row_idx = [k for k in range(start, end + 1) if splits[k] is not None]
    values = [splits[k][1] for k in row_idx]
    if _contents(splits, row_idx) or (len(row_idx) <= 2 and not any(splits[k][0] or label_around(lines, splits, k)
                                                                    for k in row_idx)):
        return None  # a contents page, or numbers with no row label (headings, page furniture)
    bands = bands_of(values)
    for k in row_idx:  # '73 dagen' first on its line, its label wrapped above and below it: under a value column
        labels = splits[k][0]
        if len(labels) == 1 and MEASURED.match(labels[0].text.strip()) and band_of(labels[0], bands) is not None:
            splits[k] = ([], labels + splits[k][1])
        elif labels or len(splits[k][1]) < 2:
            continue
        elif sum(1 for o in row_idx for sg in splits[o][0] if o != k and sg.x0 <= splits[k][1][0].x1
                 and splits[k][1][0].x0 <= sg.x1) >= 2:  # 'klasse | 2' wrapped: a number under other rows' labels
            splits[k] = (splits[k][1][:1], splits[k][1][1:])
    values = [splits[k][1] for k in row_idx]
    bands = bands_of(values)
    dashes = {j for j in range(len(bands)) if all(is_empty_marker(sg.text.strip()) for vals in values for sg in vals
                                                  if band_of(sg, bands) == j)}
    if dashes and len(dashes) < len(bands) and len(row_idx) >= 3:  # a column of '-' alone in a list of rows is a
        # text column's empty cells ('Geplande start'); one row's 'n.v.t.' may be a value column's first cell
        for k in row_idx:
            splits[k] = (splits[k][0], [sg for sg in splits[k][1] if band_of(sg, bands) not in dashes])
        row_idx = [k for k in row_idx if splits[k][1]]
        values = [splits[k][1] for k in row_idx]
        bands = bands_of(values)
    if len(row_idx) < 2 and len(bands) < 2:
        return None
    bands = odd_row_bands(bands, values)
    left_edge = bands[0][0]
    conflicts = 0
    for vals in values:
        seen = [band_of(s, bands) for s in vals]
        conflicts += len(seen) - len(set(seen))
    height = lines[start].height or 10.0
    near = [k for k in range(max(0, start - 2), min(len(lines), end + 3)) if splits[k] is None
            and lines[start].top - 2 * height < lines[k].top < lines[end].bottom + 2 * height]
    wrapped = [s for k in near if all(sg.x1 < left_edge - 2 for sg in lines[k].segments) for s in lines[k].segments]
    label_right = max((s.x1 for k in row_idx for s in splits[k][0]), default=left_edge - 20)
    label_right = max([label_right] + [s.x1 for s in wrapped])  # a description wrapped beside its code ('Omschrijving')
    boundary = (label_right + left_edge) / 2 if label_right < left_edge else left_edge - 2
    label_x0 = min((splits[k][0][0].x0 for k in row_idx if splits[k][0]), default=None)
    header_lines, caption, number, first = _header_lines(lines, start, bands, label_x0)
    units = [ln for ln in header_lines if unit_caption(ln.text) and not under_label(ln, header_lines)]  # '(in
    # duizend euro)' under the headers: no level; '(%)' under 'Slaag-' / 'percentage' alone is that label's end
    header_lines = [ln for ln in header_lines if ln not in units]
    odd: list[Segment] = []  # '(in duizend euro) | k euro | k euro | %': the table's unit, '%' its column's
    kept: list[PLine] = []
    for ln in header_lines:
        row = _unit_row(ln) if len(ln.segments) >= len(bands) - 1 else None  # a unit under (nearly) every column;
        if row is None:  # under some only, it is the second line of their labels ('lidgelden' / '(in euro)')
            kept.append(ln)
            continue
        seg = row[0] if row[0].text.strip().startswith("(") else Segment(
            f"({row[0].text.strip()})", row[0].x0, row[0].x1, row[0].top, row[0].bottom, row[0].words)
        units.append(PLine([seg], ln.top, ln.bottom))  # 'mln euro' read as the caption's '(mln euro)'
        odd += row[1]
    header_lines = kept
    if not caption:  # some reports set the caption under the table
        for ln in lines[end + 1:end + 3]:
            m = TABLE_CAPTION.match(ln.text)
            if m and ln.top - lines[end].bottom < 3 * (lines[end].height or 10.0):
                caption, number = ln.text.strip(), m.group(1)
                break
    columns, stub = _column_paths(header_lines, bands, boundary)
    for seg in odd:
        j = min(range(len(bands)), key=lambda b: abs((bands[b][0] + bands[b][1]) / 2 - seg.center))
        if seg.text.strip() not in columns[j]:
            columns[j] = columns[j] + [seg.text.strip()]
    named = [_UNIT_TEXT.get((unit_caption(ln.text) or ("", 1.0))[0], ln.text.strip()) for ln in units]
    caption = " ".join([caption] + [u for u in named if u not in caption]).strip()  # 'in € mln': '(in miljoen euro)'
    last = end  # the last row's label may wrap below its values ('Aandeel dossiers binnen de | decretale ...')
    while last + 1 < len(lines) and splits[last + 1] is None and lines[last + 1].segments \
            and lines[last + 1].top - lines[last].bottom < 0.75 * (lines[end].height or 10.0) \
            and all(sg.x1 < left_edge - 2 for sg in lines[last + 1].segments):
        last += 1
    rows = row_labels(lines, splits, first, last, left_edge)
    cells: list[GeoCell] = []
    for r, k in enumerate(row_idx):
        for seg in splits[k][1]:
            j = band_of(seg, bands)
            if j is None:
                continue
            word = seg.words[-1]
            if len(seg.words) > 1 and re.fullmatch(r"\(\d{1,2}\)|\*{1,3}", word[0]):
                word = seg.words[-2]  # '77 (1)': the amount, not its footnote mark
            if SPACED_AMOUNT.match(seg.text.strip()):  # '4 688': the amount starts at its first group
                word = seg.words[0] if seg.words[0][0] not in ("€", "EUR", "-", "−", "+") else seg.words[1]
            elif is_empty_marker(seg.text.strip()) or not re.search(r"\d", word[0]):
                # '- (2)': the dash, not its footnote mark; '142.518.230,00 EUR': the amount, not its unit
                word = next((w for w in seg.words if re.search(r"\d", w[0])), seg.words[0])
            cells.append(GeoCell(seg.text, rows[r], columns[j], word, r, j))
    labelled = sum(1 for c in columns if c) / len(columns)
    confidence = round(max(0.0, min(1.0, labelled - conflicts / max(1, len(cells)))), 2)
    if len(row_idx) == 1 and labelled < 1:
        return None  # one line of numbers with nothing over it: not a table
    return GeoTable(page, caption, number, stub, columns, rows, cells, confidence, lines[start].top)


_UNIT_TEXT = {"miljoen euro": "(in miljoen euro)", "k euro": "(in duizend euro)", "euro": "(in euro)", "%": "(in %)",
              "VTE": "(in VTE)"}


def _unit_row(line: PLine) -> tuple[Segment, list[Segment]] | None:
    """A header line of units only ('(in duizend euro) k euro k euro k euro %'): the segment that names the
    table's unit (the most common one), and the segments of other units, which stay their columns' leaves."""
    if len(line.segments) < 3:
        return None
    units = [unit_caption(s.text if s.text.strip().startswith("(") else f"({s.text.strip()})") for s in line.segments]
    if not all(units):
        return None
    names = [u[0] for u in units]
    main = max(set(names), key=names.count)
    if names.count(main) < 2:
        return None
    first = next(s for s, n in zip(line.segments, names) if n == main)
    return first, [s for s, n in zip(line.segments, names) if n != main]


def _contents(splits: list, row_idx: list[int]) -> bool:
    """A table of contents: numbered section titles, each with one page number."""
    pages = [k for k in row_idx if len(splits[k][1]) == 1 and re.fullmatch(r"\d{1,3}", splits[k][1][0].text.strip())]
    numbered = [k for k in pages if splits[k][0] and _SECTION.match(splits[k][0][0].text)]
    return len(pages) == len(row_idx) and len(numbered) * 2 >= len(row_idx)


def _header_lines(lines: list[PLine], start: int, bands: list[tuple[float, float]],
                  label_x0: float | None = None) -> tuple[list[PLine], str, str | None, int]:
    """Lines over the first row that hold column headers (bottom-up), and the caption above them."""
    out: list[PLine] = []
    lead: list[int] = []
    height = lines[start].height or 10.0
    right = bands[-1][1]
    k = start - 1
    caption, number = "", None
    while k >= 0 and len(out) < 8:
        ln = lines[k]
        if lines[k + 1].top - ln.bottom > 2.2 * height:
            break
        m = TABLE_CAPTION.match(ln.text)
        beside = next((sg for sg in ln.segments[1:] if TABLE_CAPTION.match(sg.text)), None) if not m else None
        if beside is not None:  # 'Tabel 2: ...' set over a narrow table, running text left of it
            caption, number = beside.text.strip(), TABLE_CAPTION.match(beside.text).group(1)
            for below in reversed(out):  # its next lines, at its own left edge
                own = [sg for sg in below.segments if abs(sg.x0 - beside.x0) < 3]
                if not own or below.top - ln.bottom > 1.5 * height:
                    break
                caption += " " + own[0].text.strip()
                below.segments.remove(own[0])
            out = [o for o in out if o.segments]
            break
        if m:
            caption, number = ln.text.strip(), m.group(1)
            last = ln  # the caption's own next lines, each under the one before, not a header
            while out and caption_wraps_to(last, out[-1], height):  # ('..., 2021-' / '2023')
                last = out.pop()
                caption += " " + last.text.strip()
            break
        split = split_row(ln)
        if split is not None and not all(YEARISH.match(s.text.strip()) or not s.is_value for s in ln.segments) \
                and not _number_in_header(split, bands):
            break
        long_seg = max(ln.segments, key=lambda s: s.x1 - s.x0)
        edge = label_x0 if label_x0 is not None else lines[lead[-1]].segments[0].x0 if lead and not out else None
        at_labels = len(ln.segments) == 1 and edge is not None and abs(ln.segments[0].x0 - edge) < 3
        if len(ln.segments) == 1 and len(long_seg.text.split()) >= 7 and long_seg.x1 > bands[0][0] \
                and not (at_labels and not out and _under_header(lines, k, height)):
            break  # running text; not a long group row under the column headers ('Programma QEB – ... (vervolg)')
        # a header cell's last line centred over a column wider than its values ('(maanden)') is no label line
        in_labels = label_x0 is None or ln.segments[0].x0 < (label_x0 + bands[0][0]) / 2
        if (ln.segments[-1].x1 < bands[0][0] and in_labels or at_labels) and not out:
            lead.append(k)  # wrapped label or group row over the first row (its values sit lower)
        elif ln.segments[0].x0 > right:  # beside the table, not over it (a text column after the amounts is)
            break
        else:
            out.append(ln)
        k -= 1
    if not caption:
        for back in range(k, max(-1, k - 3), -1):
            m = TABLE_CAPTION.match(lines[back].text)
            if m:  # with the lines it wraps onto ('Tabel 1: Door ... op' / 'gewestwegen, ..., eerste jaarhelft 2024')
                wrapped = [lines[j].text.strip() for j in range(back + 1, k + 1) if len(lines[j].segments) == 1]
                caption, number = " ".join([lines[back].text.strip()] + wrapped), m.group(1)
                break
    return out, caption, number, (min(lead) if lead else start)


def caption_wraps_to(caption: PLine, below: PLine, height: float, centred: bool = True) -> bool:
    """Is `below` the caption's own next line: one segment close under it, at its left edge (or, with `centred`,
    centred under a caption of one segment), not a column header?"""
    if len(below.segments) != 1 or below.top - caption.bottom >= 1.5 * height:  # (the next line: 6 pt under a 7.5 pt row)
        return False
    return abs(below.segments[0].x0 - caption.segments[0].x0) < 3 or centred and len(caption.segments) == 1 \
        and abs(below.segments[0].center - caption.segments[0].center) < 3


def _under_header(lines: list[PLine], k: int, height: float) -> bool:
    """Line k follows, at a table's line spacing, a line of several cells and no values: a header row."""
    above = lines[k - 1] if k > 0 else None
    return above is not None and lines[k].top - above.bottom <= 2.2 * height and len(above.segments) >= 2 \
        and split_row(above) is None


def _column_paths(header_lines: list[PLine], bands: list[tuple[float, float]],
                  boundary: float) -> tuple[list[list[str]], str]:
    """Each band's header path, top level first; the corner text left of `boundary`, over the row labels."""
    stub_parts: list[str] = []
    segments: list[Segment] = []
    for ln in reversed(header_lines):  # top-down
        # over the label columns is the corner; right of the amounts, over a text column ('Geplande start'), nothing
        # a header set right over the first column's figures is theirs, whatever a group row's width made of
        # the boundary ('Aanvragen' right-aligned over '46' | '71')
        over = [s.center > boundary or s.x1 > (bands[0][0] + bands[0][1]) / 2 for s in ln.segments]
        stub_parts += [s.text for s, o in zip(ln.segments, over) if not o and not _running(s.text)]
        segments += [s for s, o in zip(ln.segments, over) if o and s.x0 <= bands[-1][1] + 2]
    lowest = [s for s in segments if not any(o is not s and o.top > s.bottom - 1 and min(o.x1, s.x1) > max(o.x0, s.x0)
                                             for o in segments)]
    segments = [piece for s in segments for piece in (_split_over_bands(s, bands, [o for o in segments if o is not s
                                                                                 and _level(o, s)])
                                                      if s in lowest else [s])]
    return column_paths(segments, bands, boundary), join_lines(stub_parts).strip()


def _level(a: Segment, b: Segment) -> bool:
    """Two header segments on one line: they overlap over most of the lower one's height (a wrapped cell's last
    line may sit a few points off its neighbours' baseline)."""
    return min(a.bottom, b.bottom) - max(a.top, b.top) > 0.5 * min(a.bottom - a.top, b.bottom - b.top)


def _running(text: str) -> bool:
    """Running text beside a table, not its corner cell: five words or more, or a sentence's end."""
    return len(text.split()) >= 5 or text.rstrip().endswith((".", ";"))


def _split_over_bands(seg: Segment, bands: list[tuple[float, float]], beside: list[Segment]) -> list[Segment]:
    """A header run of words that are each centred over a different band is one header per band; not when a
    band it would reach has a header of its own on the line ('K2 2023' beside 'K1 2023' is one cell)."""
    if len(seg.words) < 2 or len(bands) < 2:
        return [seg]
    centres = [(a + b) / 2 for a, b in bands]
    pitch = min(b - a for a, b in zip(centres, centres[1:])) if len(centres) > 1 else 1e9
    pieces: list[list[Word]] = []
    owners: list[int] = []
    for w in seg.words:
        c = (w[1] + w[2]) / 2
        j = min(range(len(centres)), key=lambda k: abs(centres[k] - c))
        if owners and owners[-1] == j:
            pieces[-1].append(w)
        else:
            pieces.append([w])
            owners.append(j)
    taken = {min(range(len(centres)), key=lambda k: abs(centres[k] - o.center)) for o in beside}
    if len(pieces) < 2 or len(set(owners)) < len(owners) or taken & set(owners):
        return [seg]
    for piece, j in zip(pieces, owners):
        if abs((piece[0][1] + piece[-1][2]) / 2 - centres[j]) > 0.5 * pitch:
            return [seg]
    return [Segment(" ".join(w[0] for w in p), p[0][1], p[-1][2], min(w[3] for w in p), max(w[4] for w in p), p)
            for p in pieces]
