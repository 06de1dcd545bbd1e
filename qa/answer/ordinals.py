"""An ordinal that picks one of a series ('de tweede aanvraagronde', 'the first division'): a term the figure's
text must say, and one its own clause may contradict ('7. 533 manschappen in tweede klasse')."""

from __future__ import annotations

import re

from ..facts.periods import period_keys
from ..text import stems
from .verify import PERIOD_STEMS

_ORDINALS = {"eerste": "eerste", "tweede": "tweede", "derde": "derde", "vierde": "vierde", "vijfde": "vijfde",
             "first": "eerste", "second": "tweede", "third": "derde", "fourth": "vierde", "fifth": "vijfde"}
_ORDINAL_NOUN = re.compile(rf"\b({'|'.join(_ORDINALS)})[\s-]+([^\W\d_]+)", re.I)
_NO_ITEM = {"keer", "maal", "time", "times", "plaats", "place", "instance"}  # 'voor het eerst', 'in de eerste plaats'


def ordinal_groups(text: str) -> list[list[str]]:
    """'de tweede aanvraagronde', 'the second call': which of a series of rounds, calls or phases the question
    asks, a term the figure's text must say (the first round's figures are no answer). An ordinal of a period
    ('het tweede kwartaal') is checked as a period."""
    out = []
    for m in _ORDINAL_NOUN.finditer(text):
        noun = m.group(2).lower()
        if noun in _NO_ITEM or noun in PERIOD_STEMS or period_keys(noun) or set(stems(noun)) & PERIOD_STEMS:
            continue
        dutch = _ORDINALS[m.group(1).lower()]
        n = _RANKS[dutch]  # written as a number too: '3de graad', '1e aanpassing', '2nd call'
        numeric = [f"{n}{end}" for end in ("e", "de", "ste", "st", "nd", "rd", "th")]
        out.append(list(dict.fromkeys(stems(dutch) + [dutch, m.group(1).lower()] + numeric)))
    return out


_RANKS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5}
_RANK_OF_STEM = {stems(d)[0]: n for d, n in _RANKS.items()}
_NUMERIC_RANK = re.compile(r"([1-9])(?:e|de|ste|st|nd|rd|th)")


def _ranks(words: set[str]) -> set[int]:
    return {_RANK_OF_STEM[w] for w in words if w in _RANK_OF_STEM} | {
        int(m.group(1)) for w in words for m in [_NUMERIC_RANK.fullmatch(w)] if m}


def other_ordinals(text: str, own: set[str]) -> list[str]:
    """The asked ordinals a figure's own words contradict: its clause says another of the series ('6. 046
    manschappen in tweede klasse' for 'first division') and not the one asked."""
    said = _ranks(own)
    return [g[0] for g in ordinal_groups(text) if said and not _ranks(set(g)) & said]


def said_as_number(group: list[str], text: str) -> bool:
    """The asked ordinal written as a number in a figure's labels ('3de graad', '1e aanpassing'), which the
    word stems split apart ('3', 'de')."""
    ranks = _ranks(set(group))
    return any(int(m.group(1)) in ranks for m in re.finditer(r"\b([1-9])(?:e|de|ste|st|nd|rd|th)\b", text))
