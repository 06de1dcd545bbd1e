"""Fit the document rescoring model (qa/search/ranker.json) on the members' questions over the archive.

    python -m bench.ranker [--index bench/.dekamer/index] [--write]

Reads ../shared/dekamer (never committed) and an index of its corpus (`python -m bench.archive` builds one).
The features are computed by the serving code itself (Index.doc_features), so training and serving agree.
The model is linear, fitted by softmax cross-entropy over each question's leading candidates (the gold
answer against the rest) with a small L2 penalty. It is judged on two halves of the questions, each fitted
on the other; only then are the weights refitted on all questions and, with --write, stored with the
held-out scores they were chosen by.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

from qa.search import rescore

from .archive import DEKAMER, ROOT, available, questions


def features(index, items: list[dict]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per question: the candidates' feature rows, the gold's position among them (-1: not a candidate),
    and the gold's first-stage rank."""
    rows, gold, first_rank = [], [], []
    pos = {d: i for i, d in enumerate(index._doc_names)}
    for item in items:
        first, feats = index.doc_features(item["question"])
        g = pos[item["doc"]]
        first_rank.append(int(1 + (first > first[g]).sum()))
        cand, values = feats
        rows.append(np.stack([values[name] for name in rescore.FEATURES], axis=1).astype(np.float64))
        hit = np.where(cand == g)[0]
        gold.append(int(hit[0]) if hit.size else -1)
    return np.stack(rows), np.array(gold), np.array(first_rank)


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1e-3, steps: int = 2000, lr: float = 0.5) -> np.ndarray:
    """Weights on the raw features (standardised inside for the descent)."""
    keep = y >= 0
    x, y = x[keep], y[keep]
    flat = x.reshape(-1, x.shape[2])
    mu, sd = flat.mean(0), flat.std(0) + 1e-6
    z = (x - mu) / sd
    w = np.zeros(z.shape[2])
    for _ in range(steps):
        s = z @ w
        p = np.exp(s - s.max(1, keepdims=True))
        p /= p.sum(1, keepdims=True)
        grad = -(z[np.arange(len(y)), y] - (p[:, :, None] * z).sum(1)).mean(0) + l2 * w
        w -= lr * grad
    return w / sd


def ranks(x: np.ndarray, y: np.ndarray, w: np.ndarray | None, first_rank: np.ndarray) -> np.ndarray:
    """The gold's rank: among the candidates by the model (or the first stage), else its first-stage rank."""
    if w is None:
        return first_rank
    s = x @ w
    out = first_rank.copy()
    for i in np.where(y >= 0)[0]:
        out[i] = 1 + int((s[i] > s[i, y[i]]).sum())
    return out


def metrics(r: np.ndarray) -> dict:
    return {**{f"recall@{k}": round(float(np.mean(r <= k)), 3) for k in (1, 5, 10)},
            "mrr": round(float(np.mean(1.0 / r)), 3), "n": int(len(r))}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--index", type=Path, default=ROOT / "bench" / ".dekamer" / "index")
    ap.add_argument("--write", action="store_true", help=f"store the weights in {rescore.WEIGHTS}")
    args = ap.parse_args(argv)
    reason = available()
    if reason:
        print(reason, file=sys.stderr)
        return 0
    from qa.search.retrieve import Index

    index = Index(args.index)
    items = questions()
    t = time.perf_counter()
    x, y, first_rank = features(index, items)
    half = np.array([int(item["id"][-1]) % 2 for item in items])
    held = first_rank.copy()
    for h in (0, 1):
        w = fit(x[half == h], y[half == h])
        test = half != h
        held[test] = ranks(x[test], y[test], w, first_rank[test])
    w = fit(x, y)
    report = {"first stage": metrics(first_rank), "rescored, halves held out": metrics(held),
              "candidates hold the gold": round(float(np.mean(y >= 0)), 3), "seconds": round(time.perf_counter() - t)}
    print(json.dumps(report, indent=1))
    if args.write:
        rescore.WEIGHTS.write_text(json.dumps({
            "features": list(rescore.FEATURES), "weights": [round(float(v), 6) for v in w],
            "candidates": rescore.CANDIDATES, "trained_on": f"{DEKAMER.name}/dev.jsonl ({len(items)} questions)",
            "held_out": report["rescored, halves held out"], "first_stage": report["first stage"],
        }, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {rescore.WEIGHTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
