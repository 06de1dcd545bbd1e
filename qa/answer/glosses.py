"""A Dutch term in brackets after the English words it translates ('driving behaviour (rijgedrag)'): what an
English question asks in the documents' own words."""

from __future__ import annotations

import re

from ..text import EN_STOP, is_english_word, without_spelled_out, words
from .asked import EN_FUNCTION, EN_QUESTION

# English words, then the Dutch term for them in brackets: 'driving behaviour (rijgedrag)'
_GLOSS = re.compile(r"((?:[A-Za-z][A-Za-z'-]*\s+){0,2}[A-Za-z][A-Za-z'-]*)\s*\(([^()\d]{3,60})\)")


def dutch_glosses(text: str) -> str:
    """An English question with the words a bracketed Dutch term translates replaced by that term: 'in large-scale
    kitchens (grootkeukens)' asks for 'grootkeukens', which the document says, not for each English word apart
    ('large', 'scale'). A bracketed English phrase ('(in thousand euro)') is no Dutch term."""
    def one(m: re.Match) -> str:
        dutch = m.group(2).strip()
        if all(is_english_word(w) for w in words(dutch)) or dutch.isupper():
            return m.group(0)  # (a code in brackets, '(VAK)', leaves the English words their own say)
        lead = m.group(1).split()
        while lead and (lead[0].lower() in EN_STOP or lead[0].lower() in EN_FUNCTION or lead[0].lower() in EN_QUESTION
                        or lead[0].lower() in ("many", "much")):
            lead.pop(0)  # 'in', 'the', 'how many' stay: they are no part of what the term names
        kept = m.group(1).split()[:len(m.group(1).split()) - len(lead)]
        return " ".join(kept + [dutch])
    return _GLOSS.sub(one, without_spelled_out(text))
