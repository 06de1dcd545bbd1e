"""Reading a flattened table's header: columns, corner, stub, unit caption, title, intro.

The lines above a table's first row hold, bottom-up, wrapped row labels,
column headers (one token line, or one label per block), a spanning group
line ("VAK VEK"), a unit caption ("(duizend euro)"), a title and the
sentence that introduces the table. Blocks are runs of lines that belong
together, split at blank lines or where a line starts afresh, so the same
reading works on text with and without blank lines.
"""

from __future__ import annotations

import re

from qa.facts.headercells import corner_word, fit_header, header_readings, partial_cells, total_column_last
from qa.facts.headergroups import group_level, total_beside_groups, two_level_header
from qa.facts.vertical import read_vertical_header
from qa.facts.labels import is_subtotal_label
from qa.facts.numbers import NumberToken
from qa.facts.headerwords import header_tokens, is_token_line
from qa.facts.units import caption_unit, unit_caption, unit_row
from qa.facts.tables import CONNECTORS, FUNCTION_END, Line, Table, is_prose, join_lines, skippable, table_title
from qa.facts.textrows import group_line, group_text

def _continues(prev: str, line: str) -> bool:
    """Whether `line` carries on the text of `prev` (PDF text often has no blank lines)."""
    prev, line = prev.strip(" \t\f"), line.strip(" \t\f")
    last = prev.split()[-1].strip("(").lower() if prev.split() else ""
    if table_title(prev) and re.match(r"(?:19|20)\d\d\b.*\)$|\(", line):
        return True  # 'Tabel 3: ... na de overstromingen van november' / '2023 (toestand 31 maart 2025)'
    if line[:1].islower() and len(line.split()) >= 2 and is_token_line(line, strict=True) and not prev.endswith("-"):
        return False  # 'aantal bedrag aantal bedrag' under 'Investeringscategorie Aanvragen Toegekend': a header row
    return prev.endswith(("-", ",", "–", "—")) or line[:1].islower() or last in CONNECTORS | FUNCTION_END \
        or bool(re.fullmatch(r"\([^()\d]{1,20}\)", line))  # 'Personeelsleden' / '(koppen)': a label's unit


def _blocks(lines: list[Line]) -> list[list[Line]]:
    """Runs of lines that belong together: split at blank lines and where a new line starts afresh."""
    blocks: list[list[Line]] = []
    run: list[Line] = []
    for ln in lines:
        if ln.blank or (run and not _continues(run[-1].text, ln.text)):
            if run:
                blocks.append(run)
            run = [] if ln.blank else [ln]
        else:
            run.append(ln)
    if run:
        blocks.append(run)
    return blocks


def _logical(lines: list[Line]) -> list[tuple[str, list[Line]]]:
    """Non-blank lines with hyphen-wrapped continuations joined ("Vl-" + "Brabant")."""
    out: list[tuple[str, list[Line]]] = []
    for ln in lines:
        if ln.blank:
            continue
        if out and out[-1][0].rstrip().endswith("-") and not ln.text.strip()[:1].isdigit():
            text, parts = out[-1]
            out[-1] = (join_lines([text, ln.text]), parts + [ln])
        else:
            out.append((ln.text.strip(), [ln]))
    return out


def read_header(table: Table, lines: list[Line], numbers: dict[int, NumberToken], boundary: int) -> None:
    """Fill columns, corner, stub, unit, title and intro caption from the lines above the first row."""
    first = table.rows[0]
    region = [ln for ln in lines[boundary: min(first.line, first.first_line)] if not skippable(ln, numbers)]
    brackets = [m.group(0) for m in re.finditer(r"\([^()]{1,25}\)", join_lines(
        [ln.text for ln in region if not table_title(ln.text) and not is_prose(ln.text)]))]
    units = {caption_unit(b) or unit_caption(b) for b in brackets} - {None}
    # '(in euro)' and '(%)' over groups; '(aantal)' and '(%)' closing the labels of the columns
    mixed = len(units) >= 2 or bool(units) and len({b.lower() for b in brackets if not re.search(r"\d", b)}) >= 2
    inside = {k for k in range(1, len(region)) if unit_caption(region[k].text) and (
        _header_word(region[k - 1].text) and (mixed or k + 1 < len(region) and _header_word(region[k + 1].text))
        or mixed and _short_label(region[k - 1].text))}  # 'Uitvoeringsgraad' / '(%)', 'aandeel 2023' / '(%)':
    # a label's own unit
    for k, ln in enumerate(region):
        found = (unit_caption(ln.text) if k not in inside else None) \
            or (caption_unit(ln.text) if table_title(ln.text) else None)
        if found:
            table.unit, table.scale = found
        found = unit_row(ln.text)
        if found:  # 'ha ha ha ha ha ha' under the column labels: the unit of every column
            table.unit, table.scale = found
    region = [ln for k, ln in enumerate(region) if k in inside or not unit_caption(ln.text) and not unit_row(ln.text)]
    region = total_beside_groups(region)
    n = table.n
    columns: list[str] = []
    two = None if table.vertical else two_level_header(region, n)
    if table.vertical:
        region = read_vertical_header(table, region)
        columns = list(table.columns)
    if two:  # 'Aantal dossiers Bedrag (in euro)' / 'ingediend goedgekeurd toegekend uitbetaald in 2023'
        at, end, columns, corner = two
        table.corner = corner or table.corner
        _under_leaves(table, region[end:])
        region = region[:at]
    elif first.value_only and region:
        logical = _logical(region)
        for pos in range(len(logical) - 1, -1, -1):
            text, parts = logical[pos]
            fitted = fit_header(text, n)
            if fitted:
                table.corner = fitted[0] or table.corner
                columns = fitted[1]
                below = [ln for _, ps in logical[pos + 1:] for ln in ps]
                heads = _blocks(below)
                if len(heads) > 1 and len(heads[0]) == 1 and (_heads_group(table, heads[0][0].text)
                                                               or group_text(heads[0][0].text)):
                    first.group = below.pop(0).text.strip()  # 'A. Subsidies ...' over the first row, 'Subtotaal A' below
                if below:
                    first.label, first.first_line, first.label_from_gap = join_lines([b.text for b in below]), below[0].index, True
                region = [ln for ln in region if ln.index < parts[0].index]
                break
        else:
            blocks = _blocks(region)
            # a long label wrapped over short lines ('F1 Antwerpen – Mechelen –' / 'Brussel (fietssnelweg langs' /
            # ...) is no running text: that runs the width of the page, a line of eight words or more
            if blocks and not any(is_prose(b.text) for b in blocks[-1]) \
                    and not blocks[-1][-1].text.rstrip().endswith((".", ":", "?", ";")):
                label_block = blocks[-1]
                first.label = join_lines([b.text for b in label_block])
                first.first_line, first.label_from_gap = label_block[0].index, True
                region = [ln for ln in region if ln.index < label_block[0].index]
                under_header = len(blocks) > 2 and bool(fit_header(blocks[-3][-1].text, n))
                if len(blocks) > 2 and len(blocks[-2]) == 1 and (_heads_group(table, blocks[-2][0].text) or under_header
                                                                 and group_text(blocks[-2][0].text)):
                    first.group = blocks[-2][0].text.strip()  # 'Werking' over the first row, 'Subtotaal werking' below
                    region = [ln for ln in region if ln.index < blocks[-2][0].index]
    if not first.value_only and not two:
        region = _first_label_above(table, region, n)
    blocks = _blocks(region)
    whole = _one_header(blocks, n) if n >= 2 and not columns else None
    if whole:  # 'Jaar Antwerpen Limburg Oost-' / 'Vlaanderen' / 'Vlaams-' / 'Brabant' / ... / 'Vlaams' / 'Gewest'
        table.corner, columns, blocks = whole[0] or table.corner, whole[1], whole[2]
    if not first.value_only and blocks and blocks[-1][-1].index == first.line - 1 and not columns:
        text = join_lines([b.text for b in blocks[-1]])
        toks = header_tokens(text)
        stub_like = _stub_like(text)
        if stub_like and not (len(toks) >= 2 and is_token_line(text)) and not is_prose(text) \
                and not fit_header(text, n) and not (len(blocks) > 1 and partial_cells(text, n)):
            table.stub = text
            blocks.pop()
    need = n - len(columns)
    while blocks and need > 0:
        if len(blocks[-1]) > 1 and fit_header(blocks[-1][-1].text, need) and not is_prose(blocks[-1][0].text):
            blocks[-1:] = [blocks[-1][:-1], blocks[-1][-1:]]  # 'Provincie Bebossing Ontbossing' over '2022 2023 ...'
        text = join_lines([b.text for b in blocks[-1]])
        toks = header_tokens(text)
        fitted = fit_header(text, need) if len(blocks[-1]) == 1 else None
        if fitted:
            table.corner = fitted[0] or table.corner
            columns = fitted[1] + columns
        elif len(blocks[-1]) == 1 and 2 <= len(toks) < need and is_token_line(text):
            columns = toks + columns
        elif len(blocks[-1]) == 1 and len(blocks) > 1 and (part := partial_cells(text, need)):
            columns = part + columns
        elif not is_prose(text) and len(text.split()) <= 6 and len(blocks[-1]) <= 4 and not table_title(text):
            columns = [text] + columns
        else:
            break
        need = n - len(columns)
        blocks.pop()
    levels = 2 if two else 0  # both levels read
    while columns and blocks and levels < 2:  # group lines over the columns, up to two levels
        found, used = None, 0
        order = list(range(1, min(4, len(blocks)) + 1))
        if len(blocks) > 1 and len(blocks[-1]) == 2 and len(blocks[-2]) <= 2:
            order = order[1:] + order[:1]  # 'Personeelsleden' / '(koppen)' / 'Voltijdse' / 'equivalenten (VTE)':
        for m in order:  # a group line, or group cells that wrapped over lines (read together first)
            run = [ln for b in blocks[-m:] for ln in b]
            if m > 1 and (any(len(b) > 2 for b in blocks[-m:]) or any(len(ln.text.split()) > 6 for ln in run)):
                continue
            text = join_lines([ln.text for ln in run])
            if not (m > 1 or len(run) == 1 or len(run) == 2 and len(text.split()) <= 8) \
                    or is_prose(text) and not _group_line(text) \
                    or any(table_title(ln.text) for ln in run):
                continue
            found, used = group_level(table, text, columns), m
            if found:
                break
        if not found:
            break
        columns = found
        del blocks[-used:]
        levels += 1
    if levels and blocks and not table.stub and len(blocks[-1]) == 1 and corner_word(blocks[-1][0].text):
        table.stub = blocks.pop()[0].text.strip()  # 'Regio' on its own line over the header rows
    table.columns = total_column_last([""] * (n - len(columns)) + columns, [[c.value for c in r.cells] for r in table.rows])
    titles: list[str] = []
    while blocks and len(titles) < 2:
        text = join_lines([b.text for b in blocks[-1]])
        if (is_prose(text) or text.rstrip(" ’'\"").endswith(".")) and not table_title(text):
            break  # a numbered title ('Tabel 2.2 Doden en ..., 2021-' / '2023') is one however long
        titles.insert(0, text)
        blocks.pop()
    table.title = " ".join(titles)
    table.caption = _intro(blocks[-3:])


def _parallel_label(text: str, table: Table) -> bool:
    """Lines that begin a label the way other rows' labels begin, numbers aside ('1e kwartaal' and the rows
    '2e kwartaal 2024', '3e kwartaal 2024'): the first row's label, printed above its values."""
    shape = re.sub(r"\d+", "#", text.strip().lower())
    return bool(re.search(r"\d", text)) and sum(
        1 for r in table.rows[1:] if re.sub(r"\d+", "#", r.label.lower()).startswith(shape)) >= 2


def _under_leaves(table: Table, lines: list[Line]) -> None:
    """Lines between a two-level header and the first row's values: a group row over the first row, then the
    start of its label."""
    first = table.rows[0]
    lines = [ln for ln in lines if not ln.blank]
    heads = _blocks(lines)
    if heads and len(heads[0]) == 1 and (len(heads) > 1 or not first.value_only) \
            and (_heads_group(table, heads[0][0].text) or group_text(heads[0][0].text)):
        first.group = lines.pop(0).text.strip()
    if lines:
        first.label = join_lines([ln.text for ln in lines] + [first.label])
        first.first_line, first.label_from_gap = lines[0].index, first.value_only


def _one_header(blocks: list[list[Line]], need: int) -> tuple[str, list[str], list[list[Line]]] | None:
    """One header line that pypdf broke wherever a cell wrapped: the last lines read together fit the columns
    as one line, when no block alone holds a column's label plus others (corner, labels, the blocks above it:
    a group line the run began with stays one, 'Bekken 2023 2024' over 'aantal' / 'projecten' / 'bedrag ...')."""
    if blocks and len(blocks[-1]) == 1 and fit_header(blocks[-1][0].text, need):
        return None  # the lowest line is the header row by itself ('aantal bedrag aantal bedrag')
    lowest = blocks[-1][-1].text.split() if blocks else []
    if len(lowest) == need and all(w.isalpha() for w in lowest) and fit_header(blocks[-1][-1].text, need):
        return None  # ... also under 'Actie' / '2022 2023' printed right above it: a stub and a group line
    closed = _closed_cells(blocks, need)
    if closed:
        return closed
    for m in range(min(len(blocks), 12), 0, -1):
        run = [ln for bl in blocks[-m:] for ln in bl]
        if any(len(b.text.split()) > 6 or is_prose(b.text) or table_title(b.text) for b in run):
            continue
        for start in range(len(run) - 1):
            fitted = fit_header(join_lines([b.text for b in run[start:]]), need)
            if fitted:
                return fitted[0], fitted[1], blocks[:-m] + ([run[:start]] if start else [])
    return None


_BRACKET_LINE = re.compile(r"\([^()]{1,25}\)")


def _closed_cells(blocks: list[list[Line]], need: int) -> tuple[str, list[str], list[list[Line]]] | None:
    """Header cells that each wrapped onto a line of their own unit, printed one after the other ('Type
    installatie 2022' / '(aantal)' / '2023' / '(aantal)' / 'aandeel 2023' / '(%)'): each of the last `need`
    blocks is a cell, closed by its bracket; a year ends the first cell's first line after the stub's words."""
    if need < 2:
        return None
    lines: list[Line] = []
    kept = len(blocks)
    while kept and not any(len(ln.text.split()) > 6 or table_title(ln.text) or is_prose(ln.text) for ln in blocks[kept - 1]):
        kept -= 1
        lines = blocks[kept] + lines
    cells: list[list[Line]] = [[]]
    for ln in lines:
        cells[-1].append(ln)
        if _BRACKET_LINE.fullmatch(ln.text.strip()):
            cells.append([])
    cells = [c for c in cells if c]
    closed = [c for c in cells if len(c) >= 2 and _BRACKET_LINE.fullmatch(c[-1].text.strip())]
    if len(cells) != need or len(closed) < max(2, need - 1) or any(c not in closed for c in cells[:-1]) \
            or any(len(c) > 3 for c in cells):
        return None
    labels = [join_lines([ln.text for ln in b]) for b in cells]
    corner = ""
    words = cells[0][0].text.split()
    if len(words) >= 2 and re.fullmatch(r"(?:19|20)\d\d", words[-1]) and not any(re.search(r"\d", w) for w in words[:-1]):
        corner = " ".join(words[:-1])  # 'Type installatie 2022': the corner over the labels, then the first cell
        labels[0] = join_lines([words[-1]] + [ln.text for ln in cells[0][1:]])
    return corner, labels, blocks[:kept]


def _intro(blocks: list[list[Line]]) -> str:
    """The sentence introducing a table: in the nearest paragraph above, preferring one that announces it."""
    while blocks and not is_prose(join_lines([b.text for b in blocks[-1]])):
        blocks = blocks[:-1]
    if not blocks:
        return ""
    parts: list[str] = []
    for block in reversed(blocks[-4:]):
        parts = [b.text for b in block] + parts
        if re.match(r"^\s*(?:\d{1,2}\.\s*)?(?:[a-z]\.|[a-z]\)|\d{1,2}[.)°])?\s*[A-Z]", parts[0]):
            break
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z0-9])", join_lines(parts))
    announcing = [s for s in sentences if re.search(r"overzicht|hieronder|onderstaand|volgende|tabel|below|table", s, re.I)]
    last = (announcing or sentences)[-1]
    last = re.sub(r"^\s*(?:\d{1,2}\.\s*)?(?:[a-z]\.|[a-z]\)|\d{1,2}[.)°])?\s*", "", last)
    return last.strip().rstrip(":").strip()[:300]


def _first_label_above(table: Table, region: list[Line], n: int) -> list[Line]:
    """Lines between a header line and the first row are the start of that row's wrapped label.

    ("Doelgroep 2019 2020" / "Werkzoekenden zonder" / "diploma secundair" / "onderwijs 3.412 ...")
    Returns the region above, header line included.
    """
    first = table.rows[0]
    logical = []
    for text, parts in _logical(region):  # 'Sector 2021 2022 2023 Evolutie' / '2022-2023': one header line
        if logical and _PERIOD_LINE.fullmatch(text) and fit_header(f"{logical[-1][0]} {text}", n):
            logical[-1] = (f"{logical[-1][0]} {text}", logical[-1][1] + parts)
        else:
            logical.append((text, parts))
    if logical and fit_header(logical[-1][0], n):
        return region  # the line right above the row is its header
    closed = any(is_subtotal_label(r.label) for r in table.rows)  # a subtotal ends the group
    under_header = len(logical) >= 2 and fit_header(logical[-2][0], n) is not None  # or the header is right above it
    if region and len(logical) >= 2 and (closed or under_header) and group_line(region[-1:], first):
        k = len(region) - 1  # 'Landbouwhuisdieren' heads the first rows; 'Kanselarij, Bestuur, ... Zaken en' /
        while k > 1 and _continues(region[k - 1].text, region[k].text) and not fit_header(region[k - 1].text, n):
            k -= 1  # 'Justitie' is one group label wrapped
        first.group = join_lines([ln.text for ln in region[k:]])
        return region[:k]
    above = logical[-1][0].rstrip() if logical else ""
    last_word = above.split()[-1].lower() if above.split() else ""
    carries_on = first.label[:1].islower() or above.endswith(("-", ",")) or last_word in FUNCTION_END
    if not carries_on and _stub_like(above):
        return region  # "Aantal personen actief (VTE)" under the years names the rows: the stub
    for pos in range(len(logical) - 2, max(-1, len(logical) - 5), -1):
        text, parts = logical[pos]
        below = logical[pos + 1:]
        if any(is_prose(t) or t.rstrip().endswith((".", ":")) or len(t.split()) > 6 for t, _ in below):
            return region
        # '1e' over 'kwartaal 2.841,6 ...', or '1e kwartaal' over '2024 1.842 ...' like '2e kwartaal' over
        # '2024 ...' below: the first row's label, not the header's last line
        started = first.label[:1].islower() or _parallel_label(join_lines([t for t, _ in below]), table)
        if fit_header(join_lines([text] + [t for t, _ in below]), n) and not (started and fit_header(text, n)):
            return region  # the header goes on below ('... Totaal 2019-2024' / 'Aandeel in totaal' / '(%)' / ...)
        fitted = fit_header(text, n)
        cells = fitted[1] if fitted else []
        if fitted and (is_token_line(" ".join(cells)) or all(len(c.split()) <= 4 and c[:1].isupper() for c in cells)
                       or len({c.lower() for c in cells}) < len(cells)):  # 'Topsport (€)'; 'krediet benut krediet'
            if len(below) > 1 and len(below[0][1]) == 1 and _heads_group(table, below[0][0]):
                first.group = below.pop(0)[0].strip()  # 'A. Werkingssubsidies ...' over it, 'Subtotaal A' below
            first.label = join_lines([t for t, _ in below] + [first.label])
            first.first_line = below[0][1][0].index
            return [ln for ln in region if ln.index <= parts[-1].index]
    return region


_PERIOD_LINE = re.compile(r"\s*(?:19|20)\d\d(?:\s?[-/–]\s?(?:19|20)?\d\d)?\s*")
def _group_line(text: str) -> bool:
    """A long line of a few capitalised group labels ('Provincie Kandidaat-huurders op 31 december Nieuwe
    toewijzingen in het jaar'), not a sentence: no sentence end, two to four cells by capitals."""
    if text.rstrip().endswith((".", ":", ";", "?")) or len(text.split()) > 16:
        return False
    return any(2 <= len(r) <= 4 and all(c[:1].isupper() for c in r) for r in header_readings(text)[1:])


def _header_word(text: str) -> bool:
    """A short header label on its own line ('Uitvoeringsgraad', 'Werking'), no title or sentence."""
    return _short_label(text) and text.strip()[:1].isupper()


def _short_label(text: str) -> bool:
    """A header label's line, lower case too ('aandeel 2023'): a few words, no title or sentence."""
    text = text.strip()
    return 0 < len(text.split()) <= 4 and not table_title(text) and not is_prose(text) and not text.endswith((".", ":"))


def _heads_group(table: Table, text: str) -> bool:
    """A short line over the first row's label that a subtotal row of the table names ('Werking' and
    'Subtotaal werking'): it heads a group of rows, it is no column label."""
    name = text.strip().lower()
    lettered = re.match(r"([a-z]|[ivx]+|\d{1,2})[.)]\s+\w", name)  # 'A. Subsidies aan lokale besturen' and 'Subtotaal A'
    if lettered and len(name.split()) <= 8 and not is_prose(text):
        name = lettered.group(1)
    elif not (_header_word(text) and len(name.split()) <= 3):
        return False
    return any(is_subtotal_label(r.label) and re.search(rf"\b{re.escape(name)}\b", r.label.lower()) for r in table.rows)


def _stub_like(text: str) -> bool:
    """A line that names what the rows are ("Aantal personen actief (VTE)", "Provincie per jaar")."""
    return "(" in text or bool(re.search(r"\b(?:aantal|per|van|in|naar|number|by)\b", text, re.I))
