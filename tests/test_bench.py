"""`python -m bench.run --quick` runs end to end, so the benchmark cannot rot (issue 7)."""

from __future__ import annotations

import json
import os
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


_PROBE = """
import json, sys
from qa.answer.question import parse
from qa.answer.synonyms import synonyms
from qa.answer import frames
from qa.text import bridge_to_dutch, contradicts, stems
if sys.argv[1] != "none":
    from bench.ablation import FAMILIES
    FAMILIES[sys.argv[1]][1]()
q = parse("Hoeveel gemeenten in Limburg werkten in 2023 met VTE-personeel (in VTE)?")
print(json.dumps({"word_list": bridge_to_dutch("agreements"), "synonyms": synonyms(stems("kosten")[0]),
                  "contrasts": contradicts({"opgestart"}, {"beëindigd"}), "header_codes": frames.HEADER_CODE.findall("BA VEK"),
                  "provinces": q.regions, "codes": frames.CODE.findall("VAK en VEK"), "unit_hints": q.unit_hint,
                  "asked_noun": q.heads}))
"""


@pytest.mark.parametrize("family", ["word_list", "contrasts", "synonyms", "provinces", "codes", "unit_hints", "asked_noun"])
def test_each_ablation_switch_turns_its_family_off(family):
    """The ablation (bench/ablation.py) is only a measure when each switch really silences its rules, and only
    its own: the probe of every other family reads the same with the switch on."""
    def probe(name: str) -> dict:
        proc = subprocess.run([sys.executable, "-P", "-c", _PROBE, name], cwd=ROOT, capture_output=True, text=True,
                              timeout=300, env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert proc.returncode == 0, proc.stderr[-2000:]
        return json.loads(proc.stdout.strip().splitlines()[-1])

    on, off = probe("none"), probe(family)
    own = {family, "header_codes"} if family == "codes" else {family}
    assert all(on[k] and not off[k] or k == "word_list" and on[k] != off[k] for k in own)
    assert {k: v for k, v in on.items() if k not in own} == {k: v for k, v in off.items() if k not in own}


def test_ablation_runs_a_question_set(tmp_path):
    """One family against everything on, over a small question set and index of the test documents."""
    from conftest import DATA, build

    build(DATA / "sumwords", tmp_path / "idx")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "q1", "kind": "numeric", "lang": "en", "doc": "deelwagens.txt", "unit": "",
                                "question": "How many mobipunten were opened in rural municipalities in 2023?",
                                "answer_value": 45, "quote": "2023 45"}) + "\n", encoding="utf-8")
    out = tmp_path / "results.json"
    proc = subprocess.run([sys.executable, "-P", "-m", "bench.ablation", "--dev-index", str(tmp_path / "none"),
                           "--set", f"sw={gold}:{tmp_path / 'idx'}", "--only", "word_list", "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == 0, proc.stderr[-3000:]
    res = json.loads(out.read_text())["ablation"]
    assert set(res["results"]) == {"none", "word_list"} and res["results"]["none"]["sw"]["accuracy"] == 1.0
    assert "| word_list |" in proc.stdout


def test_archive_at_ten_times_runs_on_a_sample(tmp_path):
    """bench.archive_scale on a 12-answer index of the dekamer archive: 20 synthetic answers made of them, built
    with proxy vectors, both indexes served in one run and divided."""
    sys.path.insert(0, str(ROOT))
    from bench import archive as dekamer

    if dekamer.available():
        pytest.skip(dekamer.available())
    real = tmp_path / "real"
    dekamer.build(dekamer.sample_corpus(tmp_path, 12), real)
    out = tmp_path / "results.json"
    proc = subprocess.run([sys.executable, "-m", "bench.archive_scale", "--docs", "20", "--real-index", str(real),
                           "--work", str(tmp_path / "work"), "--serve", "3", "--recall", "5", "--sample", "10",
                           "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    res = json.loads(out.read_text())["archive_x10"]
    assert res["build"]["documents"] == 32 and res["serve"]["documents"] == 32
    assert res["serve_archive"]["documents"] == 12 and res["search_latency_ratio"] > 0
    assert res["build"]["proxy_stats"]["exact"] > 0  # the copied real answers keep their real vectors


def test_archive_at_ten_times_says_why_it_skips(tmp_path, capsys):
    sys.path.insert(0, str(ROOT))
    from bench import archive_scale

    assert archive_scale.main(["--real-index", str(tmp_path / "none"), "--work", str(tmp_path)]) == 0
    assert "skipped" in capsys.readouterr().err
