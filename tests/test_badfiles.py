"""A corpus of hostile and broken files, generated here: each is indexed or skipped with a named reason.

Tests run as root, where chmod 000 does not stop a read: an unreadable file is
simulated by making os.open raise PermissionError for it (the error path is
the same one a permission problem takes), and by FIFOs, sockets and devices,
which the indexer must refuse without opening them in a blocking way.
"""

from __future__ import annotations

import io
import json
import os
import random
import socket
import sqlite3
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from qa.search import index as index_mod
from qa import ingest
from qa.ingest import IngestError, load_document
from qa.search.retrieve import Index
from qa.search.store import current_dir
from conftest import CORPUS, PDFS, build

SEED_PDF = PDFS / "000_f85098453f70527a.pdf"
QA = Path(sys.executable).with_name("qa")


def make_pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF with a correct xref table from numbered object bodies (object n = objects[n-1])."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % n + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref))
    return out.getvalue()


def text_page_pdf(text: str, pages: int = 1) -> bytes:
    content = b"BT /F1 12 Tf 72 720 Td (" + text.encode("latin-1") + b") Tj ET"
    kids = " ".join(f"{4 + i} 0 R" for i in range(pages)).encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"]
    objs += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R"
             b" /Resources << /Font << /F1 %d 0 R >> >> >>" % (4 + pages)] * pages
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    return make_pdf(objs)


def self_referencing_pdf() -> bytes:
    """A page tree whose node lists itself as a kid and as its own parent, resources that contain themselves,
    and a content stream whose length is a reference to itself."""
    return make_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 /Parent 2 0 R >>",
        b"<< /Type /Page /Parent 2 0 R /Resources 4 0 R /Contents 5 0 R /MediaBox [0 0 612 792] >>",
        b"<< /Font 4 0 R /XObject 4 0 R /Self 4 0 R >>",
        b"<< /Length 5 0 R >>\nstream\nBT (x) Tj ET\nendstream",
    ])


def pdf_with_pages(n: int, text_pages: int = 1) -> bytes:
    """n pages: the first `text_pages` cloned from the seed PDF, the rest blank."""
    import pypdf

    src = pypdf.PdfReader(str(SEED_PDF))
    writer = pypdf.PdfWriter()
    for i in range(n):
        if i < text_pages:
            writer.add_page(src.pages[i % len(src.pages)])
        else:
            writer.add_blank_page(612, 792)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def encrypted(user_password: str) -> bytes:
    import pypdf

    writer = pypdf.PdfWriter(clone_from=str(SEED_PDF))
    writer.encrypt(user_password=user_password, owner_password="eigenaar")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


GOOD_NL = "Het budget voor België bedroeg 5.512 k euro in 2023 – één bedrag voor Limburg.\n"


def small_text(name: str, lines: int = 40) -> str:
    return "".join((CORPUS / name).read_text(encoding="utf-8").splitlines(keepends=True)[:lines])


def make_bad_corpus(corpus: Path) -> dict[str, str | None]:
    """Write the corpus; returns name -> expected skip reason fragment (None: must be indexed)."""
    from PIL import Image

    corpus.mkdir(parents=True, exist_ok=True)
    good_pdf = SEED_PDF.read_bytes()
    rng = random.Random(8)
    junk = bytes(rng.randrange(256) for _ in range(20_000))
    expect: dict[str, str | None] = {}

    def put(name: str, data: bytes, reason: str | None) -> None:
        path = corpus / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        expect[name] = reason

    # good documents (small, so embedding stays cheap)
    put("goed 000.txt", small_text("000_f85098453f70527a.txt").encode(), None)       # name with a space
    put("ünïcødé – €uro.txt", small_text("001_baf43fd4eadf702d.txt", 30).encode(), None)
    put("a..b.txt", b"Document met twee punten in de naam over Limburg.\n", None)  # '..' inside a name
    put("map..x/in map.txt", b"Document in een map met '..' in de naam.\n", None)
    put("utf16.txt", GOOD_NL.encode("utf-16"), None)
    put("utf16-zonder-bom.txt", GOOD_NL.encode("utf-16-le"), None)
    put("cp1252.txt", GOOD_NL.encode("cp1252"), None)
    put("open-met-leeg-wachtwoord.pdf", encrypted(""), None)
    put("2000-paginas.pdf", pdf_with_pages(2000), None)
    put("kapotte-xref-offset.pdf", good_pdf[:good_pdf.rfind(b"startxref")] + b"startxref\n999999\n%%EOF\n", None)
    # bad ones
    put("afgebroken.pdf", good_pdf[: len(good_pdf) // 2], "PDF")
    xref = good_pdf.find(b"xref")
    put("kapotte-xref.pdf", good_pdf[:xref] + b"x" * 200 + good_pdf[xref + 200:], "corrupt or truncated PDF")
    put("wachtwoord.pdf", encrypted("geheim"), "password is required")
    buf = io.BytesIO()
    Image.new("RGB", (300, 400), "white").save(buf, format="PDF")
    put("scan.pdf", buf.getvalue(), "no text layer")
    put("leeg.pdf", b"", "empty file (0 bytes)")
    put("leeg.txt", b"", "empty file (0 bytes)")
    put("ruis.pdf", junk, "not a PDF")
    put("ruis-met-kop.pdf", b"%PDF-1.7\n" + junk, "PDF")
    put("ruis.txt", junk, "binary data")
    put("een-lange-regel.txt", b"Een zin met woorden over 2023. " * (10 * 1024 * 1024 // 31 + 1), "one line of")
    put("zelfverwijzend.pdf", self_referencing_pdf(), "PDF")
    put("spaties.txt", b" \n\t\n  \n", "only whitespace")
    put("notities.docx", b"PK\x03\x04", "unsupported file type")
    put(".verborgen.txt", GOOD_NL.encode(), "hidden file")
    put("..twee-punten-vooraan.txt", GOOD_NL.encode(), "hidden file")
    # entries that are not regular files, and links that go nowhere
    os.mkfifo(corpus / "pijp.txt")
    expect["pijp.txt"] = "named pipe"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(str(corpus / "socket.txt"))
    sock.close()
    expect["socket.txt"] = "socket"
    os.symlink("/dev/zero", corpus / "nullen.txt")
    expect["nullen.txt"] = "character device"
    os.symlink("lus-b.txt", corpus / "lus-a.txt")
    os.symlink("lus-a.txt", corpus / "lus-b.txt")
    expect["lus-a.txt"] = expect["lus-b.txt"] = "looping symbolic link"
    os.symlink("zelf.pdf", corpus / "zelf.pdf")
    expect["zelf.pdf"] = "looping symbolic link"
    (corpus / "sub").mkdir()
    os.symlink("..", corpus / "sub" / "terug")
    expect["sub/terug"] = "symbolic link to a folder"
    os.symlink("goed 000.txt", corpus / "link-naar-goed.txt")  # a link or a copy: indexed once
    expect["link-naar-goed.txt"] = "same content as goed 000.txt"
    put("zz kopie van utf16.txt", GOOD_NL.encode("utf-16"), "same content as utf16.txt")
    bad_name = os.fsencode(str(corpus)) + b"/caf\xe9.txt"
    with open(bad_name, "wb") as fh:
        fh.write(GOOD_NL.encode())
    expect["caf\\xe9.txt"] = "not valid UTF-8"
    return expect


def check_report(expect: dict[str, str | None], indexed: set[str], skipped: dict[str, str]) -> None:
    for name, reason in expect.items():
        if reason is None:
            assert name in indexed, f"{name} should be indexed (skipped: {skipped.get(name)})"
        else:
            assert name in skipped, f"{name} should be skipped with a reason"
            assert reason in skipped[name], f"{name}: {skipped[name]!r} does not name {reason!r}"
    assert not set(skipped) & indexed
    assert set(skipped) | indexed == set(expect), "every file is accounted for"


def test_bad_corpus_through_the_cli(tmp_path: Path) -> None:
    """`qa index` over 35 good, broken and hostile entries: exit 0, every skip listed with its reason."""
    corpus, idx = tmp_path / "corpus", tmp_path / "index"
    expect = make_bad_corpus(corpus)
    assert sum(r is not None for r in expect.values()) >= 20
    t0 = time.perf_counter()
    run = subprocess.run([str(QA), "index", "--corpus", str(corpus), "--index", str(idx), "--json", "-q"],
                         capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    assert "Traceback" not in run.stderr
    report = json.loads(run.stdout)
    skipped = {s["doc"]: s["reason"] for s in report["skipped"]}
    check_report(expect, set(report["added"]), skipped)
    for doc, reason in skipped.items():
        assert f"skipped {doc}: {reason}" in run.stderr  # listed for the person running it
    # a guessed encoding is indexed, but the person running it is told (mojibake starts here)
    assert "warning cp1252.txt: not valid UTF-8; decoded as Windows-1252 (cp1252)" in run.stderr
    assert any(w.startswith("utf16-zonder-bom.txt: decoded as UTF-16") for w in report["warnings"])
    loaded = Index(idx)
    assert {s.doc for s in loaded.skipped} == set(skipped)
    assert set(loaded.titles) == {n for n, r in expect.items() if r is None}
    hits = loaded.search("begeleidingsovereenkomsten per provincie", k=3)
    assert hits and hits[0].doc in ("goed 000.txt", "2000-paginas.pdf")
    doc = loaded.document("2000-paginas.pdf")
    assert len(doc.page_starts) == 2000
    assert loaded.document("utf16-zonder-bom.txt").text == GOOD_NL
    assert time.perf_counter() - t0 < 300

    # a second run: nothing changes, nothing good is lost, the skips are still listed
    again = subprocess.run([str(QA), "index", "--corpus", str(corpus), "--index", str(idx), "--json", "-q"],
                           capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    second = json.loads(again.stdout)
    assert second["embedded_chunks"] == 0 and sorted(second["unchanged"]) == sorted(report["added"])
    assert {s["doc"] for s in second["skipped"]} == set(skipped)


def test_only_bad_files_is_an_error_with_the_list(tmp_path: Path) -> None:
    corpus, idx = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    (corpus / "leeg.txt").write_bytes(b"")
    (corpus / "ruis.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)
    run = subprocess.run([str(QA), "index", "--corpus", str(corpus), "--index", str(idx), "-q"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert run.stderr.strip().splitlines()[-1] == "Error: no document could be indexed"
    assert "skipped leeg.txt: empty file (0 bytes)" in run.stderr


def test_an_empty_corpus_folder_leaves_the_index_as_it_was(tmp_path: Path) -> None:
    """A mistyped or unmounted corpus folder is an error, not 'every document removed'; QA_INDEX and
    QA_CORPUS name the folders as they do for the UI."""
    corpus, empty, idx = tmp_path / "corpus", tmp_path / "leeg", tmp_path / "index"
    corpus.mkdir()
    empty.mkdir()
    (empty / "notities.docx").write_bytes(b"PK\x03\x04")
    (corpus / "a.txt").write_text("In 2022 waren er 12 cafés met een terrasvergunning in Gent.\n", encoding="utf-8")
    env = {**os.environ, "QA_INDEX": str(idx), "QA_CORPUS": str(corpus)}
    fresh = subprocess.run([str(QA), "index", "--corpus", str(empty), "--index", str(tmp_path / "nieuw"), "-q"],
                           capture_output=True, text=True, timeout=300, env=env)
    assert fresh.returncode == 1 and "skipped notities.docx" in fresh.stderr  # not a silent 'done'
    (tmp_path / "niets").mkdir()
    none = subprocess.run([str(QA), "index", "--corpus", str(tmp_path / "niets"), "--index", str(tmp_path / "n2"), "-q"],
                          capture_output=True, text=True, timeout=300, env=env)
    assert none.returncode == 1 and f"no file to index in {tmp_path / 'niets'}" in none.stderr
    blank = subprocess.run([str(QA), "ask", "Hoeveel?", "--index", str(tmp_path / "n2")], capture_output=True, text=True,
                           timeout=300)  # the empty first index answers nothing: it says so, not 'not in the documents'
    assert blank.returncode == 1 and "holds no documents" in blank.stderr and "qa index --corpus" in blank.stderr
    lost = subprocess.run([str(QA), "ask", "Hoeveel?", "--index", str(tmp_path / "geen")], capture_output=True, text=True,
                          timeout=300)
    assert lost.returncode == 1 and "--index (or QA_INDEX)" in lost.stderr  # says where it looked and how to point
    first = subprocess.run([str(QA), "index", "-q"], capture_output=True, text=True, timeout=300, env=env)
    assert first.returncode == 0, first.stderr
    live = current_dir(idx)
    run = subprocess.run([str(QA), "index", "--corpus", str(empty), "-q"], capture_output=True, text=True,
                         timeout=300, env=env)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert f"no file to index in {empty}" in run.stderr and "notities.docx" in run.stderr
    assert "the index is left as it was" in run.stderr
    assert current_dir(idx) == live and set(Index(idx).titles) == {"a.txt"}
    ask = subprocess.run([str(QA), "ask", "Hoeveel cafés hadden in 2022 een terrasvergunning?"],
                         capture_output=True, text=True, timeout=300, env=env)
    assert ask.returncode == 0 and ask.stdout.startswith("12 ") and "a.txt" in ask.stdout, ask.stdout + ask.stderr


def test_files_that_vanish_change_or_refuse_during_indexing(tmp_path: Path, monkeypatch) -> None:
    """Races the scan cannot see: a file deleted or rewritten between scan, hash and read; a permission error."""
    corpus, idx = tmp_path / "corpus", tmp_path / "index"
    corpus.mkdir()
    for name in ("verdwijnt-na-scan.txt", "verdwijnt-na-hash.txt", "wijzigt.txt", "geweigerd.txt",
                 "goed.txt", "groeit.pdf"):
        (corpus / name).write_text(f"Document {name} over de begroting van 2023 in Limburg.\n", encoding="utf-8")
    (corpus / "groeit.pdf").write_bytes(SEED_PDF.read_bytes())
    real_sha, real_load, real_open = index_mod.file_sha256, index_mod.load_document, os.open
    new_text = "Nieuwe inhoud, geschreven terwijl de index liep: 1.234 dossiers in 2024.\n"

    def sha(path: Path) -> str:
        if path.name == "verdwijnt-na-scan.txt":
            path.unlink()
        return real_sha(path)

    def load(path: Path, root: Path, **kw):
        if path.name == "verdwijnt-na-hash.txt":
            path.unlink()
        if path.name == "wijzigt.txt":
            path.write_text(new_text, encoding="utf-8")
        if path.name == "groeit.pdf":  # a PDF still being written: only its first half is there
            path.write_bytes(SEED_PDF.read_bytes()[:9000])
        return real_load(path, root, **kw)

    def guarded_open(path, flags, *args, **kw):
        if str(path).endswith("geweigerd.txt"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kw)

    monkeypatch.setattr(index_mod, "file_sha256", sha)
    monkeypatch.setattr(index_mod, "load_document", load)
    monkeypatch.setattr(os, "open", guarded_open)
    report = build(corpus, idx)
    monkeypatch.undo()
    skipped = {s.doc: s.reason for s in report.skipped}
    assert skipped["verdwijnt-na-scan.txt"].startswith("cannot read file (No such file")
    assert skipped["verdwijnt-na-hash.txt"].startswith("cannot read file (No such file")
    assert skipped["geweigerd.txt"] == "cannot read file (Permission denied)"
    assert "PDF" in skipped["groeit.pdf"]
    assert sorted(report.added) == ["goed.txt", "wijzigt.txt"]
    loaded = Index(idx)
    changed = loaded.document("wijzigt.txt")
    assert changed.text == new_text, "the text indexed is the text read, not the text hashed earlier"
    assert loaded.manifest["documents"]["wijzigt.txt"] == real_sha(corpus / "wijzigt.txt")
    # the next run sees the PDF complete and the file readable again; nothing else is re-embedded
    (corpus / "groeit.pdf").write_bytes(SEED_PDF.read_bytes())
    (corpus / "verdwijnt-na-scan.txt").write_text("Terug.\n", encoding="utf-8")
    second = build(corpus, idx)
    assert sorted(second.added) == ["geweigerd.txt", "groeit.pdf", "verdwijnt-na-scan.txt"]
    assert sorted(second.unchanged) == ["goed.txt", "wijzigt.txt"]


def test_unreadable_folder_is_listed(tmp_path: Path, monkeypatch) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "dicht").mkdir(parents=True)
    (corpus / "dicht" / "x.txt").write_text("x\n", encoding="utf-8")
    (corpus / "open.txt").write_text("y\n", encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path="."):
        if str(path).endswith("dicht"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    files, skipped = index_mod.scan_corpus(corpus)
    assert [p.name for p in files] == ["open.txt"]
    assert [(s.doc, s.reason) for s in skipped] == [("dicht", "cannot read directory (Permission denied)")]


# -- the per-file budget ------------------------------------------------------

def test_time_budget_stops_a_slow_pdf(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "lang.pdf"
    path.write_bytes(pdf_with_pages(2000, text_pages=2000))
    monkeypatch.setattr(ingest, "PDF_TIMEOUT_S", 1.0)
    t0 = time.perf_counter()
    with pytest.raises(IngestError, match=r"reading the PDF took longer than the 1 s limit per file"):
        load_document(path, tmp_path)
    assert time.perf_counter() - t0 < 20


def test_memory_budget_stops_a_greedy_parse() -> None:
    with pytest.raises(IngestError, match="needed more than the 300 MB memory limit"):
        ingest.run_limited(bytearray, 2 * 1024**3, timeout_s=30, memory_mb=300, what="reading the PDF")


def test_crashing_parser_is_a_named_skip() -> None:
    with pytest.raises(IngestError, match=r"reading the PDF crashed \(signal 6: SIGABRT\)"):
        ingest.run_limited(os.abort, timeout_s=10, memory_mb=0, what="reading the PDF")


def test_decompression_bomb_pdf_is_skipped(tmp_path: Path, monkeypatch) -> None:
    """A 200 MB content stream compressed to 200 kB: skipped by pypdf's limits or by the memory budget."""
    bomb = zlib.compress(b"BT (A) Tj ET\n" + b" " * (200 * 1024**2), 9)
    path = tmp_path / "bom.pdf"
    path.write_bytes(make_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /MediaBox [0 0 612 792] >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(bomb) + bomb + b"\nendstream",
    ]))
    monkeypatch.setattr(ingest, "PDF_MEMORY_MB", 250)
    monkeypatch.setattr(ingest, "PDF_TIMEOUT_S", 60.0)
    with pytest.raises(IngestError) as err:
        load_document(path, tmp_path)
    assert str(err.value)


def test_seed_pdf_stays_fast() -> None:
    load_document(SEED_PDF, PDFS)  # the child-process machinery is warm after the first file
    t0 = time.perf_counter()
    doc = load_document(SEED_PDF, PDFS)
    assert time.perf_counter() - t0 < 0.5
    assert "Totaal 715" in doc.text


@pytest.mark.slow
def test_2000_text_pages_index_within_the_default_budget(tmp_path: Path) -> None:
    path = tmp_path / "dik.pdf"
    path.write_bytes(pdf_with_pages(2000, text_pages=2000))
    doc = load_document(path, tmp_path)
    assert len(doc.page_starts) == 2000 and doc.text.count("Totaal 715") == 1000


def test_facts_budget_keeps_the_chunks(tmp_path: Path, monkeypatch) -> None:
    """Fact extraction over budget costs a long document its facts, never its chunks."""
    monkeypatch.setattr(index_mod, "FACTS_INPROCESS_CHARS", 10)
    monkeypatch.setattr(index_mod, "FACTS_TIMEOUT_S", 0.01)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "doc.txt").write_text(small_text("000_f85098453f70527a.txt", 30), encoding="utf-8")
    report = build(corpus, tmp_path / "index")
    assert report.added == ["doc.txt"] and report.chunks > 0 and report.facts == 0
    conn = sqlite3.connect(current_dir(tmp_path / "index") / "qa.sqlite")
    warnings = json.loads(conn.execute("SELECT warnings FROM documents").fetchone()[0])
    assert any("fact extraction took longer" in w for w in warnings)
