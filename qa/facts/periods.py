"""Periods named in a question or next to a number: quarters, semesters and months as keys.

"derde kwartaal", "third quarter", "K3" and "Q3" are one key ("q3"); "2 mei 2023" is a
date, not the month asked. A question that names a period is answered only by a fact that
carries it (see verify): a table with K1-K4 2023 cannot answer for the fourth quarter of 2024.
"""

from __future__ import annotations

import re
from functools import lru_cache

_ORDINAL = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "first": 1, "second": 2, "third": 3, "fourth": 4,
            "1e": 1, "2e": 2, "3e": 3, "4e": 4, "1ste": 1, "2de": 2, "3de": 3, "4de": 4}
_QUARTER_WORDS = re.compile(r"\b(eerste|tweede|derde|vierde|first|second|third|fourth|laatste|last|final|"
                            r"[1-4](?:e|ste|de))\s+"
                            r"(kwartaal|quarter|semester|trimester|helft|half|jaarhelft)\b", re.I)
OF_YEAR = re.compile(r"\s+(?:van|of|in|uit)\s+(?:het\s+jaar\s+|the\s+year\s+)?(?:19|20)\d\d\b", re.I)
_QUARTER_CODE = re.compile(r"\b([KQT])([1-4])\b")
_QUARTER_AFTER = re.compile(r"\b(kwartaal|quarter|semester|trimester)\s+([1-4])\b(?![.,]\d)", re.I)  # 'kwartaal 3'
_SEMESTER_CODE = re.compile(r"\b(?:S|sem\.?\s?)([12])\b", re.I)
_MONTHS = ["jan", "feb", "m(?:aa)?rt?|mar", "apr", "mei|may", "jun", "jul", "aug", "sep", "o[ck]t", "nov", "dec"]
_MONTH = re.compile(r"\b(?:" + "|".join(rf"(?P<m{i + 1}>(?:{p})[a-z]*\.?)" for i, p in enumerate(_MONTHS)) + r")(?!\w)",
                    re.I)
MONTH_NAMES = {"januari", "january", "februari", "february", "maart", "march", "april", "mei", "may", "juni", "june",
               "juli", "july", "augustus", "august", "september", "oktober", "october", "november", "december"}
MONTH_WORDS = MONTH_NAMES | {"jan", "feb", "mrt", "mar", "maa", "apr", "jun", "jul", "aug", "sept", "sep", "okt", "oct",
                             "nov", "dec"}


def period_keys(text: str) -> set[str]:
    """Quarters, semesters and months named in a text, as keys: {"q3"}, {"s1"}, {"m10"}."""
    keys = set()
    for m in _QUARTER_WORDS.finditer(text):
        kind = m.group(2).lower()
        half = kind in ("semester", "helft", "half", "jaarhelft")
        n = _ORDINAL.get(m.group(1).lower())
        if n is None and not OF_YEAR.match(text[m.end():]):
            continue  # 'het laatste kwartaal' alone is the latest one the table has, whichever that is
        keys.add(("s" if half else "q") + str(n or (2 if half else 4)))  # 'het laatste kwartaal van 2023': Q4
    for m in _QUARTER_CODE.finditer(text):
        keys.add("q" + m.group(2))
    for m in _QUARTER_AFTER.finditer(text):
        keys.add(("s" if m.group(1).lower() == "semester" else "q") + m.group(2))
    for m in _SEMESTER_CODE.finditer(text):
        keys.add("s" + m.group(1))
    spans = []
    for first, last, span in month_ranges(text):  # 'januari tot en met juni' is the first half, not two months
        spans.append(span)
        keys.add(_RANGE_KEYS.get((first, last), f"m{first}-{last}"))
    for m in _MONTH.finditer(text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        word = m.group().rstrip(".")
        if re.search(r"\b\d{1,2}\s+$", text[max(0, m.start() - 4):m.start()]):
            continue  # "2 mei 2023" is a date, not the month asked
        short_name = len(word) <= 4 and word[:1].isupper() and bool(re.match(r"\s+[A-Z]", text[m.end():]))
        if word.lower() in MONTH_WORDS and not short_name:  # "Jan Peeters" is no January
            keys.add("m" + m.lastgroup[1:])
    return keys


_RANGE_KEYS = {(1, 6): "s1", (7, 12): "s2", (1, 3): "q1", (4, 6): "q2", (7, 9): "q3", (10, 12): "q4"}
_RANGE_WORD = re.compile(r"\s*(?:(?:19|20)\d\d\s*)?(?:tot en met|t/m|t\.e\.m\.?|tot|-|–|to|through|until)\s*"
                         r"(?:(?:de maand|eind|end of)\s+)?", re.I)  # 'van april 2015 tot en met september 2016'
_BETWEEN_AND = re.compile(r"\s*(?:(?:19|20)\d\d\s*)?(?:en|and)\s*(?:(?:de maand|eind|end of)\s+)?", re.I)


def month_ranges(text: str) -> list[tuple[int, int, tuple[int, int]]]:
    """Spans of months ('januari tot en met juni', 'from January to June', 'jan.-jun.'): (first, last, span)."""
    months = [m for m in _MONTH.finditer(text) if m.group().lower().rstrip(".") in MONTH_WORDS]
    out = []
    for a, b in zip(months, months[1:]):
        joint = _RANGE_WORD.fullmatch(text, a.end(), b.start()) or (  # 'tussen april 2015 en eind september 2016'
            re.search(r"\b(?:tussen|between)\s+$", text[max(0, a.start() - 10):a.start()], re.I)
            and _BETWEEN_AND.fullmatch(text, a.end(), b.start()))
        if joint:
            first, last = int(a.lastgroup[1:]), int(b.lastgroup[1:])
            y1 = re.search(r"(?:19|20)\d\d", text[a.end():b.start()])
            y2 = re.match(r"\s+((?:19|20)\d\d)\b", text[b.end():])
            if y1 and y2:  # 'april 2015 tot en met september 2016': a span over years, months counted on ('m4-21')
                last += 12 * (int(y2.group(1)) - int(y1.group(0)))
            if first < last:
                out.append((first, last, (a.start(), b.end())))
    return out


def last_period(text: str) -> str | None:
    """The period named last in a text (the one closest to what follows it)."""
    best, where = None, -1
    ranges = month_ranges(text)
    for pattern in (_QUARTER_WORDS, _QUARTER_CODE, _SEMESTER_CODE, _MONTH):
        for match in pattern.finditer(text):
            keys = period_keys(text[max(0, match.start() - 4):match.end()])
            if keys and match.start() > where and not any(a <= match.start() < b for _, _, (a, b) in ranges):
                best, where = sorted(keys)[0], match.start()
    for first, last, (a, _) in ranges:
        if a > where:
            best, where = _RANGE_KEYS.get((first, last), f"m{first}-{last}"), a
    return best


_NUMERIC_DATE = re.compile(r"(?<![\d/.-])([0-3]?\d)[/.-]([01]?\d)[/.-](?:19|20)\d\d(?!\d)")


def dated_months(text: str) -> set[str]:
    """Months of the full dates in a text ('op 02/05/2023', 'op 2 mei 2023'): a figure stated as on a date
    is about that date's month."""
    keys = {f"m{int(m.group(2))}" for m in _NUMERIC_DATE.finditer(text) if 1 <= int(m.group(2)) <= 12}
    for m in _MONTH.finditer(text):
        if re.search(r"\b\d{1,2}\s+$", text[max(0, m.start() - 4):m.start()]) and \
                re.match(r"\s+(?:19|20)\d\d\b", text[m.end():]) and m.group().lower().rstrip(".") in MONTH_WORDS:
            keys.add("m" + m.lastgroup[1:])
    return keys


# 'tussen 2012 en 2016', 'van 2014 tot 2016', 'between 2012 and 2016': a count over several years
YEAR_SPAN = re.compile(r"\b(?:tussen|between|van|from)\s+((?:19|20)\d\d)\s+(?:en|and|tot(?:\s+en\s+met)?|t\.e\.m\.?|to|until)\s+"
                       r"((?:19|20)\d\d)\b", re.I)
# 'in de periode 2021-2023', 'over 2019–2023': a dash between two years is a span when a word names a period
# or the years are not consecutive ('2022-2023' alone is a season or school year, see seasons)
_DASH_SPAN = re.compile(r"(?:\b(periode|period|jaren|years)\s+)?\b((?:19|20)\d\d)\s*[-\u2013]\s*((?:19|20)\d\d)\b", re.I)


def year_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, str, int]]:
    """The spans of years a text names, as (first, last, where the span ends), in order."""
    end = len(text) if end is None else end
    found = [(m.group(1), m.group(2), m.start(), m.end()) for m in YEAR_SPAN.finditer(text, start, end)]
    found += [(m.group(2), m.group(3), m.start(), m.end()) for m in _DASH_SPAN.finditer(text, start, end)
              if int(m.group(3)) > int(m.group(2)) + (0 if m.group(1) else 1)]
    return [(a, b, e) for a, b, _, e in sorted(found, key=lambda x: x[2])]


def span_before(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The span of years a number's clause opens with ('tussen 2012 en 2016 zijn er 723 ... vertrokken', 'In de
    periode 2021-2023 werd in totaal 19.200.000 euro toegekend'): what it counts is the whole span's, and answers
    no question about one of its years ('eind 2016', 'in 2023')."""
    found = year_spans(text, start, end)
    if not found or re.search(r"\b(?:19|20)\d\d\b", text[found[-1][2]:end]):
        return None  # 'tussen 2012 en 2016 steeg het, in 2016 tot 500': the number has a year of its own
    return found[-1][0], found[-1][1]


_SEASON = re.compile(r"\b((?:19|20)\d\d)\s*[/-]\s*((?:19|20)?\d\d)\b")


@lru_cache(maxsize=4096)
def seasons(text: str) -> frozenset[str]:
    """The seasons or school years a text names ('2015/2016', '2015-16'), as 'first/second' years: a year
    field holds only one of them. Asked for the question and each candidate's sentence, so read once each."""
    out = set()
    for a, b in _SEASON.findall(text):
        second = b if len(b) == 4 else a[:2] + b
        if int(second) == int(a) + 1:
            out.add(f"{a}/{second}")
    return frozenset(out)


# 'over de drie jaren samen', 'in the three years': a span of years, not one year's figure
OVER_YEARS = re.compile(r"\b(?:over|in|voor|tijdens|gedurende)\s+(?:de|die|deze|het)\s+(?:\w+\s+)?(?:twee|drie|vier|vijf|"
                         r"zes|zeven|acht|negen|tien|\d+)\s+(?:(?:school|kalender|begrotings)?jaren|jaar)\b|\bjaren\s+samen\b|"
                         r"\b(?:over|in|during)\s+the\s+(?:\w+\s+)?(?:two|three|four|five|six|\d+)\s+years\b", re.I)
