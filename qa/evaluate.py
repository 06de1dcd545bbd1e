"""Scoring against a gold question file (format of tests/data/eval/README.md).

Retrieval: a hit counts when it is in the gold document and covers at least
half the words of the gold quote. Answers: the rules of eval/score.py,
reimplemented here so `qa eval` needs nothing outside the package.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

SCALE = {"k euro": 1e3, "keuro": 1e3, "duizend euro": 1e3, "k€": 1e3, "miljoen euro": 1e6, "euro": 1.0, "€": 1.0}


def norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s or "").lower()
    s = s.replace("\u2019", "'").replace("\u2013", "-")
    return re.sub(r"\s+", " ", s).strip()


def tokens(s: str) -> list[str]:
    return re.findall(r"\w+", norm(s))


def overlap(quote: str, gold_quote: str) -> float:
    """Share of the gold quote's words that the quote contains."""
    g = tokens(gold_quote)
    if not g:
        return 0.0
    q = set(tokens(quote))
    return sum(t in q for t in g) / len(g)


def doc_match(cited: str, gold_doc: str) -> bool:
    stem = lambda p: re.sub(r"\.[a-z]+$", "", (p or "").split("/")[-1].lower())  # noqa: E731
    return stem(cited) == stem(gold_doc)


def load_gold(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def retrieval_metrics(index, gold: list[dict[str, Any]], k: int = 5) -> dict[str, Any]:
    """recall@1/3/5 and MRR per language over the numeric and passage items."""
    ranks: dict[str, list[int | None]] = defaultdict(list)
    misses = []
    for item in gold:
        if item["kind"] not in ("numeric", "passage") or not item.get("doc"):
            continue
        hits = index.search(item["question"], k=k)
        rank = next((i + 1 for i, h in enumerate(hits)
                     if doc_match(h.doc, item["doc"]) and overlap(h.text, item["quote"]) >= 0.5), None)
        ranks[item["lang"]].append(rank)
        ranks["all"].append(rank)
        if rank != 1:
            misses.append((item["id"], rank))
    out: dict[str, Any] = {}
    for lang, rs in ranks.items():
        n = len(rs)
        out[lang] = {f"recall@{c}": round(sum(1 for r in rs if r and r <= c) / n, 3) for c in (1, 3, 5)}
        out[lang]["mrr"] = round(sum(1 / r for r in rs if r) / n, 3)
        out[lang]["n"] = n
    out["misses"] = misses
    return out


def same_value(got, gold, got_unit, gold_unit) -> bool:
    if got is None or gold is None:
        return False
    try:
        got = float(got)
    except (TypeError, ValueError):
        return False
    tol = 1e-6 * max(1.0, abs(gold))
    if abs(got - gold) <= tol:
        return True
    scale = lambda u: SCALE.get(norm(u), 1.0) if u else 1.0  # noqa: E731
    return abs(got * scale(got_unit) - gold * scale(gold_unit)) <= tol * scale(gold_unit)


def cites(ans: dict, item: dict, top: int = 3) -> bool:
    return any(doc_match(c.get("doc", ""), item["doc"]) and overlap(c.get("quote", ""), item["quote"]) >= 0.5
               for c in (ans.get("citations") or [])[:top])


def grade(item: dict, ans: dict) -> dict:
    kind = item["kind"]
    r: dict[str, Any] = {"id": item["id"], "kind": kind, "lang": item["lang"], "ok": False, "cited": None}
    got_kind = ans.get("kind")
    if kind == "numeric":
        r["ok"] = got_kind in ("fact", "computed") and same_value(ans.get("value"), item["answer_value"],
                                                                  ans.get("unit"), item.get("unit"))
        r["cited"] = cites(ans, item, top=5)
    elif kind == "passage":
        text = norm(ans.get("answer", "")) + " " + " ".join(norm(c.get("quote", ""))
                                                         for c in (ans.get("citations") or [])[:3])
        phrase_hit = any(norm(a) in text for a in item.get("accept") or [])
        r["cited"] = cites(ans, item, top=3)
        r["ok"] = got_kind != "not_found" and (r["cited"] or phrase_hit)
    elif kind == "claim":
        r["ok"] = ans.get("verdict") == item["verdict"]
        if item["verdict"] != "not_in_documents":
            r["cited"] = cites(ans, item, top=5)
    elif kind == "unanswerable":
        r["ok"] = got_kind == "not_found"
    r["false_abstain"] = kind in ("numeric", "passage") and got_kind == "not_found"
    r["abstained"] = got_kind == "not_found" if kind != "claim" else ans.get("verdict") == "not_in_documents"
    # committed and wrong: a number where none or another was due, or a firm verdict that is wrong
    committed = got_kind in ("fact", "computed") if kind in ("numeric", "unanswerable") else \
        ans.get("verdict") in ("supported", "contradicted") if kind == "claim" else False
    r["wrong"] = bool(committed and not r["ok"])
    return r


FIRM = ("numeric", "claim", "unanswerable")


def breakdown(rows: list[dict]) -> dict[str, dict[str, float]]:
    """Accuracy, wrong-answer rate and abstention per kind, per language and per kind and language."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        for key in ("all", r["kind"], "lang:" + r["lang"], f"{r['kind']}:{r['lang']}"):
            groups[key].append(r)
    out = {}
    for key, rs in sorted(groups.items(), key=lambda kv: (kv[0] != "all", kv[0])):
        firm = [r for r in rs if r["kind"] in FIRM]
        out[key] = {"n": len(rs), "accuracy": round(sum(r["ok"] for r in rs) / len(rs), 3),
                    "wrong_rate": round(sum(r["wrong"] for r in firm) / len(firm), 3) if firm else None,
                    "abstain": round(sum(r["abstained"] for r in rs) / len(rs), 3)}
    return out


def summarise(rows: list[dict]) -> dict[str, Any]:
    by: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        by[r["kind"]].append(r)
        by["lang:" + r["lang"]].append(r)
        by[f"{r['kind']}:{r['lang']}"].append(r)
    summary: dict[str, Any] = {k: round(sum(x["ok"] for x in v) / len(v), 3) for k, v in sorted(by.items())}
    cited = [r for r in rows if r["cited"] is not None and r["ok"]]
    summary["cited_when_correct"] = round(sum(r["cited"] for r in cited) / max(1, len(cited)), 3)
    answerable = [r for r in rows if r["kind"] in ("numeric", "passage")]
    summary["false_abstain"] = round(sum(r["false_abstain"] for r in answerable) / max(1, len(answerable)), 3)
    table = breakdown(rows)
    summary["wrong_rate"] = (table.get("all") or {}).get("wrong_rate") or 0.0
    summary["overall"] = round(sum(r["ok"] for r in rows) / max(1, len(rows)), 3)
    summary["n"] = len(rows)
    summary["breakdown"] = table
    return summary


def run_eval(assistant, gold: list[dict[str, Any]]) -> tuple[list[dict], list[dict], dict[str, Any]]:
    """Answers (as JSON dicts), graded rows and the summary for a gold file."""
    answers = []
    for item in gold:
        if item["kind"] == "claim":
            answers.append(assistant.check(item["question"]).model_dump())
        else:
            answers.append(assistant.ask(item["question"]).model_dump())
    rows = [grade(i, a) for i, a in zip(gold, answers)]
    return answers, rows, summarise(rows)
