"""English questions that narrow a count to a part the word list cannot put in Dutch ('at fish farms', 'of
dogs'): no cell can be checked to say the part, and the whole ('in totaal 3.874 inspecties') does not answer for
it. The document in tests/data/rowtie was written for these tests: inspections per animal category, with the
total also stated in a sentence.
"""

from __future__ import annotations

import pytest

from conftest import assistant_on


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_on(tmp_path_factory, "rowtie")


@pytest.mark.parametrize("question", [
    "How many animal welfare inspections were carried out at fish farms in 2023?",  # a category the table lacks
    "How many inspections of parrots were carried out in 2023?",  # a row the word list cannot name
])
def test_a_part_said_in_words_no_document_has_gets_no_figure(assistant, question):
    answer = assistant.ask(question)
    assert answer.kind == "not_found" and answer.value is None, answer.answer


def test_the_words_of_the_counted_phrase_itself_still_answer_with_the_whole(assistant):
    answer = assistant.ask("How many animal welfare inspections were carried out in 2023?")
    assert answer.kind == "fact" and answer.value == 3874


def test_the_part_said_in_dutch_is_answered_and_an_absent_one_is_not(assistant):
    assert assistant.ask("Hoeveel inspecties waren er in 2023 bij honden?").value == 987
    assert assistant.ask("How many inspections of dogs were carried out in 2023?").value == 987  # the word list's
    assert assistant.ask("Hoeveel inspecties waren er in 2023 bij viskwekerijen?").kind == "not_found"


def test_a_part_named_among_bridged_words_is_no_sibling_column(assistant):
    # 'renovation' is said by the column 'Renovatiebegeleiding'; 'dog shelter' names the part, in no document
    answer = assistant.ask("How much money was paid out for dog shelter renovation subsidies in 2023?")
    assert answer.kind == "not_found" and answer.value is None, answer.answer
