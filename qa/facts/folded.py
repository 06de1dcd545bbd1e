"""Tables folded side by side: a long list set in two blocks next to each other to save space.

'District km Investering | District km Investering' over rows 'Antwerpen 9,4 € 7,8 mln | Gent 11,6 € 9,3 mln':
each line holds two rows, the second block's labels all start at one x. Read as one table, the second label
sits among the values and no line is a row. Split at that x, each block is a table of its own (or two tables
set side by side, which reads the same way).
"""

from __future__ import annotations

from collections import Counter

from qa.facts.geolines import PLine, Segment


def _second_label(line: PLine) -> Segment | None:
    """The label that opens a second block on this line: text after a value and before a value."""
    segs = line.segments
    for i in range(1, len(segs) - 1):
        if not segs[i].is_value and segs[i - 1].is_value and segs[i + 1].is_value and any(
                not s.is_value for s in segs[:i - 1]):
            return segs[i]
    return None


def fold_x(lines: list[PLine]) -> float | None:
    """The x where a second block starts: the left edge shared by the second labels of three lines or more."""
    starts = [round(s.x0 / 4) for ln in lines if (s := _second_label(ln)) is not None]
    if not starts:
        return None
    common, n = Counter(starts).most_common(1)[0]
    near = [ln for ln in lines if (s := _second_label(ln)) is not None and abs(round(s.x0 / 4) - common) <= 1]
    return min(_second_label(ln).x0 for ln in near) - 1 if n >= 3 else None


def unfold(lines: list[PLine], is_caption) -> list[list[PLine]]:
    """The page's lines, and for each folded table the lines of its second block: the second block keeps the
    table's caption above its own header and rows. Lines of other text are left as they are."""
    x = fold_x(lines)
    if x is None:
        return [lines]
    folded = [k for k, ln in enumerate(lines) if (s := _second_label(ln)) is not None and abs(s.x0 - x) < 5]
    first, last = folded[0], folded[-1]
    height = lines[first].height or 10.0
    while first > 0 and not is_caption(lines[first - 1]) and lines[first].top - lines[first - 1].bottom < 2.2 * height \
            and any(s.x0 >= x for s in lines[first - 1].segments) and any(s.x1 < x for s in lines[first - 1].segments):
        first -= 1  # header lines set over both blocks
    while last + 1 < len(lines) and lines[last + 1].top - lines[last].bottom < 2.2 * height \
            and lines[last + 1].segments and all(s.x0 >= x for s in lines[last + 1].segments):
        last += 1  # the second block is one row longer
    left, right = [], []
    for ln in lines[first:last + 1]:
        a = [s for s in ln.segments if s.center < x]
        b = [s for s in ln.segments if s.center >= x]
        left += [PLine(a, min(s.top for s in a), max(s.bottom for s in a))] if a else []
        right += [PLine(b, min(s.top for s in b), max(s.bottom for s in b))] if b else []
    caption = [lines[first - 1]] if first > 0 and is_caption(lines[first - 1]) else []
    rest = unfold(lines[last + 1:], is_caption)
    return [lines[:first] + left + rest[0], caption + right] + rest[1:]
