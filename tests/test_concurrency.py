"""Concurrency: one Assistant shared by 8 threads; two `qa index` runs at once."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from qa.answer import Assistant
from conftest import DEV
from test_kill import _write_version, answers, content, same_content

QA = Path(sys.executable).with_name("qa")


def _questions(n: int) -> list[str]:
    rows = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r.get("question") or r.get("claim") for r in rows][:n]


def test_eight_threads_get_the_answers_of_one(corpus_index: Path) -> None:
    questions = _questions(24)
    assistant = Assistant(corpus_index)
    alone = [assistant.ask(q).model_dump_json() for q in questions]
    checks = [assistant.check(q).model_dump_json() for q in questions[:6]]
    shared = Assistant(corpus_index)  # a fresh one: caches fill up under contention
    work = [(i, q) for _ in range(2) for i, q in enumerate(questions)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda item: (item[0], shared.ask(item[1]).model_dump_json()), work))
        got_checks = list(pool.map(lambda q: shared.check(q).model_dump_json(), questions[:6]))
    for i, answer in got:
        assert answer == alone[i], f"thread answer differs for {questions[i]!r}"
    assert got_checks == checks


def _pair(corpus: Path, idx: Path, stagger: bool) -> tuple[subprocess.CompletedProcess, subprocess.CompletedProcess]:
    cmd = [str(QA), "index", "--corpus", str(corpus), "--index", str(idx), "-q", "--rebuild"]
    first = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    if stagger:  # start the second once the first holds the lock and writes its version
        before = {p.name for p in idx.glob("v-*")}
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not ({p.name for p in idx.glob("v-*")} - before) \
                and first.poll() is None:
            time.sleep(0.02)
    second = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out = []
    for proc in (first, second):
        stdout, stderr = proc.communicate(timeout=600)
        out.append(subprocess.CompletedProcess(proc.args, proc.returncode, stdout, stderr))
    return out[0], out[1]


def _two_runs_at_once(tmp_path: Path, rounds: int) -> dict:
    corpus, idx, clean = tmp_path / "corpus", tmp_path / "index", tmp_path / "clean"
    _write_version(corpus, 1)
    from conftest import build

    build(corpus, clean)
    build(corpus, idx)
    expected, expected_answers = content(clean), answers(clean)
    stats = {"refused": 0, "both_ran": 0}
    for r in range(rounds):
        a, b = _pair(corpus, idx, stagger=r % 2 == 0)
        codes = sorted([a.returncode, b.returncode])
        for run in (a, b):
            assert "Traceback" not in run.stderr
            if run.returncode:
                lines = run.stderr.strip().splitlines()
                assert len(lines) == 1 and lines[0].startswith("Error: another index run is in progress")
        assert codes in ([0, 0], [0, 1])
        stats["refused" if codes == [0, 1] else "both_ran"] += 1
        assert same_content(content(idx), expected) and answers(idx) == expected_answers
    print(f"concurrent index pairs: {rounds}, {stats}")
    return stats


def test_two_index_runs_at_once(tmp_path: Path) -> None:
    stats = _two_runs_at_once(tmp_path, rounds=2)
    assert stats["refused"] >= 1  # the staggered round always overlaps


@pytest.mark.slow
def test_two_index_runs_at_once_many_times(tmp_path: Path) -> None:
    stats = _two_runs_at_once(tmp_path, rounds=8)
    assert stats["refused"] >= 4
