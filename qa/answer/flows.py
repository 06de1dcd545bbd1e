"""A flow is not its stock: a claim about what started, ended or was added in a year ('er kwamen 119 fonteinen
bij', '1.074 nieuwe overeenkomsten') is not refuted by the number there were ('Eind 2023 telde Vlaanderen 1.342
fonteinen'), a figure whose own words name neither side."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import stemmed_contrasts, stems
from .verbs import separable_forms

# 'er kwamen ... bij', 'bijgekomen', 'were added': an addition, the 'new' side
_ADDED = re.compile(r"\b(?:kwam|kwamen|komt|komen)\b[^.?!;]*\bbij\s*[.?!]?\s*$|\bbijgekomen\b|\b(?:was|were|have been|has been)"
                    r"\s+added\b", re.I)  # not 'additional': 'the additional call' is one more thing, not a flow


@lru_cache(maxsize=1)
def _flow_sides() -> tuple[frozenset[str], ...]:
    """The sides of the started/ended contrast ('nieuwe', 'opgestart' against 'beëindigd', 'stopgezet'), without
    its short words ('in', 'uit' head tables, and 'in' is in every claim)."""
    for a, b in stemmed_contrasts():
        if "nieuwe" in a or "nieuwe" in b:
            return frozenset(w for w in a if len(w) >= 4), frozenset(w for w in b if len(w) >= 4)
    return ()


def names_flow(claim: str) -> bool:
    """Does the claim count what started, ended or was added (not how many there were)?"""
    said = set(stems(claim)) | {s for forms in separable_forms(claim).values() for s in forms}
    return bool(_ADDED.search(claim)) or any(said & side for side in _flow_sides())


def stock_for_flow(claim: str, fact_words: set[str]) -> bool:
    """The claim counts a flow and the figure's own sentence and labels (stems `fact_words`) name neither side:
    a stock, which cannot refute it."""
    sides = _flow_sides()
    return names_flow(claim) and bool(sides) and not any(fact_words & side for side in sides)
