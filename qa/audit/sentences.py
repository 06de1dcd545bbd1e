"""What sentences say against the tables and amounts beside them: a sentence that names a table cell must give
its value, and "X keuro of 94,1% van het beschikbare krediet" must hold (qa.audit.rules holds the table rules).
"""

from __future__ import annotations

import re

from ..facts import find_headings, is_total_label
from ..facts.labels import is_part_label, is_subtotal_label, regions_in
from ..models import Document, Fact
from ..facts.numbers import decimals_of, half_step, tolerance
from ..facts.periods import OVER_YEARS, period_keys
from ..render import base_value
from ..facts.tables import split_lines
from .rules import _ACRONYM, _HEDGE, _LINK, _STOP, PCT_WINDOW_LINES, Raw, _label, _norm

def _tokens(text: str) -> set[str]:
    return {t.lower() for t in re.findall(r"[\w-]+", text)}


def local_tags(text: str, f: Fact) -> set[str]:
    """Acronyms right after a number and its unit ("552.289 keuro VAK", "keuro VAK/VEK")."""
    tail = re.split(r"[\d,.;:()]|\s(?:en|of|and|or)\s", text[f.end:f.end + 40])[0]
    return {t for t in re.split(r"[\s/]+", tail) if _ACRONYM.match(t)}


_CHANGE_AFTER = re.compile(r"\s*(?:[\w%]+\s+){0,2}?(?:meer|minder|extra|more|fewer|less)\b(?:\s+\w+){0,3}?\s+(?:dan|than)\b",
                           re.I)


_PART_OF_NUMBER = re.compile(r"\s*(?:van\s+de|van\s+het|van|op|of\s+the|out\s+of)\s+\d[\d.,]*\b", re.I)
_ROUGH = re.compile(r"\b(?:rond|ongeveer|circa|ca\.|zo'n|bijna|nagenoeg|around|about|approximately|nearly)\s*$", re.I)
_RATE = re.compile(r"\s*(?:[^\W\d]+\s+){0,2}(?:per|gemiddeld per|a|each)\s+(?:jaar|maand|week|dag|year|month|week|day)\b", re.I)


def check_prose_vs_tables(doc: Document, facts: list[Fact], tables: list[list[list[Fact | None]]]) -> list[Raw]:
    """A sentence that names a cell's column (and row, when the table has several) must give the cell's value."""
    out = []
    starts = [(min(c.line for r in t for c in r if c), max(c.line for r in t for c in r if c)) for t in tables]
    for p in (f for f in facts if f.source != "table" and not f.raw.isalpha()):  # 'de vijf provincies' counts
        near = [i for i, (lo, hi) in enumerate(starts) if lo - 60 <= p.line <= hi + 80]  # things, no cell; a
        # summary may state a table's figure a page before it
        if not near:
            continue
        sent = _tokens(p.quote)
        tags = local_tags(doc.text, p)
        several = len(set(regions_in(p.quote))) >= 2  # 'Vlaanderen en Brussel samen': a sum, the total column's
        place = set(regions_in(_clause(doc.text, p)))
        if several and len(place) == 1:  # '... Antwerpen telt met 38 de meeste kinderboerderijen, in Limburg zijn
            several = False  # er 23': each number its own clause's region
        else:
            place = set()
        matches = []
        for ti in sorted(near, key=lambda i: (abs(p.line - starts[i][1]), abs(p.line - starts[i][0]))):
            matches = _named_cells(tables[ti], p, sent, tags, several, _noun_after(doc.text, p))
            matches = [c for c in matches if not place or c.region in place]
            if matches:
                break  # the nearest table whose cells the sentence names
        if not matches or any(abs(c.value - p.value) <= tolerance([c, p]) for c in matches):
            continue
        if _CHANGE_AFTER.match(doc.text[p.end:p.end + 40]) or _PART_OF_NUMBER.match(doc.text[p.end:p.end + 30]):
            continue  # '82.879 plaatsen, 919 meer dan een jaar eerder': 919 is the change, not the level; '333 van
            # de 2.358 tussenkomsten': a part of a number, not the level the table counts
        if _ROUGH.search(doc.text[max(p.quote_start, p.start - 25):p.start]) or _RATE.match(doc.text[p.end:p.end + 30]):
            continue  # 'rond 200 hectare per jaar': an estimate, or a rate, no cell stated again
        others = [f.value for f in facts if f is not p and f.source != "table" and f.quote_start == p.quote_start]
        if any(abs(c.value - v) <= tolerance([c]) for c in matches for v in others):
            continue  # the sentence states the cell's value itself, with another number beside it
        if len({c.value for c in matches}) == 1:
            c = matches[0]
            out.append(Raw("duplicate", [("stated", p), ("other", c)], p.value, c.value, tolerance([c, p]), p.unit,
                           extra={"how": "text_table"}))
    return out


_GENERIC_LEAF = {"aantal", "number", "bedrag", "amount"}  # 'Kinderboerderijen · aantal': the group names the column
_COUNTED = re.compile(r"\baantal\s+([^\W\d_][\w-]*)", re.I)  # what a column counts: 'Aantal plaatsen'


def _clause_of(p: Fact) -> str:
    """The figure's sentence up to the figure and a little after it."""
    return p.quote[:max(0, p.end - p.quote_start) + 20]


def _clause(text: str, p: Fact) -> str:
    """The clause of a sentence's number: between the commas or semicolons around it."""
    lo = max(text.rfind(",", p.quote_start, p.start), text.rfind(";", p.quote_start, p.start), p.quote_start)
    his = [k for k in (text.find(",", p.end, p.quote_end), text.find(";", p.end, p.quote_end)) if k >= 0]
    return text[lo:min(his, default=p.quote_end)]


def _noun_after(text: str, p: Fact) -> str:
    """The word that says what a number in a sentence counts ('14.218 klachten'), past its unit."""
    m = re.match(r"\s*(?:%|procent|euro|keuro|miljoen|miljard|duizend)?\s*([^\W\d_][\w-]*)", text[p.end:p.end + 40], re.I)
    return m.group(1).lower() if m else ""


def _named_cells(t: list[list[Fact | None]], p: Fact, sent: set[str], tags: set[str], several: bool,
                 noun: str = "") -> list[Fact]:
    """The cells of table `t` that sentence fact `p` names by column (and row, when the table has several);
    `noun`: what the sentence's number counts."""
    details = {_norm(_label(r)) for r in t if not is_total_label(_label(r))}
    detail_words = [{w for w in _tokens(d) if len(w) > 2 and w not in _STOP and not re.search(r"\d", w)}
                    for d in details]
    names_detail = any(words and words <= sent for words in detail_words)
    # '748 elektrische fietsen' names the 'waarvan elektrische fietsen' rows: no cell of the lines above them
    parts_named = any(is_part_label(leaf) and (words := {w for w in _tokens(leaf) if len(w) > 3 and w not in _STOP
                                                        and w != "waarvan"}) and words <= sent
                      for leaf in {(c.row_path[-1] if c.row_path else c.row) for r in t for c in r if c})
    matches = []
    for row in t:
        for c in row:
            if c is None or c.unit != p.unit or c.scale != p.scale or not c.column or c.empty and c.raw.strip() != "-":
                continue  # ('n.v.t.', '.', '/': no figure a sentence could state otherwise)
            if several and not is_total_label(c.column):
                continue
            if not several and (not _tokens(c.column) - _GENERIC_LEAF <= sent
                                or (tags and not tags & set(re.findall(r"[\w-]+", c.column)))):
                continue
            if noun and len(noun) > 3 and noun not in _STOP and not _names_subject(c, {noun}) and not any(
                    w[:5] == noun[:5] for w in _tokens(f"{c.row} {c.column}") if len(w) > 3):
                continue  # '40 plaatsen' is not a cell of a table of waiting requests, whatever else the sentence names
            counted = _COUNTED.search(c.column)
            if noun and counted and noun[:5] != counted.group(1).lower()[:5]:
                continue  # 'dertien centrumsteden' is no cell of a column 'Aantal plaatsen'
            if all(re.fullmatch(r"(?:19|20)\d\d|totaal|total|samen|alle", w) for w in _tokens(f"{c.column} {c.row}")) \
                    and not _names_subject(c, sent):  # a year and 'totaal' name no table: '512 elektrische bussen'
                continue                              # is not a cell of a table of complaints
            years = re.findall(r"\b(?:19|20)\d\d\b", c.column) or re.findall(r"\b(?:19|20)\d\d\b", c.row)
            if len(set(years)) == 1 and OVER_YEARS.search(_clause_of(p)):
                continue  # 'over de drie jaren samen 4.096.929,02 euro': the span's total, not one year's cell
            if p.year and years and (p.year not in years or len(set(years)) > 1):  # 'Totaal 2022-2023': no year's
                continue  # '14.218 klachten, tegenover 13.421 in 2022': each number its own year's column (or
                # row, years down the rows)
            periods = period_keys(f"{c.row} {c.column}")  # 'K3 2023' is named by 'het derde kwartaal van 2023'
            if periods and not periods <= period_keys(p.quote):
                continue
            leaf = c.row_path[-1] if c.row_path else c.row  # 'K1' under '2024': the row is the quarter
            if parts_named and not is_part_label(leaf):
                continue
            if is_total_label(leaf):  # '14.218 klachten' states the total unless it names a row of the table
                own = {w for w in _tokens(leaf) if len(w) > 2 and w not in _STOP and w not in ("subtotaal", "subtotal")}
                if (names_detail or is_subtotal_label(leaf)) and not own <= sent:
                    continue
                if (not own or not own <= sent) and not _names_subject(c, {noun} if noun not in _STOP else sent):
                    continue  # no 'totaal' said: the number must count what the table counts ('14.218 klachten');
                    # a bare 'Totaal' row is named by no word at all ('Het aantal gecontroleerde kamers ... in
                    # 2022' is no total of a table of defects with a column '2022 (aantal)')
            elif len(details) > 1:
                words = [w for w in _tokens(leaf) if len(w) > 2 and w not in _STOP]
                if not words or not set(words) <= sent:
                    continue
            matches.append(c)
    return matches


def _names_subject(c: Fact, sent: set[str]) -> bool:
    """The sentence names what the table counts: a word of its caption or measure (a compound or an inflected
    form counts: 'klachten' for 'klacht')."""
    subject = {w for w in _tokens(f"{c.caption} {c.measure}") if len(w) > 3 and not w.isdigit()
               and w not in _STOP and w not in _GENERIC_CAPTION and not re.fullmatch(r"[\d.,-]+", w)}
    if not subject:
        return False  # a table that does not say what it counts ('Tabel 2.') cannot be named this way
    return any(w[:5] == s[:5] and len(w) >= 4 for w in sent for s in subject)


_GENERIC_CAPTION = {"tabel", "table", "figuur", "overzicht", "aantal", "totaal", "per", "naar", "volgens", "jaar", "jaren",
                    "evolutie", "vervolg", "bron", "bedrag", "bedragen", "euro", "number", "amount", "year", "years"}


# ---------------------------------------------------------------- percentages

def _section(doc: Document, facts: list[Fact], a: Fact, p: Fact) -> list[Fact]:
    lines = split_lines(doc.text)
    heads = [i + 1 for i, _ in find_headings(lines) if i + 1 <= a.line]
    lo = max(heads[-1] if heads else 1, a.line - PCT_WINDOW_LINES)
    return [f for f in facts if lo <= f.line <= p.line + 1 and f is not a and f is not p and f.unit != "%"]


def _same_unit(x: Fact, y: Fact) -> bool:
    return base_value(1.0, x.unit)[1] == base_value(1.0, y.unit)[1]


def _as_base(f: Fact) -> float:
    return base_value(f.value, f.unit)[0]


def _pct_tol(p: Fact, a: Fact, b: Fact) -> float:
    ratio = abs(_as_base(a) / _as_base(b)) * 100
    rel = (half_step(a) / abs(a.value) if a.value else 0) + (half_step(b) / abs(b.value) if b.value else 0)
    return 0.5 * 10 ** -decimals_of(p.raw) + ratio * rel + 1e-9


def _fits(p: Fact, a: Fact, b: Fact) -> bool:
    return bool(b.value) and abs(100 * _as_base(a) / _as_base(b) - p.value) <= _pct_tol(p, a, b)


def _base_phrase(text: str, p: Fact) -> list[str]:
    m = re.match(r"\s*(?:van|of)\s+(?:het|de|the)?\s*([^.,;:()\n]+)", text[p.end:p.end + 80])
    words = re.findall(r"[\w]+", m.group(1))[:5] if m else []
    return [w for w in words if w.lower() not in _STOP]


def _context(doc: Document, f: Fact) -> tuple[set[str], set[str]]:
    """Words of the fact's sentence/labels and the acronyms that qualify the number itself."""
    if f.source == "table":
        return _tokens(f"{f.caption} {f.row} {f.column}"), {t for t in re.findall(r"[\w-]+", f.column) if _ACRONYM.match(t)}
    return _tokens(f.quote), local_tags(doc.text, f)


def check_percentages(doc: Document, facts: list[Fact]) -> list[Raw]:
    out = []
    prose = [f for f in facts if f.source != "table"]
    for a, p in zip(prose, prose[1:]):
        if a.unit in ("%", None, "procentpunt") or p.unit != "%" or not _LINK.match(doc.text[a.end:p.start]):
            continue
        if _HEDGE.search(doc.text[max(0, a.start - 25):a.start]) or _HEDGE.search(doc.text[max(0, p.start - 25):p.start]):
            continue
        pool = [f for f in _section(doc, facts, a, p) if _same_unit(f, a) and f.value and f.start < p.start]
        if any(_fits(p, a, b) for b in pool):
            continue  # some amount in the section is the base: consistent
        phrase = _base_phrase(doc.text, p)
        acr = {w for w in phrase if _ACRONYM.match(w)} | {t for w in phrase for t in w.split("-") if _ACRONYM.match(t)}
        acr |= local_tags(doc.text, a)
        keys = [w.lower()[:6] for w in phrase if not _ACRONYM.match(w)]
        for w in phrase:
            keys += [t.lower()[:6] for t in w.split("-")[1:] if t and not _ACRONYM.match(t)]
        if not keys:
            continue
        named = []
        for b in pool:
            words, tags = _context(doc, b)
            score = sum(1 for k in keys if any(w.startswith(k) for w in words))
            if score and (not acr or acr & tags) and not (tags and acr and not acr & tags):
                named.append((score, b.start, b))
        if not named:
            continue
        b = max(named, key=lambda t: (t[0], t[1]))[2]
        computed = 100 * _as_base(a) / _as_base(b)
        raw = Raw("percentage", [("amount", a), ("percentage", p), ("base", b)], p.value, computed,
                  _pct_tol(p, a, b), "%")
        _decide(doc, raw, a, p, b, pool, acr)
        out.append(raw)
    return out


def _decide(doc: Document, raw: Raw, a: Fact, p: Fact, b: Fact, pool: list[Fact], acr: set[str]) -> None:
    """A third fact that fits the percentage tells which side the documents support."""
    def tagged(f: Fact) -> bool:
        return not acr or bool(acr & _context(doc, f)[1])

    amounts = [f for f in pool if f is not b and abs(f.value - a.value) > tolerance([f, a]) and _fits(p, f, b) and tagged(f)]
    if len({f.value for f in amounts}) == 1:
        raw.supported, raw.support_value = amounts[0], 100 * _as_base(amounts[0]) / _as_base(b)
        raw.extra["side"] = "amount"
        return
    bases = [f for f in pool if f is not a and abs(f.value - b.value) > tolerance([f, b]) and _fits(p, a, f) and tagged(f)]
    if len({f.value for f in bases}) == 1:
        raw.supported, raw.support_value = bases[0], 100 * _as_base(a) / _as_base(bases[0])
        raw.extra["side"] = "base"
