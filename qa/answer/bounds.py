"""Bounds a question puts on a table dimension ('fewer than 5', 'meer dan 1000') and the numbers in a
cell's labels they are compared with."""

from __future__ import annotations

import re

from ..models import Fact


# 'fewer than 5', 'minder dan 5', 'meer dan 1000': a bound the question puts on a dimension of a table
BOUND = re.compile(r"\b(?P<side>fewer|less|minder|more|meer|over)\s+(?:than|dan|als)\s+(?P<n>\d+)\b", re.I)


def wrong_side(bound: re.Match, labels: str) -> bool:
    """A row on the other side of the question's bound: '5 tot 10' or '>5' for 'fewer than 5', '<1000' or
    '500-1000' for 'more than 1000'."""
    n = re.escape(bound.group("n"))
    below = bound.group("side").lower() in ("fewer", "less", "minder")
    if below:
        return bool(re.search(rf"(?<![\d.,<])(?:{n}\s*(?:-|–|tot|to|à|\+)|>\s*=?\s*{n}\b)", labels))
    return bool(re.search(rf"(?:<\s*=?\s*{n}\b|(?<![\d.,])\d+\s*(?:-|–|tot|to|à)\s*{n}\b)", labels))


def label_numbers(fact: Fact) -> set[float]:
    """The numbers in a table cell's row and column labels, years aside ('100-500', '<50', '>1000')."""
    if fact.source == "prose":
        return set()
    return numbers_in_labels(" ".join([*fact.row_path, *fact.col_path]))


def numbers_in_labels(labels: str) -> set[float]:
    """The whole numbers in header labels, years aside: a table's size classes ('21 tot 50', '>50')."""
    found = {float(n) for n in re.findall(r"(?<![\d.,])\d+(?![\d.,]\d)", labels)}
    return {n for n in found if not 1900 <= n <= 2100}
