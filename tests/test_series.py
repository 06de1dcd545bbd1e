"""Series answers on the seed documents: a figure over the years or across the provinces, every point a
cited fact, with the change between the ends."""

from __future__ import annotations

import pytest

from qa import ui
from qa.answer import Assistant
from qa.answer.series import asks_series


@pytest.fixture(scope="module")
def assistant(corpus_index) -> Assistant:
    return Assistant(corpus_index)


def test_what_asks_a_series():
    assert asks_series("Hoe evolueerde het aantal trajecten tussen 2021 en 2022?") == "year"
    assert asks_series("How did the contingent evolve over the years?") == "year"
    assert asks_series("Hoeveel trajecten werden in 2022 opgestart per provincie?") == "region"
    assert asks_series("Hoeveel trajecten werden in 2022 in Limburg opgestart?") is None


def test_a_series_over_years(assistant):
    answer = assistant.ask("Hoe evolueerde het aantal opgestarte AMA WSE-begeleidingsovereenkomsten in "
                           "West-Vlaanderen tussen 2021 en 2022?")
    assert answer.kind == "series"
    assert [(p.label, p.value) for p in answer.series] == [("2021", 227), ("2022", 332)]
    assert all(p.citation.doc == "000_f85098453f70527a.txt" and p.raw in p.citation.quote for p in answer.series)
    assert "+105" in answer.answer


def test_a_long_series_in_english(assistant):
    answer = assistant.ask("How did the allocated LDE contingent evolve over the years?")
    assert answer.kind == "series" and [p.label for p in answer.series] == [str(y) for y in range(2015, 2022)]
    assert answer.series[0].value == 1868.0 and answer.series[-1].value == 2100.7 and answer.unit == "VTE"


def test_a_series_across_provinces(assistant):
    answer = assistant.ask("Hoeveel AMA WSE-begeleidingsovereenkomsten werden in 2022 opgestart per provincie?")
    assert answer.kind == "series"
    values = {p.label: p.value for p in answer.series}
    assert values["Limburg"] == 159 and values["West-Vlaanderen"] == 332 and len(values) == 6  # no total
    rows = ui.series_records(answer, "nl")
    assert rows[0]["Bron"].startswith("Schriftelijke vraag nr. 490") and ui.series_chart(answer, "nl").to_dict()


def test_no_series_without_two_cited_points(assistant):
    answer = assistant.ask("Hoe evolueerde het aantal fietspaden in Limburg tussen 2021 en 2022?")
    assert answer.kind != "series" and not answer.series
