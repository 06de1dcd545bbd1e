"""Words of a question that name no figure: the office and name of who answers the document ('minister
Brouns'), a unit each figure is measured per ('de doorlooptijd van een dossier'), a restatement's marker ('i.e.').
A document says such words once, where it is signed or defined, or not at all; no figure must say them."""

from __future__ import annotations

import re
from functools import lru_cache

from ..text import stems


# a person by the office they hold: 'minister Brouns', 'volksvertegenwoordiger Vandromme'
_ROLE_NAME = re.compile(r"\b(?i:minister|ministers|staatssecretaris|volksvertegenwoordiger|parlementslid|senator|"
                        r"schepen|burgemeester|gouverneur|member|mp)\s+((?:[A-Z][\w'-]+\s*){1,3})")


@lru_cache(maxsize=256)  # asked once per candidate figure of a question
def role_names(text: str) -> frozenset[str]:
    """Stems of the names a question gives with an office: the document's speaker or addressee, whom the
    document names where it is signed or addressed, not beside each figure."""
    return frozenset(s for m in _ROLE_NAME.finditer(text) for s in stems(m.group(1)))


# a restatement's marker ('i.e.', 'that is', 'd.w.z.', 'met andere woorden'): no word of what is asked
RESTATED = re.compile(r",?\s*\b(?:i\.\s?e\.|e\.\s?g\.|d\.\s?w\.\s?z\.|m\.\s?a\.\s?w\.|that is to say|"
                      r"met andere woorden)\s*,?", re.I)


# 'van een dossier', 'per aanvraag', 'for each file': a unit each figure is measured by, which names no category
_PER_ITEM = re.compile(r"\b(?:(?:van|voor|of|for)\s+(?:een|elk|elke|ieder|iedere|a|an|each|every)|per)\s+([^\W\d_]{3,})",
                       re.I)


@lru_cache(maxsize=256)  # asked once per candidate figure of a question
def per_item(text: str) -> frozenset[str]:
    """Stems of the nouns a question measures per item ('de gemiddelde doorlooptijd van een dossier')."""
    return frozenset(s for m in _PER_ITEM.finditer(text) for s in stems(m.group(1)))
