"""`python -m bench.run --quick` runs end to end, so the benchmark cannot rot (issue 7)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # bench/ is not part of the installed package


def test_synth_is_seeded_and_shifts_years(tmp_path):
    from bench.synth import generate

    a, b = tmp_path / "a", tmp_path / "b"
    generate(ROOT / "corpus", a, 3, seed=1)
    generate(ROOT / "corpus", b, 3, seed=1)
    for name in ("syn_00000.txt", "syn_00002.txt"):
        assert (a / name).read_text() == (b / name).read_text()
    text = "".join((a / f"syn_{i:05d}.txt").read_text() for i in range(3))

    years = {int(y) for y in re.findall(r"(?<![\d.,])(?:19[5-9]\d|20[0-4]\d)(?![\d]|[.,]\d)", text)}
    assert years and not any(2013 <= y <= 2030 for y in years)  # outside the seed documents' years
    assert len(list(a.glob("*.txt"))) == 3 + 5  # the seed documents come along unchanged


def test_bench_quick_runs(tmp_path):
    out = tmp_path / "results.json"
    proc = subprocess.run([sys.executable, "-m", "bench.run", "--quick", "--out", str(out)], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    res = json.loads(out.read_text())
    ratios = res["summary"]["ratios"]
    for key in ("answer_latency_median_ratio", "build_ratio", "incremental_ratio_median", "scale_latency_median_ratio"):
        assert ratios[key] > 0
    assert res["seed_build"]["incremental"][0]["embedded_chunks"] == res["seed_build"]["incremental"][0]["doc_chunks"]
    assert res["serve_scale"]["documents"] > res["serve_seed"]["documents"]
    assert "figure" in proc.stdout and ("MET " in proc.stdout or "MISS " in proc.stdout)


def test_dekamer_bench_quick_runs(tmp_path):
    """The archive benchmark on a sample of the dekamer answers: every ranker measured on the same questions."""
    sys.path.insert(0, str(ROOT))
    from bench import archive as dekamer

    if dekamer.available():
        pytest.skip(dekamer.available())
    out = tmp_path / "results.json"
    proc = subprocess.run([sys.executable, "-m", "bench.archive", "--quick", "--docs", "12", "--index",
                           str(tmp_path / "idx"), "--seed-index", str(tmp_path / "seed"), "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    res = json.loads(out.read_text())["dekamer"]
    ret = res["retrieval"]
    assert {"dense", "bm25", "rrf", "ranker", "ranker without facts", "documents (qa search --by-doc)",
            "documents, first stage (no rescoring)"} <= set(ret)
    assert all(m["n"] == res["questions"] > 0 for m in ret.values())
    assert ret["rrf"]["recall@10"] > 0.5  # members' questions do find their answers
    assert res["build"]["chunks"] > 0 and res["serve"]["peak_rss_mb"] > 0


def test_dekamer_bench_says_why_it_skips(monkeypatch, capsys):
    sys.path.insert(0, str(ROOT))
    from bench import archive as dekamer

    monkeypatch.setattr(dekamer, "DEKAMER", ROOT / "no-such-folder")
    assert dekamer.main([]) == 0
    assert "dekamer benchmark skipped" in capsys.readouterr().err
