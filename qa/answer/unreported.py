"""What a document says it has no figures for: 'Ik beschik niet over gegevens betreffende de lokale politie.'

Such a sentence names a topic only to rule it out. Its words do not frame the figures around it: the federal
police's amounts that follow are no answer about the local police."""

from __future__ import annotations

import re

from ..text import norm_stems
from .wordparts import plain_set

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")
_DATA = r"(?:gegevens|cijfers|data|statistieken|informatie|figures|statistics)"
_NO_DATA = re.compile(
    r"\bbeschik\w*\s+(?:\w+\s+){0,3}?(?:niet|geen)\s+(?:over\s+)?(?:\w+\s+){0,2}?" + _DATA
    + r"|\b(?:geen|no)\s+(?:\w+\s+){0,2}?" + _DATA
    + r"|\b" + _DATA + r"\s+(?:\w+\s+){0,4}?(?:niet|not)\s+(?:\w+\s+){0,2}?"
    r"(?:beschikbaar|bijgehouden|geregistreerd|gekend|available|kept|recorded)"
    + r"|\bdo(?:es)?\s+not\s+have\s+(?:\w+\s+){0,3}?" + _DATA, re.I)


def unreported_words(text: str) -> set[str]:
    """Stems said only in the document's sentences that say no figures are at hand for something."""
    ruled_out: set[str] = set()
    said: set[str] = set()
    for m in _SENTENCE.finditer(text):
        (ruled_out if _NO_DATA.search(m.group(0)) else said).update(plain_set(norm_stems(m.group(0))))
    return ruled_out - said
