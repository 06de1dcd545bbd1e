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

from qa.facts.headerwords import is_token_line
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
_CELL_NOTE = re.compile(r"(?:\*+|\(\d\)|\(\*+\))$")
CONTINUED = r"(?:vervolg|vervolgd|continued|cont\.)"  # 'Tabel 4.2 (vervolg)': a table goes on from the page before
# a table's number: 'Tabel 3', 'Tabel 4.1', 'Tabel B3.1' (an annex's letter), 'Table 2a'
TABLE_NUMBER = r"(?:[A-Z]{1,2}\.?)?\d+(?:\.\d+)*[a-z]?"
TABLE_CAPTION = re.compile(rf"^\s*(?:tabel|table|figuur|grafiek|overzicht)\s*({TABLE_NUMBER})\b", re.I)


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
    ends_group: bool = False  # the first row after a group of rows whose labels ran in lower case

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
        if tok in UNIT_WORDS and unit is None and i > 0 and not (
                tok == "jaar" and cells and all(c.unit is None and c.raw not in NONE_CELLS for c in cells)):
            # (an age after counts printed without a unit ends the label: 'Jonger dan 12 jaar 214 19')
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
    after a single amount may be a text column's blank ('315.000 -' under 'Geplande start') and is left alone,
    unless the row has a dash between two amounts as well or two amounts before it ('46 18 402.300 -')."""
    k = i - 1
    while k >= 0 and tokens[k][1] in ("-", "€", "%"):
        k -= 1
    def amount(n: int) -> bool:
        return 0 <= n and tokens[n][0] in numbers and numbers[tokens[n][0]].is_measure
    inner = any(tokens[n][1] == "-" and amount(n - 1) and amount(n + 1) for n in range(1, k))  # '9,3 - 3 2 -': the
    # row has an empty cell between amounts, so the last dash is one too; after two amounts or more it is a
    # value column's empty cell ('Vakantiewoningen 46 18 402.300 -')
    return (k < i - 1 or inner or amount(k - 1)) and amount(k)


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
    # the number of a named category ('Categorie 1 (laagste inkomens)', 'Zone 3 Noord'): part of the label
    numbered = {tokens[1][0]} if len(tokens) > 2 and re.fullmatch(r"\d{1,2}", tokens[1][1]) \
        and tokens[0][1][:1].isupper() and tokens[0][1].isalpha() and not tokens[2][1][:1].isdigit() else set()
    measures = [numbers[s] for s, _ in tokens if s in numbers and numbers[s].is_measure and s not in bracketed | numbered]
    range_label = any(w.lower() in CONNECTORS for w in words)
    return not measures or range_label


_HYPHENS = ("-", "\u2010", "\u00ad")  # hyphen-minus, the typographic hyphen, a soft hyphen


def join_lines(parts: list[str]) -> str:
    """Join wrapped label lines, undoing end-of-line hyphenation ("Onderwijs-" + "instellingen")."""
    out = ""
    for part in (p.strip(" \t\f\r") for p in parts):
        if not part:
            continue
        if out.endswith(_HYPHENS) and part[:1].islower() and out[-2:-1].islower() and not re.match(r"\w{1,4}/", part):
            out = out[:-1] + part  # "Onderwijs-" + "instellingen"; "Inkomens‐" + "categorie" (U+2010, set by CSS)
        elif out.endswith(_HYPHENS) and not out.endswith(" -") or out.endswith("/") and not out.endswith(" /"):
            out += part  # "ESR-" + "uitgaven", "Roll-" + "on/" + "roll-off"; a free-standing dash ("aangepast -")
            # is a word
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
