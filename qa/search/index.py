"""Build and update the index: incremental by content hash, written aside, swapped.

A build writes a new version directory next to the live one, copies what is
unchanged from the live version (vectors included), embeds only new or
changed documents, then points CURRENT at the new version in one rename.
An exception or a kill at any moment leaves the previous version live.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import stat
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from . import store
from ..chunk import chunk_document, search_text
from .words import store_words
from .embed import DEFAULT_EMBEDDER, get_embedder
from .journal import JOURNAL, Journal, Progress
from .report import BuildReport, unsure_tables
from .. import ingest
from ..ingest import DEFAULT_MAX_BYTES, IngestError, SUPPORTED, file_sha256, load_document
from ..models import Chunk, Document, Fact, Skipped, TableInfo
from ..text import find_abbreviations, stems

EMBED_BATCH = 16
# Fact extraction of a long document runs in a child process under this budget
# (the parsers are fast on real documents, but a pathological one must not hang
# the run); on time-out the document keeps its chunks and loses only its facts.
FACTS_INPROCESS_CHARS = 200_000
FACTS_TIMEOUT_S = float(os.environ.get("QA_FACTS_TIMEOUT", "300"))


class LockedError(Exception):
    """Another `qa index` holds the lock."""


@contextmanager
def index_lock(index_dir: Path):
    index_dir.mkdir(parents=True, exist_ok=True)
    fh = open(index_dir / ".lock", "w")
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as exc:
        fh.close()
        raise LockedError(f"another index run is in progress on {index_dir} (lock file {index_dir / '.lock'})") from exc
    try:
        yield
    finally:
        fcntl.flock(fh, fcntl.LOCK_UN)
        fh.close()


def _display(rel: str) -> str:
    """A path that can be stored and printed: undecodable bytes in a name become \\x escapes."""
    return rel.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def scan_corpus(corpus: Path) -> tuple[list[Path], list[Skipped]]:
    """Candidate files under corpus, sorted; everything else that looks like a document is Skipped with a reason.

    Only regular files (or symbolic links to them) are candidates. Directory
    symlinks are not followed (no loops, nothing outside the corpus twice);
    FIFOs, sockets and devices are skipped without being opened.
    """
    files: list[Path] = []
    skipped: list[Skipped] = []

    def skip(rel: str, reason: str) -> None:
        skipped.append(Skipped(doc=_display(rel), reason=reason))

    def onerror(err: OSError) -> None:
        rel = Path(err.filename).relative_to(corpus).as_posix() if err.filename else "?"
        skip(rel, f"cannot read directory ({err.strerror})")

    for dirpath, dirnames, filenames in os.walk(corpus, onerror=onerror, followlinks=False):
        keep = []
        for d in sorted(dirnames):
            if d.startswith("."):
                continue
            path = Path(dirpath) / d
            if path.is_symlink():
                skip(path.relative_to(corpus).as_posix(), "symbolic link to a folder (not followed)")
            else:
                keep.append(d)
        dirnames[:] = keep
        for name in sorted(filenames):
            path = Path(dirpath) / name
            rel = path.relative_to(corpus).as_posix()
            if name.startswith("."):
                if path.suffix.lower() in SUPPORTED:
                    skip(rel, "hidden file (name starts with '.'); rename it to index it")
                continue
            try:
                rel.encode("utf-8")
            except UnicodeEncodeError:
                skip(rel, "file name is not valid UTF-8; rename it to index it")
                continue
            try:
                mode = path.stat().st_mode
            except OSError as exc:
                if path.is_symlink():
                    skip(rel, "broken or looping symbolic link")
                else:
                    skip(rel, f"cannot read file ({exc.strerror or exc})")
                continue
            if path.suffix.lower() not in SUPPORTED:
                skip(rel, f"unsupported file type '{path.suffix or 'none'}'")
            elif not stat.S_ISREG(mode):
                kind = next((k for test, k in ingest._KINDS if test(mode)), "not a regular file")
                skip(rel, f"not a regular file ({kind})")
            else:
                files.append(path)
    return files, skipped


def _extract_facts(doc: Document) -> tuple[tuple[list[Fact], list[TableInfo]], str | None]:
    """Facts and tables of one document, and a warning when extraction failed or ran out of budget."""
    from ..facts.extract import extract_all

    if len(doc.text) > FACTS_INPROCESS_CHARS:
        try:
            return ingest.run_limited(extract_all, doc, timeout_s=FACTS_TIMEOUT_S, memory_mb=ingest.PDF_MEMORY_MB,
                                      what="fact extraction"), None
        except IngestError as exc:  # over budget: the document keeps its chunks
            return ([], []), str(exc)
        except ingest.ChildUnavailable:
            pass
    try:
        return extract_all(doc), None
    except Exception as exc:  # a parser bug must not cost the document its chunks
        return ([], []), f"fact extraction failed ({type(exc).__name__}: {exc})"


def nothing_to_index(corpus: Path) -> str:
    return f"no file to index in {corpus} (looked for {', '.join(sorted(SUPPORTED))})"


def build_index(corpus: Path, index_dir: Path, embedder_name: str = DEFAULT_EMBEDDER, rebuild: bool = False,
                max_bytes: int = DEFAULT_MAX_BYTES, progress: bool = True,
                on_progress: Callable[[str, float], None] | None = None) -> BuildReport:
    """Index `corpus` into `index_dir`; see the module docstring for the guarantees."""
    t0 = time.perf_counter()
    corpus, index_dir = corpus.resolve(), index_dir.resolve()
    if not corpus.is_dir():
        raise FileNotFoundError(f"corpus folder {corpus} does not exist")
    with index_lock(index_dir):
        report = BuildReport()
        prev_dir = store.current_dir(index_dir)
        files, report.skipped = scan_corpus(corpus)  # once, under the lock: what is checked is what is built
        if not files and prev_dir is not None:  # a wrong or unmounted folder must not empty a working index
            other = report.skipped
            listed = f" ({len(other)} other file(s): {', '.join(s.doc for s in other[:3])})" if other else ""
            raise ValueError(f"{nothing_to_index(corpus)}{listed}; the index is left as it was "
                             "(to empty it, delete its folder)")
        prev_manifest = None
        if prev_dir is not None and not rebuild:
            try:
                prev_manifest = store.read_manifest(prev_dir)
                store.verify_files(prev_dir, prev_manifest)
                store.check_database(prev_dir / "qa.sqlite")
            except store.IndexError_ as exc:
                report.rebuilt = str(exc).split(";")[0]
                prev_manifest = None
            if prev_manifest and prev_manifest.get("embedder") != embedder_name:
                report.rebuilt = f"embedder changed from {prev_manifest.get('embedder')} to {embedder_name}"
                prev_manifest = None
        elif rebuild:
            report.rebuilt = "--rebuild requested"
        version = f"v-{time.strftime('%Y%m%d-%H%M%S')}-{time.time_ns() % 10**9:09d}-{os.getpid()}"
        new_dir = index_dir / version
        new_dir.mkdir()
        try:
            _build_into(new_dir, corpus, files, prev_dir if prev_manifest else None, prev_manifest, embedder_name,
                        max_bytes, progress, on_progress, report)
            store.swap_current(index_dir, new_dir)
            (index_dir / JOURNAL).unlink(missing_ok=True)  # its vectors now live in the new version
        except BaseException:
            shutil.rmtree(new_dir, ignore_errors=True)
            raise
        _remove_old_versions(index_dir, keep={new_dir.name, prev_dir.name if prev_dir else ""})
        report.version = version
        report.seconds = round(time.perf_counter() - t0, 2)
        return report


def _build_into(new_dir: Path, corpus: Path, files: list[Path], prev_dir: Path | None, prev_manifest: dict | None,
                embedder_name: str, max_bytes: int, progress: bool,
                on_progress: Callable[[str, float], None] | None, report: BuildReport) -> None:
    conn = store.connect(new_dir / "qa.sqlite")
    store.migrate(conn)
    prev_docs: dict[str, str] = dict((prev_manifest or {}).get("documents", {}))
    facts_stale = (prev_manifest or {}).get("facts_version") != store.facts_version()
    if prev_dir is not None:
        conn.execute("ATTACH DATABASE ? AS prev", (f"file:{prev_dir / 'qa.sqlite'}?mode=ro",))
    todo: list[tuple[Document, list]] = []
    order: list[tuple[str, Document | None]] = []  # every indexed document, in corpus order
    manifest_docs: dict[str, str] = {}
    first_with: dict[str, str] = {}  # sha256 -> the document indexed with that content

    def duplicate(rel: str, sha: str) -> bool:
        """Identical files (copies, links) are indexed once: their chunks would share ids and citations."""
        if sha in first_with:
            report.skipped.append(Skipped(doc=rel, reason=f"same content as {first_with[sha]} (indexed once)"))
            return True
        first_with[sha] = rel
        return False

    for path in files:
        rel = path.relative_to(corpus).as_posix()
        try:
            sha = file_sha256(path)
        except IngestError as exc:  # vanished, became a FIFO, permission denied...
            report.skipped.append(Skipped(doc=rel, reason=str(exc)))
            continue
        except OSError as exc:
            report.skipped.append(Skipped(doc=rel, reason=f"cannot read file ({exc.strerror or exc})"))
            continue
        if prev_dir is not None and prev_docs.get(rel) == sha:
            if duplicate(rel, sha):
                continue
            order.append((rel, None))
            report.unchanged.append(rel)
            manifest_docs[rel] = sha
            continue
        try:
            doc = load_document(path, corpus, max_bytes=max_bytes)
            chunks = chunk_document(doc)
            report.warnings.extend(f"{rel}: {w}" for w in doc.warnings)  # e.g. decoded as cp1252
        except IngestError as exc:
            report.skipped.append(Skipped(doc=rel, reason=str(exc)))
            continue
        except Exception as exc:  # a bug on one odd file must not stop the run
            report.skipped.append(Skipped(doc=rel, reason=f"could not be read ({type(exc).__name__}: {exc})"[:300]))
            continue
        if duplicate(rel, doc.sha256):
            continue
        todo.append((doc, chunks))
        order.append((rel, doc))
        (report.updated if rel in prev_docs else report.added).append(rel)
        manifest_docs[rel] = doc.sha256
    report.removed = sorted(set(prev_docs) - set(manifest_docs) - {s.doc for s in report.skipped})
    embedder = get_embedder(embedder_name) if todo or prev_dir is None else None
    stored = _embed_and_store(conn, todo, embedder, progress, on_progress, report, new_dir.parent)
    # rows go in in corpus order whether copied or new, so an incremental build equals a clean one
    # row for row (FAISS ids and score ties included)
    for rel, doc in order:
        if doc is None:
            _copy_document(conn, rel, facts_stale)
        else:
            store.insert_document(conn, doc, *stored[rel])
    conn.executemany("INSERT OR REPLACE INTO skipped VALUES (?, ?)", [(s.doc, s.reason) for s in report.skipped])

    def word_embedder():
        nonlocal embedder
        embedder = embedder or get_embedder(embedder_name)  # (an old index has no words yet: embed them once)
        return embedder
    report.embedded_words = store_words(conn, word_embedder, prev_dir is not None)
    conn.commit()
    _write_search_files(conn, new_dir)
    dim = embedder.dim if embedder else int(prev_manifest["dim"]) if prev_manifest else 0
    probe = _probe(embedder) if embedder else (prev_manifest or {}).get("probe")
    report.chunks = conn.execute("SELECT count(*) FROM chunks").fetchone()[0]
    report.facts = conn.execute("SELECT count(*) FROM facts").fetchone()[0]
    if prev_dir is not None:
        conn.execute("DETACH DATABASE prev")
    conn.close()
    # the embedder is also recorded in a file the manifest's digests cover: an edited manifest cannot
    # make a different model (with the same dimension) read these vectors
    (new_dir / "embedder.json").write_text(json.dumps({"embedder": embedder_name, "dim": dim}), encoding="utf-8")
    store.write_manifest(new_dir, {
        "format_version": store.FORMAT_VERSION, "embedder": embedder_name, "dim": dim,
        "facts_version": store.facts_version(), "corpus": str(corpus), "built": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "documents": manifest_docs, "skipped": {s.doc: s.reason for s in report.skipped},
        "chunks": report.chunks, "facts": report.facts, "probe": probe,
        "files": store.file_digests(new_dir),
    })
    _fsync_tree(new_dir)


def _probe(embedder) -> list[float]:
    """The embedder's vector for a fixed text: a loaded index checks its embedder still gives it."""
    return [round(float(x), 6) for x in embedder.embed_queries([store.PROBE_TEXT])[0]]


def _fsync_tree(version_dir: Path) -> None:
    """Flush a finished version to disk before CURRENT points at it (a power cut must not expose a torn one)."""
    for path in [*version_dir.rglob("*"), version_dir]:
        store.fsync_path(path)


def _copy_document(conn, rel: str, facts_stale: bool) -> None:
    """Carry an unchanged document over from the previous version, vectors included."""
    conn.execute("INSERT INTO documents SELECT * FROM prev.documents WHERE doc = ?", (rel,))
    conn.execute('INSERT INTO chunks (id, doc, title, page, line_start, line_end, start, "end", text, heading, vector)'
                 ' SELECT id, doc, title, page, line_start, line_end, start, "end", text, heading, vector'
                 " FROM prev.chunks WHERE doc = ? ORDER BY rowid", (rel,))
    conn.execute("INSERT INTO page_words SELECT * FROM prev.page_words WHERE doc = ? ORDER BY page", (rel,))
    if facts_stale:
        doc = store.load_document(conn, rel)
        if doc is not None:
            doc.words = store.load_words(conn, rel)
        (facts, tables), _ = _extract_facts(doc) if doc else (([], []), None)
        store.insert_facts(conn, facts, tables)
        conn.execute("UPDATE documents SET n_facts = ? WHERE doc = ?", (len(facts), rel))
    else:
        conn.execute("INSERT INTO facts (doc, data, value, year, region, description, table_id, row_path, col_path)"
                     " SELECT doc, data, value, year, region, description, table_id, row_path, col_path"
                     " FROM prev.facts WHERE doc = ? ORDER BY rowid", (rel,))
        conn.execute("INSERT INTO tables (id, doc, data) SELECT id, doc, data FROM prev.tables WHERE doc = ?"
                     " ORDER BY rowid", (rel,))


def _embed_and_store(conn, planned: list[tuple[Document, list]], embedder, progress: bool,
                     on_progress: Callable[[str, float], None] | None, report: BuildReport,
                     index_dir: Path) -> dict:
    """Embed and extract facts for new documents; returns doc -> (chunks, vectors, facts) to insert.

    Each document's vectors go to the journal as soon as they exist, so a stopped
    build resumes where it was (`report.resumed_chunks` counts what it reused)."""
    total = sum(len(c) for _, c in planned)
    bar = Progress(len(planned), total, enabled=progress)
    journal = Journal(index_dir, embedder.name, embedder.dim) if planned else None
    # facts are read in a second thread while the first embeds (the embedding engine releases the GIL):
    # on two cores the build then takes about as long as embedding alone
    facts_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="facts")
    done = 0
    stored: dict[str, tuple] = {}
    try:
        pending = [facts_pool.submit(_extract_facts, doc) for doc, _ in planned]  # read ahead, in order
        for (doc, chunks), facts_done in zip(planned, pending):
            texts = [search_text(c) for c in chunks]
            known = _previous_vectors(conn, doc.doc)
            resumed = journal.get([t for t in texts if t not in known])
            known.update(resumed)
            vectors = np.zeros((len(texts), embedder.dim), dtype=np.float32)
            todo = [i for i, t in enumerate(texts) if t not in known]
            for i, t in enumerate(texts):
                if t in known:
                    vectors[i] = known[t]
            report.resumed_chunks += sum(1 for t in texts if t in resumed)
            for b in range(0, len(todo), EMBED_BATCH):
                batch = todo[b:b + EMBED_BATCH]
                vectors[batch] = embedder.embed_passages([texts[i] for i in batch])
                bar.advance(doc.doc, len(batch))
                done += len(batch)
                if on_progress:
                    on_progress(doc.doc, done / max(1, total))
            journal.put([texts[i] for i in todo], vectors[todo])
            (facts, tables), warning = facts_done.result()
            unsure = ([warning] if warning else []) + unsure_tables(tables)
            doc.warnings.extend(unsure)
            report.warnings.extend(f"{doc.doc}: {w}" for w in unsure)
            stored[doc.doc] = (chunks, vectors, facts, tables)
            report.embedded_chunks += len(todo)
            bar.advance(doc.doc, len(texts) - len(todo), finished_doc=True)
    finally:
        facts_pool.shutdown(wait=False, cancel_futures=True)
        bar.close()
        if journal is not None:
            journal.close()
    return stored


def _previous_vectors(conn, doc: str) -> dict[str, np.ndarray]:
    """Vectors of a changed document's unchanged chunks in the previous version, by embedded text:
    editing one number re-embeds the passages around it, not the whole document."""
    if not any(row[1] == "prev" for row in conn.execute("PRAGMA database_list")):
        return {}
    known: dict[str, np.ndarray] = {}
    for title, heading, text, vector in conn.execute(
            "SELECT title, heading, text, vector FROM prev.chunks WHERE doc = ?", (doc,)):
        chunk = Chunk(id="", doc=doc, title=title or "", page=None, line_start=1, line_end=1, start=0,
                      end=len(text), text=text, heading=heading or "")
        known[search_text(chunk)] = np.frombuffer(vector, dtype=np.float32)
    return known


def _write_search_files(conn, new_dir: Path) -> None:
    """FAISS over all chunk vectors, BM25 over chunks, whole documents and fact descriptions, abbreviations."""
    import bm25s
    import faiss

    chunks, matrix, rowids = store.load_chunks(conn)
    if len(chunks):
        index = faiss_index(matrix.shape[1], len(chunks))
        index.add_with_ids(matrix, np.asarray(rowids, dtype=np.int64))
        faiss.write_index(index, str(new_dir / "chunks.faiss"))
    for name, texts in (("bm25", [search_text(c) for c in chunks]),
                        ("bm25_facts", [r[0] or "" for r in conn.execute("SELECT description FROM facts ORDER BY rowid")])):
        if texts:
            retriever = bm25s.BM25()
            retriever.index([stems(t) or [""] for t in texts], show_progress=False)
            retriever.save(str(new_dir / name))
    documents = conn.execute("SELECT doc, title, text FROM documents ORDER BY rowid").fetchall()
    if documents and len(chunks):  # whole documents, in rowid order (the order Index reads them back in)
        retriever = bm25s.BM25()
        retriever.index([stems(f"{title or ''}\n{text}") or [""] for _, title, text in documents], show_progress=False)
        retriever.save(str(new_dir / "bm25_docs"))
    store.write_label_df(conn)
    conn.execute("DELETE FROM terms")
    for doc, _, text in documents:
        conn.executemany("INSERT INTO terms VALUES (?,?,?)",
                         [(s, l, doc) for s, l in sorted(set(find_abbreviations(text)))])
    conn.commit()


def faiss_index(dim: int, n: int):
    """Exact inner-product search up to 200k vectors (fast enough, no training, no recall loss);
    HNSW beyond that, where a flat scan would cost tens of milliseconds per query."""
    import faiss

    base = faiss.IndexFlatIP(dim) if n <= 200_000 else faiss.IndexHNSWFlat(dim, 32, faiss.METRIC_INNER_PRODUCT)
    return faiss.IndexIDMap2(base)


def _remove_old_versions(index_dir: Path, keep: set[str]) -> None:
    for child in index_dir.iterdir():
        if child.is_dir() and child.name.startswith("v-") and child.name not in keep:
            shutil.rmtree(child, ignore_errors=True)
