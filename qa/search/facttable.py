"""The fact table of a loaded index, read from SQLite on demand.

An archive holds hundreds of thousands of facts; holding each as a Python
object costs about 4 KB, so a 30,000-document index would need a gigabyte
before answering anything. `FactTable` behaves as the list of facts in rowid
order (len, index, iterate) but parses a fact only when it is asked for, and
keeps the most recent ones.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator

import numpy as np

from ..models import Fact

CACHE = 50_000


class FactTable:
    """Sequence[Fact] over the `facts` table of one index version (read-only)."""

    def __init__(self, conn: sqlite3.Connection, lock: threading.Lock) -> None:
        self._conn, self._lock = conn, lock
        rows = conn.execute("SELECT rowid, doc, json_extract(data, '$.start') FROM facts ORDER BY rowid").fetchall()
        self._rowids = np.array([r[0] for r in rows], dtype=np.int64)
        self.docs = [r[1] for r in rows]  # per fact: its document and offset, for placing it in a chunk
        self.starts = np.array([r[2] or 0 for r in rows], dtype=np.int64)
        self._cache: dict[int, Fact] = {}

    def __len__(self) -> int:
        return len(self._rowids)

    def __getitem__(self, i: int) -> Fact:
        i = int(i)
        if i < 0:
            i += len(self._rowids)
        found = self._cache.get(i)
        if found is None:
            with self._lock:
                row = self._conn.execute("SELECT data FROM facts WHERE rowid = ?", (int(self._rowids[i]),)).fetchone()
            found = Fact.model_validate_json(row[0])
            if len(self._cache) >= CACHE:
                self._cache.clear()
            self._cache[i] = found
        return found

    def position(self, doc: str, start: int) -> int | None:
        """The index of the fact at a document offset, or None."""
        return next((int(i) for i in np.nonzero(self.starts == start)[0] if self.docs[i] == doc), None)

    def in_span(self, doc: str, start: int, end: int) -> list[int]:
        """The indexes of `doc`'s facts that start within [start, end): the other numbers of one sentence."""
        return [int(i) for i in np.nonzero((self.starts >= start) & (self.starts < end))[0] if self.docs[i] == doc]

    def of_doc(self, doc: str) -> list[int]:
        """The indexes of a document's facts, by the doc index of SQLite: no scan of the whole table."""
        with self._lock:
            rowids = [r[0] for r in self._conn.execute("SELECT rowid FROM facts WHERE doc = ?", (doc,))]
        return [int(i) for i in np.searchsorted(self._rowids, sorted(rowids))]

    def following(self, doc: str, pos: int, within: int = 120) -> int | None:
        """The index of the first fact of `doc` that starts after `pos` (and within `within` characters), or None."""
        near = [int(i) for i in np.nonzero((self.starts > pos) & (self.starts <= pos + within))[0] if self.docs[i] == doc]
        return min(near, key=lambda i: self.starts[i]) if near else None

    def __iter__(self) -> Iterator[Fact]:
        """Every fact, streamed in pages (nothing is kept)."""
        for lo in range(0, len(self._rowids), 2000):
            ids = [int(r) for r in self._rowids[lo:lo + 2000]]
            with self._lock:
                rows = self._conn.execute(f"SELECT data FROM facts WHERE rowid IN ({','.join('?' * len(ids))})"
                                          " ORDER BY rowid", ids).fetchall()
            for r in rows:
                yield Fact.model_validate_json(r[0])

    def distinct(self, field: str, doc: str | None = None) -> list[str]:
        """The distinct non-empty values of a field (doc, year, region, measure...), sorted, without parsing facts."""
        column = field if field in ("doc", "year", "region") else f"json_extract(data, '$.{field}')"
        sql = f"SELECT DISTINCT {column} FROM facts" + (" WHERE doc = ?" if doc else "")
        with self._lock:
            values = [r[0] for r in self._conn.execute(sql, (doc,) if doc else ())]
        return sorted(str(v) for v in values if v not in (None, ""))
