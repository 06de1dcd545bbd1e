"""SIGKILL `qa index` at random moments: the live index never breaks, the next run equals a clean build.

Each trial starts `qa index` (a full `--rebuild`, or an incremental update that
switches the corpus between two versions), kills its process group at a
random moment of its measured run time, then checks that the index answers
exactly as one of the two complete versions does (the old one, or the new one
if the kill came after the atomic swap), and that the next `qa index` run
produces the same chunks, facts and documents as a clean build.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from qa.search.retrieve import Index
from qa.search.store import current_dir
from conftest import CORPUS, build

QA = Path(sys.executable).with_name("qa")
QUERIES = ["Hoeveel begeleidingsovereenkomsten werden in 2022 in Limburg opgestart?",
           "maatwerkbedrijven erkend als begeleider in West-Vlaanderen"]
EXTRA = "\nNieuwe alinea: in 2024 werden 321 bijkomende begeleidingsovereenkomsten gesloten in Antwerpen.\n"


def _write_version(corpus: Path, version: int) -> None:
    corpus.mkdir(exist_ok=True)
    for name, lines in (("000_f85098453f70527a.txt", 45), ("001_baf43fd4eadf702d.txt", 30)):
        text = "".join((CORPUS / name).read_text(encoding="utf-8").splitlines(keepends=True)[:lines])
        if version == 2 and name.startswith("000"):
            text += EXTRA
        (corpus / name).write_text(text, encoding="utf-8")


def content(index_dir: Path) -> dict:
    """What a build produced, without timestamps: documents, chunks (with vectors), facts, skips."""
    version = current_dir(index_dir)
    conn = sqlite3.connect(version / "qa.sqlite")
    chunks = conn.execute('SELECT id, doc, page, line_start, line_end, start, "end", text, heading, vector'
                          " FROM chunks ORDER BY rowid").fetchall()
    manifest = json.loads((version / "manifest.json").read_text(encoding="utf-8"))
    out = {
        "documents": conn.execute("SELECT doc, sha256, title, meta, text, page_starts, n_chunks, n_facts"
                                  " FROM documents ORDER BY doc").fetchall(),
        "chunks": [c[:-1] for c in chunks],
        "facts": conn.execute("SELECT doc, data, value, year, region, description FROM facts ORDER BY rowid").fetchall(),
        "skipped": conn.execute("SELECT * FROM skipped ORDER BY doc").fetchall(),
        "terms": sorted(conn.execute("SELECT * FROM terms").fetchall()),
        "manifest": {k: manifest[k] for k in ("documents", "skipped", "chunks", "facts", "embedder", "dim")},
    }
    vectors = np.vstack([np.frombuffer(c[-1], dtype=np.float32) for c in chunks])
    conn.close()
    return {**out, "vectors": vectors}


def same_content(a: dict, b: dict) -> bool:
    return all(a[k] == b[k] for k in a if k != "vectors") and np.allclose(a["vectors"], b["vectors"], atol=1e-6)


def answers(index_dir: Path) -> list:
    index = Index(index_dir)
    return [[(h.doc, h.chunk_id, h.start, h.end, round(h.score, 4)) for h in index.search(q, k=5)] for q in QUERIES]


def run_index(corpus: Path, idx: Path, *extra: str) -> subprocess.Popen:
    return subprocess.Popen([str(QA), "index", "--corpus", str(corpus), "--index", str(idx), "-q", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def kill_trials(tmp_path: Path, trials: int, seed: int) -> dict:
    rng = random.Random(seed)
    corpus, idx = tmp_path / "corpus", tmp_path / "index"
    expected = {}
    for v in (1, 2):  # clean builds of both corpus versions, for comparison
        _write_version(corpus, v)
        ref = tmp_path / f"clean{v}"
        build(corpus, ref)
        expected[v] = (content(ref), answers(ref))
    _write_version(corpus, 1)
    t0 = time.perf_counter()
    proc = run_index(corpus, idx)
    assert proc.wait(timeout=600) == 0, proc.stderr.read()
    full = time.perf_counter() - t0
    assert same_content(content(idx), expected[1][0])
    state = 1
    stats = {"killed": 0, "finished_first": 0, "new_version_live": 0, "leftover_dirs": 0}
    for trial in range(trials):
        rebuild = trial % 3 == 0
        target = state if rebuild else 3 - state
        _write_version(corpus, target)
        delay = rng.uniform(0.05, full * 1.1)
        proc = run_index(corpus, idx, *(["--rebuild"] if rebuild else []))
        time.sleep(delay)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            stats["killed"] += 1
        else:
            stats["finished_first"] += 1
        proc.wait(timeout=60)
        # the live index is one complete version: the old one, or the new one if the swap had happened
        live = content(idx)
        ok = [v for v in {state, target} if same_content(live, expected[v][0])]
        assert ok, f"trial {trial}: killed after {delay:.2f}s, the live index matches no complete version"
        assert answers(idx) == expected[ok[0]][1], f"trial {trial}: answers changed after the kill"
        stats["new_version_live"] += ok[0] != state
        stats["leftover_dirs"] += sum(1 for p in idx.iterdir() if p.name.startswith("v-")) - 1
        # the next run completes and equals a clean build
        proc = run_index(corpus, idx)
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
        assert "Traceback" not in err
        assert same_content(content(idx), expected[target][0]), f"trial {trial}: the next run differs from a clean build"
        assert answers(idx) == expected[target][1]
        assert sum(1 for p in idx.iterdir() if p.name.startswith("v-")) <= 2, "old versions are cleaned up"
        state = target
    print(f"kill trials: {trials}, full run {full:.1f}s, {stats}")
    return stats


def test_kill_during_build_and_update(tmp_path: Path) -> None:
    stats = kill_trials(tmp_path, trials=3, seed=int(os.environ.get("QA_KILL_SEED", "8")))
    assert stats["killed"] + stats["finished_first"] == 3


@pytest.mark.slow
def test_kill_20_random_moments(tmp_path: Path) -> None:
    stats = kill_trials(tmp_path, trials=20, seed=int(os.environ.get("QA_KILL_SEED", "2024")))
    assert stats["killed"] >= 10, stats


def test_kill_during_the_first_build_leaves_no_index_and_the_next_run_completes(tmp_path: Path) -> None:
    corpus, idx = tmp_path / "corpus", tmp_path / "index"
    _write_version(corpus, 1)
    proc = run_index(corpus, idx)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not any(p.name.startswith("v-") for p in idx.glob("v-*")):
        time.sleep(0.05)  # kill while the first version is being written
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=60)
    if current_dir(idx) is None:
        from qa.search.store import IndexError_

        with pytest.raises(IndexError_, match="no index"):
            Index(idx)
    proc = run_index(corpus, idx)
    assert proc.wait(timeout=600) == 0, proc.stderr.read()
    assert Index(idx).search(QUERIES[0], k=1)
