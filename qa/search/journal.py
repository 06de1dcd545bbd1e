"""What a build has embedded so far, on disk: an interrupted build resumes without re-embedding.

`index/journal.sqlite` holds one vector per embedded passage text (keyed by
the text's sha256 and the embedder's name), committed after every document.
A build reads it before embedding and deletes it once its version is live;
a killed or stopped build leaves it for the next run. Open format: SQLite
rows of float32 bytes, like the chunk vectors of the index itself.
"""

from __future__ import annotations

import hashlib
import sqlite3
import sys
import time
from pathlib import Path

import numpy as np

JOURNAL = "journal.sqlite"


def _key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


class Journal:
    """Vectors by passage text for one embedder; unusable journals are started afresh, never trusted."""

    def __init__(self, index_dir: Path, embedder: str, dim: int) -> None:
        self.path = Path(index_dir) / JOURNAL
        self.embedder, self.dim = embedder, dim
        try:
            self.conn = self._open()
        except sqlite3.DatabaseError:  # a torn or foreign file: its vectors are worth nothing
            self.path.unlink(missing_ok=True)
            self.conn = self._open()

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path)
        conn.execute("CREATE TABLE IF NOT EXISTS vectors (embedder TEXT NOT NULL, key TEXT NOT NULL,"
                     " vector BLOB NOT NULL, PRIMARY KEY (embedder, key))")
        conn.execute("PRAGMA integrity_check").fetchone()
        return conn

    def get(self, texts: list[str]) -> dict[str, np.ndarray]:
        """The journaled vectors among these texts."""
        found: dict[str, np.ndarray] = {}
        for text in texts:
            row = self.conn.execute("SELECT vector FROM vectors WHERE embedder = ? AND key = ?",
                                    (self.embedder, _key(text))).fetchone()
            if row is not None and len(row[0]) == 4 * self.dim:
                found[text] = np.frombuffer(row[0], dtype=np.float32)
        return found

    def put(self, texts: list[str], vectors: np.ndarray) -> None:
        """Record vectors and commit: what is here survives a kill."""
        self.conn.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
                              [(self.embedder, _key(t), np.asarray(v, dtype=np.float32).tobytes())
                               for t, v in zip(texts, vectors)])
        self.conn.commit()

    def close(self) -> None:
        self.conn.close()


class Progress:
    """Progress per document with an ETA: a bar on a terminal, a line every few seconds in a log."""

    def __init__(self, docs: int, chunks: int, enabled: bool, every_s: float = 10.0) -> None:
        self.docs, self.chunks = docs, chunks
        self.done_docs = self.done_chunks = 0
        self.t0 = self.last = time.monotonic()
        self.every_s = every_s
        self.enabled = enabled and chunks > 0
        self.bar = None
        if self.enabled and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=chunks, desc="indexing", unit="chunk", file=sys.stderr)

    def eta_s(self) -> float | None:
        elapsed = time.monotonic() - self.t0
        if not self.done_chunks or elapsed <= 0:
            return None
        return (self.chunks - self.done_chunks) * elapsed / self.done_chunks

    def advance(self, doc: str, chunks: int, finished_doc: bool = False) -> None:
        self.done_chunks += chunks
        self.done_docs += int(finished_doc)
        if not self.enabled:
            return
        if self.bar is not None:
            self.bar.update(chunks)
            self.bar.set_postfix_str(f"{self.done_docs}/{self.docs} docs, {doc}"[:60], refresh=False)
            return
        now = time.monotonic()
        if finished_doc and (now - self.last >= self.every_s or self.done_docs == self.docs):
            self.last = now
            eta = self.eta_s()
            left = "" if eta is None else f", about {_duration(eta)} left"
            print(f"indexing: {self.done_docs}/{self.docs} documents, {self.done_chunks}/{self.chunks} chunks"
                  f"{left} ({doc})", file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"
