"""A figure answers only what it measures (tests/data/measures, written for these tests): hours of guiding are
no count of guides, a share or a year is no size, a total over years is one sum, and '198 een jaar eerder' is
the year before's figure."""

from __future__ import annotations

import pytest

from conftest import assistant_on


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_on(tmp_path_factory, "measures")


def test_a_figure_a_year_earlier_is_that_years():
    from qa.facts.proseyears import own_relative_year, without_relative_year
    text = "waren 214 gidsen erkend, tegenover 198 een jaar\neerder."
    assert own_relative_year(text, text.index("198") + 3) == -1
    assert without_relative_year(" een jaar later gidsen").split() == ["gidsen"]


def test_a_count_of_guides_is_not_their_hours(assistant):
    answer = assistant.ask("Hoeveel erkende erfgoedgidsen waren er eind 2022?")
    assert answer.value == 198, answer.answer
    verdict = assistant.check("Eind 2022 waren er 37.220 erkende erfgoedgidsen.")
    assert verdict.verdict != "supported" and "37.220" not in (verdict.answer or "").split("niet")[-1:][0][:8]
    verdict = assistant.check("Eind 2022 telde Vlaanderen 180 erkende erfgoedgidsen.")
    assert "37.220" not in verdict.answer and "41.260" not in verdict.answer, verdict.answer


def test_how_big_is_no_share_and_no_opening_year(assistant):
    answer = assistant.ask("Hoe groot is de wandelsite Kapelberg?")
    assert answer.value not in (33.0, 2022.0), answer.answer


def test_a_total_over_years_is_one_sum_not_a_series(assistant):
    answer = assistant.ask("Hoeveel subsidie gaf de provincie in totaal over de jaren 2021 tot en met 2023?")
    assert answer.value == 405000, answer.answer
    assert not answer.series


def test_a_count_asked_in_words_no_document_has_is_not_a_count_of_the_places_it_names(assistant):
    """'stewards' has no Dutch form in the documents: a cell 'Aantal actieve wandelclubs' counts the clubs the
    question names as where they were active, not them (round 116: volunteers in repair cafés got the cafés)."""
    answer = assistant.ask("How many stewards were active in Flemish walking clubs in 2023?")
    assert answer.value not in (21, 14, 35), answer.answer


def test_a_cell_counting_what_the_question_names_as_a_place_counts_other_things(assistant):
    from qa.answer.verify import counts_other
    cell = next(f for f in assistant.index.facts if f.raw == "35")
    assert counts_other(cell, [["actief", "active"], ["club"]], ["steward"])  # 'active in walking clubs': the clubs
    assert not counts_other(cell, [["actief", "active"], ["gids", "guide"]], ["steward"])
    assert not counts_other(cell, [["actief", "active"], ["club"]], ["club"])  # 'how many walking clubs': asked
