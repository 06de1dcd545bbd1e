"""The archive benchmark (issue 14): members' questions over 2,922 real answers of the federal parliament.

    python -m bench.archive                 # full: the whole corpus, every dev question
    python -m bench.archive --quick         # smoke run: 40 documents and their questions

Reads `../shared/dekamer/` (never copied into the repository) and says so and
stops when it is absent. Measured in one run, side by side:

* document-level recall@1/5/10 and MRR of `qa search --by-doc` against its own
  parts (dense e5 alone, BM25 alone, their RRF) and a whole-document BM25, and
  the ablation of each added signal (`qa.search.retrieve.SIGNALS`) switched off;
* the build: wall time and peak RSS of `qa index` against bare embedding of the
  same chunks (timed on a sample, extrapolated);
* approximate search (HNSW, IVF) against exact FAISS: recall@10 and latency;
* serving: RSS, median `qa search` and `qa ask` latency, against the seed corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QA_SHARED", ROOT.parent / "shared"))
DEKAMER = SHARED / "dekamer"
RESULTS = ROOT / "bench" / "results.json"
MARK = "BENCH_RESULT "


def available() -> str | None:
    """None when the corpus is there, else the reason the benchmark is skipped."""
    if not (DEKAMER / "corpus").is_dir() or not (DEKAMER / "dev.jsonl").is_file():
        return f"dekamer benchmark skipped: {DEKAMER} not found (it is read from ../shared, never committed)"
    return None


def questions(docs: set[str] | None = None) -> list[dict]:
    items = [json.loads(line) for line in (DEKAMER / "dev.jsonl").read_text(encoding="utf-8").splitlines() if line]
    return [q for q in items if docs is None or q["doc"] in docs]


def sample_corpus(work: Path, n: int, seed: int = 14) -> Path:
    """n answers that have dev questions, copied (the quick run's corpus)."""
    with_q = sorted({q["doc"] for q in questions()})
    random.Random(seed).shuffle(with_q)
    out = work / "dekamer_sample"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    for name in with_q[:n]:
        shutil.copy(DEKAMER / "corpus" / name, out / name)
    return out


def build(corpus: Path, index_dir: Path) -> dict:
    """`qa index` in a child process: wall time, peak RSS, and the build report."""
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "qa.cli", "index", "--corpus", str(corpus), "--index",
                           str(index_dir), "--json", "--quiet"], capture_output=True, text=True, cwd=ROOT,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    seconds = time.perf_counter() - t
    if proc.returncode != 0:
        raise RuntimeError(f"qa index failed: {proc.stderr[-2000:]}")
    report = json.loads(proc.stdout.splitlines()[0])
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"seconds": round(seconds, 1), "peak_rss_mb": round(rss, 1), "chunks": report["chunks"],
            "facts": report["facts"], "embedded_now": report["embedded_chunks"], "documents":
            len(report["added"]) + len(report["updated"]) + len(report["unchanged"])}


def bare_embedding(index, sample: int) -> dict:
    """Embedding alone, on a random sample of the index's own chunk texts: seconds per chunk."""
    from qa.chunk import search_text

    rng = random.Random(3)
    picked = rng.sample(index.chunks, min(sample, len(index.chunks)))
    texts = [search_text(c) for c in picked]
    index.embedder.embed_passages(texts[:2])  # warm
    t = time.perf_counter()
    for i in range(0, len(texts), 16):
        index.embedder.embed_passages(texts[i:i + 16])
    per_chunk = (time.perf_counter() - t) / max(1, len(texts))
    return {"sample": len(texts), "seconds_per_chunk": round(per_chunk, 4),
            "estimated_seconds": round(per_chunk * len(index.chunks), 1)}


def vectors(index) -> np.ndarray:
    """The index's chunk vectors in chunk order (FAISS positions follow the chunks' rowid order)."""
    return np.ascontiguousarray(index.faiss.index.reconstruct_n(0, index.faiss.ntotal), dtype=np.float32)


def _doc_ranks(index, scores: np.ndarray, gold: str, cutoff: int = 100) -> int | None:
    seen: list[str] = []
    for i in np.argsort(-scores, kind="stable"):
        doc = index.chunks[i].doc
        if doc not in seen:
            seen.append(doc)
            if doc == gold:
                return len(seen)
            if len(seen) >= cutoff:
                return None
    return None


def metrics(ranks: list[int | None]) -> dict:
    n = max(1, len(ranks))
    out = {f"recall@{k}": round(sum(1 for r in ranks if r and r <= k) / n, 3) for k in (1, 5, 10)}
    out["mrr"] = round(sum(1 / r for r in ranks if r) / n, 3)
    out["n"] = len(ranks)
    return out


def retrieval(index, items: list[dict]) -> dict:
    """Document-level ranks of every ranker on the same questions (one query embedding each)."""
    import bm25s

    from qa.search import retrieve
    from qa.text import stems

    names = sorted(index.titles)
    whole = bm25s.BM25()
    whole.index([stems(index.document(d).text) or [""] for d in names], show_progress=False)
    pos = {d: i for i, d in enumerate(names)}
    chunk_doc = np.array([pos[c.doc] for c in index.chunks])
    matrix = vectors(index)
    # 'ranker': the passage ranker (qa search, qa ask) max-pooled per document, with each signal switched off
    variants = {"ranker": {}} | {f"ranker without {s}": {s: 0.0} for s in retrieve.SIGNALS}
    variants["ranker, rrf base"] = {"fusion": "rrf"}
    variants["ranker, facts on every question"] = {"gate_facts": False}
    by_doc = "documents (qa search --by-doc)"  # its rescoring weights were fitted on these questions:
    first_stage = "documents, first stage (no rescoring)"  # bench/ranker.py reports them on held-out halves
    ranks: dict[str, list] = {k: [] for k in ["dense", "bm25", "rrf", "bm25 whole documents", by_doc, first_stage,
                                              *variants]}
    for q in items:
        text, gold = q["question"], q["doc"]
        qv = index._query_vector(text)[0]
        dense = matrix @ qv
        toks = index.bm25_query(text)
        bm = np.asarray(index.bm25.get_scores(toks), dtype=np.float32) if toks else np.zeros(len(dense), np.float32)
        ranks["dense"].append(_doc_ranks(index, dense, gold))
        ranks["bm25"].append(_doc_ranks(index, bm, gold))
        ranks["rrf"].append(_doc_ranks(index, retrieve.fuse(dense, bm, "nl", "rrf"), gold))
        wd = np.asarray(whole.get_scores(toks), dtype=np.float32) if toks else np.zeros(len(names), np.float32)
        ranks["bm25 whole documents"].append(_doc_ranks(index, wd[chunk_doc], gold))
        at = index._doc_names.index(gold)
        for name, on in ((by_doc, True), (first_stage, False)):
            index.rescoring = on
            docs = index.doc_scores(text)
            rank = int((docs > docs[at]).sum()) + 1
            ranks[name].append(rank if rank <= 100 else None)
        index.rescoring = True
        for name, change in variants.items():
            index.signals = dict(retrieve.SIGNALS) | {k: v for k, v in change.items() if k in retrieve.SIGNALS}
            index.fusion = change.get("fusion", "minmax")
            index.gate_facts = change.get("gate_facts", True)
            ranks[name].append(_doc_ranks(index, index.chunk_scores(text), gold))
        index.signals, index.fusion, index.gate_facts = dict(retrieve.SIGNALS), "minmax", True
    return {name: metrics(r) for name, r in ranks.items()}


def ann(index, items: list[dict], k: int = 10) -> dict:
    """HNSW and IVF against exact search on the index's vectors: recall@k of the exact top k, latency."""
    import faiss

    xb = vectors(index)
    xq = np.vstack([index._query_vector(q["question"]) for q in items]).astype(np.float32)
    flat = faiss.IndexFlatIP(xb.shape[1])
    flat.add(xb)

    def timed(ix) -> tuple[np.ndarray, float]:
        t = time.perf_counter()
        _, ids = ix.search(xq, k)
        return ids, (time.perf_counter() - t) / len(xq)

    exact, t_flat = timed(flat)
    out = {"vectors": int(xb.shape[0]), "flat_ms": round(1000 * t_flat, 3)}

    def recall(ids: np.ndarray) -> float:
        return round(float(np.mean([len(set(a) & set(b)) / k for a, b in zip(ids, exact)])), 4)

    hnsw = faiss.IndexHNSWFlat(xb.shape[1], 32, faiss.METRIC_INNER_PRODUCT)
    hnsw.hnsw.efConstruction = 80
    hnsw.add(xb)
    for ef in (16, 32, 64, 128):
        hnsw.hnsw.efSearch = ef
        ids, t = timed(hnsw)
        out[f"hnsw32_ef{ef}"] = {"recall@10": recall(ids), "ms": round(1000 * t, 3)}
    nlist = max(1, min(int(4 * np.sqrt(len(xb))), len(xb) // 39))  # faiss wants >= 39 points per list
    quantizer = faiss.IndexFlatIP(xb.shape[1])  # kept referenced: the IVF index does not own it
    ivf = faiss.IndexIVFFlat(quantizer, xb.shape[1], nlist, faiss.METRIC_INNER_PRODUCT)
    ivf.train(xb)
    ivf.add(xb)
    for probe in (4, 16, 64):
        ivf.nprobe = probe
        ids, t = timed(ivf)
        out[f"ivf{nlist}_probe{probe}"] = {"recall@10": recall(ids), "ms": round(1000 * t, 3)}
    return out


def serve(index_dir: str, items: list[dict], limit: int) -> dict:
    """In its own process: load, then median search and ask latency and peak RSS."""
    from qa.answer import Assistant
    from qa.search.retrieve import Index

    t = time.perf_counter()
    index = Index(index_dir)
    assistant = Assistant(index=index)
    load = time.perf_counter() - t
    qs = [q["question"] for q in items[:limit]]
    return {"load_seconds": round(load, 2), **time_questions(index, assistant, qs), "questions": len(qs),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


def time_questions(index, assistant, qs: list[str]) -> dict:
    """Median `qa search --by-doc` and `qa ask` latency over questions each new to the index (after a warm-up)."""
    assistant.ask("opwarmen: hoeveel?")
    search_t, ask_t = [], []
    for q in qs:
        index.forget_queries()
        t = time.perf_counter()
        index.search_docs(q, k=10)
        search_t.append(time.perf_counter() - t)
        index.forget_queries()
        t = time.perf_counter()
        assistant.ask(q)
        ask_t.append(time.perf_counter() - t)
    return {"search_median_s": round(statistics.median(search_t), 4), "ask_median_s": round(statistics.median(ask_t), 4)}


def run_child(name: str, module: str = "bench.archive", **args) -> dict:
    """Run a phase of `module` in its own process (its peak RSS its own) and return its result."""
    proc = subprocess.run([sys.executable, "-m", module, "--child", name, json.dumps(args)],
                          capture_output=True, text=True, cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith(MARK)]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"{name} failed: {proc.stderr[-2000:]}")
    return json.loads(lines[-1][len(MARK):])


def write_result(out: Path, key: str, res: dict) -> None:
    """Write `res` under `key` of a results file, keeping the other benchmarks' results."""
    data = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {}
    data[key] = res
    out.write_text(json.dumps(data, indent=1, default=str) + "\n", encoding="utf-8")


def run(index_dir: Path, corpus: Path, limit: int | None, sample: int, serve_n: int, seed_index: Path | None) -> dict:
    from qa.search.retrieve import Index

    res: dict = {"corpus": str(corpus), "index": str(index_dir)}
    res["build"] = build(corpus, index_dir)  # incremental: a no-op when the index is up to date
    built = index_dir / "bench_build.json"
    if res["build"]["embedded_now"] == res["build"]["chunks"]:
        built.write_text(json.dumps(res["build"]), encoding="utf-8")  # the full build's figures, kept
    res["full_build"] = json.loads(built.read_text(encoding="utf-8")) if built.exists() else None
    index = Index(index_dir)
    docs = set(index.titles)
    items = questions(docs)[:limit] if limit else questions(docs)
    res["questions"] = len(items)
    res["bare_embedding"] = bare_embedding(index, sample)
    if res["full_build"]:
        res["build_over_bare_embedding"] = round(res["full_build"]["seconds"] / res["bare_embedding"]["estimated_seconds"], 3)
    t = time.perf_counter()
    res["retrieval"] = retrieval(index, items)
    res["retrieval_seconds"] = round(time.perf_counter() - t, 1)
    res["ann"] = ann(index, items[:300])
    del index
    res["serve"] = run_child("serve", index_dir=str(index_dir), items=items[:serve_n], limit=serve_n)  # argv has a limit
    if seed_index is not None:
        seed_items = [{"question": q["question"]} for q in questions()[:serve_n]]
        res["serve_seed"] = run_child("serve", index_dir=str(seed_index), items=seed_items, limit=serve_n)
        res["search_latency_ratio"] = round(res["serve"]["search_median_s"] / res["serve_seed"]["search_median_s"], 2)
        res["ask_latency_ratio"] = round(res["serve"]["ask_median_s"] / res["serve_seed"]["ask_median_s"], 2)
    return res


def table(res: dict) -> str:
    rows = [f"{'ranker (document level)':34s} recall@1 recall@5 recall@10   MRR    n"]
    for name, m in res["retrieval"].items():
        rows.append(f"{name:34s} {m['recall@1']:8.3f} {m['recall@5']:8.3f} {m['recall@10']:9.3f} {m['mrr']:6.3f} {m['n']:4d}")
    fb = res.get("full_build") or {}
    rows.append("")
    rows.append(f"build: {fb.get('seconds', '?')} s for {fb.get('chunks', '?')} chunks, peak RSS {fb.get('peak_rss_mb', '?')} MB;"
                f" bare embedding est. {res['bare_embedding']['estimated_seconds']} s"
                f" -> {res.get('build_over_bare_embedding', '?')}x")
    a = res["ann"]
    rows.append("ann: flat {} ms; ".format(a["flat_ms"]) + "; ".join(
        f"{k} r@10 {v['recall@10']} {v['ms']} ms" for k, v in a.items() if isinstance(v, dict)))
    s = res["serve"]
    rows.append(f"serve: RSS {s['peak_rss_mb']} MB, load {s['load_seconds']} s, search {1000 * s['search_median_s']:.0f} ms,"
                f" ask {1000 * s['ask_median_s']:.0f} ms"
                + (f" (x{res['search_latency_ratio']} / x{res['ask_latency_ratio']} of the seed corpus)"
                   if "search_latency_ratio" in res else ""))
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="a sample of documents (--docs) and their questions")
    ap.add_argument("--docs", type=int, default=40, help="documents in the --quick sample")
    ap.add_argument("--index", type=Path, help="index folder (default: bench/.dekamer-index, kept between runs)")
    ap.add_argument("--seed-index", type=Path, help="an index of corpus/ to compare serving with")
    ap.add_argument("--out", type=Path, help="results file (default bench/results.json; none with --quick)")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        name, payload = args.child
        result = {"serve": serve}[name](**json.loads(payload))
        print(MARK + json.dumps(result))
        return 0
    reason = available()
    if reason:
        print(reason, file=sys.stderr)
        return 0
    work = ROOT / "bench" / ".dekamer"
    work.mkdir(parents=True, exist_ok=True)
    corpus = sample_corpus(Path(tempfile.mkdtemp(prefix="dekamer-")), args.docs) if args.quick else DEKAMER / "corpus"
    index_dir = args.index or work / ("index-quick" if args.quick else "index")
    seed_index = args.seed_index or work / "seed-index"
    build(ROOT / "corpus", seed_index)  # incremental: nothing to do when it is up to date
    res = run(index_dir, corpus, None, 20 if args.quick else 300, 10 if args.quick else 60, seed_index)
    res["table"] = table(res).splitlines()
    print("\n".join(res["table"]))
    out = args.out or (None if args.quick else RESULTS)
    if out is not None:
        write_result(out, "dekamer", res)
    return 0


if __name__ == "__main__":
    sys.exit(main())
