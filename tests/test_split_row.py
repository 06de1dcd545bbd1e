"""A row that the browser split over a page break: its label's last line ('Vlaanderen)') is the first line
under the header printed again on the next page, above the next row's label ('TVL' / values / '(Limburg)').

Positions follow the table Chromium printed in a tester's document (9 pt text, labels wrapped around values
centred in their cell); labels and figures are made up for the test.
"""

from __future__ import annotations

from pathlib import Path

from qa.facts.extract import extract_all
from qa.ingest import load_document

from pdfmaker import Page, make_pdf

RIGHTS = [212, 278, 335, 401]


def _header(page: Page, y: float) -> float:
    page.text(245, y, "2023", centre=True)
    page.text(368, y, "2024", centre=True)
    page.text(90, y + 14, "Omroep")
    for x, label in zip(RIGHTS, ["subsidie", "bereik (%)", "subsidie", "bereik (%)"]):
        page.text(x, y + 14, label, right=True)
    return y + 36


def _row(page: Page, y: float, first: str, cells: list[str], last: str) -> float:
    page.text(90, y, first)
    for x, cell in zip(RIGHTS, cells):
        page.text(x, y + 8, cell, right=True)
    page.text(90, y + 16, last)
    return y + 36


def test_the_end_of_a_label_from_the_page_before_heads_no_rows(tmp_path: Path) -> None:
    one, two = Page(), Page()
    one.line("Tabel 1. Werkingssubsidie en dagbereik per regionale omroep", gap=22)
    y = _header(one, one.y)
    y = _row(one, y, "Focus-WTV", ["1.520,4", "27,9", "1.558,9", "27,4"], "(West-Vlaanderen)")
    y = _row(one, y, "AVS (Gent en", ["1.176,4", "16,3", "1.205,8", "16,0"], "omstreken)")
    _row(one, y, "TV Oost", ["1.298,7", "18,6", "1.331,2", "18,9"], "(Oost-")
    y = _header(two, 33)
    two.text(90, y, "Vlaanderen)")
    y = _row(two, y + 20, "TVL", ["1.305,1", "24,5", "1.338,6", "23,7"], "(Limburg)")
    _row(two, y, "ROB-tv", ["1.011,8", "15,2", "1.037,4", "14,8"], "(Oost-Brabant)")
    path = tmp_path / "omroepen.pdf"
    path.write_bytes(make_pdf([one, two]))
    facts, _ = extract_all(load_document(path, tmp_path))
    cell = next(f for f in facts if f.raw == "1.338,6")
    assert cell.row_path == ["TVL (Limburg)"] and cell.region == "Limburg"
    assert not any("Vlaanderen)" in f.row_path for f in facts)
