"""Match a parsed question to the facts that can answer it.

A fact's score mixes what its labels say (BM25 over the fact descriptions,
overlap with measure/row/column/caption), how well its passage matches the
question (the hybrid chunk score) and the words right next to the number.
Years, regions, acronyms and the asked unit are hard constraints: a fact that
breaks one is never an answer, however well it matches otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from .models import Fact
from .query import MONEY_UNITS, Query
from .retrieve import Index
from .text import bridge_to_dutch, stems

LEX_W, DENSE_W, LABEL_W, LOCAL_W = 0.3, 0.3, 0.25, 0.15
REGION_PENALTY = 0.25


@dataclass
class Scored:
    fact: Fact
    score: float
    label: float
    local: float


def _stemset(text: str, lang: str = "nl") -> set[str]:
    return set(stems(bridge_to_dutch(text) if lang == "en" else text))


def local_words(index: Index, fact: Fact, before: int = 45, after: int = 40) -> str:
    """The words right around a number, within its row or sentence."""
    text = index.document(fact.doc).text
    lo = max(fact.quote_start, fact.start - before)
    hi = min(fact.quote_end, fact.end + after)
    return text[lo:hi]


class FactMatcher:
    """Ranks facts for questions; built once per Index."""

    def __init__(self, index: Index) -> None:
        self.index = index
        self._label_stems = [set(stems(" ".join((f.measure, f.row, f.column, f.caption)))) for f in index.facts]
        self._chunk_of = np.array([self._chunk_pos(f) for f in index.facts], dtype=np.int64)
        self._acronym_cache: dict[tuple[str, str], bool] = {}

    def _chunk_pos(self, fact: Fact) -> int:
        for i, c in enumerate(self.index.chunks):
            if c.doc == fact.doc and c.start <= fact.start < c.end:
                return i
        return -1

    def doc_has(self, doc: str, acronym: str) -> bool:
        key = (doc, acronym)
        if key not in self._acronym_cache:
            text = self.index.document(doc).text
            self._acronym_cache[key] = re.search(rf"(?<![A-Za-z]){re.escape(acronym)}(?![A-Za-z])", text) is not None
        return self._acronym_cache[key]

    def allowed(self, fact: Fact, q: Query, years: list[str] | None = None, regions: list[str] | None = None) -> bool:
        years = q.years if years is None else years
        regions = q.regions if regions is None else regions
        if years:
            where = " ".join((fact.row, fact.column, fact.caption, fact.quote))
            if fact.year not in years and not (fact.year is None and any(y in where for y in years)):
                return False
        if regions and fact.region not in regions:
            return False
        if q.unit_hint == "%" and fact.unit != "%":
            return False
        if q.unit_hint == "money" and fact.unit == "%" and not re.search(r"%|procent|percent", q.text):
            return False
        if q.unit_hint in ("VTE", "uur", "dagen", "jaar") and fact.unit and q.unit_hint not in fact.unit:
            return False
        return all(self.doc_has(fact.doc, a) for a in q.acronyms)

    def rank(self, q: Query, text: str | None = None, years: list[str] | None = None,
             regions: list[str] | None = None, operand: str | None = None, limit: int = 10) -> list[Scored]:
        """Facts that may answer `text` (default: the question), best first."""
        text = text or q.text
        facts = self.index.facts
        if not facts:
            return []
        lex = self.index.fact_scores(text)
        chunk = self.index.chunk_scores(text)
        chunk = (chunk - chunk.min()) / (chunk.max() - chunk.min() + 1e-9)
        subject = set(q.subject) if operand is None else set(q.subject) | _stemset(operand, q.lang)
        op_stems = _stemset(operand, q.lang) if operand else set()
        years = q.years if years is None else years
        regions = q.regions if regions is None else regions
        # consider the lexical and passage leaders only: scoring every fact is wasted work
        pool = set(np.argsort(-lex)[:200].tolist())
        top_chunks = set(np.argsort(-chunk)[:15].tolist())
        pool |= {i for i, c in enumerate(self._chunk_of) if c in top_chunks}
        out: list[Scored] = []
        for i in pool:
            fact = facts[i]
            if not self.allowed(fact, q, years, regions):
                continue
            label = len(subject & self._label_stems[i]) / max(1, len(subject))
            local_set = set(stems(local_words(self.index, fact)))
            local = len(subject & local_set) / max(1, len(subject))
            dense = float(chunk[self._chunk_of[i]]) if self._chunk_of[i] >= 0 else 0.0
            score = LEX_W * float(lex[i]) + DENSE_W * dense + LABEL_W * label + LOCAL_W * local
            if op_stems:
                near = set(stems(local_words(self.index, fact, 30, 35))) | self._label_stems[i]
                score += 0.3 * len(op_stems & near) / len(op_stems)
            if not regions and fact.region and fact.region != "Vlaanderen":
                score -= REGION_PENALTY
            if fact.is_total and (q.total_hint or not regions):
                score += 0.05
            if q.unit_hint == "money" and fact.unit in MONEY_UNITS:
                score += 0.05
            if fact.raw in ("/", "-") and not fact.is_total:
                score -= 0.05
            out.append(Scored(fact, score, label, local))
        out.sort(key=lambda s: -s.score)
        return out[:limit]
