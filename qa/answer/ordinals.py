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
        out.append(list(dict.fromkeys(stems(dutch) + [dutch, m.group(1).lower()])))
    return out


_ORDINAL_STEMS = {stems(d)[0] for d in _ORDINALS.values()}


def other_ordinals(text: str, own: set[str]) -> list[str]:
    """The asked ordinals a figure's own words contradict: its clause says another of the series ('6. 046
    manschappen in tweede klasse' for 'first division') and not the one asked."""
    said = own & _ORDINAL_STEMS
    return [g[0] for g in ordinal_groups(text) if said and g[0] not in said]
