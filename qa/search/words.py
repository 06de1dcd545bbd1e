"""The documents' words with their vectors (query side of the embedder, float16), stored in the index so that
an English word the word list lacks can be read through the document word closest in meaning (qa.answer.bridge)
without embedding a whole vocabulary while a user waits. Built incrementally: a word embedded by the previous
version is copied, not embedded again."""

from __future__ import annotations

import json
import re
import sqlite3

import numpy as np

from ..text import dutch_stop

_WORD = re.compile(r"[^\W\d_][\w'-]{2,}")
BATCH = 256


def document_words(text: str) -> set[str]:
    """A document's content words, lower case ('gratis', 'zomervakantie'), no stop words."""
    return {w for w in (m.lower() for m in _WORD.findall(text)) if not dutch_stop(w)}


def store_words(conn: sqlite3.Connection, embedder, has_prev: bool) -> int:
    """Fill the (new, empty) words table of this version with every document's words; returns how many were
    embedded now."""
    wanted: set[str] = set()
    for (text,) in conn.execute("SELECT text FROM documents"):
        wanted |= document_words(text or "")
    if has_prev and _has_words(conn, "prev"):
        conn.execute("INSERT OR IGNORE INTO words SELECT word, vector FROM prev.words WHERE word IN "
                     "(SELECT value FROM json_each(?))", (json.dumps(sorted(wanted)),))
    done = {r[0] for r in conn.execute("SELECT word FROM words")}
    todo = sorted(wanted - done)
    for lo in range(0, len(todo), BATCH):
        batch = todo[lo:lo + BATCH]
        vectors = embedder().embed_queries(batch).astype(np.float16)
        conn.executemany("INSERT INTO words VALUES (?, ?)", [(w, v.tobytes()) for w, v in zip(batch, vectors)])
    return len(todo)


def load_words(conn: sqlite3.Connection, dim: int) -> tuple[list[str], np.ndarray | None]:
    """The stored words and their vectors as float32 rows; ([], None) for an index built before they were."""
    if not _has_words(conn, "main"):
        return [], None
    rows = conn.execute("SELECT word, vector FROM words ORDER BY word").fetchall()
    if not rows:
        return [], None
    vectors = np.frombuffer(b"".join(r[1] for r in rows), dtype=np.float16).reshape(len(rows), dim)
    return [r[0] for r in rows], vectors.astype(np.float32)


def _has_words(conn: sqlite3.Connection, schema: str) -> bool:
    return conn.execute(f"SELECT 1 FROM {schema}.sqlite_master WHERE type = 'table' AND name = 'words'").fetchone() \
        is not None
