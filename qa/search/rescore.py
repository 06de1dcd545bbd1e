"""Second-stage rescoring of the leading documents with a small learned linear model.

The first stage (Index.doc_scores) adds three min-max scaled scores; it ranks the archive's answers
better than its parts, but it knows nothing of document length (a long answer has more passages, so its
best passage is close to any question by chance) nor of a question written as 'Title: question', whose
two halves each point at the answer (a member's title names the topic, the question its angle).
The model's weights are fitted by `python -m bench.ranker` on the members' own questions over the
2,922-answer archive (../shared/dekamer), cross-validated on two halves, and stored in ranker.json
next to this file (an open format: feature names, weights, the held-out scores they were chosen by).
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

CANDIDATES = 50
WEIGHTS = Path(__file__).with_name("ranker.json")
FEATURES = ("dense", "bm25_doc", "passage", "length", "dense_title", "dense_question", "coverage",
            "title_coverage")
_TITLE = re.compile(r"^(?P<title>[^:?]{3,160}?)\s*:\s+(?P<rest>\S.{8,})$", re.S)


def query_parts(query: str) -> tuple[str, str]:
    """'Title: question' -> (title, question); a query without such a heading is both of its parts."""
    m = _TITLE.match(query.strip())
    if not m:
        return query, query
    return m.group("title").strip(), m.group("rest").strip()


@lru_cache(maxsize=4)
def load_weights(path: str = str(WEIGHTS)) -> dict[str, float] | None:
    """Feature -> weight, or None when the file is absent or names features this code does not compute."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        weights = dict(zip(data["features"], data["weights"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return weights if set(weights) == set(FEATURES) else None


def candidates(first: np.ndarray, k: int = CANDIDATES) -> np.ndarray:
    """Positions of the k documents the first stage ranks highest, best first."""
    k = min(k, len(first))
    top = np.argpartition(-first, k - 1)[:k] if k else np.array([], dtype=np.int64)
    return top[np.argsort(-first[top], kind="stable")]


def coverage(postings: dict, vocab: dict[str, int], toks: list[str], docs: np.ndarray, n_docs: int) -> np.ndarray:
    """Per candidate document, the idf-weighted share of the query's stems it contains (from BM25's postings:
    no text is read)."""
    out = np.zeros(len(docs), dtype=np.float32)
    indptr, indices = postings["indptr"], postings["indices"]
    total = 0.0
    for t in dict.fromkeys(toks):
        tid = vocab.get(t)
        df = int(indptr[tid + 1] - indptr[tid]) if tid is not None and tid + 1 < len(indptr) else 0
        w = math.log(1 + n_docs / (1 + df))
        total += w
        if df:
            out += w * np.isin(docs, indices[indptr[tid]:indptr[tid + 1]])
    return out / total if total else out


def combine(features: dict[str, np.ndarray], weights: dict[str, float]) -> np.ndarray:
    """The model's score of each candidate: a weighted sum of its features."""
    return sum(weights[name] * features[name].astype(np.float64) for name in FEATURES)
