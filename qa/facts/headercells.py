"""One flattened header line cut into its cells: the readings a line allows and which of them fits the table.

A header printed by a PDF's text is one line of words ('Provincie Aanvragen Toegekend Toekenningsgraad',
'Jaar Vlaams Gewest Waals Gewest België', '2023 2024' over 'sep okt nov dec jan feb'). Each reading cuts it
differently (tokens, runs that start at a capital, years and months apart, region names whole); the number of
value cells in the rows below decides which reading is the header.
"""

from __future__ import annotations

import re
from itertools import combinations

from qa.facts.labels import is_region_name, is_total_label
from qa.facts.headerwords import header_like, header_tokens, is_token_line, month_of
from qa.facts.tables import is_prose, table_title
from qa.text import dutch_stop


def top_groups(columns: list[str]) -> int:
    """How many column groups the top level has so far: the columns themselves, or runs of one group label."""
    tops = [c.split(" · ")[0] if " · " in c else c for c in columns]
    if not any(" · " in c for c in columns):
        return len(columns)
    return sum(1 for i, t in enumerate(tops) if i == 0 or t != tops[i - 1])


def corner_word(text: str) -> bool:
    """A short label with no figure ('Regio', 'Type verblijf'): the corner over the row labels."""
    words = text.split()
    return 0 < len(words) <= 3 and text.strip()[:1].isupper() and not re.search(r"\d|[:.]\s*$", text) \
        and not table_title(text) and not is_prose(text)


def years_over_months(text: str, columns: list[str]) -> list[str] | None:
    """The year over each month column ('2023 2024' over 'sep okt nov dec jan feb'): the months run in calendar
    order and a new year starts where they wrap; columns after the months ('Totaal') get none."""
    years = text.split()
    if len(years) < 2 or not all(re.fullmatch(r"(?:19|20)\d\d", y) for y in years):
        return None
    months = [month_of(c) for c in columns]
    n = next((i for i, m in enumerate(months) if m is None), len(months))
    if n < 2 or any(m is not None for m in months[n:]):
        return None
    starts = [0] + [i for i in range(1, n) if months[i] <= months[i - 1]]
    if len(starts) != len(years):
        return None
    out = [""] * len(columns)
    for k, a in enumerate(starts):
        b = starts[k + 1] if k + 1 < len(starts) else n
        out[a:b] = [years[k]] * (b - a)
    return out


_PART_WORDS = {"waarvan", "waaronder", "w.v.", "whereof"}  # 'Totaal waarvan teruggevonden': a part column of its own


def header_readings(text: str) -> list[list[str]]:
    """Ways to cut a flattened header line into cells: its tokens, then runs that start at a capital.

    "Gestart Met succes beëindigd" is two cells, "Vastgelegd 2023 Vastgelegd 2024" two or four.
    """
    toks = header_tokens(text)
    readings = [toks]
    groups: list[list[str]] = []
    for tok in text.split():
        # a bracketed unit goes with its label ('Basiswerking (€)'), and so does a number after 'per' ('Leden
        # per 1.000 inwoners')
        starts = (tok[:1].isupper() or tok[:1].isdigit() or tok[:1] in "€%" or tok[:1] == "(" and bool(re.search(r"\d", tok))
                  or bool(month_of(tok)) or tok.lower() in _PART_WORDS and bool(groups)) \
            and not (tok[:1].isdigit() and groups and groups[-1][-1].lower() in _LINKS_NUMBER) \
            and not (month_of(tok) and groups and re.fullmatch(r"\d{1,2}", groups[-1][-1]))  # 'op 31 december'
        inside = bool(groups) and (_open_bracket(groups[-1])
                                   or groups[-1][-1].lower() in _LINKS_NAME and tok[:1].isalpha()  # 'Ontheemden
                                   # uit' 'Oekraïne': a name after a preposition goes on with the label
                                   or bool(re.fullmatch(r"\(\d{1,2}\)", tok)))  # a footnote mark goes with its label
        if groups and (not starts or inside) or (groups and re.fullmatch(r"(?:19|20)\d\d", tok) and not groups[-1][-1][:1].isdigit()
                                     and len(groups[-1]) == 1 and not tok == groups[-1][-1]):
            groups[-1].append(tok)
        else:
            groups.append([tok])
    capital = [" ".join(g) for g in groups]
    if capital != toks and all(len(g) <= (6 if len(groups) <= 3 else 4) for g in groups):
        readings.append(capital)
    titled = _titled_cells(text)
    if titled not in readings:  # 'Initieel krediet 2023 Aangepast krediet 2023 Uitvoeringsgraad (%)'
        readings.append(titled)
    bracketed = _with_brackets(toks)
    if bracketed not in readings:  # 'aantal bedrag (in euro) aantal aandeel (%)': a bracket goes with the word before
        readings.append(bracketed)
    readings.append(_year_cells(text))
    regional = _region_cells(text)
    if regional != toks:
        readings.append(regional)
    return readings


def _open_bracket(words: list[str]) -> bool:
    """A cell's words so far open a bracket they have not closed ('Gemiddelde subsidie (in')."""
    text = " ".join(words)
    return text.count("(") > text.count(")")


_PART_CELL = re.compile(r"(?:waarvan|w\.v\.)(?:\s|$)", re.I)  # a column of a part of the one before


def _titled_cells(text: str) -> list[str]:
    """Cells that each start at a capital; lower-case words, years and bracketed parts go on with the cell
    before them (a header whose every cell wrapped, read as one line)."""
    cells: list[list[str]] = []
    toks = text.split()
    for k, tok in enumerate(toks):
        opened = bool(cells) and _open_bracket(cells[-1])
        # 'waarvan met jetski' between two labels is a column of its own; at the end it may be the tail of a
        # header wrapped over lines ('Gezinnen op wachtlijst ... waarvan inkomenstarief')
        part = bool(cells) and bool(_PART_CELL.match(tok)) and not cells[-1][-1].endswith("-") \
            and any(t[:1].isupper() for t in toks[k + 1:])
        if cells and (opened or not tok[:1].isupper()) and not part:
            cells[-1].append(tok)
        else:
            cells.append([tok])
    return [" ".join(c) for c in cells]


def _with_brackets(toks: list[str]) -> list[str]:
    """Tokens with each bracketed part ('(in euro)', '(%)', '(1)') joined to the token before it."""
    out: list[str] = []
    for tok in toks:
        opened = bool(out) and _open_bracket([out[-1]])
        if out and (opened or tok.startswith("(")):
            out[-1] = f"{out[-1]} {tok}"
        else:
            out.append(tok)
    return out


def partial_cells(text: str, need: int) -> list[str] | None:
    """Some of the columns' labels on one line ('Vaststellingen Processen- verbaal (1) Doorverwezen naar parket'
    under a label wrapped one word a line): short labels that each start with a capital, fewer than needed."""
    if is_prose(text) or table_title(text):
        return None
    for toks in header_readings(text)[1:]:
        if 2 <= len(toks) < need and _short_labels(toks) and not any(_OPEN_CELL.search(t) for t in toks):
            return toks
    return None


def uneven_groups(text: str, columns: list[str]) -> list[str] | None:
    """Group labels over groups of unequal width ('2022 2023' over 'aantal bedrag' and 'aantal aandeel bedrag'):
    each group starts where the first column's label comes back, and there are as many starts as labels."""
    if len(columns) < 3 or " · " in "".join(columns):
        return None
    first = columns[0].lower()
    starts = [i for i, c in enumerate(columns) if c.lower() == first]
    for toks in header_readings(text):
        if 1 < len(toks) == len(starts) and len(set(toks)) == len(toks) and not any(t.startswith("(") for t in toks):
            end = len(columns)
            widths = {b - a for a, b in zip(starts, starts[1:])}
            if end - starts[-1] > starts[1] - starts[0] and (is_total_label(columns[-1]) or len(widths) == 1 and (
                    end - starts[-1] == starts[1] - starts[0] + 1
                    and columns[-1].lower() not in {c.lower() for c in columns[:-1]})):
                end -= 1  # 'Totaal bezoeken 2023' or 'Vereffeningsgraad (%)' after even groups belongs to no group
            bounds = starts + [end]
            return [toks[k] for k in range(len(toks)) for _ in range(bounds[k], bounds[k + 1])] + [""] * (len(columns) - end)
    return None


def _region_cells(text: str) -> list[str]:
    """'Jaar Vlaams Gewest Waals Gewest Brussels Hoofdstedelijk Gewest België': the words of a region's name are
    one cell (the longest name that starts at a word), every other word a cell of its own."""
    words = text.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        span = next((n for n in (3, 2) if i + n <= len(words) and is_region_name(" ".join(words[i:i + n]))), 1)
        out.append(" ".join(words[i:i + span]))
        i += span
    return out


_OPEN_CELL = re.compile(r"(?:,|\b(?:van|en|de|het|der|of|voor|met|in|op|aan|bij|tot))$", re.I)  # a header cell
# does not end open: 'Antwoord van de | Vlaams minister van | Justitie en' is a sentence with titles in it
_LINKS_NAME = {"uit", "van", "in", "naar", "voor", "met", "op", "aan", "bij", "de", "het", "en", "of", "over", "door"}
_LINKS_NUMBER = {"per", "op", "van", "tot", "na", "vanaf", "x", "dan"}
_PERIOD_CELL = re.compile(r"(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?|[KQT][1-4]", re.I)


def is_period(tok: str) -> bool:
    """A year, quarter or month header cell ('2023', 'K3', 'mrt')."""
    return bool(_PERIOD_CELL.fullmatch(tok) or month_of(tok))


def _year_cells(text: str) -> list[str]:
    """'Categorie 2022 2023 Evolutie (%)': years and quarters are cells of their own, a capital starts a
    label, lower-case words and a bracketed unit carry on the label before them."""
    cells: list[list[str]] = []
    for tok in text.split():
        period = is_period(tok)
        if cells and cells[-1][-1].endswith(("-", "–")):  # 'Verschil 2023- 2022'
            cells[-1].append(tok)
        elif cells and len(cells[-1]) == 1 and month_of(cells[-1][0]) and re.fullmatch(r"(?:19|20)\d\d", tok):
            cells[-1].append(tok)  # 'jan 2024': a month and its year, one cell
        elif period and len(cells) > 1 and any(is_period(c[0]) for c in cells) \
                and not is_period(cells[-1][0]) and len(cells[-1]) == 1:
            cells[-1].append(tok)  # 'Aandeel 2023 (%)' after the year columns: one label
        elif period or not cells or tok[:1].isupper() or is_period(cells[-1][0]):
            cells.append([tok])
        else:
            cells[-1].append(tok)
    return [" ".join(c) for c in cells]


def fit_header(text: str, need: int) -> tuple[str, list[str]] | None:
    """(corner, `need` column labels) read from a header line, or None when no reading fits."""
    text = unglue_months(text)
    if text.rstrip().endswith(("–", "-", ",")):
        return None  # 'F1 Antwerpen – Mechelen –': a label that goes on below, no header
    repeated = _word_repeat(text, need)
    if repeated:
        return "", repeated
    readings = header_readings(text)
    two_corners = None  # 'Artikel Omschrijving' over a code and a description column: when nothing else fits
    for k, toks in enumerate(readings):
        if any(re.fullmatch(r"[–—-]+", t) or t.count("(") != t.count(")") for t in toks):
            continue  # a dash alone is no column label, nor half of a bracket ('(toestand 31' | 'maart' | '2025)')
        fits = _header_fits(toks, need) or _repeating(toks, need) or (k > 0 and _grouped_leaves(toks, need, text)) or (k > 0 and len(toks) in (need, need + 1) and _parallel(toks[-need:])) \
            or (k == len(readings) - 1 and len(toks) in (need, need + 1) and _dated(toks[-need:])) \
            or (k > 0 and len(toks) in (need, need + 1) and _regional(toks[-need:])) \
            or (k == 0 and len(toks) == need + 1 and need >= 2 and _word_columns(toks)) \
            or (k > 0 and len(toks) == need + 1 and (need >= 2 or _unit_cell(toks[-1])) and _short_labels(toks)
                and (not is_prose(text) or len(toks) >= 4 and not text.rstrip().endswith((".", ":", ";", "?"))
                     and not any(_OPEN_CELL.search(t) for t in toks)))
        if len(toks) == need + 1 and re.search(r"\b(?:19|20)\d\d$", toks[0]) \
                and any(re.match(r"(?:19|20)\d\d\b", t) for t in toks[1:]):
            continue  # 'Sector 2021' | '2022' | '2023': the first year is a column like the others, not the corner's
        cols = toks[-need:] if len(toks) in (need, need + 1) else []
        if k > 0 and cols and re.fullmatch(r"[^\W\d]\w*\s+(?:19|20)\d\d", cols[0]) \
                and all(re.fullmatch(r"(?:19|20)\d\d", t) for t in cols[1:]):
            continue  # 'Koepel Statuut 2023 2024': 'Statuut' is a corner word, '2023' a year like '2024'
        if len(toks) >= 2 and fits:
            return (toks[0], toks[1:]) if len(toks) == need + 1 else ("", toks)
        if two_corners is None and k > 0 and len(toks) == need + 2 and need >= 2 \
                and all(re.fullmatch(r"[A-Z][a-z]+", t) for t in toks[:2]) \
                and all(len(t.split()) <= 3 and (t[:1].isupper() or is_period(t.split()[0])) for t in toks[2:]) \
                and (not is_prose(text) or len(toks) >= 5 and not text.rstrip().endswith((".", ":", ";", "?"))):
            two_corners = " ".join(toks[:2]), toks[2:]
    return two_corners


def _word_columns(toks: list[str]) -> bool:
    """A corner word and one word a column, the columns in lower case ('Sector Controles gunstig ongunstig',
    'Regio mannen vrouwen'): no function word among them ('Aantal dossiers per jaar', 'De cijfers zijn' are
    running text), the first a capitalised word, and no word twice ('Structurele arbeidszorg Experimentele
    arbeidszorg' is two labels wrapped over two lines each)."""
    return toks[0][:1].isupper() and len({t.lower() for t in toks}) == len(toks) and all(re.fullmatch(r"[^\W\d_]{2,}|%", t) and not dutch_stop(t.lower())
                                         and t.lower() not in _LINKS for t in toks)


_LINKS = {"per", "tot", "tussen", "sinds", "vanaf", "dan", "plus", "min", "ten", "ter"}


def _short_labels(toks: list[str]) -> bool:
    """A corner and a label a column, each a capitalised word or three ('Jaar Bebossing Ontbossing Netto
    bosuitbreiding'): the capitals cut the line once there is exactly one cell more than columns. Four or more
    such cells are a header however many words they have ('Federatie Basiswerking (€) Topsport (€) ...'):
    running text does not start every second or third word with a capital."""
    return all(len(re.sub(r"\s*\([^()]*\)$", "", t).split()) <= (4 if len(toks) >= 5 else 3)  # '(€ mln)' no word
               and (t[:1].isupper() or _ORDINAL_CELL.match(t) or k and _PART_CELL.match(t)) for k, t in enumerate(toks))


_ORDINAL_CELL = re.compile(r"\d{1,2}(?:e|ste|de)\s")  # '1e aanpassing'


def _unit_cell(label: str) -> bool:
    """A column label that ends in its unit in brackets ('Gemiddelde wachttijd (maanden)'): a header even when
    it is the table's only column."""
    return bool(re.search(r"\((?:in\s+)?(?:%|€|euro|k\s?euro|(?:mln|miljoen)\s(?:€|euro)|aantal|maanden|dagen|jaren|jaar|weken|uren|uur|km|ha|ton|vte)\)$",
                          label, re.I))


def _regional(labels: list[str]) -> bool:
    """Column labels of regions ('Vlaams Gewest Waals Gewest ... België'): two or more region names, the rest
    short capitalised labels."""
    return sum(1 for lab in labels if is_region_name(lab)) >= 2 and all(
        len(lab.split()) <= 3 and lab[:1].isupper() for lab in labels)


def _dated(labels: list[str]) -> bool:
    """Column labels of a dated table: at least two years or quarters, the rest short labels ('Evolutie (%)')."""
    periods = [lab for lab in labels if is_period(lab)]
    return len(periods) >= 2 and all(len(lab.split()) <= 4 for lab in labels) and not is_prose(" ".join(labels))


_GLUED_MONTH = re.compile(r"\b([^\W\d_]{4,}?)(jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.(?=\s|$)")


def unglue_months(text: str) -> str:
    """'semesterjan. feb.': pypdf glued a header cell's last word to the next cell's abbreviated month."""
    return _GLUED_MONTH.sub(r"\1 \2.", text)


def _word_repeat(text: str, need: int) -> list[str] | None:
    """'aantal projecten bedrag aantal projecten bedrag' under two years: the same words once per group, cut into
    the cells of one group where a header word starts a cell ('aantal projecten' | 'bedrag')."""
    words = _with_brackets(text.split())  # 'bedrag (in euro)': a bracketed unit goes with its word
    for times in range(2, need + 1):
        if need % times or len(words) % times:
            continue
        p, k = len(words) // times, need // times
        if words != words[:p] * times or p < k or p > 3 * k \
                or not all(re.fullmatch(r"[^\W\d_]+\.?(?: \([^()]*\))?", w) for w in words):
            continue
        if p == k:  # 'subsidie (x 1.000 euro) dagbereik (%)' thrice: each label a cell
            return words
        best, count = None, 0
        for cuts in combinations(range(1, p), k - 1):
            cells = [words[a:b] for a, b in zip((0,) + cuts, cuts + (p,))]
            score = sum(1 for c in cells[1:] if header_like(c[0].split()[0], False))  # the first starts anyway
            # an inflected adjective opens its label, never ends it ('gemiddelde schuld', not 'dossiers gemiddelde')
            score -= 0.5 * sum(1 for c in cells if len(c) >= 2 and " " not in c[-1] and _ADJECTIVE_END.fullmatch(c[-1]))
            if best is None or score > best[0]:
                best, count = (score, cells), 1
            elif score == best[0]:
                count += 1
        if best is not None and count == 1 and best[0] == k - 1:
            return [" ".join(c) for c in best[1]] * times
    return None


_ADJECTIVE_END = re.compile(r"[^\W\d_]{3,}(?:de|te|ale|ele|ige|ieke|ische|lijke)", re.I)  # 'gemiddelde', 'totale'


def _grouped_leaves(toks: list[str], need: int, text: str) -> bool:
    """'uitleningen lidgelden (in euro) uitleningen aandeel (%) lidgelden (in euro)': the leaf labels of column
    groups, some said again in the next group; running text does not repeat its words cell for cell."""
    repeated = {t for t in toks if toks.count(t) > 1 and len(t) >= 4}
    return len(toks) == need >= 4 and bool(repeated) and all(len(t.split()) <= 4 for t in toks) \
        and not any(_OPEN_CELL.search(t) for t in toks) and not re.search(r"[.:;?,]", text)


def _repeating(toks: list[str], need: int) -> bool:
    """The same few words once per group ('Begroting Uitgaven Begroting Uitgaven' under '2022 2023'): a header
    row however uncommon its words; running text does not repeat itself word for word."""
    n = len(toks)
    return n == need and any(n % p == 0 and toks == toks[:p] * (n // p) and len(set(toks[:p])) == p
                             for p in range(1, n // 2 + 1)) and all(re.fullmatch(r"[^\W\d_]+\.?", t) for t in toks)


def _parallel(labels: list[str]) -> bool:
    """Column labels of one kind: they share their first word or all end in a year ("Vastgelegd 2023")."""
    if len(labels) < 2 or is_prose(" ".join(labels)):
        return False
    firsts = {lab.split()[0].lower() for lab in labels}
    return len(firsts) == 1 or all(re.search(r"\b(?:19|20)\d\d$", lab) for lab in labels)


def spanning(text: str, columns: int) -> list[str] | None:
    """Group labels of a line that spans the columns below evenly ("VAK VEK" over six), or None."""
    words = text.split()
    pairs = [" ".join(words[i:i + 2]) for i in range(0, len(words), 2)]  # 'Werkjaar 2022-2023 Werkjaar 2023-2024'
    paired = len(words) % 2 == 0 and len({w.lower() for w in words[::2]}) == 1 \
        and all(_PERIOD_CELL.fullmatch(w) for w in words[1::2])
    for toks in ([pairs] if paired else []) + header_readings(text):
        if any(t.startswith("(") for t in toks):
            continue  # '(%)' is the unit of the label before it, no group of its own
        if 1 < len(toks) < columns and columns % len(toks) == 0:
            return toks
    return None


def _header_fits(toks: list[str], need: int) -> bool:
    """`need` header tokens, or one more whose first is a free-text corner cell ("Artikel VAK VEK")."""
    if len(toks) == need:
        return is_token_line(" ".join(toks))
    return len(toks) == need + 1 and is_token_line(" ".join(toks[1:]))


def total_column_last(columns: list[str], rows: list[list[float]]) -> list[str]:
    """A total column whose header cell spans both header rows is met first by a line reader ('Totaal' /
    '2023' printed before '1e kwartaal', the year glued onto it: '20231e kwartaal'); where every row's last
    value is the sum of the others, the total label belongs to the last column, and a year glued onto the first
    label belongs to the total."""
    full = [r for r in rows if len(r) == len(columns) >= 3]
    if not columns or not is_total_label(columns[0]) or len(full) < 2 \
            or not all(abs(sum(r[:-1]) - r[-1]) <= 0.005 * abs(r[-1]) + 0.05 for r in full):
        return columns
    total, rest = columns[0], columns[1:]
    glued = re.match(r"((?:19|20)\d\d)(?=\d{1,2}(?:e|ste|de)\b)", rest[0])
    if glued and glued.group(1) not in total:
        total, rest = f"{total} {glued.group(1)}", [rest[0][glued.end():]] + rest[1:]
    return rest + [total]

