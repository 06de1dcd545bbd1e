"""Row paths of text tables with two label columns printed once for the rows they span: an outer label on its
first row only ('Antwerpen mannen' over 'vrouwen'; '2023 K1' over 'K2', 'K3', 'K4'). A PDF's text gives the
spanning cell once; its rows below carry it in the printed table."""

from __future__ import annotations

import re

from qa.facts.headercells import is_period
from qa.facts.labels import CURRENCY_TAIL
from qa.facts.tables import Table


def clean_label(label: str) -> str:
    """'Toegekend: €' -> 'Toegekend': the currency is the fact's unit, not part of its row."""
    return CURRENCY_TAIL.sub("", label).rstrip(" :") if CURRENCY_TAIL.search(label) else label


_YEAR_LED = re.compile(r"((?:19|20)\d\d)(?:\s*[–—-])?\s+(\S.*)")  # '2023 K1', '2022 – K3'


def years_over_rows(table: Table) -> list[list[str]] | None:
    """Row paths of a table whose year is printed once, on the first row of its run ('2023 K1' over 'K2',
    'K3', 'K4', then 'Subtotaal 2023', '2024 K1', ...): the year spans the rows of the same kind below it (quarters
    under a quarter, months under a month), as a year cell spanning rows does in the printed table; a total, an
    average or another year ends its run."""
    led = [_YEAR_LED.fullmatch(clean_label(row.label)) for row in table.rows]
    if not any(led) or sum(1 for m in led if m) == len(led):
        return None
    paths: list[list[str]] = []
    year = ""
    carried = 0
    for row, m in zip(table.rows, led):
        label = clean_label(row.label)
        if m:
            year = m.group(1)
            paths.append([year, m.group(2)])
        elif year and is_period(label) and is_period(led_label(paths)):  # 'K2' under '2023 K1'; not 'Gemiddelde'
            carried += 1
            paths.append([year, label])
        else:
            year = ""  # a total, a year of its own or another kind of row ends the year's run
            paths.append([label] if label else [])
    return paths if carried else None


def led_label(paths: list[list[str]]) -> str:
    """The label under the year that began the current run ('K1' of '2023 K1')."""
    return next((p[1] for p in reversed(paths) if len(p) == 2), "")


def two_label_columns(table: Table) -> list[list[str]] | None:
    """Row paths of a table with two label columns ('Provincie Geslacht' over 'Antwerpen mannen 58 ...' /
    'vrouwen 14 ...'): the outer label is printed once, on its first row; the inner ones are lower case."""
    stub = (table.corner or table.stub).split()
    if len(stub) != 2 or not all(w[:1].isupper() for w in stub):
        return None
    paths: list[list[str]] = []
    outer = ""
    for row in table.rows:
        words = clean_label(row.label).split()
        if len(words) >= 2 and words[-1].islower() and words[0][:1].isupper():
            outer = " ".join(words[:-1])
            paths.append([outer, words[-1]])
        elif len(words) == 1 and words[0].islower() and outer:
            paths.append([outer, words[0]])
        else:
            return None
    return paths if sum(1 for row in table.rows if len(row.label.split()) == 1) >= 2 else None
