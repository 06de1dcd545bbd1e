"""Numbers and citations as people read them, in the question's language."""

from __future__ import annotations

from babel.numbers import format_decimal

from .models import Closest, Citation, Fact

_SCALE = {"k euro": 1e3, "keuro": 1e3, "duizend euro": 1e3, "miljoen euro": 1e6, "miljard euro": 1e9, "euro": 1.0}


def fmt(value: float, lang: str, decimals: int = 0) -> str:
    """Dutch '1.230,5' or English '1,230.5' with a fixed number of decimals."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(round(value, decimals), format=pattern, locale="nl_BE" if lang == "nl" else "en_GB")


def amount(value: float, unit: str | None, lang: str, decimals: int = 0) -> str:
    num = fmt(value, lang, decimals)
    if unit == "%":
        return f"{num}%"
    return f"{num} {unit}" if unit else num


def base_value(value: float, unit: str | None) -> tuple[float, str | None]:
    """Money in euro, everything else as is (to compare 3.646 k euro with 3,6 miljoen euro)."""
    if unit in _SCALE:
        return value * _SCALE[unit], "euro"
    return value, unit


def fact_citation(fact: Fact, title: str, page: int | None, line: int | None = None,
                  line_end: int | None = None) -> Citation:
    """The row or sentence that holds a fact; `line`/`line_end` are those of the quote, not the number."""
    return Citation(doc=fact.doc, title=title, page=page, line=line or fact.line, line_end=line_end or fact.line,
                    start=fact.quote_start, end=fact.quote_end, quote=fact.quote, caption=fact.caption)


def where(c: Citation, lang: str) -> str:
    """'p. 2, r. 44-46' / 'p. 2, lines 44-46'."""
    parts = []
    if c.page:
        parts.append(f"p. {c.page}")
    if c.line:
        word = ("r." if lang == "nl" else "line") if c.line == c.line_end or not c.line_end else \
            ("r." if lang == "nl" else "lines")
        span = f"{c.line}" if not c.line_end or c.line_end == c.line else f"{c.line}-{c.line_end}"
        parts.append(f"{word} {span}")
    return ", ".join(parts)


def labels(fact: Fact) -> str:
    """The fact's meaning in a few words: measure, row, column, year, region."""
    bits = []
    for part in (fact.measure, fact.row, fact.column, fact.region, fact.year):
        part = " ".join((part or "").split())
        if part and not any(part.lower() in b.lower() for b in bits):
            bits.append(part if len(part) <= 90 else part[:90].rsplit(" ", 1)[0] + "…")  # whole words
    return ", ".join(bits)


CLOSEST_HEADING = {"nl": "Dichtstbijzijnde cijfers (geen antwoord)", "en": "Closest figures (not an answer)"}


def closest_line(c: Closest, lang: str) -> str:
    """'49.397 (werkloosheidsdagen, 2024) — mist: vierde kwartaal — Titel, r. 12'."""
    unit = f" {c.unit}" if c.unit and c.unit != "%" else ""
    lacks = (("mist: " if lang == "nl" else "lacks: ") + ", ".join(c.lacks)) if c.lacks else ""
    parts = [f"{c.raw}{unit} ({c.labels})", lacks, f"{c.citation.title}, {where(c.citation, lang)}"]
    return " — ".join(p for p in parts if p)
