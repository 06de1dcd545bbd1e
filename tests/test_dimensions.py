"""Questions answered from the right cell of a table with several dimensions: a named quarter,
budget stage or row selects its cell, a period the table lacks is not answered (qa.facts.periods,
qa.answer.verify)."""

from __future__ import annotations

import pytest

from conftest import build
from pdfmaker import make_pdf
from qa.answer import Assistant
from qa.facts.periods import period_keys
from test_geometry import _budget_page


@pytest.mark.parametrize("text,keys", [
    ("in het derde kwartaal van 2023", {"q3"}), ("in the third quarter", {"q3"}), ("K3 2023", {"q3"}),
    ("Q1 2024", {"q1"}), ("het 2e semester", {"s2"}), ("in 2023", set()), ("Kinderopvang K&G", set()),
    ("in oktober 2023", {"m10"}), ("in maart en april", {"m3", "m4"}), ("vraag van Jan Peeters", set()),
    ("op 2 mei 2023", set()), ("in de eerste helft van 2017", {"s1"}), ("the second half of 2017", {"s2"}),
    ("(periode januari tot en met juni)", {"s1"}), ("from July to September", {"q3"}), ("van maart tot mei", {"m3-5"}),
])
def test_period_keys(text, keys):
    assert period_keys(text) == keys


@pytest.fixture(scope="module")
def budget(tmp_path_factory) -> Assistant:
    root = tmp_path_factory.mktemp("dims")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "budget.pdf").write_bytes(make_pdf([_budget_page()]))
    build(corpus, root / "index")
    return Assistant(root / "index")


def test_a_named_quarter_selects_its_column(budget):
    answer = budget.ask("Hoeveel uren werden in het derde kwartaal van 2023 in Limburg gepresteerd?")
    assert answer.kind == "fact" and answer.value == 51903
    english = budget.ask("How many hours were worked in Limburg in the third quarter of 2022?")
    assert english.kind == "fact" and english.value == 48762


def test_a_named_budget_column_and_row(budget):
    answer = budget.ask("Hoeveel bedroeg de VEK voor werkingsmiddelen bij de BU 2024?")
    assert answer.kind == "fact" and answer.value == 40977
    assert answer.facts[0].col_path == ["VEK", "BU 2024"] and answer.facts[0].row_path == ["Werkingsmiddelen"]


def test_a_period_the_table_lacks_is_not_answered(budget):
    answer = budget.ask("Hoeveel uren werden in maart 2023 in Limburg gepresteerd?")
    assert answer.kind == "not_found" and answer.value is None
    # a half year of a table of quarters is its two quarters added (K1 + K2 2023)
    answer = budget.ask("Hoeveel uren werden in het eerste semester van 2023 in Limburg gepresteerd?")
    assert answer.kind == "computed" and answer.value == 57436 + 59871, answer.answer
