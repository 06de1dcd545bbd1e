"""A header's group levels: the labels set over runs of columns ('2022 2023' over 'aantal bedrag aantal
aandeel bedrag', 'VAK VEK' over six, 'Gemiddeld premiebedrag (in euro) Weigeringsgraad (%)' over years)."""

from __future__ import annotations

import re
from dataclasses import replace

from qa.facts.headercells import corner_word, header_readings, is_period, spanning, top_groups, uneven_groups, years_over_months
from qa.facts.labels import is_total_label
from qa.facts.tables import Line, Table


def group_level(table: Table, text: str, columns: list[str]) -> list[str] | None:
    """The columns with the group labels of `text` set over them, or None when the line does not span them."""
    years = years_over_months(text, columns)
    if years:
        return [f"{y} · {c}" if y else c for y, c in zip(years, columns)]
    groups = top_groups(columns)  # a level over groups spans whole groups: 'Werkjaar ...' over 'Onthaal'
    words = text.split()
    toks = None
    if len(words) > 2 and not table.stub and not is_period(words[0]) and all(is_period(w) for w in words[1:]):
        toks = spanning(" ".join(words[1:]), groups)  # 'Budgetcategorie 2022 2023': the stub, then years
        table.stub = words[0] if toks else table.stub
    if not toks and len(words) > 2 and not table.stub and corner_word(words[0]) \
            and not words[0].isupper() and words[0] not in words[1:]:
        rest = spanning(" ".join(words[1:]), groups)  # 'Provincie' over the labels, two groups over the
        repeat = next((p for p in range(1, len(columns)) if len(columns) % p == 0  # years twice
                       and repeats(columns, p)), None)
        if rest and repeat and len(rest) == len(columns) // repeat and not rest[0][:1].islower():
            toks, table.stub = rest, words[0]  # ('Gemiddeld premiebedrag' is one label, no stub and a group)
    toks = toks or spanning(text, groups)
    if not toks and len(words) > 2 and not table.stub:
        toks = spanning(" ".join(words[1:]), groups)  # a stub over the row labels, then the groups
        table.stub = words[0] if toks else table.stub
    if not toks and len(words) > 2 and not table.stub:  # 'Type opvang | Aanvragen Toegekend'
        cut = next((r for r in header_readings(text) if 1 < len(r) - 1 < groups
                    and groups % (len(r) - 1) == 0 and all(c[:1].isupper() for c in r)), None)
        toks, table.stub = (cut[1:], cut[0]) if cut else (None, table.stub)
    if toks:
        span = len(columns) // len(toks)
        return [f"{toks[i // span]} · {c}" for i, c in enumerate(columns)]
    uneven = uneven_groups(text, columns)
    if uneven:
        return [f"{g} · {c}" if g else c for g, c in zip(uneven, columns)]
    rest = " ".join(words[1:])
    if len(words) >= 2 and not table.stub and corner_word(words[0]) and rest[:1].isupper() and len(words) <= 6 \
            and all(is_period(c) for c in columns):  # 'Beheerder Bebost areaal (ha)' over '2022 2023': the stub,
        table.stub = words[0]  # then the measure of every year's column
        return [f"{rest} · {c}" for c in columns]
    return None


def repeats(leaves: list[str], period: int) -> bool:
    """The columns under evenly spanning groups repeat: "aantal % aantal %"."""
    return period >= 1 and all(leaves[j].lower() == leaves[j % period].lower() for j in range(len(leaves)))


_PERIODS_THEN_TOTAL = re.compile(r"^\s*((?:(?:19|20)\d\d\s+)+)(\S.*)$")
_LEADING_YEAR = re.compile(r"^\s*((?:19|20)\d\d)\s*(?=[^\W\d_])")


def total_beside_groups(region: list[Line]) -> list[Line]:
    """A total column whose header cell spans both header rows, as a browser's PDF prints it: its first line
    on the group line, the rest between that and the leaf line, its year glued to the first leaf
    ('2022 2023 Totaal' / 'bezoeken' / '2023Binnenbaden Openluchtbaden Binnenbaden Openluchtbaden'). The lines
    are read again as the group line alone and the leaf line with the total's label last."""
    for g, line in enumerate(region):
        m = _PERIODS_THEN_TOTAL.match(line.text)
        if not m or not is_total_label(m.group(2)) or len(m.group(2).split()) > 3:
            continue
        k = g + 1
        while k < len(region) and k - g <= 3 and region[k].text.strip()[:1].islower() and len(region[k].text.split()) <= 3:
            k += 1
        if k >= len(region):
            return region
        year = _LEADING_YEAR.match(region[k].text)
        if not year and k == g + 1:
            return region
        words = [m.group(2)] + [ln.text.strip() for ln in region[g + 1:k]] + ([year.group(1)] if year else [])
        leaves = region[k].text[year.end():] if year else region[k].text
        groups = replace(line, text=m.group(1).strip())
        leaf = replace(region[k], text=f"{leaves.strip()} {' '.join(words)}")
        return region[:g] + [groups, leaf] + region[k + 1:]
    return region
