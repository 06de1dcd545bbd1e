"""Values of one table dimension named in a sentence: a figure in running text about one of them is no figure
of another ('18.734 premies voor dakisolatie' does not answer a question about warmtepompen, when a table of
the same document has 'Dakisolatie' and 'Warmtepomp' as columns side by side)."""

from __future__ import annotations

from ..facts.labels import is_total_label
from ..text import norm_stems, stems
from .wordparts import plain_set, term_in

Sibling = frozenset[str]


def sibling_sets(cells: list[tuple[str, list[str], list[str]]], upper: bool = False) -> list[list[Sibling]]:
    """For the last level of every header path of a document's tables (with `upper`, the levels above it instead:
    'Standaardprocedure' beside 'Bijzondere procedure' over the leaves under each): the stems of each label beside
    its siblings (labels under the same parent), totals left out; only levels of two labels or more."""
    levels: dict[tuple, set[str]] = {}
    for table, row, col in cells:
        for axis, path in ((0, row), (1, col)):
            for k, label in enumerate(path):
                if upper == (k < len(path) - 1):
                    levels.setdefault((table, axis, tuple(path[:k])), set()).add(label)
    out = []
    for labels in levels.values():
        members = [frozenset(plain_set(norm_stems(lab))) for lab in sorted(labels) if not is_total_label(lab)]
        members = [m for m in members if m]
        if len(members) >= 2:
            out.append(members)
    return out


_UNIT_WORDS = set(plain_set(set(stems("euro keuro procent percent aantal bedrag totaal uren dagen maanden"))))


def names_sibling(group: list[str], sets: list[list[Sibling]], own: set[str], asked: bool = True) -> bool:
    """Does the sentence (stems `own`) name another value of a dimension whose value the question names, or
    none of a row or column a table of its document labels with the question's term ('het aangepaste krediet
    voor dierenwelzijn' is no figure for the table's row 'Infrastructuurprojecten voor dierenasielen')? The
    latter only for a question (`asked`): a claim of two clauses says in one what the other's figure lacks."""
    if asked and any(term_in(t, m) for members in sets for m in members for t in group) \
            and not any(term_in(t, own) for t in group):
        return True
    for members in sets:
        named = [m for m in members if any(term_in(t, m) for t in group)]
        if len(named) != 1:
            continue
        others = [m for m in members if m is not named[0]]
        if any(w in own for m in others for w in m - named[0] - _UNIT_WORDS if len(w) >= 4):
            return True  # (a unit a sibling is counted in, 'euro', names no other value)
    return False


def names_whole_table(term: str, groups: list[list[str]], caption: set[str], table_paths: list[list[str]]) -> bool:
    """The term the caption says and only the table's total labels carry ('Investeringssteun voor ...' over
    rows ending in 'Totaal investeringssteun'): it names what every cell of the table is part of, no row."""
    group = next((g for g in groups if g[0] == term), [term])
    if not any(term_in(t, caption) for t in group):
        return False
    carrying = {label for label in {label for path in table_paths for label in path}
                if any(term_in(t, plain_set(norm_stems(label))) for t in group)}
    return bool(carrying) and all(is_total_label(label) for label in carrying)
