"""Hybrid search over a built index: FAISS (dense) + BM25 (words), fused.

Fusion (qa.search.fusion) is a weighted sum of min-max normalised scores, plus
the signals in SIGNALS: the passage's whole document's BM25, the years the
question names, word coverage, fact evidence. English questions are bridged to
Dutch for BM25; abbreviations found in the documents expand both ways.
"""

from __future__ import annotations

import math
import re
import threading
from bisect import bisect_right
from collections.abc import Collection
from pathlib import Path

import numpy as np

from . import rescore, scope, store
from .cognates import cognate_stems
from .compounds import with_parts
from ..chunk import search_text
from .embed import get_embedder
from .facttable import FactTable
from .fusion import fuse, minmax, question_share, to_best, wants_facts
from ..models import Chunk, DocFilter, DocHit, Document, Hit
from ..text import EN_NL, EN_STOP, bridge_to_dutch, contradicts, detect_lang, stems, to_dutch, words

# Signals added to the fused dense+BM25 score (ablation: bench/archive.py, results.json "dekamer"). On the
# 2,922-answer archive (1,948 members' questions) coverage helps (r@1 +0.006), facts on every question hurt
# (-0.025), so facts are used only where wants_facts says (a number, an amount or a region); years, question
# and contrast are neutral there and were fitted on the seed documents' questions:
# years: share of the question's years the passage names; coverage: idf-weighted share of the question's
# stems in the passage; facts: how well the passage's best fact matches; question: share of the passage's
# sentences that are questions (subtracted); contrast: heading of the opposite kind (subtracted);
# acronyms: share of the question's acronyms the passage's document never uses (subtracted);
# documents: BM25 of the passage's whole document (0..1 of the best), a prior that a passage inherits.
SIGNALS = {"years": 0.1, "coverage": 0.2, "facts": 0.4, "question": 0.25, "contrast": 0.15, "acronyms": 0.3,
           "documents": 0.2}
POOL = 50
DOC_DENSE = 0.5  # document ranking: weight of the best passage's meaning against the whole text's BM25
DOC_PASSAGE = 0.5  # ... and of its best fused passage score on top
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,6}\b")
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")


class Index:
    """A loaded, read-only index version. Thread-safe for searching."""

    def __init__(self, index_dir: Path | str, embedder=None) -> None:
        import bm25s
        import faiss

        self.index_dir = Path(index_dir)
        version = store.current_dir(self.index_dir)
        if version is None:
            raise store.IndexError_(f"no index in {self.index_dir.resolve()}; build it with `qa index --corpus FOLDER "
                                    f"--index {self.index_dir}`, or point --index (or QA_INDEX) at the one you built")
        self.version_dir = version
        self.manifest = store.read_manifest(version)
        # built by older fact readers or another tokenizer: it still answers, but words and facts may not match
        self.stale = self.manifest.get("facts_version") != store.facts_version()
        store.verify_files(version, self.manifest)  # every file whole and as built: no answer from a damaged index
        try:
            self.conn = store.connect(version / "qa.sqlite", readonly=True)
            self.chunks, _, rowids = store.load_chunks(self.conn)
            self._lock = threading.Lock()
            self.facts = FactTable(self.conn, self._lock)
            self.tables = store.load_tables(self.conn)
            self.skipped = store.load_skipped(self.conn)
            self.terms = [(r["short"], r["long"]) for r in self.conn.execute("SELECT short, long FROM terms")]
            self.titles = {r["doc"]: r["title"] for r in self.conn.execute("SELECT doc, title FROM documents")}
        except Exception as exc:
            raise store.IndexError_(f"index database in {version} is damaged ({exc}); run `qa index --rebuild`") from exc
        self._row_pos = {rid: i for i, rid in enumerate(rowids)}
        self._docs: dict[str, Document] = {}
        self._qcache: dict[str, np.ndarray] = {}
        self._dense: dict[str, np.ndarray] = {}  # dense_many's last scores, by query text
        try:
            self.faiss = faiss.read_index(str(version / "chunks.faiss")) if self.chunks else None
            self.bm25 = bm25s.BM25.load(str(version / "bm25")) if self.chunks else None
            self.bm25_facts = bm25s.BM25.load(str(version / "bm25_facts")) if self.facts else None
            has_docs = (version / "bm25_docs").is_dir()  # absent in an index built before it existed
            self.bm25_docs = bm25s.BM25.load(str(version / "bm25_docs")) if self.chunks and has_docs else None
        except Exception as exc:
            raise store.IndexError_(f"index files in {version} are damaged ({type(exc).__name__}); "
                                    "run `qa index --rebuild`") from exc
        if self.faiss is not None and self.faiss.ntotal != len(self.chunks):
            raise store.IndexError_("FAISS file and database disagree; run `qa index --rebuild`")
        if self.faiss is not None and self.faiss.d != int(self.manifest.get("dim", self.faiss.d)):
            raise store.IndexError_("FAISS dimension does not match the manifest; run `qa index --rebuild`")
        self.embedder = _checked_embedder(self.manifest, embedder)
        self._long_forms: dict[str, list[str]] = {}
        self._short_forms: dict[str, str] = {}
        for short, long in dict.fromkeys(self.terms):
            self._long_forms.setdefault(short, []).append(long)
            self._short_forms.setdefault(long.lower(), short)
        self._asks = np.array([question_share(c.text) for c in self.chunks], dtype=np.float32)
        self._stems: dict[int, tuple[set[str], set[str]]] = {}  # chunk -> (stems, heading stems), on demand
        self._idf_unseen = math.log(1 + max(1, len(self.chunks)))
        self._chunk_docs = [c.doc for c in self.chunks]
        rows = self.conn.execute("SELECT doc, length(text) FROM documents ORDER BY rowid").fetchall()
        self._doc_names = [d for d, _ in rows]
        self._doc_length = np.log1p(np.array([n or 0 for _, n in rows], dtype=np.float32)) / 10  # rescoring
        doc_pos = {d: i for i, d in enumerate(self._doc_names)}
        self._chunk_doc_pos = np.array([doc_pos[d] for d in self._chunk_docs], dtype=np.int64)
        self._by_doc: dict[str, tuple[list[int], list[int]]] = {}
        for i, c in enumerate(self.chunks):
            starts, idx = self._by_doc.setdefault(c.doc, ([], []))
            starts.append(c.start)
            idx.append(i)
        self._acronyms: dict[tuple[str, str], bool] = {}
        self.signals = dict(SIGNALS)  # a benchmark may switch one off on this instance
        self.gate_facts = True  # facts evidence only where wants_facts says (see bench/archive.py)
        self.fusion = "minmax"
        self.rescoring = True  # learned rescoring of the leading documents (qa.search.rescore)
        self._fact_chunk = np.array([self._chunk_index(d, int(s)) for d, s in zip(self.facts.docs, self.facts.starts)],
                                    dtype=np.int64)

    def document(self, doc: str) -> Document:
        """The stored document (text of record), cached."""
        with self._lock:
            if doc not in self._docs:
                found = store.load_document(self.conn, doc)
                if found is None:
                    raise KeyError(doc)
                if len(self._docs) >= 256:  # an archive's texts stay on disk; keep the recent ones
                    self._docs.pop(next(iter(self._docs)))
                self._docs[doc] = found
            return self._docs[doc]

    def expand(self, query: str) -> str:
        """The query with abbreviations and their long forms both present."""
        extra: list[str] = []
        for word in set(_ACRONYM.findall(query)):
            extra.extend(self._long_forms.get(word, ()))
        low = query.lower()
        extra.extend(short for long, short in self._short_forms.items() if long in low)
        return query + (" " + " ".join(dict.fromkeys(extra)) if extra else "")

    def bm25_query(self, query: str) -> list[str]:
        """The query's stems for BM25: abbreviations expanded, compounds split; an English query bridged to
        Dutch by the word list and by spelling ('climate' -> 'klimaat', where the corpus has it)."""
        q = self.expand(query)
        english = detect_lang(query) == "en"
        if english:
            q = bridge_to_dutch(q)
        toks = list(dict.fromkeys(stems(q)))
        vocab = self.bm25.vocab_dict if self.bm25 is not None else {}
        if english and vocab:
            unbridged = [w for w in words(query) if w not in EN_STOP and w not in EN_NL]
            toks += [t for t in cognate_stems(unbridged, vocab, _stem_one) if t not in toks]
        return with_parts(toks, vocab) if vocab else toks

    def dense_scores(self, query: str) -> np.ndarray:
        """Cosine similarity of the query to every chunk (those below the leading 200 get the 200th's)."""
        return self.dense_many([query])[0]

    def dense_many(self, queries: list[str]) -> list[np.ndarray]:
        """dense_scores of several texts from one FAISS scan: an exact scan reads every vector once whatever the
        number of queries, so a question, its title and its question part cost about one. The last few are kept
        (a search and an answer score the same texts again)."""
        if self.faiss is None:
            return [np.zeros(len(self.chunks), dtype=np.float32) for _ in queries]
        with self._lock:
            found = {q: self._dense[q] for q in queries if q in self._dense}
        todo = [q for q in dict.fromkeys(queries) if q not in found]
        if todo:
            k = min(len(self.chunks), max(POOL, 200))
            sims, ids = self.faiss.search(np.vstack([self._search_vector(q) for q in todo]), k)
            for q, row_sims, row_ids in zip(todo, sims, ids):
                scores = np.full(len(self.chunks), float(row_sims[-1]) if k else 0.0, dtype=np.float32)
                keep = row_ids >= 0
                scores[[self._row_pos[int(r)] for r in row_ids[keep]]] = row_sims[keep]
                scores.flags.writeable = False  # shared by the callers that ask for it again: none may change it
                found[q] = scores
            with self._lock:
                if len(self._dense) > 8:
                    self._dense.clear()
                self._dense.update((q, found[q]) for q in todo)
        return [found[q] for q in queries]

    def forget_queries(self) -> None:
        """Drop cached query vectors and scores: a benchmark's next question is timed as new."""
        with self._lock:
            self._qcache.clear()
            self._dense.clear()

    def _search_vector(self, query: str) -> np.ndarray:
        """The vector passages are searched with. An English question is the multilingual embedder's first, and
        its word-list Dutch ('how many sheltered ...' -> 'hoeveel maatwerk ...') is added to it, not put in its
        place: on 34 English questions over the seed documents recall@1 0.62 -> 0.65, recall@5 0.88 -> 0.94."""
        qv = self._query_vector(query)
        if detect_lang(query) != "en":
            return qv
        both = qv + self._query_vector(to_dutch(query))
        return (both / max(float(np.linalg.norm(both)), 1e-9)).astype(np.float32)

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

    def search(self, query: str, k: int = 5, doc: str | None = None, docs: Collection[str] | None = None) -> list[Hit]:
        """The k best chunks for a question, best first; only of `doc`, or of `docs`, when given."""
        if not self.chunks or not query.strip():
            return []
        fused = self.chunk_scores(query)
        mask = scope.chunk_mask(self._chunk_docs, {doc} if doc else set(docs) if docs is not None else None)
        if mask is not None:
            fused = np.where(mask, fused, -np.inf)
        order = np.argsort(-fused)[:k]
        return [self._hit(self.chunks[i], float(fused[i])) for i in order if np.isfinite(fused[i])]

    def search_docs(self, query: str, k: int = 10, passages: int = 2,
                    docs: Collection[str] | None = None) -> list[DocHit]:
        """The k best documents (doc_scores), each with its best passages."""
        if not self.chunks or not query.strip():
            return []
        self.dense_many([query, *rescore.query_parts(query)])  # one scan for what chunk_scores and doc_scores ask
        fused = self.chunk_scores(query)
        scores = self.doc_scores(query, fused)
        allowed = set(docs) if docs is not None else None
        out: list[DocHit] = []
        for d in np.argsort(-scores, kind="stable"):
            doc = self._doc_names[d]
            if not np.isfinite(scores[d]) or allowed is not None and doc not in allowed or doc not in self._by_doc:
                continue
            ids = sorted(self._by_doc[doc][1], key=lambda i: -fused[i])[:passages]
            out.append(DocHit(doc=doc, title=self.chunks[ids[0]].title, score=round(float(scores[d]), 4),
                              passages=[self._hit(self.chunks[i], float(fused[i])) for i in ids]))
            if len(out) >= k:
                break
        return out

    def doc_scores(self, query: str, fused: np.ndarray | None = None) -> np.ndarray:
        """A score for every document (in `_doc_names` order). First stage: its best passage's closeness in
        meaning and its whole text's BM25, each min-max scaled, plus half its best fused passage score
        (chunk_scores, or `fused` when the caller has it) for the evidence only passages carry (facts,
        years). Then the leading CANDIDATES are rescored by the learned model of qa.search.rescore: each
        gets its chance of being the answer (softmax over the leaders), the rest stay below. On the
        2,922-answer archive (1,948 members' questions, halves held out) rescoring lifts recall@1 from 0.59
        to 0.62 (bench/ranker.py)."""
        first, feats = self.doc_features(query, fused)
        weights = rescore.load_weights() if self.rescoring else None
        if weights is None or feats is None:
            return first
        cand, values = feats
        score = rescore.combine(values, weights)
        chance = np.exp(score - score.max())
        out = first.astype(np.float64) * 1e-9  # the rest stay below, in first-stage order
        out[cand] = chance / chance.sum()  # the model's chance that each leader is the answer (what it was fit on)
        return out

    def doc_features(self, query: str, fused: np.ndarray | None = None
                     ) -> tuple[np.ndarray, tuple[np.ndarray, dict[str, np.ndarray]] | None]:
        """The first-stage score of every document, and the leading candidates with their rescoring features
        (None when there is nothing to rescore). bench/ranker.py fits the weights on exactly these."""
        fused = self.chunk_scores(query) if fused is None else fused
        best, passage = self._per_doc_max(self.dense_scores(query)), self._per_doc_max(fused)
        toks = self.bm25_query(query)
        whole = np.zeros(len(self._doc_names), dtype=np.float32)
        if toks and self.bm25_docs is not None:
            whole = np.asarray(self.bm25_docs.get_scores(toks), dtype=np.float32)
        scaled = {"dense": minmax(best), "bm25_doc": minmax(whole), "passage": minmax(passage)}
        first = DOC_DENSE * scaled["dense"] + (1 - DOC_DENSE) * scaled["bm25_doc"] + DOC_PASSAGE * scaled["passage"]
        if len(first) < 2 or self.bm25_docs is None:
            return first, None
        cand = rescore.candidates(first)
        title, rest = rescore.query_parts(query)
        part = {"dense_title": title, "dense_question": rest}
        values = {name: scaled[name][cand] for name in ("dense", "bm25_doc", "passage")}
        for name, text in part.items():
            values[name] = (scaled["dense"] if text == query else
                            minmax(self._per_doc_max(self.dense_scores(text))))[cand]
        values["length"] = self._doc_length[cand]
        postings, vocab, n = self.bm25_docs.scores, self.bm25_docs.vocab_dict, len(self._doc_names)
        values["coverage"] = rescore.coverage(postings, vocab, toks, cand, n)
        values["title_coverage"] = (values["coverage"] if title == query else
                                    rescore.coverage(postings, vocab, self.bm25_query(title), cand, n))
        return first, (cand, values)

    def _per_doc_max(self, chunk_values: np.ndarray) -> np.ndarray:
        """Each document's highest chunk value (in `_doc_names` order); a document with no chunk gets the lowest."""
        out = np.full(len(self._doc_names), -np.inf, dtype=np.float32)
        np.maximum.at(out, self._chunk_doc_pos, chunk_values)
        out[~np.isfinite(out)] = float(chunk_values.min()) if chunk_values.size else 0.0
        return out

    def chunk_scores(self, query: str) -> np.ndarray:
        """Fused score of every chunk: dense and BM25, then the signals in `self.signals` (see SIGNALS)."""
        dense = self.dense_scores(query)
        toks = self.bm25_query(query)
        bm = np.zeros(len(self.chunks), dtype=np.float32)
        if toks and self.bm25 is not None:
            bm = np.asarray(self.bm25.get_scores(toks), dtype=np.float32)
        fused = fuse(dense, bm, detect_lang(query), self.fusion)
        sig = self.signals
        if sig["documents"] and toks and self.bm25_docs is not None:
            whole = to_best(np.asarray(self.bm25_docs.get_scores(toks), dtype=np.float32))
            fused += sig["documents"] * whole[self._chunk_doc_pos]
        fused -= sig["question"] * self._asks
        years = set(_YEAR.findall(query))
        weights = {t: self.idf(t) for t in toks}
        total = sum(weights.values()) or 1.0
        for i in np.argsort(-fused)[:POOL]:
            if years:
                fused[i] += sig["years"] * sum(1 for y in years if y in self.chunks[i].text) / len(years)
            own = self.chunk_stems(i)[0]
            fused[i] += sig["coverage"] * sum(w for t, w in weights.items() if t in own) / total
        if sig["facts"] and (wants_facts(query) or not self.gate_facts):
            fused += sig["facts"] * self._fact_evidence(query, years)
        qset = set(toks)
        for i in np.argsort(-fused)[:POOL]:
            if contradicts(qset, self.chunk_stems(i)[1]):
                fused[i] -= sig["contrast"]
        if sig["acronyms"]:
            fused -= sig["acronyms"] * self._missing_acronyms(query, fused)
        return fused

    def docs_matching(self, f: DocFilter) -> set[str]:
        """The documents that pass a filter (type, dates, author from their headers)."""
        with self._lock:
            return scope.matching_docs(self.conn, f)

    def label_df(self) -> dict[str, int]:
        """Stem -> number of facts whose labels hold it (stored at build; counted here for an older index)."""
        found = store.load_label_df(self.conn)
        if found is None or (not found and self.facts):
            found = store.count_label_df(self.facts)
        return found

    def table_paths(self, table_id: str) -> list[list[str]]:
        with self._lock:
            return store.table_paths(self.conn, table_id)

    def doc_paths(self, doc: str) -> list[list[str]]:
        with self._lock:
            return store.doc_paths(self.conn, doc)

    def doc_tables(self, doc: str) -> list[tuple[str, list[str], list[str]]]:
        with self._lock:
            return store.doc_tables(self.conn, doc)

    def table_spans(self, doc: str) -> list[tuple[str, int, int]]:
        with self._lock:
            return store.table_spans(self.conn, doc)

    def heading_at(self, doc: str, offset: int) -> str:
        """The heading path of the passage that holds `offset` ('3. Arbeidszorg | b) Contingent')."""
        chunk = self.chunk_of(doc, offset)
        return chunk.heading if chunk else ""

    def long_forms(self, short: str) -> list[str]:
        """What an abbreviation stands for, as its documents define it ('VAK': vastleggingskredieten)."""
        return self._long_forms.get(short, [])

    def idf(self, stem: str) -> float:
        """log(1 + n / (1 + df)) over chunks, df read from the BM25 postings (the same stems): no pass over
        the corpus when an index loads."""
        tid = self.bm25.vocab_dict.get(stem) if self.bm25 is not None else None
        ptr = self.bm25.scores["indptr"] if self.bm25 is not None else ()
        if tid is None or tid + 1 >= len(ptr):
            return self._idf_unseen
        return math.log(1 + max(1, len(self.chunks)) / (1 + int(ptr[tid + 1] - ptr[tid])))

    def chunk_stems(self, i: int) -> tuple[set[str], set[str]]:
        """Stems of chunk i's searched text and of its heading, computed when first needed."""
        found = self._stems.get(i)
        if found is None:
            c = self.chunks[i]
            found = (set(stems(search_text(c))), set(stems(c.heading.split(" | ")[0])))
            with self._lock:
                if len(self._stems) > 50_000:
                    self._stems.clear()
                self._stems[i] = found
        return found

    def _missing_acronyms(self, query: str, fused: np.ndarray) -> np.ndarray:
        """Per chunk among the leaders, the share of the question's acronyms (AMA, WSE) its document never uses."""
        acronyms = [a for a in dict.fromkeys(_ACRONYM.findall(query))]
        out = np.zeros(len(self.chunks), dtype=np.float32)
        if not acronyms:
            return out
        for doc in {self.chunks[i].doc for i in np.argsort(-fused)[:POOL]}:  # only where it can change the top
            share = sum(1 for a in acronyms if not self.doc_has(doc, a)) / len(acronyms)
            if share:
                for i in self._by_doc.get(doc, ([], []))[1]:
                    out[i] = share
        return out

    def _fact_evidence(self, query: str, years: set[str]) -> np.ndarray:
        """Per chunk, how well its best fact matches the question (years and regions must agree)."""
        from ..facts import regions_in

        boost = np.zeros(len(self.chunks), dtype=np.float32)
        if not self.facts:
            return boost
        regions = set(regions_in(query)) - {"Vlaanderen"}
        scores = self.fact_scores(query)
        for i in np.argsort(-scores)[:100]:
            f, c = self.facts[i], self._fact_chunk[i]
            if c < 0 or scores[i] <= 0 or f.raw.isalpha():  # 'zes', 'drie': too common to tell chunks apart
                continue
            if years and f.year and f.year not in years:
                continue
            if (regions and f.region not in regions) or (not regions and f.region and f.region != "Vlaanderen"):
                continue
            boost[c] = max(boost[c], scores[i])
        return boost

    def _chunk_index(self, doc: str, offset: int) -> int:
        """Position of the first chunk of `doc` whose span holds `offset`, or -1 (per-document bisect)."""
        spans = self._by_doc.get(doc)
        if not spans:
            return -1
        k = bisect_right(spans[0], offset)
        for j in range(max(0, k - 3), k):  # overlapping chunks: the first one that holds it
            i = spans[1][j]
            if self.chunks[i].start <= offset < self.chunks[i].end:
                return i
        return -1

    def chunk_of(self, doc: str, offset: int) -> Chunk | None:
        """The chunk that contains a character offset of a document."""
        i = self._chunk_index(doc, offset)
        return self.chunks[i] if i >= 0 else None

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

    def doc_has(self, doc: str, acronym: str) -> bool:
        """Does the document use this acronym anywhere (cached)?"""
        key = (doc, acronym)
        with self._lock:
            found = self._acronyms.get(key)
        if found is None:
            found = re.search(rf"(?<![A-Za-z]){re.escape(acronym)}(?![A-Za-z])", self.document(doc).text) is not None
            with self._lock:
                self._acronyms[key] = found
        return found

    def _hit(self, c: Chunk, score: float) -> Hit:
        return Hit(doc=c.doc, title=c.title, page=c.page, line_start=c.line_start, line_end=c.line_end,
                   start=c.start, end=c.end, text=c.text, score=round(score, 4), chunk_id=c.id)


def _stem_one(word: str) -> str:
    found = stems(word)
    return found[0] if found else ""


def _checked_embedder(manifest: dict, embedder=None):
    """The embedder the index was built with, verified: a different model would rank nonsense silently."""
    name = manifest.get("embedder")
    recorded = store.recorded_embedder(manifest)
    if recorded is not None and recorded != name:
        raise store.IndexError_(f"the manifest names embedder {name}, but the vectors were made with {recorded}; "
                                f"{store.REBUILD}")
    if embedder is not None and getattr(embedder, "name", name) != name:
        raise store.IndexError_(f"index was built with embedder {name}, not {embedder.name}; "
                                f"run `qa index --rebuild --embedder {embedder.name}`")
    try:
        embedder = embedder or get_embedder(str(name))
    except Exception as exc:
        raise store.IndexError_(f"index was built with embedder '{name}', which cannot be loaded here "
                                f"({type(exc).__name__}: {exc}); {store.REBUILD}") from exc
    probe = manifest.get("probe")
    if probe is not None:
        vec = np.asarray(embedder.embed_queries([store.PROBE_TEXT])[0], dtype=np.float32)
        want = np.asarray(probe, dtype=np.float32)
        if vec.shape != want.shape or float(vec @ want) < 0.999:
            raise store.IndexError_(f"embedder {name} gives different vectors than when this index was built "
                                    f"(changed model or manifest); {store.REBUILD}")
    return embedder
