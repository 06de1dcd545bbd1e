"""A header's group levels: the labels set over runs of columns ('2022 2023' over 'aantal bedrag aantal
aandeel bedrag', 'VAK VEK' over six, 'Gemiddeld premiebedrag (in euro) Weigeringsgraad (%)' over years)."""

from __future__ import annotations

import re
from dataclasses import replace

from qa.facts.headercells import corner_word, header_readings, is_period, spanning, top_groups, uneven_groups, years_over_months
from qa.facts.labels import is_total_label
from qa.facts.tables import Line, Table, is_prose, join_lines


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
    if toks and not table.stub and groups == len(columns):
        toks = _stub_then_groups(table, text, columns, len(toks)) or toks
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


def _stub_then_groups(table: Table, text: str, columns: list[str], read: int) -> list[str] | None:
    """'Provinciale dienst Netwerkpleegzorg Bestandspleegzorg' over '2021 2022 2023 2021 2022 2023': the leaves
    repeat every three columns, so two groups span them, and the words before the last two labels are the stub
    over the row labels (three labels would have split the years in pairs)."""
    period = next((p for p in range(1, len(columns)) if len(columns) % p == 0 and repeats(columns, p)), None)
    if period is None:
        return None
    want = len(columns) // period
    if want == read:
        return None  # the labels read already span the repeats
    for reading in header_readings(text):
        stub = " ".join(reading[:-want])
        if len(reading) > want and all(c[:1].isupper() for c in reading[-want:]) and corner_word(stub) \
                and len(set(reading[-want:])) == want:
            table.stub = stub
            return reading[-want:]
    return None


def repeats(leaves: list[str], period: int) -> bool:
    """The columns under evenly spanning groups repeat: "aantal % aantal %"."""
    return period >= 1 and all(leaves[j].lower() == leaves[j % period].lower() for j in range(len(leaves)))


_PERIODS_THEN_TOTAL = re.compile(r"^\s*((?:(?:19|20)\d\d\s+)+)(\S.*)$")
_GLUED_END = re.compile(r"^\s*([^\W\d_][^\s()]*(?: [^\s()]+)?\s*\([^()]{1,20}\))(?=[^\W\d_])")
_LEADING_YEAR = re.compile(r"^\s*((?:19|20)\d\d)\s*(?=[^\W\d_])")


def total_beside_groups(region: list[Line]) -> list[Line]:
    """A last column whose header cell spans both header rows, its first line hyphenated on the group line and
    its end glued to the first leaf ('... Vereffenings-' / 'graad (%)krediet uitgevoerd ...'); or a total column whose header cell spans both header rows, as a browser's PDF prints it: its first line
    on the group line, the rest between that and the leaf line, its year glued to the first leaf
    ('2022 2023 Totaal' / 'bezoeken' / '2023Binnenbaden Openluchtbaden Binnenbaden Openluchtbaden'). The lines
    are read again as the group line alone and the leaf line with the total's label last."""
    for g, line in enumerate(region):
        glued = _GLUED_END.match(region[g + 1].text) if g + 1 < len(region) else None
        if line.text.rstrip().endswith("-") and len(line.text.split()) >= 3 and glued:
            *heads, first = line.text.split()  # 'Vastleggingen Vereffeningen Vereffenings-' / 'graad (%)krediet ...'
            leaf = f"{region[g + 1].text[glued.end():].strip()} {join_lines([first, glued.group(1)])}"
            return region[:g] + [replace(line, text=" ".join(heads)), replace(region[g + 1], text=leaf)] + region[g + 2:]
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


_LINK_WORDS = {"in", "op", "per", "van", "tot", "na", "voor", "t.o.v."}


def leaf_cells(text: str, need: int) -> list[str] | None:
    """Lower-case column labels under group labels, `need` of them ('ingediend goedgekeurd toegekend uitbetaald
    in 2023'): a word a cell, a preposition and the word after it going with the cell before, and a bracket too;
    or a rate its own cell ('aantal per 1.000 inwoners' is two columns under each year)."""
    return _leaf_cells(text, need, _LINK_WORDS) or _leaf_cells(text, need, _LINK_WORDS - {"per"})


def _leaf_cells(text: str, need: int, links: set[str]) -> list[str] | None:
    cells: list[list[str]] = []
    linking = counted = False
    for word in text.split():
        if cells and (linking or counted or word.startswith("(") or word.lower() in links
                      or " ".join(cells[-1]).count("(") > " ".join(cells[-1]).count(")")):
            cells[-1].append(word)
        else:
            cells.append([word])
        counted = word.lower() == "per" or counted and bool(re.fullmatch(r"[\d.,]+", word))  # 'per 1.000 inwoners'
        linking = word.lower() in _LINK_WORDS
    labels = [" ".join(c) for c in cells]
    if len(labels) != need or linking or any(not c[:1].isalpha() or not c[:1].islower() or len(c.split()) > 4
                                             or c.endswith((".", ",", ":", ";")) for c in labels):
        return None
    return labels


def two_level_header(region: list[Line], need: int) -> tuple[int, int, list[str], str] | None:
    """A line of capitalised group labels over a line of lower-case leaf labels, the groups spanning the leaves
    evenly ('Aantal dossiers Bedrag (in euro)' / 'ingediend goedgekeurd toegekend uitbetaald in 2023'), among the
    lines right over the first row: (index of the group line, index after the leaf line, the columns, a corner
    label before the groups)."""
    for i in range(len(region) - 2, max(-1, len(region) - 6), -1):
        leaves = leaf_cells(region[i + 1].text, need) if need >= 4 else None
        if not leaves or any(is_prose(ln.text) for ln in region[i + 2:]):
            continue
        for reading in header_readings(region[i].text)[1:] if region[i].text.strip() else []:
            for corner, groups in (("", reading), (reading[0], reading[1:])):
                if 2 <= len(groups) < need and need % len(groups) == 0 and all(
                        g[:1].isupper() and len(g.split()) <= 4 for g in groups) and len(set(groups)) == len(groups):
                    span = need // len(groups)
                    return i, i + 2, [f"{groups[j // span]} · {leaf}" for j, leaf in enumerate(leaves)], corner
    return _with_single_columns(region, need)


_GLUED_BRACKET = re.compile(r"\s*(\([^()]{1,12}\))(?=[^\W\d])")  # '(%)aantal': a unit closing the line above


def _with_single_columns(region: list[Line], need: int) -> tuple[int, int, list[str], str] | None:
    """Groups over repeated leaves, and at the end a column with no leaves whose label the page wrapped under
    it ('2022 2023 Evolutie' / '2022-2023' / '(%)aantal per 1.000 inwoners aantal per 1.000 inwoners' over five
    values): the groups' leaves, then the lone column's label with its wrapped lines."""
    last = region[-1].text if region else ""
    glued = _GLUED_BRACKET.match(last)
    leaf_text = last[glued.end():] if glued else last
    for i in range(len(region) - 2, max(-1, len(region) - 5), -1):
        middle = [ln.text.strip() for ln in region[i + 1:-1]]
        if any(is_prose(t) or len(t.split()) > 3 for t in middle):
            continue
        for reading in header_readings(region[i].text)[1:] if region[i].text.strip() else []:
            for corner, groups in (("", reading), (reading[0], reading[1:])):
                for lone in (1, 2):
                    parted = len(groups) - lone
                    leaves = leaf_cells(leaf_text, need - lone) if parted >= 2 and need - lone >= 4 else None
                    if not leaves or len(leaves) % parted or len(set(groups)) != len(groups) or not all(
                            g[:1].isupper() or re.fullmatch(r"(?:19|20)\d\d", g) for g in groups):
                        continue
                    span = len(leaves) // parted
                    if span < 2 or any(leaves[j] != leaves[j % span] for j in range(len(leaves))):
                        continue  # the same leaves under every group
                    tail = " ".join(groups[parted:] + middle + ([glued.group(1)] if glued else []))
                    singles = [tail] if lone == 1 else groups[parted:-1] + [" ".join([groups[-1], *middle])]
                    return i, len(region), [f"{groups[j // span]} · {leaf}" for j, leaf in enumerate(leaves)] + singles, \
                        corner
    return None
