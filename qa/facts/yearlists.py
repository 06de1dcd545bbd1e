"""Inline lists in answers ('2010: 15;2011: 12;...', '...hechtenis:- 2012: 99 aanvragen;- 2013: ...', '... bij de
partners is:- Rode Kruis Vlaanderen: 47,66 euro;- Samu Social: 51,19 euro'): what a cell counts is said before
the list, not by the cell before it."""

from __future__ import annotations

import re
from typing import Callable

from qa.facts.numbers import find_number_words, find_numbers


def _content(text: str) -> bool:
    return bool(re.search(r"[^\W\d_]{4,}", text))


# '2010: 15;2011: 12;- 2012: 6' up to the year before a number: the cells of a year list written inline
_YEAR_RUN = re.compile(r"(?:(?:19|20)\d\d\s*:\s*[^;:\n]{0,80}?[;,]?\s*(?:[-•–]\s*)?)*(?:19|20)\d\d\s*:\s*$")
_CELL = re.compile(r"[^;\n]*?(?=\s*(?:;|[-•–]\s*(?:19|20)\d\d\s*:|(?:19|20)\d\d\s*:|\.\s|$))")


def year_list_lead(text: str, lo: int, start: int, end: int, before: Callable[[], int]) -> str | None:
    """What a cell of an inline year list counts ('4. Aantal gevallen dat ... uitgesteld. 2010: 15;2011: 12;...'
    or '... hechtenis:- 2012: 99 aanvragen;- 2013: ...'): the words before the list's first year (or the
    sentence before, when the list is a sentence of its own) and the cell's own words. The words before a
    cell are another cell's ('niet meer te achterhalen;2014: 339'). A list has two years or more, and its
    first year opens it: 'bedroeg in 2014: ...; in 2015: 403. 560. 543 euro voor Brussel' is a sentence.
    `lo`: where the number's sentence starts; `before()`: where the sentence before it starts."""
    cell = re.search(r"(?:19|20)\d\d\s*:[^;:\n]{0,80}$", text[max(lo, start - 90):start])
    if cell is None:  # the number is in no cell of a year list
        return None
    colon = text.index(":", max(lo, start - 90) + cell.start()) + 1  # where the cell's own words begin
    run = _YEAR_RUN.search(text, max(lo, start - 800), colon)
    if run is None or run.start() == run.end():
        return None
    first = run.start()
    if re.search(r"[^\W\d]\s*$", text[max(0, first - 3):first]):
        return None
    after = _CELL.match(text, end)
    tail = after.group(0) if after else ""
    if len(re.findall(r"(?:19|20)\d\d\s*:", text[first:end + len(tail) + 120])) < 2:
        return None
    head = text[lo:first]
    if not _content(head):
        head = text[before():lo]
        head = re.split(r"(?:19|20)\d\d\s*:\s*[^;:\n]{0,80}?[.;]\s+", head)[-1]  # not the list before it
    head = re.split(r"(?:^|\s)\d{1,2}\.\s+(?=[A-Z])", " ".join(head.split()))[-1].rstrip(" .:;,-•–")  # its own item
    own = _own_words(text[colon:start], tail)  # 'in 58 dossiers werd een vergoeding toegekend'
    own = " ".join(w for w in own.split() if not re.fullmatch(r"[\d.,%()]+|\(?voorlopig|cijfer\)?", w))
    if not _content(head):
        return None
    return " ".join(head.split()[:20] + own.split()[:8])


def _own_words(before: str, after: str) -> str:
    """The words of a cell that are its number's. With two numbers in a cell ('negen gerechtelijke aanhoudingen
    en 64 bestuurlijke aanhoudingen') each has the words up to the next number, as Dutch names what it counts
    after the number; the words before it are the other number's."""
    others = find_numbers(after) + find_number_words(after)
    if others:
        after = after[:min(t.start for t in others)]
        after = re.sub(r"\s*(?:\ben\b|\bor\b|\bof\b|,)\s*$", "", after)
    if find_numbers(before) + find_number_words(before) and _content(after):
        before = ""
    return before + " " + after


# ':- Rode Kruis Vlaanderen: 47,66 euro;- Samu Social: ' up to a number: the labelled cells of a list written inline
# (items end with ';' or ',', or each on its own line: '- Gemiddelde duur lopende overeenkomsten: 572,78 dagen')
_ITEM_RUN = re.compile(r":\s*(?:[-•–]\s*[^:;.\n\d]{2,80}:\s*[^;:\n]{1,60}(?:[;,]\s*|\s*\n\s*))*"
                       r"[-•–]\s*([^:;.\n\d]{2,80}):\s*$")


def item_list_lead(text: str, start: int) -> tuple[str, str] | None:
    """What a cell of an inline labelled list counts ('De reële gemiddelde kostprijs ... bij de partners is:-
    Rode Kruis Vlaanderen: 47,66 euro;- Samu Social: 51,19 euro'): the sentence that opens the list with the
    cell's own label, as (lead, label). A list has two cells or more."""
    run = _ITEM_RUN.search(text, max(0, start - 800), start)
    if run is None:
        return None
    cells = re.findall(r"[-•–]\s*[^:;.\n\d]{2,80}:\s*", text[run.start():start + 200])
    if len(cells) < 2:
        return None
    head = re.split(r"(?<=[.!?])\s+|\n", text[max(0, run.start() - 300):run.start()])[-1]
    head = re.split(r"(?:^|\s)\d{1,2}\.\s+(?=[A-Z])|(?:^|\s)[a-z]\)\s*", head)[-1]
    if not _content(head):
        return None
    return " ".join(head.split()[-20:]), " ".join(run.group(1).split())


# ': Amsterdam 106, Haaglanden 77, Rotterdam-Rijnmond 72, Utrecht 52': names each with its figure, after a colon
_NAME = r"[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,2}"
_NAMED_RUN = re.compile(rf":\s*((?:{_NAME}\s+\d[\d.,]*\s*(?:,|\ben\b)\s*)+(?:en\s+)?{_NAME}\s+\d[\d.,]*)")
_NAMED_ITEM = re.compile(rf"({_NAME})\s+(\d[\d.,]*)")


def _named_run(text: str, start: int) -> re.Match | None:
    """The inline list of names with figures that the figure at `start` is part of."""
    return next((run for run in _NAMED_RUN.finditer(text, max(0, start - 400), min(len(text), start + 200))
                 if run.start(1) <= start < run.end(1)), None)


def named_list_names(text: str, start: int) -> list[str]:
    """The names of the inline list of names with figures that the figure at `start` is one of ([] if none)."""
    run = _named_run(text, start)
    return [m.group(1) for m in _NAMED_ITEM.finditer(text, run.start(1), run.end(1))] if run else []


def named_list_lead(text: str, start: int) -> tuple[str, str] | None:
    """What a figure of an inline list of names counts ('... de meeste actieve clusters gerapporteerd:
    Amsterdam 106, Haaglanden 77, Utrecht 52'): the clause before the colon, and the name right before it."""
    run = _named_run(text, start)
    if run is None:
        return None
    item = next((m for m in _NAMED_ITEM.finditer(text, run.start(1), run.end(1)) if m.start(2) == start), None)
    if item is None:
        return None
    head = re.split(r"(?<=[.!?])\s+|\n\s*\n", text[max(0, run.start() - 300):run.start()])[-1]
    return (" ".join(head.split()[-8:]), item.group(1)) if _content(head) else None
