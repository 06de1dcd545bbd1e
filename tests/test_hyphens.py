"""A compound the question hyphenates ('deelnemers-dagen', 'participant-days') is the label that writes it closed
('Deelnemersdagen'), on a made-up report (tests/data/hyphens). Round 107: 'kind-dagen' and 'child-days' found no
figure for the column 'Kinddagen', while 'kinddagen' did."""

from __future__ import annotations

import pytest

from conftest import assistant_on
from qa.answer.asked import head_terms


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_on(tmp_path_factory, "hyphens")


def test_a_hyphenated_compound_is_also_its_closed_form():
    assert head_terms("Hoeveel deelnemers-dagen waren er in 2022?", "nl")[0] == head_terms(
        "Hoeveel deelnemersdagen waren er in 2022?", "nl")[0]
    assert "kinddaag" in head_terms("How many child-days were there in 2020?", "en")
    # an acronym before the hyphen stays a name of its own: the compound counts its last part
    assert head_terms("Hoeveel AMA-overeenkomsten werden gestart?", "nl") == ["overeenkomst"]


@pytest.mark.parametrize("question", ["Hoeveel deelnemers-dagen waren er in 2022?",
                                      "Hoeveel deelnemersdagen waren er in 2022?"])
def test_the_hyphenated_question_finds_the_closed_label(assistant, question):
    assert assistant.ask(question).value == 468020
