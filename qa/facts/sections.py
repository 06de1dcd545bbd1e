"""Section headings: numbered short titles, mostly-uppercase lines or lines marked as headings, for facts' context."""

from __future__ import annotations

import re

from qa.facts.headerwords import is_token_line
from qa.facts.tables import Line

_HEADING_NUM = re.compile(r"^(?:[IVX]+\.|\d+(?:\.\d+)+\.?|\d+\.|(?:OD|SD|ISE)\s?\d+:)\s+\S")


# a heading marked as such in plain text: '## Begroting', '=== [84] 2023-02-10 | Proeftuinen: oproep'
MARKED_HEADING = re.compile(r"^(?:#{1,6}|={2,}|\*{2,})[ \t]*\S")


def find_headings(lines: list[Line]) -> list[tuple[int, str]]:
    """Section headings: numbered short titles or mostly-uppercase lines."""
    out: list[tuple[int, str]] = []
    wrapped: set[int] = set()  # a capitalised title ending in 'EN' or 'VAN DE' goes on on its next line
    for i, ln in enumerate(lines):
        s = ln.text.strip(" \t\f")
        if MARKED_HEADING.match(s) and len(s) <= 300:  # marked as one: its dates, years and length say nothing
            out.append((i, s))  # ('=== [111] 2023-11-17 | Oproep 2023 “Digitale transformatieprojecten ...')
            continue
        if not 3 <= len(s) <= 110 or s.endswith((".", ",", ";", "?")) or _mostly_numbers(s):
            continue
        if is_token_line(s) and not _capital_title(s) and i not in wrapped:
            continue
        letters = [c for c in s if c.isalpha()]
        upper = len(letters) >= 6 and sum(c.isupper() for c in letters) >= 0.7 * len(letters)
        nxt_blank = i + 1 >= len(lines) or lines[i + 1].blank
        if upper or (_HEADING_NUM.match(s) and nxt_blank and len(s.split()) <= 12) or MARKED_HEADING.match(s):
            if out and i in wrapped:
                out[-1] = (out[-1][0], f"{out[-1][1]} {s}")
                continue
            out.append((i, s))
            if upper and s.split()[-1] in _TITLE_WORDS:
                wrapped.add(_next_text(lines, i))
    return out


def _next_text(lines: list[Line], i: int) -> int:
    """The next line with text after line i, across blank lines (a PDF prints a wrapped title's halves apart)."""
    j = i + 1
    while j < len(lines) and j <= i + 3 and lines[j].blank:
        j += 1
    return j


# short words that read as codes in capitals ('VAK', 'BU') but make a capitalised line a title
_TITLE_WORDS = {"HET", "VAN", "DE", "DEN", "DER", "EEN", "EN", "IN", "OP", "VOOR", "MET", "TE", "DOOR", "BIJ", "AAN",
                "NAAR", "OVER", "THE", "OF", "AND", "FOR"}


def _capital_title(text: str) -> bool:
    """'JB0-1JEC2GB-PA – HET VERSTREKKEN VAN LENINGEN IN HET KADER VAN DE' is a title in capitals, not a header
    row of codes: it links long words with two or more function words."""
    toks = text.split()
    return sum(t in _TITLE_WORDS for t in toks) >= 2 and any(len(t) >= 6 and t.isalpha() for t in toks)


def _mostly_numbers(text: str) -> bool:
    """'2020 389,7 VTE 187,6 VTE' is a table row with unit letters, not an uppercase title."""
    toks = text.split()
    numeric = sum(any(c.isdigit() for c in t) for t in toks)
    return numeric >= 3 or numeric * 2 >= len(toks)


def heading_before(headings: list[tuple[int, str]], line: int) -> str:
    best = ""
    for i, text in headings:
        if i >= line:
            break
        best = text
    return best
