"""Hybrid search over a built index: FAISS (dense) + BM25 (words), fused.

Fusion is a weighted sum of min-max normalised scores (not plain RRF, which
throws away how much better the best hit is), plus a small bonus for chunks
that contain the years the question names. English questions are bridged to
Dutch for BM25; abbreviations found in the documents expand both ways.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path

import numpy as np

from . import store
from .chunk import search_text
from .embed import get_embedder
from .models import Chunk, Document, Fact, Hit
from .text import bridge_to_dutch, detect_lang, stems, words

DENSE_WEIGHT = 0.5
BM25_WEIGHT = 0.5
YEAR_BONUS = 0.2
QUESTION_PENALTY = 0.1
POOL = 50
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")


class Index:
    """A loaded, read-only index version. Thread-safe for searching."""

    def __init__(self, index_dir: Path | str, embedder=None) -> None:
        import bm25s
        import faiss

        self.index_dir = Path(index_dir)
        version = store.current_dir(self.index_dir)
        if version is None:
            raise store.IndexError_(f"no index in {self.index_dir}; build it with `qa index`")
        self.version_dir = version
        self.manifest = store.read_manifest(version)
        try:
            self.conn = store.connect(version / "qa.sqlite", readonly=True)
            self.chunks, _, rowids = store.load_chunks(self.conn)
            self.facts = store.load_facts(self.conn)
            self.skipped = store.load_skipped(self.conn)
            self.terms = [(r["short"], r["long"]) for r in self.conn.execute("SELECT short, long FROM terms")]
            self.titles = {r["doc"]: r["title"] for r in self.conn.execute("SELECT doc, title FROM documents")}
        except Exception as exc:
            raise store.IndexError_(f"index database in {version} is damaged ({exc}); run `qa index --rebuild`") from exc
        self._row_pos = {rid: i for i, rid in enumerate(rowids)}
        self._docs: dict[str, Document] = {}
        self._lock = threading.Lock()
        self._qcache: dict[str, np.ndarray] = {}
        try:
            self.faiss = faiss.read_index(str(version / "chunks.faiss")) if self.chunks else None
            self.bm25 = bm25s.BM25.load(str(version / "bm25")) if self.chunks else None
            self.bm25_facts = bm25s.BM25.load(str(version / "bm25_facts")) if self.facts else None
        except Exception as exc:
            raise store.IndexError_(f"index files in {version} are damaged ({type(exc).__name__}); "
                                    "run `qa index --rebuild`") from exc
        if self.faiss is not None and self.faiss.ntotal != len(self.chunks):
            raise store.IndexError_("FAISS file and database disagree; run `qa index --rebuild`")
        if self.faiss is not None and self.faiss.d != int(self.manifest.get("dim", self.faiss.d)):
            raise store.IndexError_("FAISS dimension does not match the manifest; run `qa index --rebuild`")
        self.embedder = embedder or get_embedder(self.manifest["embedder"])
        self._chunk_pos = {c.id: i for i, c in enumerate(self.chunks)}
        self._asks = np.array([question_share(c.text) for c in self.chunks], dtype=np.float32)

    def document(self, doc: str) -> Document:
        """The stored document (text of record), cached."""
        with self._lock:
            if doc not in self._docs:
                found = store.load_document(self.conn, doc)
                if found is None:
                    raise KeyError(doc)
                self._docs[doc] = found
            return self._docs[doc]

    def expand(self, query: str) -> str:
        """The query with abbreviations and their long forms both present."""
        extra = []
        low = query.lower()
        for short, long in self.terms:
            if re.search(rf"\b{re.escape(short)}\b", query):
                extra.append(long)
            elif long.lower() in low:
                extra.append(short)
        return query + (" " + " ".join(dict.fromkeys(extra)) if extra else "")

    def bm25_query(self, query: str) -> list[str]:
        q = self.expand(query)
        if detect_lang(query) == "en":
            q = bridge_to_dutch(q)
        return list(dict.fromkeys(stems(q)))

    def dense_scores(self, query: str) -> np.ndarray:
        """Cosine similarity of the query to every chunk."""
        scores = np.zeros(len(self.chunks), dtype=np.float32)
        if self.faiss is None:
            return scores
        qv = self._query_vector(query)
        k = min(len(self.chunks), max(POOL, 200))
        sims, ids = self.faiss.search(qv, k)
        floor = float(sims[0][-1]) if k else 0.0
        scores[:] = floor
        for s, rid in zip(sims[0], ids[0]):
            if rid >= 0:
                scores[self._row_pos[int(rid)]] = s
        return scores

    def _query_vector(self, query: str) -> np.ndarray:
        """Query embeddings are cached: one answer may score the same text several times."""
        with self._lock:
            cached = self._qcache.get(query)
        if cached is None:
            cached = self.embedder.embed_queries([query])
            with self._lock:
                if len(self._qcache) > 512:
                    self._qcache.clear()
                self._qcache[query] = cached
        return cached

    def search(self, query: str, k: int = 5, doc: str | None = None) -> list[Hit]:
        """The k best chunks for a question, best first."""
        if not self.chunks or not query.strip():
            return []
        fused = self.chunk_scores(query)
        if doc:
            mask = np.array([c.doc == doc for c in self.chunks])
            fused = np.where(mask, fused, -np.inf)
        order = np.argsort(-fused)[:k]
        return [self._hit(self.chunks[i], float(fused[i])) for i in order if np.isfinite(fused[i])]

    def chunk_scores(self, query: str) -> np.ndarray:
        dense = _minmax(self.dense_scores(query))
        toks = self.bm25_query(query)
        bm = np.zeros(len(self.chunks), dtype=np.float32)
        if toks and self.bm25 is not None:
            bm = np.asarray(self.bm25.get_scores(toks), dtype=np.float32)
            top = bm.max()
            bm = bm / top if top > 0 else bm
        fused = DENSE_WEIGHT * dense + BM25_WEIGHT * bm - QUESTION_PENALTY * self._asks
        years = set(_YEAR.findall(query))
        if years:
            pool = np.argsort(-fused)[:POOL * 2]
            for i in pool:
                text = self.chunks[i].text
                fused[i] += YEAR_BONUS * sum(1 for y in years if y in text) / len(years)
        return fused

    def fact_scores(self, query: str) -> np.ndarray:
        """BM25 score of each fact's description (0..1)."""
        scores = np.zeros(len(self.facts), dtype=np.float32)
        toks = self.bm25_query(query)
        if toks and self.bm25_facts is not None:
            scores = np.asarray(self.bm25_facts.get_scores(toks), dtype=np.float32)
            top = scores.max()
            if top > 0:
                scores = scores / top
        return scores

    def chunk_of(self, doc: str, offset: int) -> Chunk | None:
        """The chunk that contains a character offset of a document."""
        for c in self.chunks:
            if c.doc == doc and c.start <= offset < c.end:
                return c
        return None

    def _hit(self, c: Chunk, score: float) -> Hit:
        return Hit(doc=c.doc, title=c.title, page=c.page, line_start=c.line_start, line_end=c.line_end,
                   start=c.start, end=c.end, text=c.text, score=round(score, 4), chunk_id=c.id)


def question_share(text: str) -> float:
    """Share of a passage's sentences that are questions: a question is not its own answer."""
    sentences = [s for s in re.split(r"(?<=[.?!])\s+", text) if len(s.strip()) > 3]
    if not sentences:
        return 0.0
    return sum(1 for s in sentences if s.rstrip().endswith("?")) / len(sentences)


def _minmax(x: np.ndarray) -> np.ndarray:
    if x.size == 0:
        return x
    lo, hi = float(x.min()), float(x.max())
    return (x - lo) / (hi - lo) if hi > lo else np.zeros_like(x)


def facts_for(index: Index, doc: str | None = None) -> list[Fact]:
    return [f for f in index.facts if doc is None or f.doc == doc]


__all__ = ["Index", "search_text", "words"]
