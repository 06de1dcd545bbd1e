"""Claims that state a difference ('in 2023 werden 2.899 ritten minder gereden dan in 2022'): the number is the
gap between two figures, not a level. It is judged by the difference the documents give, worked out as the
question 'Hoeveel ...?' would be (two cited levels, or a printed change), and by its direction."""

from __future__ import annotations

import re

from .. import render
from ..models import Verdict
from .claimnumbers import ClaimNumber

# '2.899 ritten minder gereden dan', '1,200 more applications than': a number of a difference
_CHANGE_AFTER = re.compile(r"\s*(?:[^\W\d_][\w'’-]*\s+){0,3}?(meer|minder|more|fewer|less)\b(?:\s+[^\W\d_][\w'’-]*){0,4}?"
                           r"\s+(?:dan|than)\b", re.I)
_LESS = {"minder", "fewer", "less"}


def change_of(text: str, num: ClaimNumber) -> re.Match | None:
    """The words that make `num` a difference ('ritten minder gereden dan'), or None."""
    return _CHANGE_AFTER.match(text, num.end)


def check_change(assistant, claim: str, text: str, num: ClaimNumber, said: re.Match, lang: str) -> Verdict | None:
    """Supported or contradicted by the difference the documents give; None when they give none."""
    rest = (text[:num.said_from] + " " + text[num.end:]).strip().rstrip(".!?")
    answer = assistant.ask(("Hoeveel: " if lang == "nl" else "How many: ") + rest + "?")
    if answer.kind not in ("computed", "fact") or answer.value is None:
        return None
    value = abs(answer.value)
    dated = sorted((f for f in answer.facts if f.year), key=lambda f: f.year)
    fewer = said.group(1).lower() in _LESS
    if answer.kind == "computed" and len(dated) == 2 and dated[0].year != dated[1].year:
        grew = dated[1].value > dated[0].value
        if grew == fewer and dated[1].value != dated[0].value:  # the gap is right, its direction is not
            return _verdict(claim, lang, "contradicted", answer, value, said, num, text, turned=True)
    elif answer.kind == "fact" and answer.value < 0 and not fewer:
        return _verdict(claim, lang, "contradicted", answer, value, said, num, text, turned=True)
    tolerance = max(num.precision, 0.1 * num.value if num.hedged else 0.0)
    verdict = "supported" if abs(value - num.value) <= tolerance else "contradicted"
    return _verdict(claim, lang, verdict, answer, value, said, num, text)


def _verdict(claim: str, lang: str, verdict: str, answer, value: float, said: re.Match, num: ClaimNumber, text: str,
             turned: bool = False) -> Verdict:
    decimals = 0 if value == int(value) else 1
    shown = render.amount(value, answer.unit if answer.unit != "%" else "%", lang, decimals)
    word = said.group(1).lower()
    other = {"meer": "minder", "minder": "meer", "more": "fewer", "fewer": "more", "less": "more"}[word]
    claimed = text[num.said_from:num.end]
    if verdict == "supported":
        msg = (f"Klopt: het verschil is {shown}. {answer.answer}" if lang == "nl"
               else f"Supported: the difference is {shown}. {answer.answer}")
    elif turned:
        msg = (f"Klopt niet: niet {claimed} {word} maar {shown} {other}. {answer.answer}" if lang == "nl"
               else f"Contradicted: not {claimed} {word} but {shown} {other}. {answer.answer}")
    else:
        msg = (f"Klopt niet: het verschil is niet {claimed} maar {shown}. {answer.answer}" if lang == "nl"
               else f"Contradicted: the difference is not {claimed} but {shown}. {answer.answer}")
    return Verdict(claim=claim, verdict=verdict, answer=msg, lang=lang, value=value, citations=answer.citations,
                   facts=answer.facts, confidence=0.8)
