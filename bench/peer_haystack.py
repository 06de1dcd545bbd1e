"""The peer: Haystack hybrid retrieval over our own chunks and vectors.

InMemoryDocumentStore, InMemoryBM25Retriever + InMemoryEmbeddingRetriever,
DocumentJoiner(reciprocal_rank_fusion). Documents are our index's chunks
(content = qa.chunk.search_text, the text we embed and word-index) carrying
the vectors stored in our index, so both systems see the same passages and
the same embedding model; queries are embedded with the same embedder.
"""

from __future__ import annotations

import os
import time

os.environ.setdefault("HAYSTACK_TELEMETRY_ENABLED", "False")

RETRIEVER_TOP_K = 20  # each retriever's pool before fusion


def available() -> bool:
    try:
        import haystack  # noqa: F401
    except ImportError:
        return False
    return True


class HaystackHybrid:
    def __init__(self, chunks, vectors, embedder, k: int = 5) -> None:
        from haystack import Document, Pipeline
        from haystack.components.joiners import DocumentJoiner
        from haystack.components.retrievers.in_memory import InMemoryBM25Retriever, InMemoryEmbeddingRetriever
        from haystack.document_stores.in_memory import InMemoryDocumentStore

        from qa.chunk import search_text

        t0 = time.perf_counter()
        self.embedder = embedder
        self.store = InMemoryDocumentStore(embedding_similarity_function="dot_product",  # unit vectors: = cosine
                                           return_embedding=False)  # not copying 384 floats per hit
        docs = [Document(id=c.id, content=search_text(c), embedding=vectors[i].tolist(),
                         meta={"doc": c.doc, "text": c.text}) for i, c in enumerate(chunks)]
        self.store.write_documents(docs)
        self.pipe = Pipeline()
        self.pipe.add_component("bm25", InMemoryBM25Retriever(self.store, top_k=RETRIEVER_TOP_K))
        self.pipe.add_component("dense", InMemoryEmbeddingRetriever(self.store, top_k=RETRIEVER_TOP_K))
        self.pipe.add_component("join", DocumentJoiner(join_mode="reciprocal_rank_fusion", top_k=k))
        self.pipe.connect("bm25", "join")
        self.pipe.connect("dense", "join")
        self.k = k
        self.setup_seconds = time.perf_counter() - t0

    def search(self, query: str) -> list[tuple[str, str]]:
        """(doc, chunk text) of the k best chunks, best first; includes embedding the query."""
        qv = self.embedder.embed_queries([query])[0].tolist()
        out = self.pipe.run({"bm25": {"query": query}, "dense": {"query_embedding": qv}})
        return [(d.meta["doc"], d.meta["text"]) for d in out["join"]["documents"]]


def ranks(search, gold) -> list[int | None]:
    """Rank of the first hit by the qa.evaluate rule (gold doc, >= half the gold quote's words)."""
    from qa.evaluate import doc_match, overlap

    out = []
    for item in gold:
        if item["kind"] not in ("numeric", "passage") or not item.get("doc"):
            continue
        hits = search(item["question"])
        out.append(next((i + 1 for i, (doc, text) in enumerate(hits)
                         if doc_match(doc, item["doc"]) and overlap(text, item["quote"]) >= 0.5), None))
    return out


def metrics(rs: list[int | None]) -> dict:
    n = max(1, len(rs))
    return {"recall@1": round(sum(1 for r in rs if r and r <= 1) / n, 3),
            "recall@5": round(sum(1 for r in rs if r and r <= 5) / n, 3),
            "mrr": round(sum(1 / r for r in rs if r) / n, 3), "n": len(rs)}
