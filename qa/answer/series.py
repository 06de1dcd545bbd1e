"""Series answers: 'Hoe evolueerde X tussen 2021 en 2022?', 'X per provincie': every point a cited fact.

The anchor is the best verified fact for the question without its years (or places); the other points are
the facts that are the same measure with only the year (or the region) changed: the same table and headers
(qa.answer.compute.same_cell_but_year), or in prose the same document, unit and measure. Fewer than two
points is no series: the question is then answered as any other.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .. import render
from ..facts import region_of
from ..facts.numbers import decimals_of
from ..models import Answer, Fact, SeriesPoint
from .compute import FACT_MIN, same_cell_but_year
from .question import Query

if TYPE_CHECKING:
    from .assistant import Assistant

_SERIES = re.compile(r"\b(?:hoe\s+(?:evolueerde|evolueerden|evolueert|ontwikkelde|veranderde|verliep|verliepen)|"
                     r"evolutie|verloop|trend|per\s+jaar|per\s+provincie|over\s+de\s+jaren|doorheen\s+de\s+jaren|"
                     r"jaar\s+na\s+jaar|how\s+did\b[^?]{0,80}\b(?:evolve|develop|change|trend)|evolution|trend|"
                     r"over\s+the\s+years|per\s+year|by\s+year|year\s+by\s+year|per\s+province|by\s+province|"
                     r"across\s+(?:the\s+)?provinces)\b", re.I)
_BY_REGION = re.compile(r"\b(?:per\s+provincie|per\s+regio|provincies|per\s+province|by\s+province|provinces|regions)\b",
                        re.I)
_TOTAL_ASKED = re.compile(r"\b(?:in\s+totaal|samen|opgeteld|gezamenlijk|in\s+total|altogether|combined|all\s+together)\b",
                          re.I)
MAX_POINTS = 12
PROSE_MARGIN = 0.1


def asks_series(text: str) -> str | None:
    """'region' or 'year' when the question asks how a figure evolves or is spread, else None."""
    if re.search(r"\bper\s+(?!jaar|year|provincie|province|regio|region)[^\W\d_]{3,}", text, re.I):
        text = re.sub(r"\bper\s+(?:jaar|year)\b", " ", text, flags=re.I)  # 'per deelnemer per jaar': a rate
    if not _SERIES.search(text) or _TOTAL_ASKED.search(text):
        return None  # 'in totaal over de jaren 2022 tot en met 2024' asks one sum, not its points
    return "region" if _BY_REGION.search(text) else "year"


def _same_but_region(a: Fact, b: Fact) -> bool:
    """One cell of one table, another region: the same year, unit and headers but the region's."""
    if not (a.table_id and a.table_id == b.table_id and a.year == b.year and a.unit == b.unit):
        return False
    if not (a.region and b.region and a.region != b.region) or b.is_total:
        return False
    def other(path: list[str]) -> list[str]:
        return [p for p in path if region_of(p) is None]

    return other(a.row_path) == other(b.row_path) and other(a.col_path) == other(b.col_path)


def series(asst: Assistant, question: str, q: Query, dim: str) -> Answer | None:
    """The points of a series, each a verified fact, with the change from the first to the last."""
    span = sorted(q.years)
    free = replace(q, years=[], operation=None, computed=False, changes=False) if dim == "year" else \
        replace(q, regions=[], operation=None, computed=False, changes=False)
    text = " ".join(_SERIES.sub(" ", q.text).split())  # 'hoe evolueerde' asks a shape, no cell says it
    ranked = [s for s in asst.matcher.rank(free, text=text, limit=60) if s.verified]
    anchors = [s for s in ranked if s.score >= FACT_MIN][:3]
    for anchor in anchors:
        a = anchor.fact
        if dim == "year":
            if not a.year:
                continue
            # prose has no headers to compare: a point there must match the question nearly as well as the anchor
            same = [s.fact for s in ranked if s.fact.year and s.fact.year != a.year
                    and same_cell_but_year(a, s.fact, a.year, s.fact.year)
                    and (a.table_id or s.score >= anchor.score - PROSE_MARGIN)]
            points = {f.year: f for f in reversed(same)}
            points[a.year] = a
            if len(span) == 2:
                points = {y: f for y, f in points.items() if span[0] <= y <= span[1]}
            ordered = [points[y] for y in sorted(points)]
        else:
            same = [s.fact for s in ranked if _same_but_region(a, s.fact)]
            points = {f.region: f for f in reversed(same)}
            if a.region and not a.is_total:
                points[a.region] = a
            ordered = sorted(points.values(), key=lambda f: f.region or "")
        if len(ordered) >= 2:
            return _answer(asst, question, q, ordered[:MAX_POINTS], dim, anchor.score)
    return None


def _answer(asst: Assistant, question: str, q: Query, facts: list[Fact], dim: str, score: float) -> Answer:
    label = (lambda f: f.year or "") if dim == "year" else (lambda f: f.region or "")
    points = [SeriesPoint(label=label(f), value=f.value, unit=f.unit, raw=f.raw, citation=asst.cite_fact(f)[0])
              for f in facts]
    shown = "; ".join(f"{p.label}: {p.raw}{' ' + p.unit if p.unit and p.unit != '%' else ''}" for p in points)
    what = render.labels(facts[0])
    first, last = facts[0], facts[-1]
    change = ""
    if dim == "year":
        delta = last.value - first.value
        decimals = max(decimals_of(f.raw) for f in facts)
        if first.unit == "%":  # a change of a percentage is in points, not a percentage of it
            moved = ("+" if delta > 0 else "") + render.fmt(delta, q.lang, decimals) + " procentpunt"
            pct = ""
        else:
            moved = ("+" if delta > 0 else "") + render.amount(delta, first.unit, q.lang, decimals)
            ratio = delta / first.value * 100 if first.value else 0.0
            pct = f" ({'+' if ratio > 0 else ''}{render.fmt(ratio, q.lang, 1)}%)" if first.value else ""
        change = (f" Van {first.year} tot {last.year}: {moved}{pct}." if q.lang == "nl"
                  else f" From {first.year} to {last.year}: {moved}{pct}.")
    sentence = f"{shown} ({what}).{change}"
    return Answer(question=question, kind="series", answer=sentence, lang=q.lang, unit=first.unit,
                  citations=asst.cite_facts(facts)[:MAX_POINTS], facts=facts, series=points,
                  confidence=round(min(1.0, score), 3))
