"""Sums over years asked in English, and English words that narrow the count to one of two lists.

tests/data/sumwords/deelwagens.txt was written for these tests: two lists of one noun by year ('mobipunten
geopend in centrumsteden', '... in landelijke gemeenten'), and a document that says 'combinatie' and
'gecombineerd' elsewhere. Misses of questions written after the code (r103): 'in 2020 and 2021 combined' made
'combined' a term the figures had to say; a sum over years must not take its parts from a list the question
does not name.
"""

from __future__ import annotations

import pytest

from conftest import assistant_on
from qa.answer.verify import terms_of
from qa.text import stems


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_on(tmp_path_factory, "sumwords")


@pytest.mark.parametrize(("question", "value", "parts"), [
    ("How many mobipunten were opened in centrumsteden in 2022 and 2023 combined?", 145, ("61", "84")),
    ("Hoeveel mobipunten werden in 2022 en 2023 samen geopend in landelijke gemeenten?", 72, ("27", "45")),
])
def test_a_sum_over_years_takes_both_parts_from_the_list_asked(assistant, question, value, parts):
    answer = assistant.ask(question)
    assert answer.kind == "computed" and answer.value == value, answer.answer
    assert all(p in answer.computation for p in parts)


@pytest.mark.parametrize("question", [
    "How many mobipunten were opened in rural municipalities in 2021 and 2022 combined?",  # before: 38 + 61 = 99
    "How many mobipunten were opened in industrial areas in 2022 and 2023 combined?",  # neither list (review)
])
def test_a_sum_is_never_taken_from_a_list_the_question_does_not_name(assistant, question):
    answer = assistant.ask(question)
    assert answer.value in (None, 39), answer.answer


def test_the_words_that_ask_for_a_sum_are_no_terms_a_figure_must_say():
    """r103: 'in 2020 and 2021 combined' held 'combineer' against both operands (the seed corpus says
    'combinatie' elsewhere); like 'samen' and 'opgeteld', these words say how to compute, not which figure."""
    assert terms_of(stems("combined together altogether samen opgeteld")) == []


def test_an_english_qualifier_names_the_list(assistant):
    answer = assistant.ask("How many mobility hubs were opened in central cities in 2023?")
    assert answer.kind == "fact" and answer.value == 84, answer.answer
