"""The fact table: every measured number of a document with labels and provenance.

`extract_facts(doc)` reads tables (see `qa.facts.tables`, `qa.facts.geometry`) and sentences (see
`qa.prose`) and returns one `Fact` per amount. Offsets always index
`doc.text`: `doc.text[f.start:f.end] == f.raw` and the quote span holds the
raw span. Totals are checked against their parts and the result is stored,
never corrected.
"""

from __future__ import annotations

import re
from collections import Counter

from qa.models import Document, Fact, TableInfo
from qa.facts.geolines import ALIGNED_LINE, text_words
from qa.facts.headers import read_header
from qa.facts.labels import (caption_region, describe, detect_lang, is_part_label, is_subtotal_label,
                             is_total_label, label_unit, region_of, same_header, UNIT_SCALES, year_of)
from qa.facts.rowpaths import clean_label, two_label_columns, years_over_rows
from qa.facts.sections import find_headings, heading_before
from qa.facts.numbers import NumberToken, find_number_words, find_numbers
from qa.facts.tables import CONTINUED, NONE_CELLS, TABLE_CAPTION, TABLE_NUMBER, Line, Row, Table, is_prose, split_lines
from qa.facts.textrows import confirm_groups, find_tables, label_above_first_row
from qa.facts.totals import check_text_totals

def extract_facts(doc: Document) -> list[Fact]:
    """All facts of one document, in text order."""
    return extract_all(doc)[0]


def extract_all(doc: Document) -> tuple[list[Fact], list[TableInfo]]:
    """All facts of one document in text order, and its tables with their header paths and dimensions.

    PDF tables read by geometry replace what the text reader made of the same lines;
    the text reader keeps every table the geometry could not read with confidence.
    """
    from qa.facts.grid import MIN_CONFIDENCE, geometry_facts
    from qa.facts.totals import check_totals, mark_region_totals
    from qa.facts.prose import prose_facts

    lang = detect_lang(doc.text)
    numbers = find_numbers(doc.text, lang)
    by_start = {n.start: n for n in numbers}
    lines = split_lines(doc.text)
    headings = find_headings(lines)
    table_part, table_lines, infos = table_facts(doc, lines, by_start, headings)
    mark_region_totals(table_part)
    grid = doc
    if not doc.words and len(ALIGNED_LINE.findall(doc.text)) >= 3:  # columns set with spaces: read them as a grid
        starts = doc.page_starts or [0]
        grid = doc.model_copy(update={"words": text_words(doc.text, starts), "page_starts": starts})
    if grid.words:
        geo_part, geo_infos = geometry_facts(grid, by_start, headings, len(infos))
        if not doc.page_starts:  # a text file: its cells are cited by line, it has no pages
            for item in [*geo_part, *geo_infos]:
                item.page = None
        spans = [(t.line_start, t.line_end) for t in geo_infos if t.confidence >= MIN_CONFIDENCE]
        covered = {f.start for f in geo_part}

        def read_again(f: Fact) -> bool:
            return f.start in covered or any(a <= f.line <= b for a, b in spans)

        # a text table the geometry read in part (page 1 of 'Tabel 2' and its 'vervolg') keeps the rest
        kept = {f.table_id for f in table_part if not read_again(f)}
        replaced = {f.table_id for f in table_part if read_again(f)} - kept
        replaced |= {t.id for t in infos if t.id not in kept and any(a <= t.line_start <= b for a, b in spans)}
        table_part = [f for f in table_part if f.table_id not in replaced and not read_again(f)] + geo_part
        infos = [t for t in infos if t.id not in replaced] + geo_infos
        for a, b in spans:
            table_lines.update(range(a - 1, b))
        check_totals(geo_part)
    used = {f.start for f in table_part}
    in_prose = [n for n in numbers if n.start not in used] + find_number_words(doc.text, lang)
    prose_part = prose_facts(doc, sorted(in_prose, key=lambda n: n.start), table_lines, lines, headings)
    facts = sorted((f for f in _dated_by_title(doc.text, table_part) + prose_part
                    if not _axis_ticks(_line_at(doc.text, f.start))), key=lambda f: f.start)
    return facts, sorted(infos, key=lambda t: t.line_start)


def _dated_by_title(text: str, cells: list[Fact]) -> list[Fact]:
    """A table no year labels, in a document whose title names one year or school year ('Rapport schooljaar
    2022-2023'): its cells are of that year, as the title says of the whole document."""
    head = " ".join(line for line in text.strip().split("\n")[:3])
    span = re.fullmatch(r"\D*?((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)\d\d)\D*", head)
    year = span.group(1) if span and int(span.group(2)) == int(span.group(1)) + 1 else year_of(head, single=True)
    if year is None:
        return cells
    dated = {f.table_id for f in cells if f.year or re.search(r"\b(?:19|20)\d\d\b", f.caption)}  # ('seizoen 2022-2023')
    return [f.model_copy(update={"year": year}) if f.table_id and f.table_id not in dated and not f.year else f
            for f in cells]


def _line_at(text: str, pos: int) -> str:
    return text[text.rfind("\n", 0, pos) + 1:(text.find("\n", pos) + 1 or len(text) + 1) - 1]


def _axis_ticks(line: str) -> bool:
    """A chart's axis ('0 20 40 60 80 100', '0% 25% 50% 75% 100%'): four or more numbers and nothing else,
    evenly spaced from zero. Its numbers are gridlines, not facts."""
    parts = line.split()
    if len(parts) < 4 or not all(re.fullmatch(r"\d{1,3}(?:\.\d{3})*%?", p) for p in parts):
        return False
    values = [int(p.rstrip("%").replace(".", "")) for p in parts]
    step = values[1] - values[0]
    return values[0] == 0 and step > 0 and all(b - a == step for a, b in zip(values, values[1:]))


def measure_of(text: str) -> str:
    """What a caption or title counts: "aantal opgestarte overeenkomsten", ..."""
    text = re.sub(rf"^\s*(?:tabel|table)\s*{TABLE_NUMBER}\s*[:.–-]?\s*", "", text, flags=re.I)
    m = re.search(r"(?<!\()\baantal\b(?!\)).*", text, re.I)  # not the unit '(aantal)' after a caption
    if m:
        phrase = m.group()
    else:
        m = re.search(r"\boverzicht\b.*?\bvan\s+(?:de\s+|het\s+)?(.*)", text, re.I)
        phrase = m.group(1) if m else text
    phrase = re.split(r"[,(:;]| sinds | ingedeeld| opgedeeld| die | per | voor de periode", phrase)[0]
    return " ".join(phrase.split()[:9]).strip()


def _column_qualifier(column: str) -> str:
    """The part of a column header that says what is measured (not a year or region)."""
    if not column or region_of(column) or re.fullmatch(r"[\d\s\-–/tot.]+", column) or is_total_label(column):
        return ""
    return column


def table_facts(doc: Document, lines: list[Line], by_start: dict[int, NumberToken],
                headings: list[tuple[int, str]]) -> tuple[list[Fact], set[int], list[TableInfo]]:
    """Facts from every table, the line indices the tables occupy, and the tables."""
    tables = find_tables(lines, by_start)
    facts: list[Fact] = []
    infos: list[TableInfo] = []
    occupied: set[int] = set()
    prev: Table | None = None
    for table in tables:
        first = table.rows[0].line
        above = [i for i, _ in headings if i < table.rows[0].first_line]
        captions = [k for k in range(max(0, first - 40), table.rows[0].first_line) if TABLE_CAPTION.match(lines[k].text)]
        # a header starts at its table's caption at the earliest ('Tabel 1. ...'): the prose above it is no header
        boundary = max(prev.rows[-1].last_line + 1 if prev else 0, first - 40, above[-1] + 1 if above else 0,
                       captions[-1] if captions else 0)
        label_above_first_row(table, lines)
        read_header(table, lines, by_start, boundary)
        confirm_groups(table, lines)
        between = lines[prev.rows[-1].last_line + 1: first] if prev else []
        titles = [ln.text.strip() for ln in between if ln.text.strip() and not re.fullmatch(r"[\d\s/.-]+", ln.text)]
        if prev and not table.caption and not any(table.columns) and not table.corner and titles \
                and not any(is_prose(t) for t in titles) and len(titles) <= 2:
            table.caption = " ".join(titles)  # a short title between two blocks names the second one
        elif prev and not table.caption and not any(is_prose(ln.text) for ln in between) and not _captioned(between):
            table.caption = table.caption or prev.caption
            table.title = table.title or prev.title
            table.unit = table.unit or prev.unit
            table.scale = table.scale if table.unit != prev.unit else prev.scale
        heading = heading_before(headings, table.rows[0].first_line)
        kept = [r for r in table.rows if not _navigation(doc, r, lines)]
        dropped, table.rows = [r for r in table.rows if r not in kept], kept
        for row in dropped:
            occupied.update(range(row.first_line, row.last_line + 1))  # contents lines are no prose either
        if not table.rows or _page_furniture(table) or _scrap(table):
            continue
        continued = prev is not None and infos and (_continues(prev, table) or _header_again(prev, table, between))
        carried = ""
        if continued:  # 'Tabel 4.2 (vervolg)': the same table, its rows numbered on, its open group going on
            table.title, table.caption, table.unit, table.scale = prev.title, prev.caption, prev.unit, prev.scale
            # its open group goes on only under the very same header: printed otherwise, the text gives no sure
            # reading of where the page's first group starts ('Parket en' / 'politie' over its first row)
            carried = "" if table.rows[0].group or prev.columns != table.columns else _open_group(prev)
            table.columns, table.corner, table.stub = prev.columns, prev.corner, prev.stub  # the header read first
            for row in table.rows if carried else []:  # its rows up to the subtotal that closes it
                if row.group:
                    break
                row.group = carried
                if is_subtotal_label(row.label):
                    break
            heading = infos[-1].heading
        table_id = infos[-1].id if continued else f"{doc.doc}#t{len(infos) + 1}"
        cells = _facts_of(doc, table, lines, heading, table_id, len(prev.rows) if continued else 0, carried)
        info = _table_info(doc, table, table_id, heading, cells, lines[table.rows[0].first_line].start)
        readable = info.confidence >= UNREADABLE  # below, the table is reported (qa index, qa facts --tables)
        if readable:
            facts.extend(cells)
        if continued:
            infos[-1].rows += info.rows
            infos[-1].line_end = info.line_end
            table.rows = prev.rows + table.rows  # a third page goes on after all the rows so far
        else:
            infos.append(info)
        for row in table.rows:  # an unreadable table's line with one number ('Secundair 108') is read as text
            if readable or len(row.cells) > 1:
                occupied.update(range(row.first_line, row.last_line + 1))
        prev = table
    return facts, occupied, infos


UNREADABLE = 0.5  # a text table whose cells got labels this rarely gives no cells: chart values, prose in columns
_SECTION_NO = re.compile(r"^\s*(?:\d+(?:\.\d+)+\.?|\d+\.?|[IVX]+\.|\d+\s*[—–-])\s+[^\W\d]")


def _navigation(doc: Document, row: Row, lines: list[Line]) -> bool:
    """A contents entry ("2.2.2 Ondersteunen en inspireren 39", "Inleiding ........ 4") or a page number
    alone or under a running header: lines that point to pages, not table rows."""
    ints = [c for c in row.cells if re.fullmatch(r"\d{1,3}", c.raw)]
    if not ints or len(row.cells) > 2 or len(ints) != len(row.cells):
        return False
    own_line = lines[row.line].text
    if _SECTION_NO.match(row.label) or _SECTION_NO.match(own_line) or re.search(r"\.{4,}|…{2,}", row.label):
        return True
    page = doc.page_of(row.cells[-1].start)
    alone = not row.label or row.label_from_gap
    return page is not None and alone and any(abs(int(c.raw) - page) <= 2 for c in row.cells)


def _page_furniture(table: Table) -> bool:
    """No table: one value column under no header and no caption, with small whole numbers only
    (chapter and page numbers under running headers) or at most two rows (a sentence's tail)."""
    if len(table.rows) == 1 and table.n == 1 and len(table.rows[0].cells) == 1 and not table.title \
            and not TABLE_CAPTION.match(table.caption or ""):
        return True  # one number under some lines ('... zonder extra lasten' / 'Mobiliteit' / '1'): a page number
    if any(table.columns) or table.unit or table.n != 1:
        return False
    if len(table.rows) >= 2 and all(re.fullmatch(r"(?:19|20)\d\d", r.label.strip()) for r in table.rows):
        return False  # '2021 88 / 2022 97': a value for each year under its caption, however short
    small = all(len(r.cells) == 1 and re.fullmatch(r"\d{1,2}", r.cells[0].raw) for r in table.rows)
    bare = all(re.fullmatch(r"\d{1,3}", c.raw) for r in table.rows for c in r.cells)
    named = table.title or table.stub or table.caption
    return (small and not table.title and not table.caption) or (len(table.rows) <= 2 and (bare or not named))


def _scrap(table: Table) -> bool:
    """No table: one or two lines that end in a number, each its only value, under no 'Tabel N' title and no
    label a reader would take for a column header, whose labels read as the tail of a sentence ('inmiddels
    reeds 15 jaar', '(stuk 2260') or a contents entry ('VLAANDEREN SCHITTERT 20', 'Inhoudstafel')."""
    if len(table.rows) > 2 or any(len(r.cells) != 1 for r in table.rows) or _NUMBERED.match(table.title or ""):
        return False
    if any(_header_like(c) for c in table.columns):
        return False
    labels = [r.label.strip() for r in table.rows]
    if len(table.rows) == 1 and re.fullmatch(r"\d{1,2}", table.rows[0].cells[0].raw):
        return True  # one small number under no header: a chapter or page number ('Gelijke kansen 3')
    if all(re.search(_NAME_WORDS, lab, re.I) and re.fullmatch(r"\d{1,2}", r.cells[0].raw)
           for lab, r in zip(labels, table.rows)):
        return True  # 'Spartacus – lijn 2', 'Bouwsteen 3': the number is the name's
    return any(lab[:1].islower() or lab.count("(") > lab.count(")") or len(lab.split()) >= 2 and lab.isupper()
               for lab in labels) or any(_CONTENTS.match(c.strip()) for c in table.columns)


_CONTENTS = re.compile(r"(?:inhoud|contents|table of contents)", re.I)  # 'Inhoudstafel', 'Inhoudsopgave'
_NAME_WORDS = r"\b(?:lijn|tramlijn|buslijn|fase|type|categorie|zone|bouwsteen|artikel|hoofdstuk|deel|pijler|niveau|" \
              r"klasse|ronde|golf|stap|module|versie|bijlage)$"


def _header_like(label: str) -> bool:
    """A column label as tables set them: a few words, no section number, no sentence's article, no contents."""
    words = label.split()
    return 0 < len(words) <= 3 and not _SECTION_NO.match(label) and label[:1].isupper() \
        and words[0].lower() not in ("de", "het", "een", "the", "a", "an") and region_of(label) is None \
        and not _CONTENTS.match(label)


def _table_info(doc: Document, table: Table, table_id: str, heading: str, cells: list[Fact], offset: int) -> TableInfo:
    from qa.facts.grid import dimensions

    columns = [[p for p in c.split(" · ") if p] for c in table.columns]
    rows = list({tuple(f.row_path): None for f in cells})
    caption = table.title or table.caption
    number = re.search(r"(?:^|\s)(?:tabel|table)\s*(\d+[a-z]?)\b", caption, re.I)
    confidence = label_confidence([label for path in columns + [list(r) for r in rows] for label in path], cells)
    for f, apart in zip(cells, told_apart(cells)):  # a cell no header tells from its row's others is a guess
        f.confidence = confidence if apart else min(confidence, 0.5)
    return TableInfo(id=table_id, doc=doc.doc, reader="text", page=doc.page_of(offset),
                     line_start=table.rows[0].first_line + 1, line_end=table.rows[-1].last_line + 1,
                     number=number.group(1) if number else None, caption=caption, heading=heading,
                     stub=table.stub or table.corner, columns=columns, rows=[list(r) for r in rows],
                     dimensions=dimensions(columns, [list(r) for r in rows], table.stub or table.corner),
                     confidence=confidence)


_VALUE_IN_LABEL = re.compile(r"€\s?\d|\d[.,]\d{3}(?!\d)")  # 'Toegekend: € 6.231.369' is a value, not a header


def told_apart(cells: list[Fact]) -> list[bool]:
    """Per cell, whether its labels tell it from the others: beside other cells of its row, a cell needs its
    column's label, and under others in its column its row's."""
    per_row = Counter(f.cell[0] for f in cells if f.cell is not None)
    per_col = Counter(f.cell[1] for f in cells if f.cell is not None)
    return [bool(f.row_path or f.col_path) if f.cell is None else
            bool(f.col_path or per_row[f.cell[0]] < 2 and f.row_path) and bool(f.row_path or per_col[f.cell[1]] < 2)
            for f in cells]


def label_confidence(labels: list[str], cells: list[Fact]) -> float:
    """How sure the text reader is of a table's labels: the share of its cells that got a row or column label,
    halved when a header holds a value ('Toegekend: € 6.231.369') or a sentence (infographic text and
    two-column prose read as a table)."""
    if not cells:
        return 1.0
    labelled = sum(told_apart(cells)) / len(cells)
    if any(_VALUE_IN_LABEL.search(label) for label in labels):
        labelled /= 2
    if any(len(re.sub(r"\([^)]*\)", "", label).split()) > 12 for label in labels):  # a gloss in brackets is no sentence
        labelled /= 2
    return round(labelled, 2)



_CONTINUED = re.compile(rf"^\s*(?:tabel|table)\s*({TABLE_NUMBER})\W*\(?\s*{CONTINUED}", re.I)
_NUMBERED = re.compile(rf"^\s*(?:tabel|table)\s*({TABLE_NUMBER})", re.I)


def _col_path(columns: list[str], j: int) -> list[str]:
    """Column j's header path; a 'waarvan met jetski' column is a part of the column before it (its whole)."""
    path = [p for p in (columns[j] if j < len(columns) else "").split(" · ") if p]
    if not path or not is_part_label(path[-1]):
        return path
    before = (columns[k].split(" · ") for k in range(min(j, len(columns)) - 1, -1, -1))
    whole = next((w for w in before if not is_part_label(w[-1])), [])
    # under the same upper levels only ('2023 · waarvan nieuw' is no part of '2022 · Aantal')
    return [p for p in whole if p] + path[-1:] if whole and whole[:-1] == path[:-1] else path


def _continues(prev: Table, table: Table) -> bool:
    """A table titled 'Tabel 4.2 (vervolg)' under the same columns goes on with the table before it."""
    m = _CONTINUED.match(table.title or "")
    before = _NUMBERED.match(prev.title or "") or _NUMBERED.match(prev.caption or "")
    # its header repeated, maybe wrapped otherwise (same_header)
    return bool(m and before and m.group(1) == before.group(1)
                and (prev.columns == table.columns or prev.n == table.n and same_header(prev.columns, table.columns)))


def _header_again(prev: Table, table: Table, between: list[Line]) -> bool:
    """The very same column header printed again over more rows, with no title, caption or sentence of its own
    (a page break inside the table): the rows go on with the table before it."""
    lines = [ln.text.strip() for ln in between if ln.text.strip()]
    last = prev.rows[-1].label if prev.rows else ""
    closed = is_total_label(last) and not is_subtotal_label(last)  # 'Totaal' ends a table; 'Subtotaal' a group
    return bool(prev.columns) and table.columns == prev.columns and not table.title and not table.caption \
        and not closed and len(lines) <= 3 and not any(t.endswith((".", ":")) for t in lines) and not _captioned(between)


def _captioned(between: list[Line]) -> bool:
    """A 'Tabel 4. ...' line between two blocks of rows: the second is a table of its own."""
    return any(TABLE_CAPTION.match(ln.text.strip()) for ln in between)


def _open_group(table: Table) -> str:
    """The group row whose rows were still running at the table's end (no subtotal closed it)."""
    group = ""
    for row in table.rows:
        group = row.group or group
        if is_subtotal_label(row.label):
            group = ""
    return group


_YEAR_STUB = re.compile(r"(?:jaar|year|periode|kalenderjaar|begrotingsjaar)", re.I)


def _years_down(table: Table) -> None:
    """'Jaar Antwerpen Limburg ...' over rows '2021 6.450.000 ...': the first column holds the years that label
    the rows (a table printed with its years down the rows), not values; a 'Totaal' row has no year cell."""
    unlabelled = [r for r in table.rows if not r.label]
    if not table.columns or not _YEAR_STUB.fullmatch(table.columns[0].strip()) or not unlabelled \
            or not all(r.cells and re.fullmatch(r"(?:19|20)\d\d", r.cells[0].raw) for r in unlabelled):
        return
    for row in unlabelled:
        row.label, row.cells = row.cells[0].raw, row.cells[1:]
        row.value_only = False
    table.columns = table.columns[1:]
    table.n = max(1, table.n - 1)


def _facts_of(doc: Document, table: Table, lines: list[Line], heading: str, table_id: str,
              offset: int = 0, carried: str = "") -> list[Fact]:
    _years_down(table)
    text = doc.text
    caption = "; ".join(p for p in (table.title, table.caption) if p)[:300] or table.stub or heading
    candidates = [measure_of(t) for t in (table.title, table.stub) if "aantal" in t.lower()]
    candidates += [measure_of(t) for t in (table.title, table.caption, table.stub) if t] + [heading]
    base = next((c for c in candidates if c), "")
    table_year = year_of(table.corner) or year_of(table.title, single=True) or year_of(table.stub, single=True)
    table_year = table_year or year_of(table.caption, single=True) or year_of(heading, single=True)
    out: list[Fact] = []
    grid: list[list[Fact | None]] = []
    parent = group = ""
    two_level = two_label_columns(table) or years_over_rows(table)
    for r, row in enumerate(table.rows):
        label = clean_label(row.label)
        group = row.group or ("" if is_total_label(label) and not is_subtotal_label(label) or row.ends_group else group)
        if two_level:
            row_path = two_level[r]
        elif is_part_label(label) and parent:
            row_path = [parent, label]
        else:  # a 'waarvan' row with no whole above it is no whole of the rows after it
            row_path, parent = ([label] if label else []), ("" if is_part_label(label) else label)
        if group and label and row_path[:1] != [group]:
            row_path = [group, *row_path]  # the rows under 'Landbouwhuisdieren', up to its subtotal
        if is_subtotal_label(label):
            group = ""
        qs, qe = lines[row.first_line].start, lines[row.last_line].end
        row_facts: list[Fact | None] = [None] * table.n
        for j, cell in enumerate(row.cells):
            column = table.columns[j] if j < len(table.columns) else ""
            raw_end = cell.end + 1 if text[cell.end:cell.end + 1] == "%" else cell.end
            unit = cell.unit or label_unit(row.label, column) or table.unit
            qualifier = _column_qualifier(column)
            fact = Fact(
                id=f"{doc.doc}:{cell.start}", doc=doc.doc, page=doc.page_of(cell.start), line=doc.line_of(cell.start),
                start=cell.start, end=raw_end, raw=text[cell.start:raw_end], value=cell.value, unit=unit,
                scale=table.scale if unit == table.unit else UNIT_SCALES.get(unit or "", 1.0),
                quote_start=qs, quote_end=qe, quote=text[qs:qe], caption=caption, row=label,
                column=column,
                year=year_of(row.label) or year_of(column) or year_of(" ".join(row_path)) or table_year,
                region=region_of(row.label) or region_of(column) or region_of(table.stub) or caption_region(caption),
                measure=f"{base} ({qualifier})" if base and qualifier else base or qualifier,
                is_total=is_total_label(row.label) or is_total_label(column),
                source="list" if table.is_list else "table",
                row_path=row_path, col_path=_col_path(table.columns, j), table_id=table_id,
                cell=(offset + r, j),
                heading=heading, empty=cell.raw in NONE_CELLS,
            )
            fact.description = describe(fact, heading)
            row_facts[j] = fact
            out.append(fact)
        grid.append(row_facts)
    check_text_totals(table, grid, carried)
    return out
