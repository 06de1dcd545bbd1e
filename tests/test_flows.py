"""A flow is not refuted by its stock (made-up report, tests/data/flows; round 110: 'er kwamen 119 fonteinen bij'
was judged 'not 119 but 1.342', the number of fountains there were)."""

from __future__ import annotations

import pytest

from conftest import assistant_on
from qa.answer.flows import names_flow, stock_for_flow
from qa.text import stems


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_on(tmp_path_factory, "flows")


def test_what_counts_a_flow():
    assert names_flow("In 2023 kwamen er 119 fonteinen bij.")
    assert names_flow("In 2023 werden 119 nieuwe fonteinen geplaatst.")
    assert not names_flow("In 2023 waren er 1.342 fonteinen in Vlaanderen.")
    assert stock_for_flow("In 2023 kwamen er 119 fonteinen bij.", set(stems("Eind 2023 telde Vlaanderen fonteinen")))
    assert not stock_for_flow("In 2023 kwamen er 119 fonteinen bij.", set(stems("119 nieuwe fonteinen")))


def test_a_stock_does_not_refute_a_flow_and_still_refutes_a_stock(assistant):
    assert assistant.check("Vorig jaar kwamen er in Vlaanderen 119 publieke drinkwaterfonteinen bij.").verdict \
        != "contradicted"
    assert assistant.check("In 2023 werden 150 nieuwe fonteinen in gebruik genomen.").value == 119
    stock = assistant.check("Eind 2023 telde Vlaanderen 1.500 publieke drinkwaterfonteinen.")
    assert stock.verdict == "contradicted" and stock.value == 1342
