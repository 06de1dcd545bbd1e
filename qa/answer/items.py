"""The numbered items of a document ('1.', '3. a.', '2.1', 'b)'), at the start of a line or run into a
one-paragraph answer ('... toegekend. 2. Aantal ...'): the parts whose topics frame the figures in them."""

from __future__ import annotations

import re

ITEM = re.compile(r"^[ \t]*(?:\d{1,2}\.(?:\d{1,2}(?:\.|(?=[ \t])))*|[a-z][.)])[ \t]+\S", re.M)  # '3. a.', '2.1', 'b)':
# a new item; not an amount that opens a line ('18.500 12.400 ...')
# '... toegekend. 2. Aantal goedgekeurde aanvragen': an item numbered in the run of a one-line answer
_INLINE_ITEM = re.compile(r"(?<=[.;:!?)])[ \t]+(\d{1,2})\.[ \t]+(?=[A-Z])")


def item_marks(text: str) -> list[tuple[int, int, str]]:
    """(start, end of marker, label) of each numbered item: those that open a line, and those in the run of a
    line whose number follows the item before it ('1. ... 2. ...'), as answers written as one paragraph have."""
    marks = [(m.start(), m.end() - 1, _label(m.group(0))) for m in ITEM.finditer(text)]
    at_line = {m[0] for m in marks}
    for m in _INLINE_ITEM.finditer(text):
        before = [int(lab.rstrip(".")) for start, _, lab in marks if start < m.start() and lab.rstrip(".").isdigit()]
        if int(m.group(1)) == (before[-1] if before else 0) + 1 and m.start(1) not in at_line:
            marks.append((m.start(1), m.end(), m.group(1) + "."))
            marks.sort()
    return marks


_SENTENCE_END = re.compile(r"[.?!:](?=\s)|\n[ \t]*\n")


def opening_end(text: str, at: int) -> int:
    """Where an item's opening ends: its first line, or its first sentence where that wraps over more lines ('2.
    Heeft de minister zicht op het aantal van deze begeleidingsovereenkomsten die werden\nbeëindigd ...?')."""
    line = text.find("\n", at)
    line = line if line >= 0 else len(text)
    m = _SENTENCE_END.search(text, at, at + 300)
    return max(line, m.end()) if m else line


def previous_item(label: str) -> str:
    """The label of the item before: '1.' for '2.' ('' when there is none)."""
    number = label.rstrip(".")
    return f"{int(number) - 1}." if number.isdigit() and int(number) > 1 else ""


def _label(marker: str) -> str:
    """'3.' of '  3. H': the number or letter of a numbered item."""
    return marker.split()[0]
