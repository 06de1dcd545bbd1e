"""Round 161 (tests/data/fresh161: a written question on car sharing, written by a helper that had not read the
code and scored once before these fixes): 'deelauto's' where the documents say 'deelwagens', and the minister's
signature, which is no passage that answers anything."""

from __future__ import annotations

import pytest

from conftest import assistant_on
from qa.answer.passages import _SIGNATURE
from qa.answer.synonyms import head_synonyms


@pytest.fixture(scope="module")
def cars(tmp_path_factory):
    return assistant_on(tmp_path_factory, "fresh161")


def test_a_compound_with_auto_is_one_with_wagen(cars):
    assert "deelwagen" in head_synonyms("deelauto")
    answer = cars.ask("Hoeveel deelauto's stonden er op het einde van 2022 in de provincie Oost-Vlaanderen?")
    assert answer.kind == "fact" and answer.value == 1174, answer.answer
    verdict = cars.check("Op het einde van 2023 kon men in 241 Vlaamse gemeenten minstens één deelauto gebruiken.")
    assert verdict.verdict == "supported" and verdict.value == 241, verdict.answer


def test_the_signature_is_no_answer(cars):
    """'Lydia PEETERS Vlaams minister van Mobiliteit en Openbare Werken' was quoted as what the minister will do."""
    assert _SIGNATURE.match("Lydia PEETERS Vlaams minister van Mobiliteit en Openbare Werken")
    assert not _SIGNATURE.match("De minister van Werk antwoordt dat het budget stijgt.")
    answer = cars.ask("Wat wil de minister nog ondernemen om het gebruik van deelauto's aan te moedigen?")
    assert "PEETERS" not in answer.answer, answer.answer
