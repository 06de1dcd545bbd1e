"""Table round 164 (tests/data/tables164: a statistical annex on cultural centres written by a helper that had
not read the code, scored once before these fixes): a unit on its own line under a row label, and a count asked
beside a column that counts something else."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import assistant_on
from qa.facts.grid import geometry_tables
from qa.ingest import load_document

DATA = Path(__file__).parent / "data" / "tables164"


def test_a_unit_line_ends_the_label_above():
    """'Bezoekers' / values / '(aantal)': the unit closes 'Bezoekers', it does not open the next row's label (it
    read '(aantal) Gemiddeld aantal bezoekers per voorstelling', and 'Gemiddelde ticketprijs' lost its euro)."""
    name = "bijlage_b_cultuurcentra_2023_2024.pdf"
    table = next(t for t in geometry_tables(load_document(DATA / name, DATA)) if "Kerncijfers" in t.caption)
    rows = [r[-1] for r in table.rows]
    assert "Bezoekers (aantal)" in rows and "Gemiddelde ticketprijs (euro)" in rows, rows
    assert "Gemiddeld aantal bezoekers per voorstelling" in rows, rows


@pytest.fixture(scope="module")
def centres(tmp_path_factory):
    return assistant_on(tmp_path_factory, "tables164")


def test_visitors_not_performances(centres):
    """'Hoeveel bezoekers trokken de dansvoorstellingen': the column beside 'Bezoekers' counts performances, though
    the question says 'voorstellingen' in its compound (15.907 performances were answered)."""
    answer = centres.ask("Hoeveel bezoekers trokken de dansvoorstellingen van de cultuurcentra in het seizoen "
                         "2022-2023?")
    assert answer.kind == "fact" and answer.value == 159870, answer.answer
