"""Fusion of the search signals: dense and BM25 scores into one, and the per-passage features the ranker adds.

Min-max weighted sums keep how far ahead the best hit is (plain RRF throws that away); RRF stays for the
benchmark's ablation. A document's whole-text BM25 is a prior for each of its passages: on the 2,922-answer
archive it ranks answers better than any single passage's words (bench/archive.py).
"""

from __future__ import annotations

import re

import numpy as np

from ..text import asks_number

DENSE_WEIGHT = {"nl": 0.6, "en": 0.4}  # bridged English BM25 is weaker, so is English dense
_QUANTITY = re.compile(r"\d[\d.,]*\s*(?:%|procent|percent|euro|eur\b|€|miljoen|miljard|million|billion)|"
                       r"(?<![\d.,])\d{1,3}(?:[.,]\d{3})+(?![\d])|(?<![\d.,])(?!(?:19|20)\d\d(?!\d))\d{3,}(?![\d.,]\d)", re.I)


def wants_facts(query: str) -> bool:
    """The fact table speaks to a question that asks for a number, a claim that states an amount, or a question
    that names a region its cells may carry ('welke maatwerkbedrijven in Limburg'); on other questions its
    evidence points at passages full of numbers about something else (the archive ablation)."""
    from ..facts import regions_in

    return asks_number(query) or bool(_QUANTITY.search(query)) or bool(set(regions_in(query)) - {"Vlaanderen"})


def question_share(text: str) -> float:
    """Share of a passage's sentences that are questions: a question is not its own answer."""
    sentences = [s for s in re.split(r"(?<=[.?!])\s+", text) if len(s.strip()) > 3]
    if not sentences:
        return 0.0
    return sum(1 for s in sentences if s.rstrip().endswith("?")) / len(sentences)


def fuse(dense: np.ndarray, bm25: np.ndarray, lang: str, how: str = "minmax") -> np.ndarray:
    """Dense and BM25 in one score: min-max weighted sum (keeps how far ahead the best hit is) or RRF."""
    if how == "rrf":
        return (30.0 * (rrf_part(dense) + rrf_part(bm25))).astype(np.float32)
    w = DENSE_WEIGHT[lang]
    return w * minmax(dense) + (1 - w) * to_best(bm25)


def to_best(x: np.ndarray) -> np.ndarray:
    """BM25 scores as a share of the best one (BM25 has no upper bound; 0 stays 0)."""
    top = float(x.max()) if x.size else 0.0
    return x / top if top > 0 else x


def rrf_part(x: np.ndarray, k: int = 60) -> np.ndarray:
    """1 / (k + rank) of every entry (rank 1 = highest score)."""
    ranks = np.empty(len(x), dtype=np.float32)
    ranks[np.argsort(-x, kind="stable")] = np.arange(1, len(x) + 1)
    return 1.0 / (k + ranks)


def minmax(x: np.ndarray) -> np.ndarray:
    if x.size == 0:
        return x
    lo, hi = float(x.min()), float(x.max())
    return (x - lo) / (hi - lo) if hi > lo else np.zeros_like(x)
