"""Benchmark-only replacements for the quadratic fact-to-chunk lookups of qa/.

`FactMatcher._chunk_pos` (and, in newer trees, `Index._chunk_index`) find each
fact's chunk by scanning every chunk: facts x chunks steps. At 505 documents
that is already ~150 s of a 157 s index load; at 5,000 documents it would be
hours. To measure serving at 5,000 documents at all, the scale runs replace
those methods with a per-document lookup that returns the same chunk (the
first chunk, in index order, of that document whose span holds the offset).
Only construction time changes; every query-time path is the product's own.
results.json records that the shim was applied, and what the unshimmed
construction costs where it could be measured. The same change belongs in qa/.
"""

from __future__ import annotations

from qa.answer.matching import FactMatcher
from qa.search.retrieve import Index

_ORIGINAL = {"fm": FactMatcher.__dict__.get("_chunk_pos"), "ix": Index.__dict__.get("_chunk_index")}


def _table(index) -> dict:
    table = index.__dict__.get("_bench_chunks_by_doc")
    if table is None:
        table = {}
        for i, c in enumerate(index.chunks):
            table.setdefault(c.doc, []).append((c.start, c.end, i))
        index.__dict__["_bench_chunks_by_doc"] = table
    return table


def _lookup(index, doc: str, offset: int) -> int:
    for start, end, i in _table(index).get(doc, ()):
        if start <= offset < end:
            return i
    return -1


def _fm_chunk_pos(self, fact) -> int:
    return _lookup(self.index, fact.doc, fact.start)


def _ix_chunk_index(self, doc: str, offset: int) -> int:
    return _lookup(self, doc, offset)


def apply() -> list[str]:
    """Patch what exists; returns the names patched."""
    done = []
    if _ORIGINAL["fm"] is not None:
        FactMatcher._chunk_pos = _fm_chunk_pos
        done.append("qa.answer.matching.FactMatcher._chunk_pos")
    if _ORIGINAL["ix"] is not None:
        Index._chunk_index = _ix_chunk_index
        done.append("qa.search.retrieve.Index._chunk_index")
    return done


def remove() -> None:
    if _ORIGINAL["fm"] is not None:
        FactMatcher._chunk_pos = _ORIGINAL["fm"]
    if _ORIGINAL["ix"] is not None:
        Index._chunk_index = _ORIGINAL["ix"]
