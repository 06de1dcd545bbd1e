"""On-disk index layout and the SQLite schema.

index/
  CURRENT -> v-<stamp>/   a symlink swapped atomically after a build
  v-<stamp>/manifest.json  format version, embedder, per-document hashes
  v-<stamp>/qa.sqlite      documents, chunks (with vectors), facts, skipped
  v-<stamp>/chunks.faiss   vectors of the chunks, id = chunks.rowid
  v-<stamp>/bm25/          bm25s files (npy + json, no pickle)
  .lock                    held by the one `qa index` run allowed at a time
  journal.sqlite           vectors a build has made so far (see journal.py); gone once it is live
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import numpy as np

from ..models import Chunk, Document, Fact, Skipped, TableInfo

FORMAT_VERSION = 2  # 2: page word boxes, tables, facts' header paths
CURRENT = "CURRENT"
REBUILD = "run `qa index --rebuild`"
PROBE_TEXT = "query: hoeveel begeleidingsovereenkomsten in Limburg 2022"

MIGRATIONS: list[str] = [
    """
    CREATE TABLE documents (
        doc TEXT PRIMARY KEY, sha256 TEXT NOT NULL, title TEXT, meta TEXT,
        text TEXT NOT NULL, page_starts TEXT, warnings TEXT, n_chunks INTEGER, n_facts INTEGER
    );
    CREATE TABLE chunks (
        rowid INTEGER PRIMARY KEY, id TEXT UNIQUE, doc TEXT NOT NULL, title TEXT, page INTEGER,
        line_start INTEGER, line_end INTEGER, start INTEGER, "end" INTEGER, text TEXT,
        heading TEXT, vector BLOB
    );
    CREATE INDEX chunks_doc ON chunks(doc);
    CREATE TABLE facts (rowid INTEGER PRIMARY KEY, doc TEXT NOT NULL, data TEXT NOT NULL,
        value REAL, year TEXT, region TEXT, description TEXT);
    CREATE INDEX facts_doc ON facts(doc);
    CREATE TABLE skipped (doc TEXT PRIMARY KEY, reason TEXT NOT NULL);
    CREATE TABLE terms (short TEXT, long TEXT, doc TEXT);
    """,
    """
    CREATE TABLE page_words (doc TEXT NOT NULL, page INTEGER NOT NULL, words TEXT NOT NULL);
    CREATE INDEX page_words_doc ON page_words(doc);
    ALTER TABLE facts ADD COLUMN table_id TEXT;
    ALTER TABLE facts ADD COLUMN row_path TEXT;
    ALTER TABLE facts ADD COLUMN col_path TEXT;
    CREATE TABLE tables (rowid INTEGER PRIMARY KEY, id TEXT UNIQUE, doc TEXT NOT NULL, data TEXT NOT NULL);
    CREATE INDEX tables_doc ON tables(doc);
    """,
    """
    CREATE TABLE label_df (stem TEXT PRIMARY KEY, df INTEGER NOT NULL);
    CREATE INDEX facts_table ON facts(table_id);
    """,
    """
    CREATE TABLE words (word TEXT PRIMARY KEY, vector BLOB NOT NULL);
    """,
]


class IndexError_(Exception):
    """The index is missing or damaged; the message says how to repair it."""


def migrate(conn: sqlite3.Connection) -> None:
    """Apply numbered migrations; PRAGMA user_version records how far we got."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for i, script in enumerate(MIGRATIONS[version:], start=version + 1):
        conn.executescript(script)
        conn.execute(f"PRAGMA user_version = {i}")
    conn.commit()


def connect(path: Path, readonly: bool = False) -> sqlite3.Connection:
    if readonly:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    return conn


def current_dir(index_dir: Path) -> Path | None:
    """The live version directory, or None when nothing was built yet."""
    link = index_dir / CURRENT
    if not link.exists():
        return None
    return link.resolve()


def swap_current(index_dir: Path, version_dir: Path) -> None:
    """Point CURRENT at a finished build in one atomic rename."""
    tmp = index_dir / f".{CURRENT}.tmp"
    if tmp.is_symlink() or tmp.exists():
        tmp.unlink()
    os.symlink(version_dir.name, tmp)
    os.replace(tmp, index_dir / CURRENT)
    fsync_path(index_dir)


def fsync_path(path: Path) -> None:
    """Flush a file or a folder entry to disk; best effort (some file systems refuse)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def file_digests(version_dir: Path) -> dict[str, dict[str, Any]]:
    """Size and SHA-256 of every file of a finished version (the manifest records them)."""
    out = {}
    for path in sorted(version_dir.rglob("*")):
        if path.is_file() and path.name != "manifest.json":
            out[path.relative_to(version_dir).as_posix()] = {"size": path.stat().st_size, "sha256": _sha256(path)}
    return out


def verify_files(version_dir: Path, manifest: dict[str, Any]) -> None:
    """IndexError_ unless every file the manifest lists is there, whole and unchanged.

    SQLite, FAISS and bm25s do not notice every damaged byte themselves; a
    flipped byte in a stored text would otherwise be quoted as a source.
    """
    files = manifest.get("files")
    if files is None:  # built before digests were recorded
        check_database(version_dir / "qa.sqlite")
        return
    for name, want in files.items():
        path = version_dir / name
        try:
            size = path.stat().st_size
        except OSError:
            raise IndexError_(f"index file {name} is missing from {version_dir}; {REBUILD}") from None
        if size != want.get("size"):
            raise IndexError_(f"index file {name} in {version_dir} is damaged (size {size}, expected "
                              f"{want.get('size')}); {REBUILD}")
        try:
            digest = _sha256(path)
        except OSError as exc:
            raise IndexError_(f"index file {name} in {version_dir} cannot be read ({exc.strerror}); {REBUILD}") from exc
        if digest != want.get("sha256"):
            raise IndexError_(f"index file {name} in {version_dir} is damaged (contents changed); {REBUILD}")


def recorded_embedder(manifest: dict[str, Any]) -> str | None:
    """The embedder named in embedder.json (covered by the manifest's digests), if the version has one."""
    path = manifest.get("_dir")
    if not path or "embedder.json" not in manifest.get("files", {}):
        return None
    try:
        return json.loads((Path(path) / "embedder.json").read_text(encoding="utf-8")).get("embedder")
    except (OSError, ValueError, AttributeError):
        raise IndexError_(f"index file embedder.json in {path} is unreadable; {REBUILD}") from None


def check_database(path: Path) -> None:
    """IndexError_ unless SQLite's own quick check passes."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise IndexError_(f"index database {path} is damaged ({exc}); {REBUILD}") from exc
    if result != "ok":
        raise IndexError_(f"index database {path} is damaged ({result}); {REBUILD}")


def write_manifest(version_dir: Path, manifest: dict[str, Any]) -> None:
    (version_dir / "manifest.json").write_text(json.dumps(manifest, indent=1, ensure_ascii=False), encoding="utf-8")


def read_manifest(version_dir: Path) -> dict[str, Any]:
    path = version_dir / "manifest.json"
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise IndexError_(f"index manifest {path} is missing or unreadable ({exc}); run `qa index --rebuild`") from exc
    if not isinstance(manifest, dict):
        raise IndexError_(f"index manifest {path} is not a JSON object; {REBUILD}")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexError_(f"index format {manifest.get('format_version')} is not {FORMAT_VERSION}; "
                          "run `qa index --rebuild`")
    manifest["_dir"] = str(version_dir)
    return manifest


def insert_document(conn: sqlite3.Connection, doc: Document, chunks: list[Chunk],
                    vectors: np.ndarray, facts: list[Fact], tables: list[TableInfo] | None = None) -> None:
    conn.execute(
        "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?)",
        (doc.doc, doc.sha256, doc.title, doc.meta.model_dump_json(), doc.text,
         json.dumps(doc.page_starts), json.dumps(doc.warnings), len(chunks), len(facts)),
    )
    conn.executemany(
        'INSERT INTO chunks (id, doc, title, page, line_start, line_end, start, "end", text, heading, vector)'
        " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        [(c.id, c.doc, c.title, c.page, c.line_start, c.line_end, c.start, c.end, c.text, c.heading,
          vectors[i].astype(np.float32).tobytes()) for i, c in enumerate(chunks)],
    )
    conn.executemany("INSERT INTO page_words VALUES (?,?,?)",
                     [(doc.doc, i + 1, json.dumps(words, ensure_ascii=False)) for i, words in enumerate(doc.words)])
    insert_facts(conn, facts, tables or [])


def insert_facts(conn: sqlite3.Connection, facts: list[Fact], tables: list[TableInfo]) -> None:
    conn.executemany(
        "INSERT INTO facts (doc, data, value, year, region, description, table_id, row_path, col_path)"
        " VALUES (?,?,?,?,?,?,?,?,?)",
        [(f.doc, f.model_dump_json(), f.value, f.year, f.region, f.description, f.table_id or None,
          json.dumps(f.row_path, ensure_ascii=False), json.dumps(f.col_path, ensure_ascii=False)) for f in facts],
    )
    conn.executemany("INSERT INTO tables (id, doc, data) VALUES (?,?,?)",
                     [(t.id, t.doc, t.model_dump_json()) for t in tables])


def load_words(conn: sqlite3.Connection, doc: str) -> list[list]:
    """A PDF's word boxes per page ([] for text files), for re-reading its tables."""
    rows = conn.execute("SELECT words FROM page_words WHERE doc = ? ORDER BY page", (doc,)).fetchall()
    return [[tuple(w) for w in json.loads(r["words"])] for r in rows]


def load_tables(conn: sqlite3.Connection, doc: str | None = None) -> list[TableInfo]:
    sql, args = "SELECT data FROM tables", ()
    if doc:
        sql, args = sql + " WHERE doc = ?", (doc,)
    return [TableInfo.model_validate_json(r["data"]) for r in conn.execute(sql + " ORDER BY rowid", args)]


def load_document(conn: sqlite3.Connection, doc: str) -> Document | None:
    row = conn.execute("SELECT * FROM documents WHERE doc = ?", (doc,)).fetchone()
    return row_to_document(row) if row else None


def row_to_document(row: sqlite3.Row) -> Document:
    return Document(doc=row["doc"], sha256=row["sha256"], text=row["text"], title=row["title"] or "",
                    page_starts=json.loads(row["page_starts"] or "[]"),
                    meta=json.loads(row["meta"] or "{}"), warnings=json.loads(row["warnings"] or "[]"))


def load_chunks(conn: sqlite3.Connection) -> tuple[list[Chunk], np.ndarray, list[int]]:
    """All chunks in rowid order, their vectors and rowids."""
    rows = conn.execute('SELECT * FROM chunks ORDER BY rowid').fetchall()
    chunks = [Chunk(id=r["id"], doc=r["doc"], title=r["title"], page=r["page"], line_start=r["line_start"],
                    line_end=r["line_end"], start=r["start"], end=r["end"], text=r["text"],
                    heading=r["heading"] or "") for r in rows]
    vecs = [np.frombuffer(r["vector"], dtype=np.float32) for r in rows]
    matrix = np.vstack(vecs) if vecs else np.zeros((0, 0), dtype=np.float32)
    return chunks, matrix, [r["rowid"] for r in rows]


def load_facts(conn: sqlite3.Connection, doc: str | None = None) -> list[Fact]:
    sql, args = "SELECT data FROM facts", ()
    if doc:
        sql, args = sql + " WHERE doc = ?", (doc,)
    return [Fact.model_validate_json(r["data"]) for r in conn.execute(sql + " ORDER BY rowid", args)]


def label_stems(fact: Fact) -> set[str]:
    """The stems of what labels a fact: measure, row, column, caption, and the header paths, whose upper
    levels say what a part column counts ('Reddingsacties' over 'waarvan met jetski')."""
    from ..text import stems

    return set(stems(" ".join((fact.measure, fact.row, fact.column, fact.caption, *fact.row_path, *fact.col_path))))


def count_label_df(facts: Iterable[Fact]) -> dict[str, int]:
    """In how many facts' labels each stem occurs (the matcher's idf)."""
    df: dict[str, int] = {}
    for f in facts:
        for t in label_stems(f):
            df[t] = df.get(t, 0) + 1
    return df


def write_label_df(conn: sqlite3.Connection) -> None:
    """Store the label document frequencies, so that loading an index reads no fact."""
    df = count_label_df(Fact.model_validate_json(r[0]) for r in conn.execute("SELECT data FROM facts"))
    conn.execute("DELETE FROM label_df")
    conn.executemany("INSERT INTO label_df VALUES (?, ?)", sorted(df.items()))


def load_label_df(conn: sqlite3.Connection) -> dict[str, int] | None:
    """The stored label document frequencies, or None for an index built before they were stored."""
    try:
        return {r[0]: r[1] for r in conn.execute("SELECT stem, df FROM label_df")}
    except sqlite3.OperationalError:
        return None


def table_paths(conn: sqlite3.Connection, table_id: str) -> list[list[str]]:
    """Every row and column header path of a table's cells."""
    out: list[list[str]] = []
    for r in conn.execute("SELECT row_path, col_path FROM facts WHERE table_id = ?", (table_id,)):
        out += [json.loads(r[0] or "[]"), json.loads(r[1] or "[]")]
    return out


def doc_paths(conn: sqlite3.Connection, doc: str) -> list[list[str]]:
    """Every row and column header path of a document's table cells (what its tables itemize)."""
    return [path for _, row, col in doc_tables(conn, doc) for path in (row, col)]


def doc_tables(conn: sqlite3.Connection, doc: str) -> list[tuple[str, list[str], list[str]]]:
    """(table id, row path, column path) of every table cell of a document."""
    return [(r[0], json.loads(r[1] or "[]"), json.loads(r[2] or "[]")) for r in conn.execute(
        "SELECT table_id, row_path, col_path FROM facts WHERE doc = ? AND table_id IS NOT NULL", (doc,))]


def table_spans(conn: sqlite3.Connection, doc: str) -> list[tuple[str, int, int]]:
    """(table id, first cell's start, last cell's end) of every table of a document, in reading order."""
    return [(r[0], int(r[1]), int(r[2])) for r in conn.execute(
        "SELECT table_id, MIN(json_extract(data, '$.start')), MAX(json_extract(data, '$.end')) FROM facts"
        " WHERE doc = ? AND table_id IS NOT NULL GROUP BY table_id ORDER BY 2", (doc,))]


def load_skipped(conn: sqlite3.Connection) -> list[Skipped]:
    return [Skipped(doc=r["doc"], reason=r["reason"]) for r in conn.execute("SELECT * FROM skipped ORDER BY doc")]


def facts_version() -> str:
    """A hash of the fact parsers', the PDF word reader's and the tokenizer's source: when it changes, `qa index`
    re-extracts the facts of unchanged documents and rewrites the word index, and a loaded index built before says
    it is stale."""
    h = hashlib.sha256()
    package = Path(__file__).parent.parent
    for path in [*sorted((package / "facts").glob("*.py")), package / "text.py", package / "ingest" / "pdfwords.py"]:
        h.update(path.name.encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:16]

