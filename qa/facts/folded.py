"""Tables folded side by side: a long list set in two blocks next to each other to save space; and blocks
stacked under each other, each under its own header ('jan ... jun' over the rows, then 'jul ... dec' under them).

'District km Investering | District km Investering' over rows 'Antwerpen 9,4 € 7,8 mln | Gent 11,6 € 9,3 mln':
each line holds two rows, the second block's labels all start at one x. Read as one table, the second label
sits among the values and no line is a row. Split at that x, each block is a table of its own (or two tables
set side by side, which reads the same way).
"""

from __future__ import annotations

from collections import Counter

from qa.facts.geolines import PLine, Segment, band_of, bands_of


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
    if n >= 3:
        return min(_second_label(ln).x0 for ln in near) - 1
    repeat = _repeated_stub(lines)  # second labels wrapped over lines leave few rows with one between values
    return min([repeat] + [_second_label(ln).x0 for ln in near]) - 1 if repeat is not None else None


def _repeated_stub(lines: list[PLine]) -> float | None:
    """'Diersoort | Diersoort' ('Aantal dieren Aandeel' between and after): a header line whose labels repeat,
    each over a column of row labels (not 'Mannen Vrouwen | Mannen Vrouwen' over values), so the header of a
    second block. Its x."""
    for n, ln in enumerate(lines):
        segs = ln.segments
        k = len(segs) // 2
        if not k or len(segs) % 2 or any(s.is_value for s in segs) or [s.text for s in segs[:k]] != [
                s.text for s in segs[k:]]:
            continue
        labels = [s for below in lines[n + 1:n + 12] for s in below.segments if not s.is_value]
        if all(sum(abs(s.x0 - h.x0) < 8 for s in labels) >= 2 for h in (segs[0], segs[k])):
            return segs[k].x0
    return None


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
            and _in_fold(lines, first - 1, x):
        first -= 1  # header lines set over both blocks, and the second block's wrapped labels
    while last + 1 < len(lines) and lines[last + 1].top - lines[last].bottom < 2.2 * height \
            and lines[last + 1].segments and (all(s.x0 >= x for s in lines[last + 1].segments)
                                             or _in_fold(lines, last + 1, x)):
        last += 1  # the second block is one row longer; rows whose second label wrapped (no label between values)
    left, right = [], []
    for ln in lines[first:last + 1]:
        a = [s for s in ln.segments if s.center < x]
        b = [s for s in ln.segments if s.center >= x]
        left += [PLine(a, min(s.top for s in a), max(s.bottom for s in a))] if a else []
        right += [PLine(b, min(s.top for s in b), max(s.bottom for s in b))] if b else []
    # the caption, with its wrapped lines ('Tabel 2. Dieren ... per diersoort' / '(toestand op 1 januari 2024)')
    top = next((c for c in range(first - 1, max(-1, first - 4), -1) if is_caption(lines[c])), None)
    caption = lines[top:first] if top is not None and all(
        lines[k + 1].top - lines[k].bottom < 2.2 * height for k in range(top, first - 1)) else []
    rest = unfold(lines[last + 1:], is_caption)
    return [lines[:first] + left + rest[0], caption + right] + rest[1:]


def _in_fold(lines: list[PLine], k: int, x: float) -> bool:
    """A line of the folded table: text on both sides of the fold and none across it, or a line of text right of
    the fold only beside such a line (the wrapped label of a second-block row: 'Pony's en' over 'Geiten 1.046
    87,3 % 176 38,7 %', 'paarden' under it)."""
    def both(ln: PLine) -> bool:
        return any(s.x1 < x for s in ln.segments) and any(s.x0 >= x for s in ln.segments) \
            and not any(s.x0 < x < s.x1 for s in ln.segments)

    line = lines[k]
    if both(line):
        return True
    right_only = bool(line.segments) and all(s.x0 >= x and not s.is_value for s in line.segments)
    return right_only and any(0 <= j < len(lines) and both(lines[j]) for j in (k - 1, k + 1))


def new_header(line: PLine, splits: list, start: int, end: int) -> bool:
    """A line of words only, one over each value column of the rows above ('Vervoerregio | jul aug sep okt nov
    dec' under the rows of 'jan ... jun'): the header of a second block stacked under the first."""
    rows = [splits[k][1] for k in range(start, end + 1) if splits[k] is not None]
    if len(rows) < 2 or any(s.is_value for s in line.segments):
        return False
    bands = bands_of(rows)
    over = {band_of(s, bands) for s in line.segments} - {None}
    return len(bands) >= 2 and len(over) == len(bands) and len(line.segments) <= len(bands) + 1


def same_columns(a: tuple | None, b: tuple | None) -> bool:
    """Two rows whose values stand in the same columns (each value's right or left edge within 3 pt)."""
    if a is None or b is None or len(a[1]) != len(b[1]) or not a[1]:
        return False
    return all(abs(u.x1 - v.x1) < 3 or abs(u.x0 - v.x0) < 3 for u, v in zip(a[1], b[1]))
