"""What was left of a budget: 'Hoeveel van het budget voor 2021 bleef ongebruikt?' over 'was er een budget
voorzien van 3.646 k euro. Er is ... een subsidierecht berekend van 2.838 k euro': the budget minus the amount
used that its own passage gives next, shown as a computation."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..models import Answer
from .question import MONEY_UNITS, Query

if TYPE_CHECKING:
    from .assistant import Assistant

UNUSED = re.compile(r"\b(?:ongebruikt|onbenut|onbesteed|niet\s+(?:gebruikt|benut|besteed|uitgegeven|aangewend|"
                    r"opgebruikt)|unused|unspent|not\s+(?:used|spent))\b", re.I)
_BUDGET = re.compile(r"\b(?:budget\w*|krediet\w*|voorzien|beschikbaar|begroot|available|allocated)\b", re.I)
_USED = re.compile(r"\b(?:berekend|besteed|uitgegeven|gebruikt|benut|aangerekend|uitgevoerd|vastgelegd|vereffend|"
                   r"spent|used)\b", re.I)
_PASSAGE = 300  # characters from the budget to the amount used: the next sentence, not another paragraph's


def unused(asst: Assistant, question: str, q: Query, floor: float) -> Answer | None:
    """The budget the question names (a verified amount its sentence calls a budget) minus the next amount of
    its passage, in its unit and smaller, that a verb of use ('berekend', 'besteed') introduces."""
    m = UNUSED.search(q.text)
    if not m or q.operation:
        return None
    positive = f"{q.text[:m.start()]} {q.text[m.end():]}"
    sub = replace(q, text=positive, negated=False, computed=False, changes=False)
    facts = asst.index.facts
    for s in asst.matcher.rank(sub, text=positive)[:5]:
        budget = s.fact
        if not (s.verified and s.score >= floor and budget.unit in MONEY_UNITS and budget.source != "table"):
            continue
        text = asst.index.document(budget.doc).text
        if not _BUDGET.search(text[budget.quote_start:budget.end]):
            continue
        after = sorted((facts[k] for k in facts.of_doc(budget.doc)), key=lambda f: f.start)
        used = next((f for f in after if f.start > budget.end and f.unit in MONEY_UNITS), None)
        if used is None or used.unit != budget.unit or used.start - budget.end > _PASSAGE \
                or not used.value < budget.value or not _USED.search(text[budget.end:used.end + 30]):
            continue
        return asst._computed(question, q, [budget, used], "−", budget.value - used.value, s.score)
    return None
