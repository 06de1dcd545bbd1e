"""Rows of flattened text grouped into tables: which value rows belong together, which lines between them are
wrapped labels, group rows, the header printed again, or the end of the table (see qa.facts.tables for what
a row is)."""

from __future__ import annotations

import re

from qa.facts.headerwords import HEADER_WORDS, is_token_line
from qa.facts.labels import is_part_label, is_subtotal_label, is_total_label, leading_region
from qa.facts.numbers import NumberToken
from qa.facts.tables import (FUNCTION_END, NONE_CELLS, Cell, Line, Row, Table, is_prose, join_lines, parse_row, skippable,
                             table_title)

_UNIT_NOTE = re.compile(r"\((?:aantal|euro|k ?euro|keuro|%|ha|km|dagen|uren|uur|ton|vte|fte|in [^()]{1,25})\)", re.I)


def _is_splitting_header(text: str) -> bool:
    """A gap line that starts a new table: header tokens with a year, acronym or header word."""
    toks = text.split()
    if len(toks) < 2 or text.lstrip().startswith("(") or not is_token_line(text, strict=True):
        return False
    return any(re.fullmatch(r"(?:19|20)\d\d|[A-Z]{2,}", t) or t.lower() in HEADER_WORDS for t in toks)


def find_tables(lines: list[Line], numbers: dict[int, NumberToken]) -> list[Table]:
    """All tables of a document, rows grouped and labelled, headers not yet read."""
    tables: list[Table] = []
    cur: Table | None = None
    prev: Row | None = None
    head: set[str] = set()  # the lines over the current table's first row: printed again mid-table, it goes on
    for line in lines:
        if line.blank:
            continue
        row = parse_row(line, numbers)
        if row is None:
            marker = line.text.strip()
            if marker in NONE_CELLS and prev is not None and prev.single and prev.last_line == line.index - 1:
                start = line.start + line.text.index(marker)  # "-" alone on its line, inside a one-cell-a-line row
                prev.cells.append(Cell(start, start + len(marker), marker, 0.0, None))
                prev.last_line = line.index
            continue
        gap = [] if prev is None else [
            ln for ln in lines[prev.last_line + 1: row.line] if not ln.blank and not skippable(ln, numbers)
            and not _FOOTNOTE_LINE.match(ln.text)  # '¹ Fusie per 1 januari 2023; ...' under a row, inside the table
        ]
        again = next((k for k in range(len(gap), 0, -1) if all(g.text.strip() in head for g in gap[:k])), 0)
        if again >= 2 or any(len(g.text.split()) >= 2 and is_token_line(g.text) for g in gap[:again]) \
                or again == len(gap) and not (again == 1 and group_line(gap, row) is False and group_text(gap[0].text)):
            gap = gap[again:]  # the header printed again (a new page, or a long table), and the rows' labels after it
        label_lines = cur is not None and cur.vertical and row.value_only and 0 < len(gap) <= 3 and not any(
            is_prose(g.text) or table_title(g.text) for g in gap)  # a row's label lines, even "2023 K2"
        if cur is None or prev is None or (_breaks(gap, row, prev, head) and not label_lines):
            cur = Table(rows=[row])
            tables.append(cur)
            head = _head_lines(lines, row.line, numbers)
        elif not _attach(cur, prev, row, gap):
            continue
        else:
            cur.rows.append(row)
        prev = cur.rows[-1]
    for table in tables:
        _numbered_labels(table, lines)
        table.n = max(len(r.cells) for r in table.rows)
        _numbered_groups(table, lines)
        _numbered_label(table, lines)
    return [t for t in tables if not (len(t.rows) == 1 and t.n == 1 and not t.rows[0].label)]


_FOOTNOTE_LINE = re.compile(r"^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s")


def _numbered_labels(table: Table, lines: list[Line]) -> None:
    """'Prioriteitengroep 1 42 38 ...', 'Prioriteitengroep 2 118 126 ...': rows that share a label and each open
    with another small whole number, one cell more than the table's other rows: the number ends the label."""
    rows = [r for r in table.rows if r.label and len(r.cells) >= 2 and re.fullmatch(r"\d{1,2}", r.cells[0].raw)]
    same = [r for r in rows if sum(1 for o in rows if o.label == r.label) >= 2]
    others = [len(r.cells) for r in table.rows if r not in same]
    if len(same) < 2 or any(len({r.cells[0].raw for r in same if r.label == lab}) != sum(1 for r in same if r.label == lab)
                            for lab in {r.label for r in same}) \
            or any(len(r.cells) - 1 != max(others, default=len(r.cells) - 1) for r in same):
        return
    shared = {r.label for r in same}
    for r in same:
        r.label, r.cells = f"{r.label} {r.cells[0].raw}", r.cells[1:]
    for k in range(len(table.rows) - 2, -1, -1):  # 'Categorie 1' alone on its line, its values under its label's end
        r, nxt = table.rows[k], table.rows[k + 1]
        if r.label in shared and len(r.cells) == 1 and re.fullmatch(r"\d{1,2}", r.cells[0].raw) and nxt.label \
                and not nxt.label[:1].isupper():
            nxt.label = join_lines([ln.text for ln in lines[r.first_line:nxt.first_line]] + [nxt.label])
            nxt.first_line = r.first_line
            del table.rows[k]


def _numbered_groups(table: Table, lines: list[Line]) -> None:
    """'Inkomenscategorie' / '1' over 'eigenaar-' / 'bewoner 3.412,8 ...' and 'huurder 1.874,5 ...': a label
    and a small number alone on their lines, then rows whose labels start in lower case, is a label set over
    those rows (a merged cell), not a row of one figure."""
    if table.n < 3:
        return
    for k in range(len(table.rows) - 2, -1, -1):
        r, nxt = table.rows[k], table.rows[k + 1]
        if len(r.cells) != 1 or not re.fullmatch(r"\d{1,2}", r.cells[0].raw) or len(nxt.cells) < 3 \
                or lines[r.line].text.strip() != r.cells[0].raw:
            continue
        first = r.first_line if r.label and r.first_line < r.line else r.line - 1  # the table's first row: no label yet
        head = [ln.text for ln in lines[max(first, 0):r.line] if not ln.blank]
        own = [ln.text for ln in lines[r.line + 1:min(nxt.line, nxt.first_line)] if not ln.blank]  # 'eigenaar-' if it
        # went to the label above
        label = join_lines(own + [nxt.label]) if own else nxt.label
        if head and group_text(" ".join(head)) and label[:1].islower():
            nxt.group, nxt.label = f"{join_lines(head)} {r.cells[0].raw}", label
            nxt.first_line = max(first, 0)
            del table.rows[k]


def _numbered_label(table: Table, lines: list[Line]) -> None:
    """'Hulpverleningszone 1' / '(Brugge – Oostende –' / 'Knokke-Heist) 1.127 ...': a label line that ends in a
    small number, in a table of several columns, is the first line of the next row's label, not a row of one
    figure."""
    if table.n < 3:
        return
    for k in range(len(table.rows) - 2, -1, -1):
        r, nxt = table.rows[k], table.rows[k + 1]
        text = lines[r.line].text.strip()
        if len(r.cells) != 1 or not re.fullmatch(r"\d{1,2}", r.cells[0].raw) or len(nxt.cells) < table.n - 1 \
                or not r.label or not text.endswith(" " + r.cells[0].raw) or r.first_line != r.line \
                or not group_text(r.label) or nxt.label[:1].islower():
            continue
        between = [ln.text for ln in lines[r.line + 1:nxt.first_line] if not ln.blank]
        nxt.label = join_lines([text] + between + [nxt.label])
        nxt.first_line = r.line
        del table.rows[k]


def group_line(gap: list[Line], row: Row) -> bool:
    """One short capitalised line without numbers right above a row whose own label starts with a capital:
    it heads the rows below ('Gezelschapsdieren' over 'Hondenkwekerijen 731 ...'); a wrapped label
    goes on in lower case instead ('Veehandelaars en' / 'verzamelcentra 198')."""
    if len(gap) != 1 or gap[0].index != row.line - 1 or not row.label[:1].isupper():
        return False
    return group_text(gap[0].text)


_FINITE = re.compile(r"\b(?:is|zijn|was|waren|werd|werden|wordt|worden|heeft|hebben|had|hadden)\b", re.I)
_LETTERED = re.compile(r"(?:[A-H]|[IVX]{1,4})[.)]\s+")


def group_text(text: str) -> bool:
    """A short capitalised line with no figure, not opening with a region name, no total, that does not run on."""
    text = text.strip()
    lettered = _LETTERED.match(text)  # 'C. Elektrische en elektronische apparaten': an enumerated heading may be longer
    if lettered:  # not 'A. Janssens, directeur', 'D. Peeters en H. Claes', 'H. Dat bedrag is niet inbegrepen'
        text = text[lettered.end():]
        if "," in text or re.search(r"\b[A-Z]\.", text) or is_prose(text) or _FINITE.search(text):
            return False
    return (text[:1].isupper() and not re.search(r"\d", text) and len(text.split()) <= (6 if lettered else 4)
            and leading_region(text) is None
            and not text.endswith((",", "-", ".", ":")) and text.split()[-1].lower() not in FUNCTION_END
            and not is_total_label(text))


def _group_over_label(gap: list[Line]) -> bool:
    """A group line, then on the next line the start of a row's label ('Investeringen' / 'Infrastructuurprojecten')."""
    return len(gap) >= 2 and group_text(gap[0].text) and gap[1].text.strip()[:1].isupper() \
        and gap[1].index == gap[0].index + 1


def confirm_groups(table: Table, lines: list[Line]) -> None:
    """A group line heads rows only when a subtotal closes its group, or when the table opens with one right
    under its header (then its other group lines are its siblings; read with the header, so called after it); else it was the first line of the next
    row's wrapped label ('Brussel Hoofdstedelijk' / 'Gewest 5')."""
    first = table.rows[0]
    above = [ln for ln in lines[max(0, first.first_line - 2):first.first_line] if not ln.blank]
    opens = len(above) == 2 and group_line(above[1:], first) and not is_prose(above[0].text) \
        or bool(first.group) and first.label_from_gap  # read with the header, over a label wrapped above its values
    starts = [k for k, r in enumerate(table.rows) if r.group] + [len(table.rows)]
    for k, nxt in zip(starts, starts[1:]):
        members = table.rows[k:nxt]
        lower = next((i for i, r in enumerate(members) if not r.label[:1].islower()), len(members))
        if lower >= 2:  # two or more rows in lower case under the group line
            if lower < len(members):  # 'eigenaar-bewoner', 'huurder' under 'Inkomenscategorie 1'; 'Verhuurders'
                members[lower].ends_group = True  # after them is a row of its own
            continue
        if k and not opens and not any(is_subtotal_label(r.label) for r in members):  # the first row's is the header's
            row = table.rows[k]
            row.label, row.group = join_lines([row.group, row.label]), ""
            row.first_line -= 1


def _breaks(gap: list[Line], row: Row, prev: Row, head: set[str] = frozenset()) -> bool:
    if row.line - prev.last_line > 45:
        return True
    if gap and ":" in row.label and ":" in prev.label and not any(":" in g.text for g in gap):
        return True  # "Label: value" blocks: a line without a colon between them titles the next block
    total_label = row.value_only and len(row.cells) == len(prev.cells) and 0 < len(gap) <= 3 \
        and is_total_label(join_lines([g.text for g in gap]))  # 'Totaal 2019-' / '2024' over the row's values
    dated = any(_YEAR.search(h) for h in head)  # 'KSA Vlaanderen' over rows under the years: a group, no new header
    return any(is_prose(g.text) or table_title(g.text) or _is_splitting_header(g.text) and not total_label
               and not (dated and not _YEAR.search(g.text) and len(g.text.split()) <= 3
                        and not any(t.lower() in HEADER_WORDS for t in g.text.split())) for g in gap)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _goes_on(line: Line) -> bool:
    """A label line in lower case goes on with the label above, unless it opens a part ('waarvan elektrische
    fiets' starts the next row's label)."""
    text = line.text.strip()
    return text[:1].islower() and not is_part_label(text)


def _head_lines(lines: list[Line], first: int, numbers: dict[int, NumberToken]) -> set[str]:
    """The lines over a table's first row up to its caption, the text before it or the table above (its header,
    and the first row's label when that is printed above its values): a page break prints them again."""
    out: set[str] = set()
    for ln in reversed(lines[max(0, first - 12):first]):
        text = ln.text.strip()
        if not text or table_title(text) or text.endswith((".", ":", ";")) or parse_row(ln, numbers) is not None:
            break
        out.add(text)
    return out


def _note(text: str) -> bool:
    """A line that closes a bracket it opened itself ('(16/10/19 – 31/12/20)', 'Totaal (excl. btw)'); the end of a
    label's bracket opened a line above ('(zonnepanelen, warmtepompen,' / 'energiebesparing)') is none."""
    text = text.strip()
    return text.endswith(")") and "(" in text


def _attach(table: Table, prev: Row, row: Row, gap: list[Line]) -> bool:
    """Give `row` its label from the gap; False when it was merged into `prev`."""
    while gap and gap[0].text.strip().startswith("("):
        note = gap.pop(0)  # "(16/10/19 – 31/12/20)" notes the row above; "(aantal)" ends its label
        prev.last_line = note.index
        if _UNIT_NOTE.fullmatch(note.text.strip()):
            prev.label = f"{prev.label} {note.text.strip()}".strip()
    n = max(len(r.cells) for r in table.rows)
    if row.value_only and not gap and len(row.cells) == 1 and prev.single and prev.last_line == row.line - 1:
        prev.cells.extend(row.cells)  # one cell a line: pypdf prints some tables cell by cell
        prev.last_line = row.line
        table.vertical = True
        return False
    if row.value_only and not gap and len(prev.cells) + len(row.cells) <= n:
        prev.cells.extend(row.cells)
        prev.last_line = row.line
        return False
    if row.value_only:
        if prev.label_from_gap:
            lead = 0
            while lead < len(gap) - 1 and _goes_on(gap[lead]):
                lead += 1
            if lead and not gap[lead].text.strip()[:1].islower():
                prev.label = join_lines([prev.label] + [g.text for g in gap[:lead]])
                prev.last_line = gap[lead - 1].index
                gap = gap[lead:]
        if _group_over_label(gap):
            row.group = gap[0].text.strip()  # 'Investeringen' over a label printed above its values; kept only if
            gap = gap[1:]  # a subtotal closes the group (confirm_groups)
        if gap:
            row.label = join_lines([g.text for g in gap])
            row.first_line = gap[0].index
            row.label_from_gap = True
        return True
    lead = 0
    while lead < len(gap) and _goes_on(gap[lead]) and gap[lead].index == prev.last_line + lead + 1:
        lead += 1
    if lead and row.label and prev.label:  # 'verenigingen van eigenaars' under 'Private eigenaars en 834,2 ...'
        prev.label = join_lines([prev.label] + [g.text for g in gap[:lead]])
        prev.last_line = gap[lead - 1].index
        gap = gap[lead:]
    adjacent = gap and gap[-1].index == row.line - 1 and all(
        b.index == a.index + 1 for a, b in zip(gap, gap[1:])
    )
    if adjacent and len(gap) <= 3 and _group_over_label(gap) and row.label[:1].islower():  # 'Rechtstreeks toegankelijke hulp (RTH)' over 'Multifunctionele centra
        row.group = gap[0].text.strip()  # (RTH-' / 'aandeel) 118.600 ...': a group row, then a wrapped label
        gap = gap[1:]
    if gap and (len(gap) <= 2 or len(gap) <= 4 and not any(is_prose(g.text) for g in gap)) and adjacent \
            and not any(g.text.rstrip().endswith(".") or _note(g.text) for g in gap):  # a label wrapped over up to 5 lines
        if group_line(gap, row):
            row.group = gap[0].text.strip()  # kept only if a subtotal closes the group (confirm_groups)
        else:
            row.label = join_lines([g.text for g in gap] + [row.label])
            row.first_line = gap[0].index
    elif gap:
        table.is_list = True
    return True


_LINKING_END = {"en", "of", "van", "voor", "de", "het", "in", "op", "met", "and", "or", "for"}  # 'Coördinatie en'


def label_above_first_row(table: Table, lines: list[Line]) -> None:
    """'1ste' / 'kwartaal 4.802 1.596 ...': a first row whose label goes on in lower case began on the short line
    above it, as the rows under it do ('2de' / 'kwartaal 6.115 ...'); that line is the row's, not the header's."""
    first = table.rows[0]
    above = first.first_line - 1
    if not first.label[:1].islower() or is_part_label(first.label) or above < 0 or lines[above].blank:
        return
    text = lines[above].text.strip()
    over = next((ln.text for ln in reversed(lines[max(0, above - 2):above]) if not ln.blank), "")
    if group_text(over):
        return  # 'A. Werkingssubsidies ...' / 'Landelijke' / 'jeugdverenigingen 8.400.000': the header reader's case
    wrapped = [r for r in table.rows[1:] if r.label and r.first_line < r.line]
    if len(text) <= 20 and len(text.split()) <= 2 and not text.endswith((".", ":", ")")) \
            and text.split()[-1].lower() not in _LINKING_END \
            and len(wrapped) * 2 >= len(table.rows) - 1 > 0:
        first.label = join_lines([text, first.label])
        first.first_line = above
