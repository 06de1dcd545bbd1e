"""The learned rescoring of the leading documents (qa.search.rescore, fitted by bench/ranker.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pytest

from qa.search import rescore

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("query, parts", [
    ("Internationale ivoorhandel: Klopt het dat Belgie de export van ivoor toestaat?",
     ("Internationale ivoorhandel", "Klopt het dat Belgie de export van ivoor toestaat?")),
    ("Lijn Brussel-Luxemburg. - Technisch incident: Wat was de oorzaak?",
     ("Lijn Brussel-Luxemburg. - Technisch incident", "Wat was de oorzaak?")),
    ("Hoeveel AMA-trajecten startten er in 2022?", None),  # no heading: the query is both parts
    ("Wat was de verhouding 3:1 in 2022 tussen beide?", None),  # a ratio is not a heading
    ("Waarom: ?", None),
])
def test_query_parts(query: str, parts: tuple[str, str] | None) -> None:
    assert rescore.query_parts(query) == (parts or (query, query))


def test_stored_weights_match_the_features_and_were_kept_on_held_out_questions() -> None:
    """ranker.json names exactly the features the code computes, and records that on questions it was not
    fitted on it beat the first stage (otherwise it should not be shipped)."""
    assert rescore.load_weights() is not None
    data = json.loads(rescore.WEIGHTS.read_text(encoding="utf-8"))
    assert data["held_out"]["recall@1"] > data["first_stage"]["recall@1"]
    assert data["held_out"]["recall@10"] >= data["first_stage"]["recall@10"]


def test_weights_that_name_other_features_are_not_used(tmp_path: Path) -> None:
    bad = tmp_path / "ranker.json"
    bad.write_text(json.dumps({"features": ["dense", "something else"], "weights": [1, 2]}), encoding="utf-8")
    assert rescore.load_weights(str(bad)) is None
    bad.write_text("{not json", encoding="utf-8")
    assert rescore.load_weights(str(bad)) is None


def test_fitting_finds_the_feature_that_picks_the_gold() -> None:
    """The trainer on made-up candidates: the gold is the one with the highest second feature, so that
    feature must get the largest weight and rank every gold first."""
    sys.path.insert(0, str(ROOT))
    from bench.ranker import fit, ranks

    rng = np.random.default_rng(0)
    x = rng.normal(size=(300, 20, 3))
    y = x[:, :, 1].argmax(axis=1)
    w = fit(x, y)
    assert int(np.argmax(np.abs(w))) == 1 and w[1] > 0
    assert (ranks(x, y, w, np.full(300, 99)) == 1).mean() > 0.95


def test_serving_ranks_candidates_by_the_model(index) -> None:
    """doc_scores puts the candidates in the model's order, above the rest, from the features that
    bench/ranker.py trains on (the same function serves and trains)."""
    q = "Sociale economie: hoeveel maatwerkbedrijven zijn er in Limburg erkend?"
    first, (cand, values) = index.doc_features(q)
    assert set(values) == set(rescore.FEATURES)
    assert all(np.all(np.isfinite(v)) and len(v) == len(cand) for v in values.values())
    scores = index.doc_scores(q)
    model = rescore.combine(values, rescore.load_weights())
    assert list(cand[np.argsort(-model, kind="stable")]) == list(np.argsort(-scores, kind="stable")[:len(cand)])
    index.rescoring = False
    try:
        assert np.allclose(index.doc_scores(q), first)
    finally:
        index.rescoring = True


def test_coverage_reads_the_postings(index) -> None:
    """A document holding every stem of the query covers it fully; a stem no document has counts against all."""
    docs = np.arange(len(index._doc_names))
    toks = index.bm25_query("maatwerkbedrijven Limburg")
    cov = rescore.coverage(index.bm25_docs.scores, index.bm25_docs.vocab_dict, toks, docs, len(docs))
    assert cov.max() == pytest.approx(1.0)
    half = rescore.coverage(index.bm25_docs.scores, index.bm25_docs.vocab_dict, toks + ["zzzqqq"], docs, len(docs))
    assert np.all(half <= cov) and half.max() < 1.0
