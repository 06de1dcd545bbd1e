"""The years a question asks, as written and as meant: a range under a sum word is every year of it, 'het jaar
ervoor' is the year before the one named, 'vijf jaar vóór 2024' is 2019, and a school year is named by the year
it starts."""

from __future__ import annotations

import re

from .asked import _YEAR

SUM_WORDS = re.compile(r"\b(samen|samengeteld|opgeteld|in totaal|together|combined|in total|altogether)\b", re.I)
_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*(?:tot en met|t\.e\.m\.|tot|-|–|to|through|until)\s*((?:19|20)\d\d)\b", re.I)


_YEAR_BEFORE = re.compile(r"(?:\b(?:het|dat|the|that)\s+(?:(?:school)?jaar\s+(?:ervoor|daarvoor|voordien)|(?:vorige|"
                          r"voorgaande|previous|preceding|prior)\s+(?:school)?jaar|(?:previous|preceding|prior)\s+"
                          r"(?:school\s+)?year|(?:school\s+)?year\s+before)"
                          r"|\b(?:een|a)\s+jaar\s+eerder|\ba\s+year\s+(?:earlier|before))\b"
                          r"(?!\s+(?:dan|than|gepland|planned)\b)", re.I)  # not 'een jaar eerder dan gepland'


def year_before(text: str) -> str:
    """'in 2023 ... ten opzichte van het jaar ervoor': the year before the one named, written out (2022), so
    that a change is computed between two named years."""
    m = _YEAR_BEFORE.search(text)
    school = school_years(text[:m.start()]) if m else []
    if len(school) == 1:  # 'in 2023-2024 ... dan in het schooljaar daarvoor': 2022-2023
        first = int(school[0].group(1))
        return f"{text[:m.start()]}{first - 1}-{first}{text[m.end():]}"
    years = _YEAR.findall(text[:m.start()]) if m else []
    if not m or len(set(years)) != 1:
        return text
    return f"{text[:m.start()]}{int(years[0]) - 1}{text[m.end():]}"


def year_range(text: str, years: list[str]) -> list[str]:
    """'in totaal over 2021 tot en met 2023' sums three years, not two: a range under a sum word is every
    year in it (at most fifteen). Without a sum word the two ends stay the years asked (a change)."""
    m = _RANGE.search(text)
    if not m or not SUM_WORDS.search(text):
        return years
    first, last = int(m.group(1)), int(m.group(2))
    if not 0 < last - first <= 15:
        return years
    inner = [str(y) for y in range(first, last + 1)]
    return [y for y in years if y < m.group(1)] + inner + [y for y in years if y > m.group(2)]


_SCHOOL_YEAR = re.compile(r"\b((?:19|20)\d\d)\s?[-/–]\s?((?:19|20)?\d\d)\b")


def school_years(text: str) -> list[re.Match]:
    """Years that run into the next one ('2018-2019', '2023/24'): a school, academic or season year, named by
    the year it starts (group 1); the question reader and the fact filter read them alike."""
    return [m for m in _SCHOOL_YEAR.finditer(text)
            if (int(m.group(2)) if len(m.group(2)) == 4 else int(m.group(1)[:2] + m.group(2))) == int(m.group(1)) + 1]


_SHIFT = re.compile(r"\b(\d{1,2}|een|twee|drie|vier|vijf|zes|tien|one|two|three|four|five|six|ten)\s+(?:jaar|jaren|years?)"
                    r"\s+(?:vóór|voor|eerder|vroeger|voordien|daarvoor|before|earlier|prior to)\b(?!\s+(?:dan|than)\b)", re.I)
_COUNT_WORDS = {"een": 1, "one": 1, "twee": 2, "two": 2, "drie": 3, "three": 3, "vier": 4, "four": 4, "vijf": 5,
                "five": 5, "zes": 6, "six": 6, "tien": 10, "ten": 10}


def shifted(text: str, years: list[str]) -> list[str]:
    """'vijf jaar vóór het tweede kwartaal van 2024' asks 2019: the year named is the anchor, not the one asked."""
    m = _SHIFT.search(text)
    if not m or len(years) != 1:
        return years
    n = int(m.group(1)) if m.group(1).isdigit() else _COUNT_WORDS[m.group(1).lower()]
    return [str(int(years[0]) - n)]
