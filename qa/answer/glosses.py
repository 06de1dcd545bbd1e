"""Phrases of a question that say which thing it asks in a way word lists miss: a Dutch term in brackets after
the English words it translates, and an ordinal that picks one of a series ('de tweede aanvraagronde')."""

from __future__ import annotations

import re

from ..facts.periods import period_keys
from ..text import EN_STOP, is_english_word, stems, without_spelled_out, words
from .asked import EN_FUNCTION
from .verify import PERIOD_STEMS

# English words, then the Dutch term for them in brackets: 'driving behaviour (rijgedrag)'
_GLOSS = re.compile(r"((?:[A-Za-z][A-Za-z'-]*\s+){0,2}[A-Za-z][A-Za-z'-]*)\s*\(([^()\d]{3,60})\)")


def dutch_glosses(text: str) -> str:
    """An English question with the words a bracketed Dutch term translates replaced by that term: 'in large-scale
    kitchens (grootkeukens)' asks for 'grootkeukens', which the document says, not for each English word apart
    ('large', 'scale'). A bracketed English phrase ('(in thousand euro)') is no Dutch term."""
    def one(m: re.Match) -> str:
        dutch = m.group(2).strip()
        if all(is_english_word(w) for w in words(dutch)) and not dutch.isupper():
            return m.group(0)  # (a code is the Dutch name too: 'public social welfare centres (OCMW)')
        lead = m.group(1).split()
        while lead and (lead[0].lower() in EN_STOP or lead[0].lower() in EN_FUNCTION):
            lead.pop(0)  # 'in', 'the', 'for' stay: they are no part of what the term names
        kept = m.group(1).split()[:len(m.group(1).split()) - len(lead)]
        return " ".join(kept + [dutch])
    return _GLOSS.sub(one, without_spelled_out(text))


_ORDINALS = {"eerste": "eerste", "tweede": "tweede", "derde": "derde", "vierde": "vierde", "vijfde": "vijfde",
             "first": "eerste", "second": "tweede", "third": "derde", "fourth": "vierde", "fifth": "vijfde"}
_ORDINAL_NOUN = re.compile(rf"\b({'|'.join(_ORDINALS)})\s+([^\W\d_]+)", re.I)
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
