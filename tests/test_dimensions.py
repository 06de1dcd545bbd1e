"""Questions checked against the dimensions of the table a cell comes from (qa.answer.dimensions)."""

from __future__ import annotations

import pytest

from qa.answer.dimensions import Dimensions, period_keys
from qa.facts.extract import extract_all
from qa.ingest import load_document

from pdfmaker import make_pdf
from test_geometry import _budget_page


@pytest.mark.parametrize("text,keys", [
    ("in het derde kwartaal van 2023", {"q3"}), ("in the third quarter", {"q3"}), ("K3 2023", {"q3"}),
    ("Q1 2024", {"q1"}), ("het 2e semester", {"s2"}), ("in 2023", set()), ("Kinderopvang K&G", set()),
    ("in oktober 2023", {"m10"}), ("in maart en april", {"m3", "m4"}), ("vraag van Jan Peeters", set()),
])
def test_period_keys(text, keys):
    assert period_keys(text) == keys


@pytest.fixture(scope="module")
def budget(tmp_path_factory):
    root = tmp_path_factory.mktemp("dims")
    (root / "budget.pdf").write_bytes(make_pdf([_budget_page()]))
    facts, tables = extract_all(load_document(root / "budget.pdf", root))
    return [f for f in facts if f.source == "table"], Dimensions(tables)


def _fitting(budget, question, lang="nl"):
    facts, dims = budget
    asked = dims.asked(question, lang)
    return {(f.raw, tuple(f.row_path), tuple(f.col_path)) for f in facts if dims.fits(f, asked)}


def test_a_named_quarter_selects_its_column(budget):
    found = _fitting(budget, "Hoeveel uren werden in het derde kwartaal in Limburg gepresteerd?")
    assert ("48.762", ("Limburg",), ("2022", "K3")) in found and ("51.903", ("Limburg",), ("2023", "K3")) in found
    assert not any(col[-1] in ("K1", "K2", "K4") for _, _, col in found if len(col) == 2 and col[0] in ("2022", "2023"))
    english = _fitting(budget, "How many hours were worked in Limburg in the third quarter?", "en")
    assert ("51.903", ("Limburg",), ("2023", "K3")) in english


def test_a_named_budget_column_and_row(budget):
    found = _fitting(budget, "Hoeveel bedroeg de VEK voor werkingsmiddelen?")
    assert found and all(col[0] == "VEK" for _, row, col in found if col and col[0] in ("VAK", "VEK"))
    rows = {row for _, row, col in found if col and col[0] == "VEK"}
    assert rows == {("Werkingsmiddelen",)}


def test_a_period_the_table_lacks_fits_no_cell_of_it(budget):
    found = _fitting(budget, "Hoeveel uren in het eerste semester in Limburg?")
    assert not any(len(col) == 2 and col[1].startswith("K") for _, _, col in found)
