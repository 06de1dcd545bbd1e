"""Tables flattened to text lines: find value rows and group them into tables.

PDF text loses the grid, so a table is recovered from line shapes: a *row* is
a line whose tail is a run of value cells ("62 6 / 18 10 23 5",
"389,7 VTE 187,6 VTE Geen"), optionally led by a short label. Rows close
together form a table; the text lines between and above them are, in order
of preference, wrapped row labels, column headers (possibly over several
lines or blocks), spanning group headers ("VAK VEK"), a unit caption
("(duizend euro)"), a title and the introducing sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from qa.facts.labels import is_part_label, is_subtotal_label, is_total_label, region_of
from qa.facts.headerwords import HEADER_WORDS, is_token_line
from qa.facts.numbers import NumberToken

NONE_CELLS = {"/", "-", "–", "—", "Geen", "geen", "nihil", "n.v.t.", "n.v.t", "nvt", "n.b.", "n.b", "n/a", "x"}
UNIT_WORDS = {"%": "%", "€": "euro", "VTE": "VTE", "VTE's": "VTE", "euro": "euro", "EUR": "euro", "keuro": "k euro",
              "kEUR": "k euro", "dagen": "dagen", "uur": "uur", "jaar": "jaar", "mln": "miljoen euro",
              "miljoen": "miljoen euro"}
FUNCTION_END = {"de", "het", "een", "van", "voor", "met", "op", "in", "aan", "bij", "tot", "en", "of", "naar",
                "om", "dan", "die", "dat", "als", "is", "was", "werd", "zijn", "bedroeg", "bedraagt", "ongeveer",
                "circa", "meer", "minder", "over", "door", "the", "of", "to", "and", "was", "were", "per"}
_WRAP_END = {"en", "van", "voor", "of", "met", "bij", "in", "op", "de", "het", "tot", "naar"}
CONNECTORS = {"tot", "à", "-", "–", "en", "<", ">", "≤", "≥", "tussen"}
_FOOTMARK = re.compile(r"^\(?\*+\)?$")
_UNIT_NOTE = re.compile(r"\((?:aantal|euro|k ?euro|keuro|%|ha|km|dagen|uren|uur|ton|vte|fte|in [^()]{1,25})\)", re.I)
_CELL_NOTE = re.compile(r"(?:\*+|\(\d\)|\(\*+\))$")
CONTINUED = r"(?:vervolg|vervolgd|continued|cont\.)"  # 'Tabel 4.2 (vervolg)': a table goes on from the page before
TABLE_CAPTION = re.compile(r"^\s*(?:tabel|table|figuur|grafiek|overzicht)\s*(\d+[a-z]?)\b", re.I)


@dataclass
class Line:
    index: int
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip(" \t\f\r\u00a0")

    @property
    def words(self) -> list[str]:
        return self.text.split()


@dataclass
class Cell:
    start: int
    end: int
    raw: str
    value: float
    unit: str | None = None


@dataclass
class Row:
    line: int  # index of the line holding the values
    cells: list[Cell]
    label: str = ""
    first_line: int = -1  # first line of the quote (label lines included)
    last_line: int = -1
    value_only: bool = False
    label_from_gap: bool = False
    group: str = ""  # a label-only line above it that heads a group of rows ('Landbouwhuisdieren')

    @property
    def single(self) -> bool:
        """All of the row's values stand alone on their lines (a table printed one cell a line)."""
        return self.value_only and self.first_line <= self.line and len(self.cells) >= 1 and \
            self.last_line - self.line + 1 == len(self.cells)


@dataclass
class Table:
    rows: list[Row]
    n: int = 0
    columns: list[str] = field(default_factory=list)
    corner: str = ""
    stub: str = ""
    title: str = ""
    caption: str = ""
    unit: str | None = None
    scale: float = 1.0
    is_list: bool = False
    vertical: bool = False  # printed one cell a line: label lines, then each value on its own line


def split_lines(text: str) -> list[Line]:
    """Lines of `text` with offsets; the newline is not part of a line."""
    lines, pos = [], 0
    for i, part in enumerate(text.split("\n")):
        lines.append(Line(i, pos, pos + len(part), part))
        pos += len(part) + 1
    return lines


def parse_row(line: Line, numbers: dict[int, NumberToken]) -> Row | None:
    """Read the trailing value cells of a line; None when it is not a row."""
    tokens = [(m.start() + line.start, m.group()) for m in re.finditer(r"\S+", line.text)]
    cells: list[Cell] = []
    unit: str | None = None
    i = len(tokens) - 1
    # '€ 68.200.000' rather than '68.200.000 €': a sign before a number that does not follow one
    # ('1.245 € 18,7 mln': before a scaled amount the sign leads it, whatever stands before)
    leading = any(t in ("€", "EUR") and k + 1 < len(tokens) and tokens[k + 1][0] in numbers
                  and (k == 0 or tokens[k - 1][0] not in numbers
                       or k + 2 < len(tokens) and tokens[k + 2][1] in ("mln", "miljoen"))
                  for k, (_, t) in enumerate(tokens))
    while i >= 0:
        start, tok = tokens[i]
        if _FOOTMARK.match(tok) and unit is None:
            i -= 1
            continue
        if re.fullmatch(r"€[1-9]", tok) and unit is None and i > 0 and tokens[i - 1][0] in numbers:
            tok = "€"  # '18.000.000,00 €²' (NFKC made the mark a digit): the sign, then the cell's footnote
        if tok in UNIT_WORDS and unit is None and i > 0:
            unit = UNIT_WORDS[tok]
            i -= 1
            continue
        plus = 1 if tok[:1] == "+" and len(tok) > 1 else 0  # '+13,6': a rise printed with its sign
        num = numbers.get(start + plus)
        if num is not None and num.is_measure and num.value is not None and tok[plus:plus + len(num.raw)] == num.raw:
            rest = _CELL_NOTE.sub("", tok[plus + len(num.raw):])  # '2.117*', '29(2)': a footnote mark on the cell
            if rest in ("", "%", "€"):
                cells.append(Cell(num.start, num.end, num.raw, num.value, {"%": "%", "€": "euro"}.get(rest, unit)))
                unit = None
                i -= 1
                if leading and i >= 1 and tokens[i][1] in ("€", "EUR") and cells[-1].unit in (None, "euro", "miljoen euro"):
                    cells[-1].unit = cells[-1].unit or "euro"  # '€ 68.200.000': the sign before the amount
                    i -= 1
                    if i >= 1 and tokens[i][1] in ("+", "-", "−") and (tokens[i - 1][0] not in numbers or len(cells) == 1):
                        # '- € 6.600.000' closing a row: a change with its sign apart; between two amounts inside
                        # a row ('EUR 6.450.000 - EUR 3.125.000 ...') the '-' is an empty cell
                        cells[-1].value = -cells[-1].value if tokens[i][1] != "+" else cells[-1].value
                        i -= 1
                continue
        if num is not None and not cells and unit is None and re.fullmatch(r"(?:19|20)\d\d", tok) and i >= 2 \
                and _after_amount(tokens, i, numbers):
            cells.append(Cell(num.start, num.end, num.raw, float(tok), None))  # '82,0 % 2026': a column of years
            i -= 1
            continue
        bare = _CELL_NOTE.sub("", tok) or tok  # 'n.b.(2)': an empty cell with its footnote
        if bare in NONE_CELLS and unit is None and (bare != "-" or i == 0 or cells or _dash_cells(tokens, i, numbers)):
            cells.append(Cell(start, start + len(bare), bare, 0.0, None))
            i -= 1
            continue
        break
    if unit is not None:
        i += 1
    if not cells:
        return None
    cells.reverse()
    label_tokens = [t for _, t in tokens[: i + 1]]
    if label_tokens in (["€"], ["EUR"]):  # "€ 48.312.000": the sign is the cell's unit, not a row label
        label_tokens = []
        cells[0].unit = "euro"
    while label_tokens and len(cells) > 1 and label_tokens[-1].lower() in CONNECTORS and (
            len(label_tokens) == 1 or re.search(r"\d", label_tokens[-2])):
        label_tokens.append(cells.pop(0).raw)  # "5 tot 10 58 ..." -> label "5 tot 10"; not "eigenaars en 834,2"
    label = " ".join(label_tokens)
    if not any(c.raw not in NONE_CELLS for c in cells) and len(cells) < 2:
        return None
    if label and not _plausible_label(label_tokens, tokens[: i + 1], numbers, wrapped=len(cells) >= 3):
        return None
    return Row(line.index, cells, label, line.index, line.index, value_only=not label)


def _after_amount(tokens: list[tuple[int, str]], i: int, numbers: dict[int, NumberToken]) -> bool:
    """The token before i closes an amount cell ('82,0 %', '36,1') that itself follows another amount: the year at
    i ends a row of cells, not a sentence ('tegen 2030')."""
    k = i - 1 if tokens[i - 1][1] not in ("%", "€") else i - 2
    def amount(n: int) -> bool:
        num = numbers.get(tokens[n][0]) if n >= 0 else None
        return num is not None and num.is_measure and tokens[n][1].rstrip("%") == num.raw
    return k >= 1 and amount(k) and amount(k - 1)


def _dash_cells(tokens: list[tuple[int, str]], i: int, numbers: dict[int, NumberToken]) -> bool:
    """Dashes closing a line are empty cells when an amount comes before them ('905.300,00 € - -'); one dash
    after an amount may be a text column's blank ('315.000 -' under 'Geplande start') and is left alone."""
    k = i - 1
    while k >= 0 and tokens[k][1] in ("-", "€", "%"):
        k -= 1
    return k < i - 1 and k >= 0 and tokens[k][0] in numbers and numbers[tokens[k][0]].is_measure


def _plausible_label(words: list[str], tokens: list[tuple[int, str]], numbers: dict[int, NumberToken],
                     wrapped: bool = False) -> bool:
    """Short, not a sentence fragment, no amounts of its own. `wrapped`: a row of three or more values may
    end its label in 'en' or 'van', the rest of the label wrapping onto the next line."""
    ends_open = words[-1] in FUNCTION_END and not (wrapped and len(words) >= 2 and words[-1] in _WRAP_END)
    if len(words) > 7 or ends_open or words[-1].endswith((":", ",")):  # "IS" is an acronym
        return False
    if any(w.endswith(".") and len(w) > 4 and w[0].islower() for w in words):
        return False
    texts = [t for _, t in tokens]
    # a number inside brackets is part of the label ('(lichter en zwaarder' / 'dan 3,5 ton) 118 107 ...')
    bracketed = {s for k, (s, _) in enumerate(tokens) if any(")" in t and "(" not in t for t in texts[k:])
                 and not any("(" in t for t in texts[k + 1:])}
    measures = [numbers[s] for s, _ in tokens if s in numbers and numbers[s].is_measure and s not in bracketed]
    range_label = any(w.lower() in CONNECTORS for w in words)
    return not measures or range_label


_HYPHENS = ("-", "\u2010", "\u00ad")  # hyphen-minus, the typographic hyphen, a soft hyphen


def join_lines(parts: list[str]) -> str:
    """Join wrapped label lines, undoing end-of-line hyphenation ("Onderwijs-" + "instellingen")."""
    out = ""
    for part in (p.strip(" \t\f\r") for p in parts):
        if not part:
            continue
        if out.endswith(_HYPHENS) and part[:1].islower() and out[-2:-1].islower():
            out = out[:-1] + part  # "Onderwijs-" + "instellingen"; "Inkomens‐" + "categorie" (U+2010, set by CSS)
        elif out.endswith(_HYPHENS) and not out.endswith(" -"):
            out += part  # "ESR-" + "uitgaven"; a free-standing dash ("aangepast -") is a word
        else:
            out = f"{out} {part}" if out else part
    return out


def is_prose(text: str) -> bool:
    """A line of running text (too long or sentence-like to be a table label)."""
    words = text.split()
    if len(words) >= 8:
        return True
    return len(words) >= 4 and text.rstrip().endswith((".", ":", "?", ";")) and not is_token_line(text)


def table_title(text: str) -> bool:
    return bool(TABLE_CAPTION.match(text))


def skippable(line: Line, numbers: dict[int, NumberToken]) -> bool:
    """Page numbers and footnote lines interrupt tables without belonging to them."""
    first = re.search(r"\S", line.text)
    if first is None:
        return False
    num = numbers.get(line.start + first.start())
    return num is not None and num.kind in ("page", "footnote")


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
        if again == len(gap) or again >= 2 or any(len(g.text.split()) >= 2 and is_token_line(g.text) for g in gap[:again]):
            gap = gap[again:]  # the header printed again (a new page, or a long table), and the rows' labels after it
        label_lines = cur is not None and cur.vertical and row.value_only and 0 < len(gap) <= 3 and not any(
            is_prose(g.text) or table_title(g.text) for g in gap)  # a row's label lines, even "2023 K2"
        if cur is None or prev is None or (_breaks(gap, row, prev) and not label_lines):
            cur = Table(rows=[row])
            tables.append(cur)
            head = _head_lines(lines, row.line)
        elif not _attach(cur, prev, row, gap):
            continue
        else:
            cur.rows.append(row)
        prev = cur.rows[-1]
    for table in tables:
        _numbered_labels(table, lines)
        table.n = max(len(r.cells) for r in table.rows)
        _confirm_groups(table, lines)
    return [t for t in tables if not (len(t.rows) == 1 and t.n == 1 and not t.rows[0].label)]


_FOOTNOTE_LINE = re.compile(r"^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s")


def _numbered_labels(table: Table, lines: list[Line]) -> None:
    """'Prioriteitengroep 1 42 38 ...', 'Prioriteitengroep 2 118 126 ...': rows that share a label and each open
    with another small whole number, one cell more than the table's other rows: the number ends the label."""
    rows = [r for r in table.rows if r.label and len(r.cells) >= 2 and re.fullmatch(r"\d{1,2}", r.cells[0].raw)]
    same = [r for r in rows if sum(1 for o in rows if o.label == r.label) >= 2]
    others = [len(r.cells) for r in table.rows if r not in same]
    if len(same) < 2 or len({r.cells[0].raw for r in same}) != len(same) \
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


def group_line(gap: list[Line], row: Row) -> bool:
    """One short capitalised line without numbers right above a row whose own label starts with a capital:
    it heads the rows below ('Gezelschapsdieren' over 'Hondenkwekerijen 731 ...'); a wrapped label
    goes on in lower case instead ('Veehandelaars en' / 'verzamelcentra 198')."""
    if len(gap) != 1 or gap[0].index != row.line - 1 or not row.label[:1].isupper():
        return False
    text = gap[0].text.strip()
    return (text[:1].isupper() and not re.search(r"\d", text) and len(text.split()) <= 4 and region_of(text) is None
            and not text.endswith((",", "-", ".", ":")) and text.split()[-1].lower() not in FUNCTION_END
            and not is_total_label(text))


def _confirm_groups(table: Table, lines: list[Line]) -> None:
    """A group line heads rows only when a subtotal closes its group, or when the table opens with one right
    under its header (then its other group lines are its siblings); else it was the first line of the next
    row's wrapped label ('Brussel Hoofdstedelijk' / 'Gewest 5')."""
    first = table.rows[0]
    above = [ln for ln in lines[max(0, first.first_line - 2):first.first_line] if not ln.blank]
    opens = len(above) == 2 and group_line(above[1:], first) and not is_prose(above[0].text)
    starts = [k for k, r in enumerate(table.rows) if r.group] + [len(table.rows)]
    for k, nxt in zip(starts, starts[1:]):
        if not opens and not any(is_subtotal_label(r.label) for r in table.rows[k:nxt]):
            row = table.rows[k]
            row.label, row.group = join_lines([row.group, row.label]), ""
            row.first_line -= 1


def _breaks(gap: list[Line], row: Row, prev: Row) -> bool:
    if row.line - prev.last_line > 45:
        return True
    if gap and ":" in row.label and ":" in prev.label and not any(":" in g.text for g in gap):
        return True  # "Label: value" blocks: a line without a colon between them titles the next block
    total_label = row.value_only and len(row.cells) == len(prev.cells) and 0 < len(gap) <= 3 \
        and is_total_label(join_lines([g.text for g in gap]))  # 'Totaal 2019-' / '2024' over the row's values
    return any(is_prose(g.text) or table_title(g.text) or _is_splitting_header(g.text) and not total_label for g in gap)


def _goes_on(line: Line) -> bool:
    """A label line in lower case goes on with the label above, unless it opens a part ('waarvan elektrische
    fiets' starts the next row's label)."""
    text = line.text.strip()
    return text[:1].islower() and not is_part_label(text)


def _head_lines(lines: list[Line], first: int) -> set[str]:
    """The lines over a table's first row up to its caption or the text before it (its header, and the first
    row's label when that is printed above its values): a page break prints them again."""
    out: set[str] = set()
    for ln in reversed(lines[max(0, first - 12):first]):
        text = ln.text.strip()
        if not text:
            continue
        if is_prose(text) or table_title(text):
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
    if gap and (len(gap) <= 2 or len(gap) <= 4 and not any(is_prose(g.text) for g in gap)) and adjacent \
            and not any(g.text.rstrip().endswith(".") or _note(g.text) for g in gap):  # a label wrapped over up to 5 lines
        if group_line(gap, row):
            row.group = gap[0].text.strip()  # kept only if a subtotal closes the group (_confirm_groups)
        else:
            row.label = join_lines([g.text for g in gap] + [row.label])
            row.first_line = gap[0].index
    elif gap:
        table.is_list = True
    return True
