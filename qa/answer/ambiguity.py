"""When the best figure is no answer because another is as good: a coin flip between two cells is not an
exact number. Kept apart from the assistant so that answers and claims can share it."""

from __future__ import annotations

from collections.abc import Iterator

from ..facts.labels import is_total_label
from ..models import Fact
from ..search.retrieve import Index
from ..text import stems
from .scored import Scored
from .wordparts import plain, plain_set


def table_cells(index: Index, fact: Fact) -> Iterator[Fact]:
    """The cells of a table cell's own table, read from its document's facts."""
    facts = index.facts
    return (o for o in (facts[k] for k in facts.of_doc(fact.doc)) if o.table_id == fact.table_id)


def indistinct(index: Index, fact: Fact) -> bool:
    """A table cell whose labels another cell of its table shares, with another value ('Antwerpen' over two
    amounts whose column headers could not be read): nothing tells which of them the question means."""
    if not fact.table_id or fact.source == "prose":
        return False
    return any(o.value != fact.value and o.unit == fact.unit and not o.empty and o.row_path == fact.row_path
               and o.col_path == fact.col_path and o.caption == fact.caption for o in table_cells(index, fact))


def tied(verified: list[Scored], counted: str | None = None) -> bool:
    """Two cells of one row that the question's words say equally well ('uitgaven voor sportinfrastructuur'
    over 'Raming' and 'Realisatie', the caption saying it for both): a coin flip is no answer. The one whose
    label is the head of what the question counts ('sportkampen': 'Aantal kampen', not 'Aantal deelnemers') is
    put first and answers."""
    if len(verified) < 2:
        return False
    a, b = verified[0], verified[1]
    if not (abs(a.score - b.score) < 1e-9 and a.fact.table_id is not None and a.fact.table_id == b.fact.table_id
            and a.fact.row_path == b.fact.row_path and a.fact.col_path != b.fact.col_path and a.fact.value != b.fact.value):
        return False
    heads = [counted is not None and _heads(counted, s.fact) for s in (a, b)]
    if heads[0] != heads[1]:
        if heads[1]:
            verified[0], verified[1] = b, a
        return False
    return True


def _heads(counted: str, fact: Fact) -> bool:
    """A word of the cell's own labels (4+ letters) is the counted compound's head: 'kamp' of 'sportkamp'."""
    c = plain(counted)
    return any(len(w) >= 4 and len(c) > len(w) and c.endswith(w)
               for w in plain_set(set(stems(" ".join(fact.row_path + fact.col_path)))))


ROW_GAP = 0.02  # scores this close come from the chunk and the caption, which the rows of one table share


def sibling_rows(verified: list[Scored], q) -> list[Scored]:
    """Other rows of the best cell's table and column that pass every check and score as well, while the
    question names no word of any of them ('Hoeveel maatwerkbedrijven waren er in 2021?' over the size classes
    '<50', '50-100', ... of a table without a total): the question does not say which part it means. Empty
    when the best is a total, named, or vouched for by meaning (which already told its row from the others)."""
    if len(verified) < 2:
        return []
    best = verified[0]
    a = best.fact
    if best.vouched or not a.table_id or a.source == "prose" or a.is_total or not a.row_path or row_named(a, q):
        return []
    out = []
    for s in verified[1:]:
        b = s.fact
        if best.score - s.score >= ROW_GAP:
            break
        if b.table_id == a.table_id and b.col_path == a.col_path and b.row_path != a.row_path \
                and b.value != a.value and not b.is_total and not row_named(b, q):
            out.append(s)
    return out


SENTENCE_GAP = 0.01  # prose figures of one paragraph this close: the question's words told them apart by nothing
NEAR_CHARS = 600


def prose_neighbours(verified: list[Scored], groups: list[list[str]]) -> list[Scored]:
    """Other figures of the best prose figure's paragraph, same unit and year, that pass every check and score
    as well ('bedroeg 6.005 keuro', 'bedroeg 4.499 keuro', 'werd 576 keuro ingeschreven' for 'hoeveel werd
    effectief vastgelegd'): the question does not say which of them it asks. Empty when the best is vouched
    for by meaning; a figure whose own clause says fewer of the question's terms (`groups`, each a term's
    stems) than the best's is no rival ('De uitvoering ... bedroeg 552.289' for 'budget execution')."""
    if len(verified) < 2 or verified[0].vouched or verified[0].fact.source != "prose":
        return []
    best, a = verified[0], verified[0].fact

    def said(f: Fact) -> int:
        own = set(stems(f.measure))
        return sum(1 for g in groups if own & set(g))

    out = []
    for s in verified[1:]:
        if best.score - s.score >= SENTENCE_GAP:
            break
        b = s.fact
        if b.source == "prose" and b.doc == a.doc and abs(b.start - a.start) < NEAR_CHARS and b.unit == a.unit \
                and b.year == a.year and b.value != a.value and said(b) >= said(a):
            out.append(s)
    return out


def row_named(fact: Fact, q) -> bool:
    """Does the question name the fact's row: its region, or a word of its row labels?"""
    return bool(fact.region and fact.region in q.regions or set(stems(" ".join(fact.row_path))) & set(q.subject))


def part_for_total(index: Index, fact: Fact, q) -> bool:
    """'Hoeveel ... in totaal ... in alle bekkens samen?' answered by one row ('IJzerbekken') of a table that has
    a total row in the same column: the question names no word of that row, so the part is not what is asked."""
    if not q.total_hint or fact.is_total or not fact.table_id or not fact.row_path or fact.source == "prose":
        return False
    if row_named(fact, q):
        return False
    return any(o.is_total and o.col_path == fact.col_path and o.row_path and is_total_label(o.row_path[-1])
               for o in table_cells(index, fact))
