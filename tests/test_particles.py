"""Words that only link ('via het kampenfonds') or are the particle of a light verb ('gingen ... mee op kamp')
say nothing about which number is meant: a question that uses them is answered as without them. The document
in tests/data/particles was written for these tests.
"""

from __future__ import annotations

import pytest

from conftest import assistant_on


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_on(tmp_path_factory, "particles")


def test_a_particle_of_a_light_verb_is_not_required_of_the_cell(assistant):
    answer = assistant.ask("Hoeveel meisjes van 12 tot 14 jaar gingen in de zomer van 2023 mee op sportkamp?")
    assert answer.kind == "fact" and answer.value == 3311


def test_a_linking_preposition_is_not_required_of_the_cell(assistant):
    answer = assistant.ask("Hoeveel geld werd in 2023 via het kampenfonds toegekend?")
    assert answer.kind == "fact" and answer.value == 48500


def test_another_member_of_a_numbered_series_does_not_answer(assistant):
    answer = assistant.ask("Hoeveel dossiers kregen gezinnen uit inkomenscategorie 2 in 2023?")
    assert answer.value != 2317 and answer.kind == "not_found"


def test_the_term_of_the_whole_table_asks_for_its_total(assistant):
    # 'sportfederaties' is said by the caption and inside the rows' compounds ('Unisportfederaties'): all of them
    answer = assistant.ask("Hoeveel aangesloten leden telden alle erkende sportfederaties samen in 2023?")
    assert answer.kind == "fact" and answer.value == 1199723
