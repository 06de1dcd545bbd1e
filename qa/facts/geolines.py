"""A page's words as lines and segments, and which lines are table rows.

A segment is words of one line set close together (one cell of a table); a
row is a line whose segments end in values (amounts, percentages, empty-cell
markers) after its label. Coordinates are PDF points, y growing downwards.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median

from qa.facts.tables import NONE_CELLS

Word = tuple[str, float, float, float, float]  # text, x0, x1, top, bottom

_AMOUNT = r"(?:(?:€|EUR)\s?)?(?:\d{1,3}(?:[.\s]\d{3})+|\d+)(?:[.,]\d+)?"  # 'EUR 6.450.000' too
# '12 500', '€ 1 245 300,50': thousands set apart by a space, which only a cell's geometry can tell from two cells
SPACED_AMOUNT = re.compile(r"^(?:(?:[€+\-−]|EUR)\s?)?\d{1,3}(?: \d{3})+(?:,\d+)?(?:\s?(?:%|€|EUR|euro))?$")
_SCALE_WORD = r"(?:mln|miljoen|mld|miljard)\.?"  # '€ 12,5 mln'
MEASURE_WORDS = r"(?:dagen|dag|uur|uren|km|ha|ton)"
# a unit written after the amount ('142.518.230,00 EUR', '389,7 VTE') is part of the cell, and a footnote mark may
# follow: '2.117*', '29(2)'; brackets in pairs ('(x 1.000)' wraps to '1.000)': no cell)
_VALUE = re.compile(
    rf"^[-+−]?\s?(?:\({_AMOUNT}\)|{_AMOUNT})\s?(?:%|€|‰|EUR|euro|keuro|k\s?euro|VTE|FTE|{_SCALE_WORD}(?:\s?(?:€|euro|EUR))?"
    rf"|{MEASURE_WORDS})?(?:\s?(?:\*+|\(\d\)))?$"
)
# a measure written in the cell ('58 dagen', '12,4 km'): a value, but in a row's first cell a label ('3 maanden')
MEASURED = re.compile(rf"^{_AMOUNT}\s(?:{MEASURE_WORDS})$")
# the text reader's empty cells, and what stands alone in a geometric cell only ('*', '…': in text they are no cell)
EMPTY_MARKERS = {m.lower() for m in NONE_CELLS} | {"nb", "n.b.", "x", "*", "…", "."}  # '.': not available
_FOOTMARK = re.compile(r"\s*(?:\(\d{1,2}\)|\*+)$")


def is_empty_marker(text: str) -> bool:
    """'-', 'n.v.t.', also with a footnote mark ('- (2)', 'n.v.t.*'): a cell known to be empty; '<5', 'geheim': a
    cell whose figure is withheld."""
    return text.lower() in EMPTY_MARKERS or _FOOTMARK.sub("", text).lower() in EMPTY_MARKERS or bool(WITHHELD.match(text))


WITHHELD = re.compile(r"^(?:[<>≤≥]\s?\d+(?:[.,]\d+)?|geheim|vertrouwelijk|confidentieel)$", re.I)


# a year, season or quarter as a header, with its footnote mark ('2024*': figures up to September)
YEARISH = re.compile(r"^(?:(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?|[KQT][1-4]\s?(?:19|20)\d\d)(?:\s?\*{1,3}|\s?\(\d\))?$", re.I)


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
        segments = [Segment(_joined(s, height), s[0][1], max(w[2] for w in s), min(w[3] for w in s),
                            max(w[4] for w in s), s) for s in segs]
        out.append(PLine(segments, min(w[3] for w in ws), max(w[4] for w in ws)))
    return out


def _joined(words: list[Word], height: float) -> str:
    """The words of a segment as text; two that touch are one word the PDF's text stream split ('k' | 'rediet')."""
    out = words[0][0]
    for prev, w in zip(words, words[1:]):
        same = abs((w[4] - w[3]) - (prev[4] - prev[3])) < 0.2 * height  # a footnote mark is set smaller
        out += ("" if w[1] - prev[2] < (0.1 if same else 0.05) * height else " ") + w[0]
    return out


def reading_order(words: list[Word]) -> list[Word]:
    """A page's words line by line, left to right: the order to align with the page's text."""
    return [w for ln in group_lines(words) for s in ln.segments for w in s.words]


_BRACKETED_UNIT = re.compile(r"\((?:in\s+)?[^\W\d]{1,12}\.?\)")  # '(VTE)', '(euro)', '(in ha)'; not '(1)'


def row_split(line: PLine) -> tuple[list[Segment], list[Segment]] | None:
    """(label segments, value segments) of a table row, or None when the line is not one."""
    segs = line.segments
    first_value = next((i for i, s in enumerate(segs) if s.is_value), None)
    if first_value is None or all(re.fullmatch(r"\(\d\)", s.text.strip()) for s in segs if s.is_value):
        return None  # '(1)' under 'Schoolbezoeken' among header words: a footnote mark, no row of figures
    first = segs[0].text.strip()
    if first_value == 0 and len(segs) > 1 and (YEARISH.match(first) or MEASURED.match(first)):
        # a year down the rows is the row's label (transposed tables), and so is '3 maanden'; with the label
        # after it when the year spans rows ('2023 | K1 | 412,6 ...' over 'K2 | 538,9 ...')
        first_value = next((i for i, s in enumerate(segs) if i >= 1 and s.is_value), None)
        if first_value is None:
            return None
    if first_value == 0 and len(segs) > 2 and re.fullmatch(r"\d{1,3}\.?", segs[0].text.strip()) \
            and not segs[1].is_value:  # '7 | N2 | Hasselt | ... | 1.590.000': a row's number opens its label
        first_value = next((i for i, s in enumerate(segs) if i > 1 and s.is_value), None)
        if first_value is None:
            return None
    values = segs[first_value:]
    while len(values) > 1 and not values[-1].is_value and len(segs) >= 3 and (
            len(values[-1].text.split()) <= 3 or sum(1 for v in values if v.is_value) >= 2 and first_value > 0):
        if first_value == 0 and _BRACKETED_UNIT.fullmatch(values[-1].text.strip()):
            return None  # '(2023) 1.000 (VTE) (VTE)', no row label: the units of a wrapped header, no row of figures
        values = values[:-1]  # a text column after the amounts ('Q3 2024', 'lopend', a remark): no cell
    if any(not s.is_value for s in values) or all(YEARISH.match(s.text.strip()) for s in values):
        return None
    if all(is_empty_marker(s.text.strip()) for s in values) and len(values) < 2:
        return None  # a row of empty cells ('x x x x x') is still a row; a lone '-' is not
    if len(values) == 1 and first_value == 0:
        return None
    return segs[:first_value], values


def bands_of(rows: list[list[Segment]]) -> list[tuple[float, float]]:
    """Column bands: x-ranges of value cells merged where they overlap."""
    spans = sorted((s.x0, s.x1) for vals in rows for s in vals)
    bands: list[list[float]] = []
    for x0, x1 in spans:
        if bands and x0 <= bands[-1][1] + 0.5:
            bands[-1][1] = max(bands[-1][1], x1)
        else:
            bands.append([x0, x1])
    return [(a, b) for a, b in bands]


def band_of(seg: Segment, bands: list[tuple[float, float]]) -> int | None:
    best, best_overlap = None, 0.0
    for j, (a, b) in enumerate(bands):
        overlap = min(b, seg.x1) - max(a, seg.x0)
        if overlap > best_overlap:
            best, best_overlap = j, overlap
    return best


def odd_row_bands(bands: list[tuple[float, float]], values: list[list[Segment]]) -> list[tuple[float, float]]:
    """A band of one or two rows set just beside another band, never in the same row, is that column: a total row
    printed bold and centred where the other rows are right-aligned ('472' at 319-339 beside '117' at 342-360)."""
    rows_of = [{r for r, vals in enumerate(values) for sg in vals if band_of(sg, bands) == j}
               for j in range(len(bands))]
    out = list(bands)
    j = 0
    while j + 1 < len(out):
        a, b = rows_of[j], rows_of[j + 1]
        gap = out[j + 1][0] - out[j][1]
        left = out[j][0] - out[j - 1][1] if j > 0 else float("inf")
        right = out[j + 2][0] - out[j + 1][1] if j + 2 < len(out) else float("inf")
        narrow = min(out[j][1] - out[j][0], out[j + 1][1] - out[j + 1][0])
        if not a & b and min(len(a), len(b)) <= 2 < max(len(a), len(b)) \
                and 0 <= gap < min(0.3 * min(left, right), narrow):
            out[j:j + 2] = [(out[j][0], out[j + 1][1])]
            rows_of[j:j + 2] = [a | b]
            continue
        j += 1
    return out


def ordinal_header(line: PLine) -> bool:
    """Column numbers over the cells ('1 2 3 4' under 'Inkomenscategorie'): consecutive small whole numbers and
    nothing else on the line are a header, not a row."""
    texts = [s.text.strip() for s in line.segments]
    if len(texts) < 2 or not all(re.fullmatch(r"\d{1,2}", t) for t in texts):
        return False
    nums = [int(t) for t in texts]
    return nums[0] in (0, 1) and nums == list(range(nums[0], nums[0] + len(nums)))


def split_row(line: PLine) -> tuple[list[Segment], list[Segment]] | None:
    return None if ordinal_header(line) else row_split(line)
