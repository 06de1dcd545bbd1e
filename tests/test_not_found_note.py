"""What 'not in the documents' shows beside it (a new user's trial): the years named are those of figures that fit
the question in all but the year, and the closest figures that lack least come first."""

from __future__ import annotations

import pytest

from qa.answer import Assistant


@pytest.fixture(scope="module")
def seed(corpus_index):
    return Assistant(corpus_index)


def test_years_named_are_those_of_fitting_figures(seed):
    """Limburg's started agreements exist for 2021 and 2022, not 2019: the note names those years, and the
    Limburg cells come before the Flemish total that lacks the province too."""
    answer = seed.ask("Hoeveel AMA WSE-begeleidingsovereenkomsten werden in 2019 in Limburg opgestart?")
    assert answer.kind == "not_found", answer.answer
    assert "Wel cijfers voor 2021, 2022." in answer.answer, answer.answer
    first = answer.closest[0]
    assert first.lacks == ["2019"] and "Limburg" in first.labels, answer.closest


def test_no_years_named_from_figures_that_count_something_else(seed):
    """The figures near 'sheltered workshops in Limburg' in words count people who moved on, in other years:
    no year is named as if the asked figure existed for it."""
    answer = seed.ask("How many people with a disability worked in sheltered workshops in Limburg at the end of 2022?")
    assert answer.kind == "not_found" and "There are figures for" not in answer.answer, answer.answer
