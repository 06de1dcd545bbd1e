"""Words that make a line a table's header: header words, months, codes and region names.

A flattened header ('Provincie 2022 2023 Totaal', 'Onderwijsniveau sep okt nov') is told from running text by
its tokens: nearly all of them are years, months, codes in capitals, units or words that only headers use.
"""

from __future__ import annotations

import re

from qa.facts.labels import region_of

HEADER_WORDS = {"in", "uit", "totaal", "total", "aantal", "jaar", "bedrag", "budget", "raming", "realisatie",
                "ontvangsten", "uitgaven", "gemiddelde", "jaargem.", "jaargemiddelde", "subtotaal", "saldo",
                "euro", "keuro", "%", "vte"}  # units in brackets: 'Bedrag (euro)'
# months in calendar order, as column headers print them ('sep okt nov dec jan'): cells of a period like a year's
MONTHS = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
_MONTH_NAMES = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                "november", "december")


def month_of(token: str) -> int | None:
    """1-12 for a month header ('mrt', 'sept.', 'Maart'), None otherwise."""
    t = token.strip(".").lower()
    if t in _MONTH_NAMES:
        return _MONTH_NAMES.index(t) + 1
    t = {"maa": "mrt", "sept": "sep", "oct": "okt", "may": "mei"}.get(t, t)
    return MONTHS.index(t) + 1 if t in MONTHS else None


def header_like(token: str, is_year: bool) -> bool:
    """Whether a token looks like a column header rather than running text."""
    t = token.strip("(),:;")
    if not t:
        return False
    if is_year or re.fullmatch(r"[\d/.\-–]+", t) or t.lower() in HEADER_WORDS or month_of(t):
        return True
    if re.fullmatch(r"[A-Z][A-Z0-9\-]{0,7}", t):
        return True
    return region_of(t) is not None


def header_tokens(text: str) -> list[str]:
    """Column labels of a one-line header; an all-caps word keeps its year ("BA 2024")."""
    out: list[str] = []
    for tok in text.split():
        if re.fullmatch(r"(?:19|20)\d\d", tok) and out and re.fullmatch(r"[A-Z][A-Z\-]{0,7}", out[-1]):
            out[-1] = f"{out[-1]} {tok}"
        else:
            out.append(tok)
    return out


def is_token_line(text: str, strict: bool = False) -> bool:
    """A header line: (almost) every token header-like."""
    toks = text.split()
    if not toks:
        return False
    good = sum(header_like(t, bool(re.fullmatch(r"(?:19|20)\d\d", t))) for t in toks)
    return good == len(toks) if strict else good * 4 >= len(toks) * 3
