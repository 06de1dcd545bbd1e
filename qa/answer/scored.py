"""A ranked candidate figure: its score, the check of what it says against the question, and whether it may
answer. Kept apart from the ranking (matching.py) so answering, computing and claims share one notion of
'verified'."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..models import Fact
from ..text import CODE, stems
from .verify import Check

LABEL_MIN = 0.75  # a reader's label confidence needed to answer; the seed tables read at 1.0, infographics 0.0-0.7


@dataclass
class Scored:
    fact: Fact
    score: float
    label: float
    local: float
    check: Check | None = None
    vouched: bool = False  # its own row or sentence is the question's closest in meaning (see FactMatcher._vouch)

    @property
    def verified(self) -> bool:
        """Its labels say what is asked, and the reader is sure of them: a cell of an infographic whose figures
        stand off every header (label confidence below LABEL_MIN) is shown among the closest figures only."""
        return (self.check is None or self.check.ok) and self.fact.confidence >= LABEL_MIN


def head_match(heads: list[str], fact_stems: set[str]) -> bool:
    """Any head word labels the fact, compounds included ('overeenkomst' in 'begeleidingsovereenkoms', 'omzet' for
    'jaaromzet'); the stemmer keeps 'vereffening' ('vereffeen') apart from 'vereffeningskrediet', so doubled letters count once."""
    for h in heads:
        for s in fact_stems:
            if h == s or (len(h) >= 5 and (h in s or _single(h) in _single(s))) or (len(s) >= 6 and s in h) \
                    or (len(s) >= 5 and h.endswith(s)) \
                    or (len(h) >= 4 and len(s) >= len(h) + 4 and s.endswith(h)):  # 'omzet', the head of the
                return True  # compound 'jaaromzet'; 'scan' of 'energiescan' (not 'werk' of 'netwerk')
    return False


@lru_cache(maxsize=65536)
def _single(stem: str) -> str:
    return re.sub(r"(.)\1", r"\1", stem)


def question_codes(text: str) -> list[str]:
    """The codes a question names ('OCMW', 'LDE'): like a proper name, one that is an item of the document's
    tables or lists must label the number ('Het geheel van andere organisaties: 511,06 dagen' is no OCMW's)."""
    return list(dict.fromkeys(c.lower() for c in CODE.findall(text) if not _UNIT_CODE.fullmatch(c)))


_UNIT_CODE = re.compile(r"VTE|FTE|EUR|KEUR|BBP|GDP", re.I)  # a unit ('(VTE)') names no item


def counts_other_caption(caption: str, heads: list[str]) -> bool:
    """A caption that says what its cells count ('Aantal bewoners met ...') and names no head of the question
    (its abbreviations spelled out: 'VGT' is 'Vlaamse Gebarentaal'): the document's title (about 'geveltuinen')
    does not make its cells count what the question counts."""
    return bool(re.match(r"\s*(?:tabel\s*\d+[.:]?\s*)?aantal\s", caption, re.I)) \
        and not head_match(heads, set(stems(caption)))
