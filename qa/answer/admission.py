"""Which facts may answer a question at all, before they are ranked: the year or school year asked, the region,
the documents in scope, the kind of number (part of FactMatcher)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..facts.labels import regions_in
from ..facts.proseyears import relative_year
from ..models import Fact
from .admit import fits_unit
from ..facts.periods import seasons, span_before
from .question import Query, outside_asked, school_years


class Admission:
    """FactMatcher's filter; needs self.index and self._regions_of."""

    def allowed(self, fact: Fact, q: Query, years: list[str] | None = None, regions: list[str] | None = None) -> bool:
        years = q.years if years is None else years
        regions = q.regions if regions is None else regions
        own = _year_spans(" ".join([*fact.row_path, *fact.col_path])) if fact.source != "prose" else set()
        if own and (own.isdisjoint(_year_spans(q.text)) and _year_spans(q.text)
                    or years and not any(str(start) in years for start, _ in own)):
            return False  # 'schooljaar 2018-2019' is not the row '2019-2020'; the row '2019-2020' is not 2023
        season = seasons(q.text)
        if season and season & seasons(fact.quote):  # 'in het griepseizoen 2015/2016': read as 2015 or as 2016
            text = self.index.document(fact.doc).text
            said = school_years(text[fact.quote_start:fact.start])  # '* Seizoen 2013-2014: ... 6. 046 manschappen':
            if said and _year_spans(said[-1].group(0)).isdisjoint(_year_spans(q.text)):  # the season named last
                return False  # before the figure is its own, not the one the list goes on to
            years = []
        if years:
            where = " ".join((fact.row, fact.column, fact.caption, fact.quote))
            if fact.year not in years and not (fact.year is None and any(y in where for y in years)) \
                    and not self._year_before(fact, years):
                return False
        span = span_before(self.index.document(fact.doc).text, fact.quote_start, fact.start) \
            if years and fact.source == "prose" else None
        if span and not set(span) <= set(years):
            return False
        if regions and fact.region not in regions or outside_asked(q.text, fact.region):
            return False
        if fact.source == "prose" and not regions:
            said = self._sentence_regions(fact)  # '21 overwegen, waarvan 9 in Wallonie en 12 in Vlaanderen':
            asked = "Vlaanderen" in regions_in(q.text)  # 21 is not Flanders' figure, 12 not the whole country's
            if fact.region is None and asked and "Vlaanderen" in said or \
                    fact.region and not asked and None in said and len(said) > 2:
                return False
        if q.docs is not None and fact.doc not in q.docs:
            return False
        if not fits_unit(self.index, fact, q):
            return False
        if q.names:
            frame = " ".join((fact.caption, fact.row, fact.column, fact.measure, fact.quote)).lower()
            frame = re.sub(r"\s+", " ", frame)
            if not all(re.search(rf"\b{re.escape(n.lower())}\b", frame) for n in q.names):
                return False
            own = " ".join((fact.row, fact.column, fact.measure, *fact.row_path, *fact.col_path)).lower()
            if any(_names_another(n.lower(), own) for n in q.names):
                return False
        return True

    def _sentence_regions(self, fact: Fact) -> set[str | None]:
        """The regions the numbers of a prose fact's sentence (in its unit) are said of; None for a number said of
        no region. Read once per document: allowed() asks it of every candidate."""
        if fact.doc not in self._regions_of:
            facts = self.index.facts
            by_sentence: dict[tuple[int, str | None], set[str | None]] = {}
            for k in facts.of_doc(fact.doc):
                by_sentence.setdefault((facts[k].quote_start, facts[k].unit), set()).add(facts[k].region)
            if len(self._regions_of) > 256:
                self._regions_of.clear()
            self._regions_of[fact.doc] = by_sentence
        return self._regions_of[fact.doc].get((fact.quote_start, fact.unit), set())

    def _year_before(self, fact: Fact, years: list[str]) -> bool:
        """A sentence that names no year of its own ('Bij deze raadplegingen telde het stressteam 472 ...') is
        about the year the sentences right before it name, whatever year its section names most."""
        if fact.source != "prose" or re.search(r"\b(?:19|20)\d\d\b", fact.quote) or relative_year(fact.quote):
            return False  # ('Een seizoen eerder waren dat ...': the year before theirs, as its year field says)
        text = self.index.document(fact.doc).text
        before = text[max(0, fact.quote_start - 300):fact.quote_start]
        before = re.split(r"\n\s*\n", before)[-1]  # within its paragraph
        return any(re.search(rf"\b{y}\b", before) for y in years)


@lru_cache(maxsize=4096)
def _year_spans(text: str) -> frozenset[tuple[int, int]]:
    """The school years a text names, as (first year, next year); asked of every candidate, so kept."""
    return frozenset((int(m.group(1)), int(m.group(1)) + 1) for m in school_years(text))


def _names_another(name: str, own: str) -> bool:
    """The figure's own label names another of a numbered series than the one asked: 'Bouwsteen 3, ...
    Toegekend' is no answer for 'Bouwsteen 2', however near the block of 'Bouwsteen 2' it is printed."""
    word, _, number = name.rpartition(" ")
    said = re.findall(rf"\b{re.escape(word)}\s+(\d{{1,3}})\b", own)
    return bool(said) and number not in said
