"""Which header lines are one wrapped cell: lines of one cell are set alike (flush left, centred or flush right);
a neighbour's wrap at the same two heights shows a wrap where a shorter glyph box would not reach; a label over one
of a numbered series heads the series."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qa.facts.geolines import Segment


def height(seg: Segment) -> float:
    """A line's glyph height as a word with capitals or ascenders has it: a word of x-height letters only ('en',
    'van', 'om') has a box about 0.7 as high, which would set the next line of its cell out of reach."""
    h = seg.bottom - seg.top
    return h / 0.7 if re.fullmatch(r"[acemnorsuvwxz.,:;-]+", seg.text) else h


def aligned(upper: Segment, lower: Segment) -> bool:
    """Lines of one cell are set flush left, centred or flush right alike, so the narrower lies within the wider
    or shares an edge with it; '2022' centred over two columns is not the first line of the cell 'bedrag (in' /
    'euro)' it overlaps by half."""
    slack = max(3.0, 0.5 * min(upper.bottom - upper.top, lower.bottom - lower.top))
    inside = (upper.x0 >= lower.x0 - slack and upper.x1 <= lower.x1 + slack
              or lower.x0 >= upper.x0 - slack and lower.x1 <= upper.x1 + slack)  # the narrower line within the wider
    return inside or abs(upper.x0 - lower.x0) <= slack or abs(upper.x1 - lower.x1) <= slack


def over_numbered(lower, segs: list, reach: float) -> bool:
    """'groep 2' beside 'groep 1' and 'groep 3', which have nothing above them: the label over it alone
    ('Prioriteitengroep', centred over all three) heads the numbered series, it is no first line of 'groep 2'."""
    key = re.sub(r"\d+", "#", lower.text)
    if "#" not in key or key == "#":
        return False

    def bare(o) -> bool:
        return not any(0 < o.top - x.top <= reach and min(o.x1, x.x1) - max(o.x0, x.x0) > 0 for x in segs)

    return any(o is not lower and abs(o.top - lower.top) < 1.5 and re.sub(r"\d+", "#", o.text) == key and bare(o)
               for o in segs)


def like_wrapped(cells: list[list], segs: list) -> list[list]:
    """A one-line label over one line below it, at the two heights where a neighbour's cell wraps ('Officieel' /
    'gesubsidieerd' beside 'Vrij' / 'gesubsidieerd', whose 'j' sets a taller box and so a longer reach), is one
    wrapped cell too: the same lines of the same header row, one to one, nothing else over or under either."""
    wrapped = [(c[0].top, c[1].top) for c in cells if len(c) >= 2]
    if not wrapped:
        return cells

    def near(a: float, b: float) -> bool:
        return abs(a - b) < 1.5

    def overlaps(a, b) -> bool:
        return min(a.x1, b.x1) - max(a.x0, b.x0) > 0

    out = [list(c) for c in cells]
    for upper in [c for c in out if len(c) == 1]:
        u = upper[0]
        if not any(near(u.top, t0) for t0, _ in wrapped):
            continue
        below = [c for c in out if len(c) == 1 and c is not upper and overlaps(u, c[0])
                 and any(near(u.top, t0) and near(c[0].top, t1) for t0, t1 in wrapped)]
        if len(below) != 1 or not aligned(u, below[0][0]):
            continue
        b = below[0][0]
        if any(o is not u and near(o.top, u.top) and overlaps(o, b) for o in segs) or \
                any(o is not b and near(o.top, b.top) and overlaps(o, u) for o in segs):
            continue  # a label over two, or two labels over one: a header row, not a wrapped cell
        upper.extend(below[0])
        out.remove(below[0])
    return out
