"""Column header paths from the header cells above a table's value bands.

Header text is set in cells: one cell may wrap over several lines, sit
vertically centred beside cells of two lines, or span several columns
("Mannen" over three age bands, "1e semester 2023" over six months). So the
header is read as cells, not lines: segments stacked at line spacing with
overlapping x-ranges are one cell; the lowest cell over a band is its leaf
label; the cells above are group labels, each owning a contiguous run of
bands that is aligned under it (left, centred or right) and that tiles with
the runs of its neighbours on the same header row.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from statistics import median
from typing import TYPE_CHECKING

from qa.facts.headerwrap import aligned, height, like_wrapped, over_numbered
from qa.facts.tables import join_lines

if TYPE_CHECKING:
    from qa.facts.geolines import Segment

Band = tuple[float, float]


@dataclass
class HeaderCell:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def center(self) -> float:
        return (self.x0 + self.x1) / 2


def header_cells(segments: list) -> list[HeaderCell]:
    """Segments merged into cells: x-ranges overlap and lines follow at line spacing."""
    segs = sorted(segments, key=lambda s: (s.top, s.x0))
    if not segs:
        return []
    paired = _one_to_one(segs)
    cells: list[list] = []
    for s in segs:
        for cell in cells:
            last = cell[-1]
            overlap = min(last.x1, s.x1) - max(last.x0, s.x0)
            if (id(last), id(s)) in paired:  # lines of one wrapped cell, however loose
                reach = 2.4 * max(last.bottom - last.top, s.bottom - s.top, 1.0)
            else:  # glyph boxes: ~0.7 of the font size
                reach = 1.9 * max(min(height(last), height(s)), 1.0)
            if overlap > 0 and 0 < s.top - last.top <= reach and not _over_two(last, segs) and aligned(last, s) \
                    and not over_numbered(s, segs, reach):
                cell.append(s)
                break
        else:
            cells.append([s])
    cells = like_wrapped(cells, segs)
    split = []
    for c in cells:
        k = _row_above(c, segs)
        split += [c[:k], c[k:]] if k else [c]
    return [HeaderCell(join_lines([x.text for x in c]), min(x.x0 for x in c), max(x.x1 for x in c), c[0].top,
                       max(x.bottom for x in c)) for c in split]


def _row_above(cell: list[Segment], segs: list[Segment]) -> int:
    """How many of a cell's first lines are a header row of their own. A one-line cell beside it is centred on
    the lines of its own row: 'aantal' centred beside 'opbrengst (in' / 'euro)' shows that '2022', set above
    (centred over both columns, it happens to start where 'opbrengst' does), is a group label, not a first line."""
    x0, x1 = min(x.x0 for x in cell), max(x.x1 for x in cell)
    bottom = max(x.bottom for x in cell)
    for k in range(1, len(cell) - 1):  # centred on one line is no sign: 'Binnenbaden' beside a rowspan's last line
        top = cell[k].top
        h = max(height(cell[k]), 1.0)
        own, whole = (top + bottom) / 2, (cell[0].top + bottom) / 2
        for n in segs:
            if min(n.x1, x1) - max(n.x0, x0) > 0 or not (top - 0.5 * h < n.top and n.bottom < bottom + 0.5 * h):
                continue  # over or under the cell, or not beside its lower lines
            if any(o is not n and min(o.x1, n.x1) - max(o.x0, n.x0) > 0 and 0.5 * h < abs(o.top - n.top) < 2.4 * h
                   for o in segs):
                continue  # a line of a wrapped neighbour, not a one-line cell
            mid = (n.top + n.bottom) / 2
            if abs(mid - own) <= 0.25 * h and abs(mid - whole) >= 0.5 * h:
                return k
    return 0


def _over_two(upper, segs: list) -> bool:
    """A label set over two cells side by side just below it ('Schooljaar 2022-2023' over 'Basisonderwijs' and
    'Secundair onderwijs', which wrap to different heights): a group label, not the first line of either."""
    reach = 3.0 * max(upper.bottom - upper.top, 1.0)
    below = [o for o in segs if 0 < o.top - upper.top <= reach and min(o.x1, upper.x1) - max(o.x0, upper.x0) > 0]
    if below:  # the nearest line below only: 'euro)' under 'Gemiddeld premiebedrag (in', not the years under both
        nearest = min(o.top for o in below)
        below = sorted((o for o in below if o.top - nearest < 0.5 * max(upper.bottom - upper.top, 1.0)),
                       key=lambda o: o.x0)
    return any(b.x0 > a.x1 for a, b in zip(below, below[1:]))


def _one_to_one(segs: list) -> set[tuple[int, int]]:
    """Pairs (upper, lower) of segments that stack one to one with their neighbours ('K1' over '2023' beside
    'K2' over '2023'): lines of wrapped cells, however loose their line spacing. A label over a neighbour that
    has nothing above it may be a group label over both ('Aanvragen' over 'aantal bedrag'), so it is left out."""
    def on_line(a, b) -> bool:  # within a quarter of a line: renderers set a cell's words a point or two apart
        return abs(a.top - b.top) < max(1.5, 0.25 * min(a.bottom - a.top, b.bottom - b.top))

    def level(a, b) -> bool:  # two uppers by the top or the baseline: 'waarvan' (x-height letters) beside 'Aantal'
        return on_line(a, b) or abs(a.bottom - b.bottom) < max(1.5, 0.25 * min(a.bottom - a.top, b.bottom - b.top))

    def over(u, l) -> bool:  # x-heights differ ('jan' over '2024'): the taller box sets the line's size
        height = max(u.bottom - u.top, l.bottom - l.top, 1.0)
        return min(u.x1, l.x1) - max(u.x0, l.x0) > 0 and 0 < l.top - u.top <= 2.4 * height

    def upper_of(l):
        ups = [u for u in segs if over(u, l)]
        if not ups:
            return None
        near = [u for u in ups if on_line(u, max(ups, key=lambda v: v.top))]
        u = near[0] if len(near) == 1 else None
        if u is None or sum(1 for x in segs if on_line(x, l) and over(u, x)) != 1:
            return None  # the label stands over more than this one segment
        return u

    uppers = {id(l): upper_of(l) for l in segs}
    pairs: set[tuple[int, int]] = set()
    for l in segs:
        u = uppers[id(l)]
        if u is None:
            continue
        row = sorted((x for x in segs if on_line(x, l)), key=lambda x: x.x0)
        k = next(i for i, x in enumerate(row) if x is l)
        neighbours = row[max(0, k - 1):k] + row[k + 1:k + 2]
        # alone on its line, under one segment that stands over nothing else: one cell wrapped ('waarvan' /
        # 'toegankelijk' under 'Haltes')
        if all((v := uppers[id(n)]) is not None and level(v, u) for n in neighbours):
            pairs.add((id(u), id(l)))
    return pairs


def cell_regions(bands: list[Band], left: float) -> list[Band]:
    """The horizontal extent of each column's cells: between the midpoints to its neighbours."""
    out = []
    for j, (a, b) in enumerate(bands):
        lo = left if j == 0 else (bands[j - 1][1] + a) / 2
        hi = (b + bands[j + 1][0]) / 2 if j + 1 < len(bands) else b + (b - lo) * 0.25 + 4
        out.append((lo, hi))
    return out


def column_paths(segments: list, bands: list[Band], left: float) -> list[list[str]]:
    """Each band's header path, top level first."""
    cells = header_cells(segments)
    regions = cell_regions(bands, left)
    leaf: list[HeaderCell | None] = [None] * len(bands)
    upper: list[HeaderCell] = []
    for cell in sorted(cells, key=lambda c: -c.bottom):  # bottom-up: the lowest cell over a band is its leaf
        j = _main_region(cell, regions)
        if j is not None and leaf[j] is None and not _spans(cell, regions, leaf):
            leaf[j] = cell
        else:
            upper.append(cell)
    groups: list[list[str]] = [[] for _ in bands]
    anchors = tuple((c.x0, c.center, c.x1) if c is not None else (band[0], (band[0] + band[1]) / 2, band[1])
                    for c, band in zip(leaf, bands))
    leaves = [c.text if c is not None else "" for c in leaf]
    for row in _rows(upper):
        boxes = tuple((c.x0, c.x1) for c in row)
        runs = _repeated_runs(len(row), leaves, row, regions) or _better_aligned(
            _nearest_runs(row, regions), boxes, tuple(regions), anchors) or _tile(boxes, tuple(regions), anchors)
        under = _under(row, leaf)
        for cell, (a, b) in zip(row, runs):
            if a is None:
                continue
            for j in range(a, b + 1):
                if under[j]:
                    groups[j].append((cell.top, cell.text))
    return [[t for _, t in sorted(groups[j])] + ([leaf[j].text] if leaf[j] else []) for j in range(len(bands))]


def _under(row: list[HeaderCell], leaf: list[HeaderCell | None]) -> list[bool]:
    """Which leaves a row of group labels may stand over. A leaf that spans the header rows is set at the group
    row's own height, or centred between the group row and the lowest leaves ('Totaal' beside 'Jongens |
    Meisjes' over 'aantal aandeel'); a leaf under a group is centred with the lowest leaves."""
    cells = [c for c in leaf if c is not None]
    if not cells:
        return [True] * len(leaf)
    bottom = max(c.bottom for c in row)
    group = median((c.top + c.bottom) / 2 for c in row)
    low = max((c.top + c.bottom) / 2 for c in cells)
    cut = (group + 3 * low) / 4  # half way from the middle of the two to the lowest
    # or a leaf that starts on the lowest leaves' first line ('aantal' beside 'waarvan' / 'toegankelijk')
    first_line = max(c.top for c in cells) - 0.5 * median(c.bottom - c.top for c in row)
    return [c is None or (c.top >= bottom - 1 and ((c.top + c.bottom) / 2 >= cut or c.top >= first_line)) for c in leaf]


def _repeated_runs(k: int, leaves: list[str], row: list[HeaderCell] | None = None,
                   regions: list[Band] | None = None) -> list[tuple[int, int]] | None:
    """k group labels over leaves that repeat k times ('Vlaanderen Brussel' over '2022 2023 2022 2023'): each
    group owns one repetition, wherever its label happens to be set. With the cells and column regions, leaves
    that repeat beside one-column leaves of their own ('2022 2023 2024 verschil' over 'aantal % aantal % aantal %
    2023-2024'): each label over a repetition or a lone column, as long as each one's centre lies over its run."""
    m = len(leaves)
    if k < 2 or m == k or not all(leaves):
        return None
    p = m // k
    if not m % k and leaves == leaves[:p] * k:
        return [(i * p, i * p + p - 1) for i in range(k)]
    if row is None or regions is None:
        return None
    for p in range(2, m // 2 + 1):
        for start in range(m - 2 * p + 1):
            reps = 1
            while start + (reps + 1) * p <= m and leaves[start + reps * p:start + (reps + 1) * p] == leaves[start:start + p]:
                reps += 1
            if reps < 2 or start + reps * p == m and start == 0:
                continue
            if len(set(leaves[start:start + p])) < p:
                continue  # 'aantal aantal': no unit that repeats
            runs = [(j, j) for j in range(start)] + [(start + i * p, start + i * p + p - 1) for i in range(reps)] \
                + [(j, j) for j in range(start + reps * p, m)]
            if len(runs) != k:
                continue
            if all(regions[a][0] <= c.center <= regions[b][1] for c, (a, b) in zip(row, runs)):
                return runs
    return None


def _nearest_runs(row: list[HeaderCell], regions: list[Band]) -> list[tuple[int, int]] | None:
    """Each column under the group label nearest to its cells (overlapping, else the smallest gap): labels set
    left, centred or anywhere over uneven groups ('Aanvragen' over two years, 'Toegekend (2023)' over count and
    amount). None unless every label gets a contiguous run of its own, in order."""
    if any(len(c.text.split()) > 6 for c in row):
        return None  # running text beside a table is no group label
    owner = []
    for lo, hi in regions:
        gaps = [max(c.x0 - hi, lo - c.x1, 0.0) - max(0.0, min(hi, c.x1) - max(lo, c.x0)) for c in row]
        owner.append(min(range(len(row)), key=lambda i: gaps[i]))
    runs = []
    for i in range(len(row)):
        cols = [j for j, o in enumerate(owner) if o == i]
        if not cols or cols != list(range(cols[0], cols[-1] + 1)):
            return None
        runs.append(_centred(row[i], cols[0], cols[-1], regions))
    return runs if all(a[1] < b[0] for a, b in zip(runs, runs[1:])) else None


def _better_aligned(near: list[tuple[int, int]] | None, boxes: tuple[tuple[float, float], ...],
                    regions: tuple[Band, ...], anchors: tuple[tuple[float, float, float], ...]
                    ) -> list[tuple[int, int]] | None:
    """The nearest-label runs, unless a tiling sets every label far better over its leaves ('Politiezone' centred
    over five zones, 'Totaal' over 'vijf zones' beside them: the fifth zone is nearer 'Totaal' by its edge)."""
    if near is None:
        return None
    tiled = _tile(boxes, regions, anchors)
    if any(a is None for a, _ in tiled) or tiled == near:
        return near
    mine = sum(min(_run_cost(box, a, b, regions, anchors), 1e6) for box, (a, b) in zip(boxes, near))
    theirs = sum(_run_cost(box, a, b, regions, anchors) for box, (a, b) in zip(boxes, tiled))
    return tiled if theirs + 10 < mine else near


def _centred(cell: HeaderCell, a: int, b: int, regions: list[Band]) -> tuple[int, int]:
    """A label centred over fewer columns than are nearest to it does not own the outer one it does not touch
    ('2022' centred over 'Omzet | VTE', the rowspan 'Aantal winkels (2023)' left of them is nearest to no other
    label): drop an edge column while the label stays centred over the rest and was not over the whole."""
    centre = (cell.x0 + cell.x1) / 2

    def off(lo: int, hi: int) -> float:
        return abs(centre - (regions[lo][0] + regions[hi][1]) / 2)

    def touches(j: int) -> bool:
        return min(cell.x1, regions[j][1]) > max(cell.x0, regions[j][0])

    def centred(lo: int, hi: int) -> bool:
        return off(lo, hi) <= 0.1 * (regions[hi][1] - regions[lo][0]) and off(lo, hi) < 0.5 * off(a, b)

    while a < b and not touches(a) and centred(a + 1, b):
        a += 1
    while b > a and not touches(b) and centred(a, b - 1):
        b -= 1
    return a, b


def _main_region(cell: HeaderCell, regions: list[Band]) -> int | None:
    """The column whose cells hold most of this header cell, when one holds most of it."""
    width = max(cell.x1 - cell.x0, 1.0)
    best, share = None, 0.0
    for j, (lo, hi) in enumerate(regions):
        part = (min(hi, cell.x1) - max(lo, cell.x0)) / width
        if part > share:
            best, share = j, part
    return best if share >= 0.55 else None


def _spans(cell: HeaderCell, regions: list[Band], leaf: list) -> bool:
    """A cell above leaves of neighbouring columns on its own level is a group header, not a leaf."""
    return any(c is not None and c.top > cell.bottom - 1 and min(c.x1, cell.x1) - max(c.x0, cell.x0) > 0
               for c in leaf)


def _rows(cells: list[HeaderCell]) -> list[list[HeaderCell]]:
    """Group cells whose vertical extents overlap into header rows, each sorted left to right."""
    rows: list[list[HeaderCell]] = []
    for cell in sorted(cells, key=lambda c: c.top):
        for row in rows:
            if any(min(c.bottom, cell.bottom) - max(c.top, cell.top) > 0 for c in row):
                row.append(cell)
                break
        else:
            rows.append([cell])
    return [sorted(r, key=lambda c: c.x0) for r in rows]


def _run_cost(cell: tuple[float, float], a: int, b: int, regions: tuple[Band, ...],
              anchors: tuple[tuple[float, float, float], ...]) -> float:
    """How far a group cell is from being set over columns a..b as group labels are: left-aligned with the first
    leaf, right-aligned with the last, or centred between them (inf when it is not over them at all)."""
    pitch = median([hi - lo for lo, hi in regions]) if regions else 1.0
    x0, x1 = cell
    lo, hi = regions[a][0], regions[b][1]
    centre = (x0 + x1) / 2
    if not lo - pitch / 2 <= centre <= hi + pitch / 2 or x1 < lo or x0 > hi:
        return float("inf")
    edge = min(abs(x0 - anchors[a][0]), abs(x1 - anchors[b][2]))
    middle = abs(centre - (anchors[a][1] + anchors[b][1]) / 2)
    return min(edge if edge <= 1.5 else float("inf"), middle)


@lru_cache(maxsize=256)
def _tile(cells: tuple[tuple[float, float], ...], regions: tuple[Band, ...],
          anchors: tuple[tuple[float, float, float], ...]) -> list[tuple[int | None, int | None]]:
    """Contiguous runs of columns for group cells of one header row, best aligned over their leaves.

    Runs tile: each starts where the previous ended; the first may start and the last may end
    anywhere. A group cell is set in its cell as the leaves are in theirs, so it is left-aligned
    with its first leaf, right-aligned with its last, or centred between them (`anchors` holds
    each column's leaf x0, centre and x1).
    """
    m, k = len(regions), len(cells)

    def cost(i: int, a: int, b: int) -> float:
        return _run_cost(cells[i], a, b, regions, anchors)

    @lru_cache(maxsize=None)
    def best(i: int, a: int) -> tuple[float, tuple]:
        """Best runs for cells i.. when cell i's run starts at column a."""
        if i == k:
            return 0.0, ()
        out = (float("inf"), ())
        for b in range(a, m):
            here = cost(i, a, b)
            if here == float("inf"):
                continue
            if i + 1 == k:
                total, rest = here, ()
            elif b + 1 < m:
                total, rest = best(i + 1, b + 1)
                total += here
            else:
                continue
            if total < out[0] - 1e-9:
                out = (total, ((a, b),) + rest)
        return out

    choice = min((best(0, a) for a in range(m)), key=lambda r: r[0], default=(float("inf"), ()))
    if choice[0] == float("inf"):
        return [(None, None)] * k
    runs = list(choice[1])
    if k >= 2:  # the last group is as wide as the one before it when its alignment allows (left-set headers)
        (pa, pb), (a, b) = runs[-2], runs[-1]
        want = a + (pb - pa)
        if b < want < m and cost(k - 1, a, want) <= cost(k - 1, a, b) + 0.5:
            runs[-1] = (a, want)
    return runs
