"""Shared fixtures: indexes built once per test session from the real seed documents."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
DATA = ROOT / "tests" / "data"
PDFS = DATA / "pdf"
DEV = DATA / "eval" / "dev.jsonl"
# public documents (realdocs/, dekamer/) are read from ../shared beside the clone, never committed
SHARED = Path(os.environ.get("QA_SHARED", ROOT.parent / "shared"))


def build(corpus: Path, index_dir: Path, **kw):
    from qa.search.index import build_index

    return build_index(corpus, index_dir, progress=False, **kw)


def assistant_on(tmp_path_factory, folder: str):
    """An Assistant over the documents in tests/data/<folder>, indexed once into a temporary directory."""
    from qa.answer import Assistant

    index_dir = tmp_path_factory.mktemp(f"{folder}_index")
    build(DATA / folder, index_dir)
    return Assistant(index_dir)


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory) -> Path:
    """The seed corpus (text files), indexed with the default embedder."""
    index_dir = tmp_path_factory.mktemp("index_txt")
    build(CORPUS, index_dir)
    return index_dir


@pytest.fixture(scope="session")
def pdf_index(tmp_path_factory) -> Path:
    """The PDF renderings of the same documents."""
    index_dir = tmp_path_factory.mktemp("index_pdf")
    build(PDFS, index_dir)
    return index_dir


@pytest.fixture(scope="session")
def index(corpus_index):
    from qa.search.retrieve import Index

    return Index(corpus_index)


@pytest.fixture()
def small_corpus(tmp_path) -> Path:
    """Two real documents in a corpus folder of their own (fast to index)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("000_f85098453f70527a.txt", "001_baf43fd4eadf702d.txt"):
        shutil.copy(CORPUS / name, corpus / name)
    return corpus
