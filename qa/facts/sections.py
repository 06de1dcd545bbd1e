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
    out = []
    for i, ln in enumerate(lines):
        s = ln.text.strip(" \t\f")
        if not 3 <= len(s) <= 110 or s.endswith((".", ",", ";", "?")) or is_token_line(s) or _mostly_numbers(s):
            continue
        letters = [c for c in s if c.isalpha()]
        upper = len(letters) >= 6 and sum(c.isupper() for c in letters) >= 0.7 * len(letters)
        nxt_blank = i + 1 >= len(lines) or lines[i + 1].blank
        if upper or (_HEADING_NUM.match(s) and nxt_blank and len(s.split()) <= 12) or MARKED_HEADING.match(s):
            out.append((i, s))
    return out


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
