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
from dataclasses import dataclass, field
from statistics import median

from qa.facts.geoheaders import column_paths
from qa.facts.geomend import drop_marks, mend_lines
from qa.facts.rowlabels import row_labels
from qa.facts.tables import NONE_CELLS, TABLE_CAPTION

Word = tuple[str, float, float, float, float]  # text, x0, x1, top, bottom

_AMOUNT = r"(?:(?:€|EUR)\s?)?(?:\d{1,3}(?:[.\s]\d{3})+|\d+)(?:[.,]\d+)?"  # 'EUR 6.450.000' too
# '12 500', '€ 1 245 300,50': thousands set apart by a space, which only a cell's geometry can tell from two cells
SPACED_AMOUNT = re.compile(r"^(?:(?:[€+\-−]|EUR)\s?)?\d{1,3}(?: \d{3})+(?:,\d+)?(?:\s?(?:%|€|EUR|euro))?$")
_SCALE_WORD = r"(?:mln|miljoen|mld|miljard)\.?"  # '€ 12,5 mln'
# a unit written after the amount ('142.518.230,00 EUR', '389,7 VTE') is part of the cell, and a footnote mark may
# follow: '2.117*', '29(2)'; brackets in pairs ('(x 1.000)' wraps to '1.000)': no cell)
_VALUE = re.compile(
    rf"^[-+−]?\s?(?:\({_AMOUNT}\)|{_AMOUNT})\s?(?:%|€|‰|EUR|euro|keuro|k\s?euro|VTE|FTE|{_SCALE_WORD}(?:\s?(?:€|euro|EUR))?)?"
    r"(?:\*+|\(\d\))?$"
)
# the text reader's empty cells, and what stands alone in a geometric cell only ('*', '…': in text they are no cell)
EMPTY_MARKERS = {m.lower() for m in NONE_CELLS} | {"nb", "n.b.", "x", "*", "…"}
_FOOTMARK = re.compile(r"\s*(?:\(\d{1,2}\)|\*+)$")


def is_empty_marker(text: str) -> bool:
    """'-', 'n.v.t.', also with a footnote mark ('- (2)', 'n.v.t.*'): a cell known to be empty."""
    return text.lower() in EMPTY_MARKERS or _FOOTMARK.sub("", text).lower() in EMPTY_MARKERS


_YEARISH = re.compile(r"^(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?$|^[KQT][1-4]\s?(?:19|20)\d\d$", re.I)
_SECTION = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[IVX]+\.|\d+\s*[—–-])(?:\s+\S|$)")


@dataclass
class Segment:
    """Words of one line that sit close together: one cell of a table."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    words: list[Word] = field(default_factory=list)

    @property
    def is_value(self) -> bool:
        t = self.text.strip()
        return bool(_VALUE.match(t)) or is_empty_marker(t)

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2


@dataclass
class PLine:
    segments: list[Segment]
    top: float
    bottom: float

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.segments)

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass
class GeoCell:
    """One value cell with its header paths; `word` is the value's word box."""

    text: str
    row_path: list[str]
    col_path: list[str]
    word: Word
    row: int
    col: int


@dataclass
class GeoTable:
    page: int  # 0-based
    caption: str
    number: str | None
    stub: str  # the corner header over the row labels ("Provincie", "Jaar")
    columns: list[list[str]]
    rows: list[list[str]]
    cells: list[GeoCell]
    confidence: float
    top: float = 0.0
    carried: bool = False  # its caption and headers were printed on the page before


# plain text set in columns with spaces, as word boxes: a space is narrower than the gap that splits cells
# (group_lines: 0.9 of the glyph height), two spaces are wider; lines follow at PDF-like spacing
_CHAR_W, _GLYPH_H, _LINE_H = 5.0, 7.0, 14.0
ALIGNED_LINE = re.compile(r"\S {2,}\S")


def text_words(text: str, page_starts: list[int]) -> list[list[Word]]:
    """Word boxes of a text file, one list per page, from the characters' columns and the lines."""
    pages = []
    bounds = list(page_starts) + [len(text)]
    for a, b in zip(bounds, bounds[1:]):
        words: list[Word] = []
        for i, line in enumerate(text[a:b].split("\n")):
            for m in re.finditer(r"\S+", line):
                top = i * _LINE_H
                words.append((m.group(), m.start() * _CHAR_W, m.end() * _CHAR_W, top, top + _GLYPH_H))
        pages.append(words)
    return pages


def group_lines(words: list[Word]) -> list[PLine]:
    """Words into lines by vertical overlap, each line split into segments at wide gaps."""
    lines: list[list[Word]] = []
    for w in sorted(words, key=lambda w: ((w[3] + w[4]) / 2, w[1])):
        mid = (w[3] + w[4]) / 2
        if lines:
            last = lines[-1]
            top, bottom = min(x[3] for x in last), max(x[4] for x in last)
            if top - 0.5 <= mid <= bottom + 0.5 and abs(mid - (top + bottom) / 2) < 0.4 * (bottom - top) + 0.5:
                last.append(w)
                continue
        lines.append([w])
    out = []
    for ws in lines:
        ws.sort(key=lambda w: w[1])
        height = median([w[4] - w[3] for w in ws]) or 1.0
        segs: list[list[Word]] = [[ws[0]]]
        for w in ws[1:]:
            if w[1] - segs[-1][-1][2] > 0.9 * height:
                segs.append([w])
            else:
                segs[-1].append(w)
        segments = [Segment(" ".join(w[0] for w in s), s[0][1], max(w[2] for w in s), min(w[3] for w in s),
                            max(w[4] for w in s), s) for s in segs]
        out.append(PLine(segments, min(w[3] for w in ws), max(w[4] for w in ws)))
    return out


def reading_order(words: list[Word]) -> list[Word]:
    """A page's words line by line, left to right: the order to align with the page's text."""
    return [w for ln in group_lines(words) for s in ln.segments for w in s.words]


def _row_split(line: PLine) -> tuple[list[Segment], list[Segment]] | None:
    """(label segments, value segments) of a table row, or None when the line is not one."""
    segs = line.segments
    first_value = next((i for i, s in enumerate(segs) if s.is_value), None)
    if first_value is None:
        return None
    if first_value == 0 and len(segs) > 1 and _YEARISH.match(segs[0].text.strip()):
        first_value = 1  # a year down the rows is the row's label (transposed tables)
        if not any(s.is_value for s in segs[1:]):
            return None
    if first_value == 0 and len(segs) > 2 and re.fullmatch(r"\d{1,3}\.?", segs[0].text.strip()) \
            and not segs[1].is_value:  # '7 | N2 | Hasselt | ... | 1.590.000': a row's number opens its label
        first_value = next((i for i, s in enumerate(segs) if i > 1 and s.is_value), None)
        if first_value is None:
            return None
    values = segs[first_value:]
    while len(values) > 1 and not values[-1].is_value and len(values[-1].text.split()) <= 3 and len(segs) >= 3:
        values = values[:-1]  # a text column after the amounts ('Q3 2024', 'lopend'): no cell
    if any(not s.is_value for s in values) or all(_YEARISH.match(s.text.strip()) for s in values):
        return None
    if all(is_empty_marker(s.text.strip()) for s in values) and len(values) < 2:
        return None  # a row of empty cells ('x x x x x') is still a row; a lone '-' is not
    if len(values) == 1 and first_value == 0:
        return None
    return segs[:first_value], values


def _bands(rows: list[list[Segment]]) -> list[tuple[float, float]]:
    """Column bands: x-ranges of value cells merged where they overlap."""
    spans = sorted((s.x0, s.x1) for vals in rows for s in vals)
    bands: list[list[float]] = []
    for x0, x1 in spans:
        if bands and x0 <= bands[-1][1] + 0.5:
            bands[-1][1] = max(bands[-1][1], x1)
        else:
            bands.append([x0, x1])
    return [(a, b) for a, b in bands]


def _band_of(seg: Segment, bands: list[tuple[float, float]]) -> int | None:
    best, best_overlap = None, 0.0
    for j, (a, b) in enumerate(bands):
        overlap = min(b, seg.x1) - max(a, seg.x0)
        if overlap > best_overlap:
            best, best_overlap = j, overlap
    return best


def _ordinal_header(line: PLine) -> bool:
    """Column numbers over the cells ('1 2 3 4' under 'Inkomenscategorie'): consecutive small whole numbers and
    nothing else on the line are a header, not a row."""
    texts = [s.text.strip() for s in line.segments]
    if len(texts) < 2 or not all(re.fullmatch(r"\d{1,2}", t) for t in texts):
        return False
    nums = [int(t) for t in texts]
    return nums[0] in (0, 1) and nums == list(range(nums[0], nums[0] + len(nums)))


def _split(line: PLine) -> tuple[list[Segment], list[Segment]] | None:
    return None if _ordinal_header(line) else _row_split(line)


def page_lines(words: list[Word]) -> list[PLine]:
    """A page's lines as its tables are read from them (marks dropped, wrapped units and split rows mended)."""
    return mend_lines(group_lines(drop_marks(words)), lambda s: s.is_value, lambda ln: _row_split(ln) is not None)


def page_head(words: list[Word]) -> list[PLine]:
    """The caption and header lines of the table a page ends in (no running text after it), which the next page
    goes on with: a table broken over two pages prints its header on the first page only."""
    lines = page_lines(words)
    cap = next((k for k in range(len(lines) - 1, -1, -1) if TABLE_CAPTION.match(lines[k].text)), None)
    if cap is None or any(_is_prose(ln, lines[cap:]) for ln in lines[cap + 1:]):
        return []
    first_row = next((k for k in range(cap + 1, len(lines)) if _row_split(lines[k]) is not None), len(lines))
    head = lines[cap:first_row]
    if first_row < len(lines):  # a group row or wrapped label over the first row is no header
        values_x0 = _row_split(lines[first_row])[1][0].x0
        while len(head) > 1 and all(s.x1 < values_x0 for s in head[-1].segments):
            head.pop()
    return head if len(head) > 1 else []


def find_tables(words: list[Word], page: int = 0, carry: list[PLine] | None = None) -> list[GeoTable]:
    """Every table on one page whose values line up in columns; `carry` is the previous page's `page_head`, the
    headers of a table at the top of this page that has none of its own."""
    lines = page_lines(words)
    splits = [_split(ln) for ln in lines]
    tables: list[GeoTable] = []
    i = 0
    while i < len(lines):
        if splits[i] is None:
            i += 1
            continue
        start, end, height = i, i, lines[i].height or 10.0
        j = i + 1
        while j < len(lines):
            gap = lines[j].top - lines[j - 1].bottom
            if gap > 2.2 * height:
                break
            if splits[j] is not None:
                end = j
            elif _is_prose(lines[j], lines[start:end + 1]) or TABLE_CAPTION.match(lines[j].text):
                break
            j += 1
        table = _read_table(lines, splits, start, end, page)
        if carry and not tables and table is not None and not table.caption and not any(table.columns) \
                and not any(_is_prose(ln, lines[start:end + 1]) for ln in lines[:start]):
            table = _carried(carry, lines, splits, start, end, page) or table
        if table is not None:
            tables.append(table)
        i = end + 1
    return tables


def _carried(carry: list[PLine], lines: list[PLine], splits: list, start: int, end: int, page: int) -> GeoTable | None:
    """The table read again under the previous page's caption and headers, set just above this page's first line."""
    dy = lines[0].top - 3.0 - carry[-1].bottom
    moved = [PLine([Segment(s.text, s.x0, s.x1, s.top + dy, s.bottom + dy, s.words) for s in ln.segments],
                   ln.top + dy, ln.bottom + dy) for ln in carry]
    n = len(moved)
    table = _read_table(moved + lines, [None] * n + splits, start + n, end + n, page)
    if table is None or not any(table.columns):
        return None
    table.carried = True
    return table


def _is_prose(line: PLine, rows: list[PLine]) -> bool:
    """A line of running text: one long segment reaching past the value columns."""
    right = max(s.x1 for r in rows for s in r.segments)
    left = min(s.x0 for r in rows for s in r.segments)
    seg = max(line.segments, key=lambda s: s.x1 - s.x0)
    return len(line.segments) == 1 and len(seg.text.split()) >= 8 and seg.x1 - seg.x0 > 0.6 * (right - left)


def _read_table(lines: list[PLine], splits: list, start: int, end: int, page: int) -> GeoTable | None:
    row_idx = [k for k in range(start, end + 1) if splits[k] is not None]
    values = [splits[k][1] for k in row_idx]
    if _contents(splits, row_idx) or (len(row_idx) <= 2 and not any(splits[k][0] for k in row_idx)):
        return None  # a contents page, or numbers with no row label (headings, page furniture)
    bands = _bands(values)
    dashes = {j for j in range(len(bands)) if all(is_empty_marker(sg.text.strip()) for vals in values for sg in vals
                                                  if _band_of(sg, bands) == j)}
    if dashes and len(dashes) < len(bands):  # a column of '-' alone is a text column's empty cells ('Geplande start')
        for k in row_idx:
            splits[k] = (splits[k][0], [sg for sg in splits[k][1] if _band_of(sg, bands) not in dashes])
        row_idx = [k for k in row_idx if splits[k][1]]
        values = [splits[k][1] for k in row_idx]
        bands = _bands(values)
    if len(row_idx) < 2 and len(bands) < 2:
        return None
    left_edge = bands[0][0]
    conflicts = 0
    for vals in values:
        seen = [_band_of(s, bands) for s in vals]
        conflicts += len(seen) - len(set(seen))
    label_right = max((s.x1 for k in row_idx for s in splits[k][0]), default=left_edge - 20)
    boundary = (label_right + left_edge) / 2 if label_right < left_edge else left_edge - 2
    label_x0 = min((splits[k][0][0].x0 for k in row_idx if splits[k][0]), default=None)
    header_lines, caption, number, first = _header_lines(lines, start, bands, label_x0)
    if not caption:  # some reports set the caption under the table
        for ln in lines[end + 1:end + 3]:
            m = TABLE_CAPTION.match(ln.text)
            if m and ln.top - lines[end].bottom < 3 * (lines[end].height or 10.0):
                caption, number = ln.text.strip(), m.group(1)
                break
    columns, stub = _column_paths(header_lines, bands, boundary)
    last = end  # the last row's label may wrap below its values ('Aandeel dossiers binnen de | decretale ...')
    while last + 1 < len(lines) and splits[last + 1] is None and lines[last + 1].segments \
            and lines[last + 1].top - lines[last].bottom < 0.75 * (lines[end].height or 10.0) \
            and all(sg.x1 < left_edge - 2 for sg in lines[last + 1].segments):
        last += 1
    rows = row_labels(lines, splits, first, last, left_edge)
    cells: list[GeoCell] = []
    for r, k in enumerate(row_idx):
        for seg in splits[k][1]:
            j = _band_of(seg, bands)
            if j is None:
                continue
            word = seg.words[-1]
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
        if m:
            caption, number = ln.text.strip(), m.group(1)
            while out and len(out[-1].segments) == 1 and abs(out[-1].segments[0].x0 - ln.segments[0].x0) < 3 \
                    and out[-1].top - ln.bottom < 0.8 * height:  # the caption's own next line, not a header
                caption += " " + out.pop().text.strip()
            break
        if _split(ln) is not None and not all(_YEARISH.match(s.text.strip()) or not s.is_value for s in ln.segments):
            break
        long_seg = max(ln.segments, key=lambda s: s.x1 - s.x0)
        if len(ln.segments) == 1 and len(long_seg.text.split()) >= 7 and long_seg.x1 > bands[0][0]:
            break
        at_labels = len(ln.segments) == 1 and label_x0 is not None and abs(ln.segments[0].x0 - label_x0) < 3
        if (ln.segments[-1].x1 < bands[0][0] or at_labels) and not out:
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


def _column_paths(header_lines: list[PLine], bands: list[tuple[float, float]],
                  boundary: float) -> tuple[list[list[str]], str]:
    """Each band's header path, top level first; the corner text left of `boundary`, over the row labels."""
    stub_parts: list[str] = []
    segments: list[Segment] = []
    for ln in reversed(header_lines):  # top-down
        stub_parts += [s.text for s in ln.segments if s.center <= boundary]
        segments += [s for s in ln.segments if s.center > boundary and s.x0 <= bands[-1][1] + 2]  # not over a text
        # column right of the amounts ('Geplande start')
    lowest = [s for s in segments if not any(o is not s and o.top > s.bottom - 1 and min(o.x1, s.x1) > max(o.x0, s.x0)
                                             for o in segments)]
    segments = [piece for s in segments for piece in (_split_over_bands(s, bands) if s in lowest else [s])]
    return column_paths(segments, bands, boundary), " ".join(stub_parts).strip()


def _split_over_bands(seg: Segment, bands: list[tuple[float, float]]) -> list[Segment]:
    """A header run of words that are each centred over a different band is one header per band."""
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
    if len(pieces) < 2 or len(set(owners)) < len(owners):
        return [seg]
    for piece, j in zip(pieces, owners):
        if abs((piece[0][1] + piece[-1][2]) / 2 - centres[j]) > 0.5 * pitch:
            return [seg]
    return [Segment(" ".join(w[0] for w in p), p[0][1], p[-1][2], min(w[3] for w in p), max(w[4] for w in p), p)
            for p in pieces]
