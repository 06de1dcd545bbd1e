"""Lines of a page mended before its tables are read: what typesetting splits, put back together.

A table's cell is set in a box: a narrow column wraps a cell's unit under its
amount ('€ 18,4' over 'mln', '223.228.340,00' over '€'); a cell centred
vertically beside a label of three lines sits half a line lower than the
cells set at the top of theirs, so one row prints as two lines; a footnote
mark is raised and small ('2025¹'). Each is told by its geometry alone.
"""

from __future__ import annotations

import re

from qa.facts.geolines import PLine, Segment, Word

_UNIT_WORD = re.compile(r"^(?:€|EUR|euro|mln|miljoen|mld|miljard|k€|keuro|%)$", re.I)
_MARK = re.compile(r"^(?:\d{1,2}|\*{1,3}|[a-e†‡])$")


def drop_marks(words: list[Word]) -> list[Word]:
    """Words without their footnote marks: a short mark set smaller and raised right after a word ('2025¹')."""
    out = []
    for w in words:
        if _MARK.match(w[0]):
            height = w[4] - w[3]
            host = next((v for v in words if v is not w and -0.5 <= w[1] - v[2] < 0.5 * (v[4] - v[3])
                         and w[3] < v[4] and w[4] > v[3] and height < 0.9 * (v[4] - v[3])
                         and w[4] < v[4] - 0.25 * (v[4] - v[3])), None)
            if host is not None:
                continue
        out.append(w)
    return out


def mend_lines(lines: list[PLine], is_value, is_row) -> list[PLine]:
    """Units wrapped under their amounts joined to them, then rows split by vertical centring joined again: two
    lines half a line apart whose values stand in different columns, one of them a row ('-' alone is none)."""
    lines = _join_units(lines, is_value)
    inside = _amid_long_labels(lines, is_value)
    out: list[PLine] = []
    for ln in lines:
        prev = out[-1] if out else None
        if prev is not None and ln.top - prev.top < 0.9 * max(prev.height, 1.0) and (
                (is_row(prev) or is_row(ln)) and _disjoint(prev, ln, is_value)
                or _label_beside(prev, ln, is_value) and not _wrapped_above(out[-2] if len(out) > 1 else None, prev)
                or id(ln) in inside and _label_beside(ln, prev, is_value)):  # a value set amid a long label
            segs = sorted(prev.segments + ln.segments, key=lambda s: s.x0)
            out[-1] = PLine(segs, min(prev.top, ln.top), max(prev.bottom, ln.bottom))
            continue
        out.append(ln)
    return out


def _amid_long_labels(lines: list[PLine], is_value) -> set[int]:
    """Lines of values alone set in the middle of a row label of four lines or more ('Aantal dossiers dat op 31
    december 2023 nog in' / 'behandeling was ...' / '712' / 'het Rampenfonds ...' / 'beslissing werd genomen'): two
    label lines above and two below it, each within a line of the next. (A label of two lines around its values
    is read as a wrapped row label already.)"""
    def label_only(ln: PLine, values: PLine) -> bool:
        return bool(ln.segments) and not any(is_value(s) for s in ln.segments) \
            and max(s.x1 for s in ln.segments) < min(s.x0 for s in values.segments)

    out = set()
    for k, ln in enumerate(lines):
        if not ln.segments or not all(is_value(s) for s in ln.segments) or k < 2 or k + 2 >= len(lines):
            continue
        block = [lines[k - 2], lines[k - 1], ln, lines[k + 1], lines[k + 2]]
        pitch = max(ln.height, 1.0) * 1.6
        if all(label_only(o, ln) for o in block[:2] + block[3:]) \
                and all(b.top - a.top < pitch for a, b in zip(block, block[1:])):
            out.add(id(ln))
    return out


def _label_beside(row: PLine, ln: PLine, is_value) -> bool:
    """A row of values alone, and just below it a line of label only, left of the values: the row's label,
    centred in a cell the values are set at the top of ('€ 11,3' over 'mln' beside 'Beheersubsidies')."""
    if not row.segments or not all(is_value(s) for s in row.segments) or any(is_value(s) for s in ln.segments):
        return False
    return bool(ln.segments) and max(s.x1 for s in ln.segments) < min(s.x0 for s in row.segments)


def _wrapped_above(above: PLine | None, row: PLine) -> bool:
    """A label line closer above the row than a row's pitch: the row's label wraps around its values already."""
    return above is not None and row.top - above.top < 1.6 * max(row.height, 1.0)


def _disjoint(a: PLine, b: PLine, is_value) -> bool:
    """Do the value cells of two lines stand in different columns (no x-overlap), and labels in one line only?"""
    va = [s for s in a.segments if is_value(s)]
    vb = [s for s in b.segments if is_value(s)]
    if not va or not vb:
        return False
    label_a = [s for s in a.segments if not is_value(s)]
    label_b = [s for s in b.segments if not is_value(s)]
    if label_a and label_b:
        return False
    return all(min(x.x1, y.x1) - max(x.x0, y.x0) < 0 for x in va for y in vb)


def _join_units(lines: list[PLine], is_value) -> list[PLine]:
    """A unit word alone under an amount that lacks it ('mln' under '€ 18,4') is that amount's."""
    out: list[PLine] = []
    for k, ln in enumerate(lines):
        keep: list[Segment] = []
        for seg in ln.segments:
            host = _amount_above(out, seg, is_value) if _UNIT_WORD.match(seg.text.strip()) else None
            if host is None:
                keep.append(seg)
                continue
            host.text = f"{host.text} {seg.text.strip()}"
            host.words = host.words + seg.words
            host.x1, host.bottom = max(host.x1, seg.x1), max(host.bottom, seg.bottom)
        if keep:
            out.append(PLine(keep, min(s.top for s in keep), max(s.bottom for s in keep)) if len(keep) < len(ln.segments)
                       else ln)
    return out


def _amount_above(lines: list[PLine], seg: Segment, is_value) -> Segment | None:
    """The value cell right above `seg` in its column, within a line's height, when it has no unit yet."""
    height = max(seg.bottom - seg.top, 1.0)
    for ln in reversed(lines[-3:]):
        for s in ln.segments:
            if min(s.x1, seg.x1) - max(s.x0, seg.x0) > 0 and 0 < seg.top - s.top <= 2.2 * height:
                if not is_value(s) or _UNIT_WORD.match(s.text.split()[-1]) or s.text.rstrip().endswith("%"):
                    return None
                return s
    return None


def label_around(lines: list[PLine], splits: list, k: int) -> bool:
    """A row's label wrapped just above and below its values ('Totaal West-' / values / 'Vlaanderen')."""
    x0, height = splits[k][1][0].x0, lines[k].height or 10.0
    near = [o for o in (k - 1, k + 1) if 0 <= o < len(lines) and splits[o] is None and lines[o].segments
            and abs(lines[o].top - lines[k].top) < 1.2 * height and all(sg.x1 < x0 for sg in lines[o].segments)]
    return len(near) == 2


def under_label(line: PLine, header: list[PLine]) -> bool:
    """A unit line set just under one header label, within its width: the label's last line, no table unit."""
    x0, x1 = min(s.x0 for s in line.segments), max(s.x1 for s in line.segments)
    reach = 2.5 * max(line.height, 1.0)
    return len(line.segments) == 1 and any(
        0 < line.top - other.top <= reach and seg.x0 - 3 <= x0 and x1 <= seg.x1 + 3
        for other in header for seg in other.segments if other is not line)
