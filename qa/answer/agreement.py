"""Whether a fact states a claimed number: within the claim's precision and rounding, or inside its bound; a cap
the claim names agrees only with the same cap."""

from __future__ import annotations

import re

from .. import render
from ..models import Fact
from .claimnumbers import ClaimNumber, bound_before


def distinctive(claim: ClaimNumber) -> bool:
    """A claimed number a verified fact does not state by chance: three digits or more, or a decimal, and no
    year; 'twaalf' or '6' may be said of many things, '1.074' of one."""
    value = abs(claim.value)
    return not claim.hedged and not claim.bound and (value >= 100 or value != int(value)) and not (1900 <= value <= 2100 and value == int(value))


# a figure the document states as a cap or a floor ('een maximum van 50.000 euro per project', 'minstens 12')
CAP_BEFORE = {"<=": re.compile(r"\b(?:maximum|maximaal|max\.|hoogstens|ten hoogste|plafond|tot|up to|at most|"
                                r"a maximum of|capped at)\s+(?:van\s+|of\s+)?(?:€\s*)?$", re.I),
               ">=": re.compile(r"\b(?:minimum|minimaal|min\.|minstens|ten minste|tenminste|at least|a minimum of)\s+"
                                r"(?:van\s+|of\s+)?(?:€\s*)?$", re.I)}


def agrees(claim: ClaimNumber, fact: Fact, text: str = "") -> bool:
    """The fact states the claimed number (within its precision), or one the claim's bound allows; a cap the
    claim names ('maximaal 65.000 euro') agrees only with the same cap (`text`: the fact's document)."""
    fact_value, fact_unit = render.base_value(fact.value, fact.unit)
    claim_unit = claim.unit
    if claim_unit in ("k euro", "miljoen euro"):
        claim_unit = "euro"
    if claim_unit and fact_unit and claim_unit != fact_unit:
        return False
    cap = CAP_BEFORE.get(claim.bound or "")
    if cap is not None and text and cap.search(text[max(0, fact.start - 30):fact.start]):
        return abs(fact_value - claim.value) <= claim.precision + 1e-9  # a cap of 50.000 is no cap of 65.000
    if claim.bound and text and abs(fact_value - claim.value) <= claim.precision + 1e-9 \
            and own_bound(text, fact) == claim.bound:
        return True  # 'meer dan een op de vijf' where the document says 'meer dan 20 %': the same bound
    if claim.bound:  # 'meer dan 50 miljoen euro' holds for 56.427 k euro
        return {">": fact_value > claim.value, ">=": fact_value >= claim.value,
                "<": fact_value < claim.value, "<=": fact_value <= claim.value}[claim.bound]
    if claim.hedged:  # 'ongeveer 30.000' holds for 29.620, 'ongeveer 31.500' does not: as near as its rounding
        return abs(fact_value - claim.value) <= max(claim.precision, rounding(claim.value), 0.02 * abs(claim.value))
    # '1 miljoen euro' rounds 1,04 million, not 587.000 euro: within its precision and a quarter of the figure
    return abs(fact_value - claim.value) <= min(claim.precision + 1e-9, max(0.25 * abs(claim.value), 0.5 + 1e-9))


def rounding(value: float) -> float:
    """Half the unit a round number is rounded to: 30.000 to ten thousands (5.000), 31.500 to hundreds (50)."""
    n, unit = abs(int(value)), 1
    while n and n % (unit * 10) == 0 and value == int(value):
        unit *= 10
    return unit / 2 if unit > 1 or value == int(value) else 0.0


def only_rounded(claim: ClaimNumber, fact: Fact) -> bool:
    """Does the claim state the fact only rounded ('6 miljoen euro' for 5.512 k euro)? A reader should know."""
    return abs(render.base_value(fact.value, fact.unit)[0] - claim.value) > 1e-9


def own_bound(text: str, fact: Fact) -> str | None:
    """The bound the document's own words put on the fact's number ('meer dan 20 %')."""
    return bound_before(text[max(0, fact.start - 30):fact.start])
