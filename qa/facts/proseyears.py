"""Which year a number of running text is about: its own ('in 2015' right after it), the year of the sentences
before it in its paragraph, the year after the one before ('In het daaropvolgende jaar ...') or the year its
section names most; a year compared with ('dan in 2014') is not the number's."""

from __future__ import annotations

import re

from qa.facts.numbers import NumberToken


# 'een daling van 2 % ten opzichte van 2016', 'in vergelijking met het Salon 2014': the year compared with is not
# the year the number is about
_REFERENCE_YEAR = re.compile(r"\b(?:ten opzichte van|t\.o\.v\.|tegenover|vergeleken met|in vergelijking met|"
                             r"compared (?:with|to)|than|dan)\s+(?:in\s+|het jaar\s+|(?:het|de|the)\s+[^\W\d]+\s+)?$", re.I)


# '146 uitbraken, tegenover 203 in het seizoen 2022-2023': the year of the figure compared with, not the one the
# next sentence goes on about
_COMPARED_FIGURE = re.compile(r"\b(?:ten opzichte van|t\.o\.v\.|tegenover|vergeleken met|in vergelijking met|"
                              r"compared (?:with|to)|against|than|dan)\s+\d[\d.,]*\s*%?\s+(?:[^\W\d]+\s+){0,4}?$", re.I)


def compared_year(text: str, at: int, floor: int = 0) -> bool:
    """The year at `at` is one compared with ('dan in 2014'), read no further back than `floor`."""
    return _REFERENCE_YEAR.search(text[max(floor, at - 50):at]) is not None


# 'van 42 miljoen euro in 2015 naar 82 miljoen euro in 2017', '35,7 procent eind 2023': a year right after the amount is its own
# 'in 2015', '(2015)', 'in de drie eerste trimesters van 2016' right after a number: that number's own year
OWN_YEAR = re.compile(r"\s*(?:(?:[^\W\d]+\s+){0,2}?(?:in|\(|tijdens|voor|eind|einde|begin|midden|end of)\s*|"
                       # a unit written with a slash: '29,2 DDD/1. 000 inwoners/dag in 2015'
                       r"(?:[^\W\d_]+/[^\s,;:!?()]*(?:\s\d{3}(?!\d))?\s+){1,2}(?:[^\W\d]+\s+)?in\s+|(?:in|tijdens|gedurende)\s+(?:de|het)\s+"
                       r"(?:[^\W\d]+\s+){0,3}?(?:trimesters?|kwarta(?:al|len)|maanden|semesters?|(?:jaar)?helft|weken)\s+"
                       r"(?:van|in)\s+)((?:19|20)\d\d)(?![\d/-])", re.I)

# a year, or a season or school year (named by its first year): 'Een seizoen eerder waren dat ... (85,8%)'
_YEAR = r"(?:jaar|seizoen|schooljaar|werkjaar|year|season|school\s+year)"
_NEXT_YEAR = re.compile(rf"\b(?:het|in het) (?:daaropvolgende|daarop volgende|erop volgende|volgende) {_YEAR}\b|"
                        rf"\bhet {_YEAR} (?:daarop|daarna|nadien|erna)\b|\been {_YEAR} later\b|"
                        rf"\bthe (?:following|next) {_YEAR}\b|\ba {_YEAR} later\b", re.I)
_PREV_YEAR = re.compile(rf"\bhet (?:voorgaande|vorige) {_YEAR}\b|\bhet {_YEAR} (?:daarvoor|ervoor|voordien)\b|"
                        rf"\been {_YEAR} eerder\b|\bthe (?:previous|preceding) {_YEAR}\b|\ba {_YEAR} earlier\b", re.I)


_OWN_RELATIVE = re.compile(rf"\s*(?:[^\W\d]+\s+){{0,2}}?(?:(?P<prev>een\s+{_YEAR}\s+(?:eerder|voordien)|"
                           rf"het\s+{_YEAR}\s+(?:daar|er)voor|a\s+{_YEAR}\s+(?:earlier|before)|the\s+{_YEAR}\s+before)|"
                           rf"(?P<next>een\s+{_YEAR}\s+later|a\s+{_YEAR}\s+later))\b", re.I)


def without_relative_year(tail: str) -> str:
    """The words after a number without the 'een jaar eerder' that dates it: they count nothing."""
    m = _OWN_RELATIVE.match(tail)
    return tail[m.end():] if m and not re.search(r"[^\W\d]", tail[:m.start("prev") if m.group("prev") else m.start("next")]) \
        else tail


def own_relative_year(text: str, end: int) -> int:
    """'187 tolken eind 2023, tegenover 172 een jaar eerder': -1 for a number followed by 'een jaar eerder', +1 for
    'een jaar later', 0 otherwise."""
    m = _OWN_RELATIVE.match(text, end, end + 60)
    return 0 if not m else -1 if m.group("prev") else 1


def relative_year(sentence: str) -> int:
    """+1 for a sentence about the year after the one before it ('In het daaropvolgende jaar ...'), -1 for the
    year before, 0 otherwise."""
    for pattern, step in ((_NEXT_YEAR, 1), (_PREV_YEAR, -1)):
        m = pattern.search(sentence)
        if m and not _COMPARED_FIGURE.search(sentence[max(0, m.start() - 60):m.start()]):
            return step  # ('17,8% ..., tegenover 16,2% een seizoen eerder': only the figure compared with is earlier)
    return 0


# '203 in het seizoen 2022-2023': a season or school year right after a number is its own, named by its first year
_OWN_SEASON = re.compile(r"\s*(?:in|tijdens|gedurende|over)\s+(?:het|de)\s+(?:[^\W\d]+\s+)?(?:seizoen|griepseizoen|"
                         r"schooljaar|academiejaar|werkjaar|winter)\s+((?:19|20)\d\d)\s*[-/]\s*(?:19|20)?\d\d\b", re.I)


def year_after(text: str, pos: int, years: list[NumberToken]) -> NumberToken | None:
    m = OWN_YEAR.match(text, pos, pos + 40) or _OWN_SEASON.match(text, pos, pos + 50)
    return next((t for t in years if m and t.start == m.start(1)), None)

_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z(\"'])")
_BACK = 3  # sentences a year carries over to: an answer written as one long line is one paragraph


def paragraph_year(text: str, years: list[NumberToken], lo: int) -> str | None:
    """The last year named in the (three) sentences right before a sentence that names none, within its
    paragraph ('Tussen 1 januari 2016 en 1 mei 2017 ... Bij deze raadplegingen telde het stressteam 472 ...';
    'Tijdens het Autosalon van 2016 ... Er werden vier ... Op het gebied van ...: er werden 14 ...')."""
    start = max(0, lo - 1200)
    gap = list(re.finditer(r"\n[ \t]*\n", text[start:lo]))
    start += gap[-1].end() if gap else 0
    if "\n" in text[start:lo]:  # wrapped lines (a PDF page): 300 characters, not up into a table printed above
        start = max(start, lo - 300)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, start, lo)]
    # the sentences right before, not a page; within one line (an answer printed as one line) a few more
    for back in (_BACK, 3 * _BACK if "\n" not in text[start:lo] else _BACK):
        since = ends[-back] if len(ends) >= back else start
        found = [t for t in years if since <= t.start < lo  # 'Sinds 1996 ...': a start, not its year
                 and not _SINCE.search(text[max(0, t.start - 25):t.start]) and not compared_year(text, t.start)
                 and not _COMPARED_FIGURE.search(text[max(0, t.start - 60):t.start])
                 and not dates_document(text, t.start) and not _DATES_FIGURE.match(text, t.end)]
        if found:
            return found[-1].raw[:4]
    return None


# 'de beleidsnota van 2019', 'het decreet van 2018': the year dates a document, not the figures after it
_DOC_YEAR = re.compile(r"\b(?:beleidsnota|nota|decreet|besluit|wet|rapport|verslag|regeerakkoord|akkoord|"
                       r"beleidsplan|plan|programma|omzendbrief|richtlijn|verordening)\s+(?:van\s+)?$", re.I)


def dates_document(text: str, year_at: int) -> bool:
    """Is the year at `year_at` a document's ('de beleidsnota van 2019'), not the figures'?"""
    return bool(_DOC_YEAR.search(text[max(0, year_at - 30):year_at]))


# 'januari 2025 (8 keuro)': the year is that figure's, not the next sentence's
_DATES_FIGURE = re.compile(r"\s*\(\s*[\d.,]+\s*(?:k\s?euro|keuro|euro|%|VTE)?\s*\)")
_SINCE = re.compile(r"\b(?:sinds|sedert|vanaf|na|since|from|after)\s+(?:\d{1,2}\s+)?(?:[^\W\d]+\s+){0,2}$", re.I)


def section_year(years: list[NumberToken], headings: list[tuple[int, str]], line: int, pos: int,
                  starts: list[int], text: str = "") -> str | None:
    """The year named most often in the section (since the last heading) before `pos`, a document's year
    ('de beleidsnota van 2019') not counted."""
    above = [i for i, _ in headings if i <= line]
    section_start = starts[above[-1]] if above else 0
    counts: dict[str, int] = {}
    for tok in years:
        if section_start <= tok.start < pos and not dates_document(text, tok.start):
            counts[tok.raw[:4]] = counts.get(tok.raw[:4], 0) + 1
    return max(counts, key=lambda y: (counts[y], y)) if counts else None


# 'gestegen van 31 % tot nagenoeg 47 % tussen januari 2015 en december 2016': the first figure is the first
# point's, the second the second's
_FROM_TO = re.compile(r"\b(?:van|from)\s+(?P<a>\d[\d.,]*)[^\d]{0,25}?\s(?:tot|naar|to)\s+(?:[^\W\d]+\s+){0,2}?"
                      r"(?P<b>\d[\d.,]*)[^\d]{0,25}?\s(?:tussen|between|van|from)\s+(?P<p>[^.;]{2,40}?)\s+(?:en|and|tot|to|until)\s+"
                      r"(?P<q>[^.;]{2,40}?(?:19|20)\d\d)\b", re.I)


def range_point(text: str, lo: int, hi: int, start: int) -> tuple[int, int] | None:
    """The span of the point in time a figure of 'van A tot B tussen P en Q' is about: P for A, Q for B."""
    m = _range_of(text, lo, hi, start)
    return None if m is None else m.span("p") if m.start("a") == start else m.span("q")


def range_start(text: str, lo: int, hi: int, start: int) -> int | None:
    """Where A starts when the figure at `start` is the B of 'van A tot B tussen P en Q' (they measure one thing)."""
    m = _range_of(text, lo, hi, start)
    return m.start("a") if m is not None and m.start("b") == start else None


def _range_of(text: str, lo: int, hi: int, start: int) -> re.Match | None:
    return next((m for m in _FROM_TO.finditer(text, lo, hi) if start in (m.start("a"), m.start("b"))), None)


_COORDINATED = re.compile(r"\)?\s*(?:,|;|\ben\b|\band\b)", re.I)


def parallel_year(text: str, num_start: int, before: list[NumberToken], ahead: list[NumberToken],
                  measures: list[NumberToken]) -> NumberToken | None:
    """'6.421 keuro voor de 1e oproep (gestart in 2023) en 710 keuro voor de 2e oproep (gestart in 2024)': in
    coordinated parts each with its own year, the year before a number closes the part before it (it follows
    that part's number, and 'en' or a comma follows it), so the number's own year is the one after it."""
    if not before or not ahead:
        return None
    year = before[-1]
    earlier = [n for n in measures if n.end <= year.start]
    if not earlier or _COORDINATED.search(text, earlier[-1].end, year.start) \
            or not _COORDINATED.match(text, year.end, num_start):
        return None
    return ahead[0] if not any(year.end <= n.start < num_start for n in measures) else None


def outside_brackets(text: str, num_end: int, ahead: list[NumberToken]) -> list[NumberToken]:
    """'voerden 39 regisseurs hun acties (overeenkomstig de in 2023 goedgekeurde dossiers) uit in 2024': a year
    in brackets opened after the number qualifies something else when a year outside them follows."""
    def bracketed(t: NumberToken) -> bool:  # in a bracketed clause ('(overeenkomstig de in 2023'), not '(2019-2020)'
        between = text[num_end:t.start]
        return between.count("(") > between.count(")") and len(re.findall(r"[^\W\d_]+", between.rsplit("(", 1)[1])) >= 2
    outside = [t for t in ahead if not bracketed(t)]
    return outside if outside and len(outside) < len(ahead) else ahead
