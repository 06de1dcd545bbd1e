"""Narrow an index to some documents before asking: by type, date range and author, as read from the
documents' headers (qa.meta). A document whose header gives no date is outside any date range."""

from __future__ import annotations

import json
import sqlite3

import numpy as np

from ..meta import meta_date
from ..models import DocFilter, DocMeta


def passes(meta: DocMeta, f: DocFilter) -> bool:
    """Does a document with this header metadata pass the filter?"""
    if f.doc_type and f.doc_type.lower() not in (meta.doc_type or "").lower():
        return False
    if f.since or f.until:
        when = meta_date(meta.date)
        if when is None or (f.since and when < f.since) or (f.until and when > f.until):
            return False
    if f.author:
        names = " ".join(x for x in (meta.questioner, meta.minister) if x).lower()
        if f.author.lower() not in names:
            return False
    return True


def matching_docs(conn: sqlite3.Connection, f: DocFilter) -> set[str]:
    """The documents of an index that pass the filter."""
    rows = conn.execute("SELECT doc, meta FROM documents").fetchall()
    return {r[0] for r in rows if passes(DocMeta.model_validate(json.loads(r[1] or "{}")), f)}


def doc_types(conn: sqlite3.Connection) -> list[str]:
    """The document types an index holds, for a filter's choices."""
    types = {json.loads(r[0] or "{}").get("doc_type") for r in conn.execute("SELECT meta FROM documents")}
    return sorted(t for t in types if t)


def chunk_mask(chunk_docs: list[str], docs: set[str] | frozenset[str] | None) -> np.ndarray | None:
    """True for the chunks (or facts) of the given documents; None when nothing is filtered."""
    if docs is None:
        return None
    return np.fromiter((d in docs for d in chunk_docs), dtype=bool, count=len(chunk_docs))
