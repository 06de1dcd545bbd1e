"""Close calls between verified figures, settled by meaning.

Two figures of one document may both pass verification when the question's words are said around both
('... 22 % van de vrouwen ... geweld door hun (ex-)partner gemeld aan de politie' and '9 % van de vrouwen in
Belgie ... slachtoffer ... van seksueel geweld door hun (ex-)partner'), and the lexical and passage scores then
rank them on small differences (which chunk the sentence fell in). The multilingual embedder compares the
question with each one's own labels and sentence; the less close in meaning loses the difference, so the
figure whose sentence says what is asked comes first, and one that says it clearly less is no longer the
answer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np

from ..models import Fact

if TYPE_CHECKING:
    from .scored import Scored

CLOSE = 0.1  # verified figures within this score of the best are a close call
MEANING_W = 2.0  # score lost per unit of cosine below the closest (e5 cosines differ by hundredths)
POOL = 6


def settle_by_meaning(text: str, ranked: list[Scored], meaning: Callable[[str, list[Fact]], np.ndarray]) -> None:
    """Re-rank the close verified figures of `ranked` (sorted, best first) by the meaning of their own
    sentences; in place. Figures of one sentence or of one value are no close call, nor are table cells."""
    verified = [s for s in ranked if s.verified]
    if len(verified) < 2:
        return
    close = [s for s in verified if s.score >= verified[0].score - CLOSE][:POOL]
    sentences = {(s.fact.doc, s.fact.quote_start) for s in close}
    if len(sentences) < 2 or len({s.fact.value for s in close}) < 2 or any(s.fact.source != "prose" for s in close):
        return  # a table row is no sentence: its cells are told apart by their headers, not by meaning
    sims = meaning(text, [s.fact for s in close])
    best = float(sims.max())
    for s, sim in zip(close, sims):
        s.score -= MEANING_W * (best - float(sim))
    ranked.sort(key=lambda s: -s.score)
