"""English words bridged to Dutch ones by spelling (qa.search.cognates), kept only where the corpus has them."""

from __future__ import annotations

import pytest

from qa.search.cognates import cognate_stems, spellings
from qa.text import stems


@pytest.mark.parametrize("english, dutch", [
    ("evaluation", "evaluatie"), ("climate", "klimaat"), ("study", "studie"), ("activity", "activiteit"),
    ("structural", "structurele"), ("economic", "economisch"), ("initiative", "initiatief"),
    ("structure", "structuur"), ("candidate", "kandidaat"), ("residence", "residentie"),
])
def test_spellings_follow_the_shared_rules(english: str, dutch: str) -> None:
    assert dutch in spellings(english)


@pytest.mark.parametrize("word", ["job", "the", "Q3", "1000", "x-ray"])
def test_short_or_odd_words_get_no_spellings(word: str) -> None:
    assert spellings(word) == []


def _stem(word: str) -> str:
    found = stems(word)
    return found[0] if found else ""


def test_only_words_of_the_corpus_are_added() -> None:
    vocab = set(stems("De studie van de provincie en de evaluatie van het klimaatbeleid"))
    added = cognate_stems(["study", "evaluation", "climate", "mobility"], vocab, _stem)
    assert set(added) == {_stem("studie"), _stem("evaluatie")}  # no 'klimaat' or 'mobiliteit' in this corpus


def test_english_query_meets_the_dutch_word_in_bm25(index) -> None:
    """'study' is in no word list; the seed corpus says 'studie' (the West-Vlaanderen study): the English
    query's BM25 stems now hold it, and a question without such a word gets none."""
    assert _stem("studie") in index.bm25_query("What did the study in West Flanders find about each euro spent?")
    assert _stem("studie") not in index.bm25_query("What did the minister decide about the budget?")


def test_an_english_adjective_in_ial_meets_the_dutch_one_in_ieel() -> None:
    """'initially budgeted' (round 125): the answer side's cognates ('initial...' / 'initieel') share their first
    seven letters once '-ial' is spelled the Dutch way."""
    from types import SimpleNamespace

    from qa.answer.english import EnglishTerms
    terms = SimpleNamespace(_vocab={"initieel", "financieel", "begroting"}, _cognate_keys=None)
    assert EnglishTerms.cognates(terms, "initially") == ["initieel"]
    assert EnglishTerms.cognates(terms, "financial") == ["financieel"]
    assert EnglishTerms.cognates(terms, "budgeted") == []


@pytest.mark.parametrize("english, dutch", [
    ("adopted", "geadopteerd"), ("renovated", "gerenoveerd"), ("installed", "geïnstalleerd"),
    ("evaluated", "geëvalueerd"), ("cats", "kats"),
])
def test_participles_and_a_short_hard_c(english: str, dutch: str) -> None:
    """Round 127: 'cats were adopted' is said by the columns 'Katten' and 'Geadopteerd'."""
    assert dutch in spellings(english)


def test_the_answer_side_finds_short_words_by_the_spelling_rules() -> None:
    from types import SimpleNamespace

    from qa.answer.english import EnglishTerms
    terms = SimpleNamespace(_vocab={_stem("katten"), _stem("geadopteerd"), _stem("honden")}, _cognate_keys=None)
    assert EnglishTerms.cognates(terms, "cats") == [_stem("katten")]
    assert EnglishTerms.cognates(terms, "adopted") == [_stem("geadopteerd")]
    assert EnglishTerms.cognates(terms, "dogs") == []
