"""The numbers a claim states, read in the claim's language, with their unit and printed precision."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..facts.numbers import MEASURE, find_number_words, find_numbers
from .asked import _YEAR
from .question import _HEDGE, is_name_number


@dataclass
class ClaimNumber:
    value: float
    raw: str
    start: int
    end: int
    said_from: int  # where the number's words begin: a bound ('minstens 400') is part of them, not a claim term
    unit: str | None
    precision: float  # half a unit of the last printed digit, in the claim's unit
    hedged: bool
    bound: str | None = None  # '>', '>=', '<', '<=': 'meer dan 50 miljoen' holds for any larger figure


_CLAIM_UNIT = re.compile(r"^\s*(%|procent|percent|miljoen euro|miljard euro|million euros?|k ?euro|keuro|duizend euro|"
                         r"euros?|EUR|VTE|FTE|dagen|days|uur|hours|minuten|minutes|jaar|years|maanden|months|weken|weeks)\b", re.I)
_SCALE_WORD = re.compile(r"^\s*(miljoen|miljard|million|billion|duizend|thousand)\b", re.I)


def printed_decimals(raw: str, lang: str) -> int:
    """Digits after the decimal separator as the language writes it: '1,206' has none in English, three in Dutch."""
    point, other = (".", ",") if lang == "en" else (",", ".")
    if point in raw:
        return len(raw.rsplit(point, 1)[1])
    if other in raw and len(raw.rsplit(other, 1)[1]) != 3:
        return len(raw.rsplit(other, 1)[1])
    return 0


_PER = {"day": "dag", "month": "maand", "year": "jaar", "hour": "uur"}


# an age band or bound: 'van 12 tot 17 jaar', '12- tot 17-jarigen', 'aged 65 and over', '65-plussers', '65 jaar en
# ouder', 'jonger dan 25 jaar'
_AGE_BAND = re.compile(r"\b\d{1,3}-?\s*(?:tot|en|-|–|to|and)\s*\d{1,3}(?:\s*|-)(?:jaar|jarigen|jarige|years?|year-olds?)\b"
                       r"|\baged\s+\d{1,3}(?:\s*(?:to|-|–|and)\s*\d{1,3}(?!\s+(?:and|or)\b))?"
                       r"(?:\s+(?:and|or)\s+(?:over|older|above|under|younger))?\b"
                       r"|\b\d{1,3}\s*(?:-?plussers?|\+)(?!\d)|\b\d{1,3}\s+(?:jaar|years?)\s+(?:en|and|or)\s+"
                       r"(?:ouder|jonger|over|older|under|younger)\b"
                       r"|\b(?:jonger|ouder|younger|older)\s+(?:dan|than)\s+\d{1,3}(?:\s+(?:jaar|years?))?\b", re.I)


def age_groups(text: str) -> list[str]:
    """The ages a claim's groups are bounded by ('aged 65 and over': 65): a figure that does not name them is about
    everyone, and neither supports nor refutes what is said of the group."""
    return [n for m in _AGE_BAND.finditer(text) for n in re.findall(r"\d{1,3}", m.group(0))]


def claim_numbers(text: str, lang: str = "nl") -> list[ClaimNumber]:
    """The measured numbers of a claim (dates, years and codes left out), with their precision.

    Numbers are read as the claim's language writes them: "1,206" is 1206 in English and 1,206 in
    Dutch; "2.97 million" and "2,97 miljoen" are one value.
    """
    out = []
    bands = [m.span() for m in _AGE_BAND.finditer(text)]
    for tok in sorted(find_numbers(text, lang) + find_number_words(text, lang), key=lambda t: t.start):
        if tok.kind != MEASURE or tok.value is None:
            continue
        if any(a <= tok.start < b for a, b in bands):
            continue  # '143 jongens van 12 tot 17 jaar': the age band names a group, it is no figure claimed
        if _YEAR.fullmatch(tok.raw) and not re.match(r"\s*(%|procent|euro|keuro|k euro)", text[tok.end:]):
            continue
        if is_name_number(text, tok.start, tok.end):
            continue
        after = text[tok.end:tok.end + 25]
        value, unit = tok.value, None
        m = _CLAIM_UNIT.match(after)
        scale_m = _SCALE_WORD.match(after)
        factor = 1.0
        if scale_m:
            word = scale_m.group(1).lower()
            factor = {"miljoen": 1e6, "million": 1e6, "miljard": 1e9, "billion": 1e9, "duizend": 1e3,
                      "thousand": 1e3}[word]
            rest = after[scale_m.end():]
            unit = "euro" if re.match(r"\s*(euros?|EUR)\b", rest, re.I) else None
        elif m:
            unit = normalise_unit(m.group(1))
            if unit == "k euro":
                factor, unit = 1e3, "euro"
        if unit is None and re.search(r"(€|\bEUR)\s*$", text[:tok.start]):  # '€10 million'
            unit = "euro"
        per = re.match(r"\s*(?:euros?|EUR|€)?\s*per\s+(dag|day|week|maand|month|jaar|year|uur|hour)\b",
                       text[tok.end + (m.end() if m else 0):], re.I) if unit == "euro" else None
        if per:  # '70 euro per maand': a rate, as the fact table writes it
            unit = "euro per " + _PER.get(per.group(1).lower(), per.group(1).lower())
        decimals = printed_decimals(tok.raw, lang)
        precision = 0.5 * 10 ** (-decimals) * factor
        before = text[max(0, tok.start - 30):tok.start]
        bound, bound_at = _bound(before, lang)
        out.append(ClaimNumber(value=value * factor, raw=tok.raw, start=tok.start, end=tok.end,
                               said_from=tok.start - len(before) + bound_at, unit=unit, precision=precision,
                               hedged=bound is None and bool(_HEDGE.search(before)), bound=bound))
    ratios = _ratios(text, lang)
    out = [n for n in out if not any(r.start <= n.start < r.end for r in ratios)]  # 'vier op de vijf': one share
    return sorted(out + ratios + _fractions(text, out, lang), key=lambda n: n.start)


_SMALL = {"een": 1, "één": 1, "one": 1, "twee": 2, "two": 2, "drie": 3, "three": 3, "vier": 4, "four": 4, "vijf": 5,
          "five": 5, "zes": 6, "six": 6, "zeven": 7, "seven": 7, "acht": 8, "eight": 8, "negen": 9, "nine": 9,
          "tien": 10, "ten": 10, "honderd": 100, "hundred": 100}
_COUNT = r"(\d{1,3}|" + "|".join(_SMALL) + ")"
# a share said as 'so many in so many': 'vier op de vijf', 'een op drie', 'one in five', '2 out of 3'
_RATIO = re.compile(rf"(?<![\w-]){_COUNT}\s+(?:op\s+(?:de\s+)?|in\s+|out\s+of\s+){_COUNT}(?![\w-])", re.I)


def _ratios(text: str, lang: str = "nl") -> list[ClaimNumber]:
    """Shares said as 'X op (de) Y' / 'X in Y', as percentages to the nearest percent: 'vier op de vijf
    bedrijven' is 80 %, 'meer dan een op de vijf' more than 20 %."""
    out = []
    for m in _RATIO.finditer(text):
        part, whole = (int(g) if g.isdigit() else _SMALL[g.lower()] for g in m.groups())
        if not 0 < part < whole or whole not in (2, 3, 4, 5, 6, 7, 8, 9, 10, 100):
            continue
        lo = max(0, m.start() - 30)
        out.append(_share(100.0 * part / whole, m, lo, text[lo:m.start()], lang))
    return out


def _share(value: float, m: re.Match, lo: int, before: str, lang: str) -> ClaimNumber:
    """A share said in words (a fraction, 'X op de Y') as a claimed percentage, with the bound before it."""
    bound, bound_at = _bound(before, lang)
    return ClaimNumber(value=value, raw=m.group(0), start=m.start(), end=m.end(), said_from=lo + bound_at, unit="%",
                       precision=1.0, hedged=bound is None and bool(_HEDGE.search(before)), bound=bound)


# a share said as a fraction: 'driekwart van de korpsen', 'the half of', 'een derde' (not 'de eerste helft van 2016')
_FRACTION = re.compile(r"(?<![\w-])(?<!eerste )(?<!tweede )(?<!first )(?<!second )(driekwart|drie kwart|three quarters|"
                       r"three-quarters|helft|half|een kwart|a quarter|one quarter|een derde|one third|a third|twee derde|"
                       r"two thirds|two-thirds)(?![\w-])(?=\s+(?:van|of|der|the|de|het|all|alle)\b)", re.I)
_FRACTION_SHARE = {"driekwart": 75.0, "drie kwart": 75.0, "three quarters": 75.0, "three-quarters": 75.0, "helft": 50.0,
                   "half": 50.0, "een kwart": 25.0, "a quarter": 25.0, "one quarter": 25.0, "een derde": 100 / 3,
                   "one third": 100 / 3, "a third": 100 / 3, "twee derde": 200 / 3, "two thirds": 200 / 3,
                   "two-thirds": 200 / 3}


def _fractions(text: str, found: list[ClaimNumber], lang: str = "nl") -> list[ClaimNumber]:
    """Shares said as fractions, as percentages: 'driekwart van de korpsen' is 75 %, to the nearest percent."""
    out = []
    for m in _FRACTION.finditer(text):
        if any(n.start <= m.start() < n.end for n in found):
            continue
        lo = max(0, m.start() - 30)
        before = re.sub(r"\b(?:de|het|the)\s+$", "", text[lo:m.start()])  # 'meer dan de helft'
        out.append(_share(_FRACTION_SHARE[m.group(1).lower()], m, lo, before, lang))
    return out


# a bound right before the number: 'meer dan 50 miljoen', 'at least 12', 'minder dan 5%'
_BOUNDS = [(re.compile(r"\b(?:minstens|ten minste|tenminste|at least|no fewer than|no less than)\s*(?:€\s*)?$", re.I), ">="),
           (re.compile(r"\b(?:hoogstens|ten hoogste|maximaal|at most|no more than)\s*(?:€\s*)?$", re.I), "<="),
           (re.compile(r"\b(?:meer dan|more than|(?<!spread )(?<!distributed )(?<!divided )(?<!spent )over|boven|above)\s*(?:€\s*)?$", re.I), ">"),
           (re.compile(r"\b(?:minder dan|less than|fewer than|under|onder|below)\s*(?:€\s*)?$", re.I), "<")]


def _bound(before: str, lang: str = "nl") -> tuple[str | None, int]:
    """The bound a claim puts on its number ('meer dan', 'at least') and where its words begin in `before`,
    unless hedged ('iets meer dan'). Dutch 'over' is 'across' ('verspreid over 64 bedrijven'), no bound."""
    if re.search(r"\b(?:iets|net|slightly|just)\s+(?:meer|minder|more|less|over|under)\b[^\d]*$", before, re.I):
        return None, len(before)
    for pattern, op in _BOUNDS:
        m = pattern.search(before)
        if m and lang == "nl" and m.group(0).strip().lower().startswith("over"):
            continue
        if m:
            return op, m.start()
    return None, len(before)


def bound_before(before: str) -> str | None:
    """The bound a document's own words put on the number that follows them ('meer dan 20 %')."""
    return _bound(before)[0]


def normalise_unit(word: str) -> str | None:
    w = word.lower().replace(" ", "")
    return {"%": "%", "procent": "%", "percent": "%", "keuro": "k euro", "keur": "k euro", "kEuro": "k euro",
            "duizendeuro": "k euro", "euro": "euro", "euros": "euro", "eur": "euro", "vte": "VTE", "fte": "VTE", "dagen": "dagen",
            "days": "dagen", "uur": "uur", "hours": "uur", "minuten": "minuten", "minutes": "minuten", "jaar": "jaar", "years": "jaar", "maanden": "maanden",
            "months": "maanden", "weken": "weken", "weeks": "weken",
            "miljoeneuro": "miljoen euro", "millioneuro": "miljoen euro",
            "millioneuros": "miljoen euro"}.get(w, word)
