"""Row paths of a geometric table: label lines joined into the row they belong to.

Real tables wrap a row's label over several lines and set its values beside the first, the last or a middle
line; rows are set apart by padding (a wider line pitch than inside a cell), group rows stand on their own,
'waarvan' rows are parts of the row above, and a subtotal closes its group. The line pitch, the indent and the
text (a line that ends open, a lower-case start) decide, never the table's content.
"""

from __future__ import annotations

import re
from statistics import mean, median
from typing import TYPE_CHECKING

from qa.facts.labels import is_part_label, is_subtotal_label, is_total_label
from qa.facts.tables import join_lines

if TYPE_CHECKING:
    from qa.facts.geolines import PLine


# '(aantal)', '(euro)', '(%)' on a line of its own: the unit that ends the label above, never a label's start
_UNIT_TAIL = re.compile(r"^\((?:aantal|euro|keuro|k euro|%|in %|in euro|ha|km|m2|m²|uren|dagen|vte|fte)\)$", re.I)


def row_labels(lines: list[PLine], splits: list, start: int, end: int, left_edge: float) -> list[list[str]]:
    """Row paths of the value lines: wrapped label lines joined, group rows and 'waarvan' rows as parents."""
    items: list[tuple[str, float, float, float, bool]] = []  # text, x0, top, bottom, has values
    pieces: list[list[tuple[float, str]]] = []  # per item: its label segments (x0, text), for labels in columns
    mids: list[float | None] = []  # the middle of each item's label line
    for k in range(start, end + 1):
        ln = lines[k]
        if splits[k] is not None:
            label = splits[k][0]
            text = " ".join(s.text for s in label)
            x0 = label[0].x0 if label else left_edge
            top = max(ln.top, min(sg.top for sg in label)) if label else ln.top  # the label's own line, when the
            items.append((text, x0, top, ln.bottom, True))  # values beside it sit higher (centred in their cell)
            pieces.append([(s.x0, s.text) for s in label])
            mids.append((label[0].x0 + label[-1].x1) / 2 if label else None)
        else:
            segs = [s for s in ln.segments if s.x0 < left_edge - 2]
            if segs:
                items.append((" ".join(s.text for s in segs), segs[0].x0, ln.top, ln.bottom, False))
                pieces.append([(s.x0, s.text) for s in segs])
                mids.append((segs[0].x0 + segs[-1].x1) / 2)
    said = [m for m in mids if m is not None]
    mid = median(said) if said else 0.0
    centred = [m is not None and abs(m - mid) <= 2.5 for m in mids]
    xs = [it[1] for it, c in zip(items, centred) if c]
    if sum(centred) >= max(3, 0.6 * len(said)) and max(xs) - min(xs) > 5:
        # labels centred in their column ('Antwerpen', 'Limburg', 'Oost-' / 'Vlaanderen'): their left edges
        # differ with their length, not with a level of indent (a group row set apart keeps its own)
        items = [(t, min(xs), *rest) if c else (t, x0, *rest) for (t, x0, *rest), c in zip(items, centred)]
        pieces = [[(min(xs), " ".join(t for _, t in p))] if c and p else p for p, c in zip(pieces, centred)]
    if items and not items[0][4] and items[0][0].count(")") > items[0][0].count("("):
        items, pieces = items[1:], pieces[1:]  # 'Vlaanderen)': the end of a label the page before began
    outer = _outer_column(items, pieces)
    if outer is not None:  # 'Provincie | Gemeente': the outer labels are read apart, the rest as one column
        kept = [n for n in range(len(items)) if items[n][4] or any(x0 > outer[0] for x0, _ in pieces[n])]
        pieces = [pieces[n] if _own_total(items[n], pieces[n], outer[0]) else
                  [(x0, t) for x0, t in pieces[n] if x0 > outer[0]] for n in kept]
        items = [(" ".join(t for _, t in p), p[0][0] if p else left_edge, *items[n][2:]) for n, p in zip(kept, pieces)]
    # top to top (glyph boxes vary in depth) between label lines: values centred between two lines of their
    # label, with no label of their own, sit half a line from each and say nothing of the spacing
    said = [it for it in items if it[0] or not it[4]]
    pitches = [b[2] - a[2] for a, b in zip(said, said[1:])]
    height = median([it[3] - it[2] for it in items]) if items else 10.0
    split = _padding_gap(pitches, height)
    padded = split is not None  # rows set apart by cell padding: lines closer than `split` share a cell
    blocks: list[list[int]] = []
    for n, it in enumerate(items):
        if not blocks or (padded and it[2] - items[n - 1][2] > split):
            blocks.append([n])
        else:
            blocks[-1].append(n)
    tops = [it[2] for it in items if it[4]]
    row_pitch = median([b - a for a, b in zip(tops, tops[1:])]) if len(tops) >= 2 else 0.0
    labels: list[tuple[str, float, list[str]]] = []  # per value line: label, indent, group path
    groups: list[tuple[str, float, bool]] = []  # label, indent, applies at its own indent too
    pending: list[str] = []
    pending_x0 = left_edge
    for block in blocks:
        value_lines = [n for n in block if items[n][4]]
        if padded and len(value_lines) == 1:
            label = _join_columns([pieces[n] for n in block])
            x0 = min(items[n][1] for n in block)
            labels.append((label, x0, _groups_over(groups, x0, label)))
            if is_subtotal_label(label):  # 'Subtotaal voertuigen ...' closes its group: rows below are outside
                groups = _close_group(groups, x0)
            continue
        if padded and not value_lines:
            if block[0] == 0 and items[0][0][:1].islower():
                continue  # the end of a label begun above (on the page before): no group row
            groups = [g for g in groups if g[1] < items[block[0]][1] - 1]  # a group row, set apart like a row
            groups.append((join_lines([items[n][0] for n in block]), items[block[0]][1], True))
            continue
        for n in block:
            text, x0, _, _, has_values = items[n]
            if has_values and pending and text and x0 > pending_x0 + 3:  # indented under a label-only line: a group row
                groups = [g for g in groups if g[1] < pending_x0 - 1] + [(join_lines(pending), pending_x0, False)]
                pending = []
            elif has_values and len(pending) == 1 and row_pitch and items[n][2] - items[n - 1][2] > 0.9 * row_pitch \
                    and not _wraps_on(pending[0], text):  # a line as far above as a row is: a group row
                groups = [g for g in groups if g[1] < pending_x0 - 1] + [(pending[0], pending_x0, True)]
                pending = []
            if has_values:
                labels.append((join_lines(pending + [text]), x0, _groups_over(groups, x0, text)))
                pending = []
                if is_subtotal_label(text):  # 'Subtotaal voertuigen ...' closes its group: rows below are outside
                    groups = _close_group(groups, x0)
            elif not has_values and _OPEN_END.search(text.strip()) and n + 1 < len(items) and items[n + 1][4] \
                    and items[n + 1][2] - items[n][2] < (items[n][2] - items[n - 1][2] if n else float("inf")):
                pending_x0 = x0 if not pending else pending_x0  # 'eigenaar-' just over the values of 'bewoner',
                pending.append(text)  # centred beside its two lines: the next row's label begins
            elif labels and not pending and (text[:1].islower() or _UNIT_TAIL.match(text)
                                             or labels[-1][0].endswith(("-", ",", "–"))
                                             or labels[-1][0].count("(") > labels[-1][0].count(")")
                                             or n and items[n - 1][4] and items[n][2] - items[n - 1][2] < 0.8 * height):
                # a lower case start, an open end, or a line that overlaps the values above: their label, centred
                labels[-1] = (join_lines([labels[-1][0], text]), labels[-1][1], labels[-1][2])
            else:
                pending_x0 = x0 if not pending else pending_x0
                pending.append(text)
    paths: list[list[str]] = []
    parent = ""
    above: list[tuple[float, str]] = []  # rows with values that indented rows below belong to
    for label, x0, path in labels:
        above = [(ax, a) for ax, a in above if x0 - 40 < ax < x0 - 2]  # an indent, not an empty code column
        if is_part_label(label) and parent and not above:
            path = path + [parent]
        elif not is_part_label(label):  # 'waarvan' rows are siblings, not parents; a total is the whole of the
            parent = label  # 'waarvan' rows under it ('Totaal 385' / 'waarvan zwaargewond 21')
        under = [] if is_total_label(label) or is_subtotal_label(label) else [a for _, a in above]  # a total is no child
        paths.append([p for p in path + under + [label] if p])
        if outer is not None:
            paths[-1] = [outer[1][len(paths) - 1]] + paths[-1] if outer[1][len(paths) - 1] else paths[-1]
        if not is_total_label(label):
            above.append((x0, label))
    return paths


def _outer_column(items: list, pieces: list[list[tuple[float, str]]]) -> tuple[float, list[str]] | None:
    """Two label columns, the outer one set once at the top of the rows it spans ('Provincie | Gemeente':
    'Antwerpen' beside its first city only, 'Oost-' / 'Vlaanderen' wrapped): (the x the inner column starts
    at, the outer label of each value line), or None when the labels are one column. Sentences left of a
    narrow table's labels are running text set beside it: they are dropped, with no outer label."""
    xs = sorted(x0 for p in pieces for x0, _ in p)
    cuts = [b for a, b in zip(xs, xs[1:]) if b - a > 25]
    if len(cuts) != 1:
        return None
    split = cuts[0] - 1
    rows = [n for n, it in enumerate(items) if it[4]]
    inner = [n for n, p in enumerate(pieces) if any(x0 > split for x0, _ in p)]
    starts = [n for n, p in enumerate(pieces) if any(x0 <= split for x0, _ in p)]
    if len(inner) < len(rows) / 2 or len(starts) < 2:
        return None
    outer_text = [t for p in pieces for x0, t in p if x0 <= split]
    if any(t.rstrip().endswith((".", ";")) for t in outer_text) \
            or 2 * sum(1 for t in outer_text if len(t.split()) >= 6) >= len(outer_text):
        return split, [""] * len(rows)  # running text beside a narrow table: no label of it (a group row
        # 'Programma QEB – Onroerend erfgoed: beleid en subsidies' among codes is no sentence)
    if len([n for n in rows if n in starts]) >= len(rows) - 1 \
            or any(_CODE.search(_YEAR.sub(" ", t)) for t in outer_text):
        return None  # every row its own outer label, or codes ('FB0-1FEE2AA-WT') beside descriptions; a year
        # spanning its quarters ('2023 | K1', 'K2', ...) is an outer label
    height = median([items[n][3] - items[n][2] for n in rows]) if rows else 10.0
    tops = [items[n][2] for n in rows]
    pitch = median([b - a for a, b in zip(tops, tops[1:])]) if len(tops) >= 2 else 0.0
    cells: list[tuple[float, list[str]]] = []  # top, lines
    last = None
    for n in starts:
        if _own_total(items[n], pieces[n], split):
            continue  # 'Totaal 2023' across both columns: its row's own label, no outer label over others
        text = " ".join(t for x0, t in pieces[n] if x0 <= split)
        if cells and last is not None and items[n][2] - last < max(1.6 * height, 0.8 * pitch):
            cells[-1][1].append(text)  # 'Oost-' / 'Vlaanderen': one cell wrapped
        else:
            cells.append((items[n][2], [text]))
        last = items[n][2]
    if not all(any(abs(items[r][2] - top) <= 1.5 * height for r in rows) for top, _ in cells):
        return None  # outer labels not level with a row's first line: centred over their rows, not read here
    runs = _closed_runs(rows, [" ".join(t for x0, t in pieces[r] if x0 > split or _own_total(items[r], pieces[r], split))
                               for r in rows])
    spans = [(items[run[0]][2] - 1.5 * height, items[run[-1]][2] + 1.5 * height) for run in runs]
    owners = [[k for k, (lo, hi) in enumerate(spans) if lo <= top <= hi] for top, _ in cells]
    if runs and all(len(o) == 1 for o in owners) and len({o[0] for o in owners}) == len(owners):
        # subtotals close the groups: each outer label, set at the top or centred, names the run it stands in
        by_run = {o[0]: join_lines(lines) for o, (_, lines) in zip(owners, cells)}
        return split, [by_run.get(k, "") for k, run in enumerate(runs) for _ in run]
    labels = []
    for r in rows:
        own = [join_lines(lines) for top, lines in cells if top <= items[r][2] + 1.5 * height]
        labels.append(own[-1] if own and not _own_total(items[r], pieces[r], split) else "")
    return split, labels


def _own_total(item: tuple, piece: list[tuple[float, str]], split: float) -> bool:
    """A row of figures whose total label sits wholly in the outer column ('Totaal 2023')."""
    return bool(item[4] and piece) and all(x0 <= split for x0, _ in piece) and is_total_label(" ".join(t for _, t in piece))


def _closed_runs(rows: list[int], inner: list[str]) -> list[list[int]]:
    """The rows cut into runs after each subtotal ('Statutair', 'Contractueel', 'Subtotaal' | ...); one run when
    no subtotal closes a group."""
    runs: list[list[int]] = [[]]
    for r, label in zip(rows, inner):
        runs[-1].append(r)
        if is_subtotal_label(label) or is_total_label(label) and _YEAR.search(label):  # 'Totaal 2023' closes 2023
            runs.append([])
    return [run for run in runs if run]


_YEAR = re.compile(r"(?:19|20)\d\d")
_CODE = re.compile(r"[^\W\d_]\d|\d[^\W\d_]|\d{3,}|\d[.-]\d")  # 'FB0-1FEE2AA-WT', '1.2': not the '1' of 'Categorie 1'
_OPEN_END = re.compile(r"(?:[-,/(]|\b(?:en|of|van|de|het|met|voor|in|per|op|and|or|of|the|for|with))$", re.I)


def _wraps_on(line: str, below: str) -> bool:
    """Text that goes on into the line below: it ends open ('Vlaams-Brabant en') or the next starts lower case."""
    return bool(_OPEN_END.search(line.strip())) or below.strip()[:1].islower()


def _join_columns(lines: list[list[tuple[float, str]]]) -> str:
    """One cell's label wrapped over lines, read column by column when it spans two label columns
    ('HB0-1HBA2ZZ-' / 'WT' beside 'Erfgoedpremies' / 'standaardprocedure')."""
    columns: list[tuple[float, list[str]]] = []
    for line in lines:
        for x0, text in line:
            col = next((c for c in columns if abs(c[0] - x0) <= 25), None)  # an indent is no other column
            if col is None:
                columns.append((x0, [text]))
            else:
                col[1].append(text)
    return " ".join(join_lines(texts) for _, texts in sorted(columns, key=lambda c: c[0]))


def _padding_gap(gaps: list[float], height: float) -> float | None:
    """The distance between label lines above which they are two rows: the middle of the widest jump between
    the line spacing inside a cell and the spacing of padded rows; None when the distances are all alike."""
    ordered = sorted(g for g in gaps if g >= 0.8 * height)  # closer lines overlap: a value set beside its label
    if len(ordered) < 2:
        return None
    jump, n = max((b - a, n) for n, (a, b) in enumerate(zip(ordered, ordered[1:])))
    if jump > 0.35 * height:
        return (ordered[n] + ordered[n + 1]) / 2
    # values centred beside labels of two or three lines spread the spacings out evenly: the two kinds still
    # differ by a third or more on average (lines in a cell ~1.5 heights apart, rows ~2.3)
    best = max(range(1, len(ordered)), key=lambda k: k * (len(ordered) - k) * (mean(ordered[k:]) - mean(ordered[:k])) ** 2)
    low, high = mean(ordered[:best]), mean(ordered[best:])  # Otsu's split of the spacings in two kinds
    if best >= 2 and len(ordered) - best >= 2 and high >= 1.3 * low and ordered[best] - ordered[best - 1] > 0.15 * height:
        return (ordered[best - 1] + ordered[best]) / 2
    return None


def _close_group(groups: list[tuple[str, float, bool]], x0: float) -> list[tuple[str, float, bool]]:
    """The groups left open after a subtotal at indent x0: it closes the innermost group it sits in, whether set
    at that group's indent or indented under it, and every group deeper than that."""
    inside = [k for k, g in enumerate(groups) if g[1] <= x0 + 2]
    return groups[:inside[-1]] if inside else groups


def _groups_over(groups: list[tuple[str, float, bool]], x0: float, label: str) -> list[str]:
    """The group rows a row sits under: less indented ones, or padded group rows at its own indent
    (a grand total at the group's indent after a group total is outside it)."""
    if is_total_label(label) and not is_subtotal_label(label):  # a group's subtotal sits in its group
        return [g for g, gx, _ in groups if gx < x0 - 1]
    return [g for g, gx, same in groups if gx < x0 - 1 or (same and gx <= x0 + 2)]  # glyphs' side bearings differ
