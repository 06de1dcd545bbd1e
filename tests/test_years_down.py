"""A table printed with its years down the rows ('Jaar Antwerpen Limburg ...' over '2021 EUR 6.450.000 - ...'):
the years label the rows, 'EUR' before an amount is its unit, and a '-' between two amounts is an empty cell,
not the sign of the next one. Written for these tests: tests/data/yearsdown (text) and the same table as a PDF."""

from __future__ import annotations

from pathlib import Path

from conftest import DATA
from qa.facts.extract import extract_all
from qa.ingest import load_document
from qa.models import Fact

from pdfmaker import Page, aligned_rows, make_pdf

TEXT = DATA / "yearsdown" / "cofinanciering.txt"
HEADER = ("Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen")
ROWS = [("2021", ("EUR 6.450.000", "-", "EUR 3.125.000", "EUR 4.870.000", "EUR 2.300.000")),
        ("2022", ("EUR 7.210.000", "EUR 1.980.000", "EUR 3.640.000", "EUR 5.015.000", "EUR 2.745.000")),
        ("2023", ("EUR 8.035.000", "EUR 2.460.000", "EUR 4.210.000", "EUR 5.390.000", "n.v.t.")),
        ("Totaal", ("EUR 21.695.000", "EUR 4.440.000", "EUR 10.975.000", "EUR 15.275.000", "EUR 5.045.000"))]


def _cell(facts: list[Fact], row: str, col: str) -> Fact:
    found = [f for f in facts if f.row_path == [row] and f.col_path == [col]]
    assert len(found) == 1, f"{row} {col}: {[(f.raw, f.row_path, f.col_path) for f in facts][:30]}"
    return found[0]


def _check(facts: list[Fact]) -> None:
    assert _cell(facts, "2021", "Antwerpen").value == 6450000
    assert _cell(facts, "2021", "Antwerpen").unit == "euro"  # 'EUR' before the amount
    assert _cell(facts, "2021", "Limburg").raw == "-"  # an empty cell, not the sign of 3.125.000
    assert _cell(facts, "2021", "Oost-Vlaanderen").value == 3125000
    assert _cell(facts, "2022", "West-Vlaanderen").year == "2022"
    assert _cell(facts, "Totaal", "Vlaams-Brabant").value == 15275000
    assert not [f for f in facts if f.source == "table" and f.raw in ("2021", "2022", "2023")]  # labels, no cells


def test_years_down_the_rows_of_a_text_table():
    _check(extract_all(load_document(TEXT, TEXT.parent))[0])


def test_years_down_the_rows_of_a_pdf_table(tmp_path: Path):
    page = Page()
    page.line("Tabel 2. Vlaamse cofinanciering fietssnelwegprojecten per provincie (in euro)", gap=18)
    aligned_rows(page, [200 + (j + 1) * 80 for j in range(5)], [("Jaar", HEADER), *ROWS])
    path = tmp_path / "cofinanciering.pdf"
    path.write_bytes(make_pdf([page]))
    _check(extract_all(load_document(path, tmp_path))[0])
