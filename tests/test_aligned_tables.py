"""Tables whose columns are set with spaces (a text export) or whose group headers are centred over wide cells
of right-aligned values (a PDF): every cell gets its row and column path, in both readers.

Written for these tests: tests/data/aligned (text) and a PDF made here with the same layout as its generator
would print it (cells right-aligned in wide boxes, 'Vlaanderen' centred over two boxes, amounts followed by EUR).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import DATA, assistant_on
from qa.facts.extract import extract_all
from qa.ingest import load_document
from qa.models import Fact

from pdfmaker import Page, aligned_rows, make_pdf, text_width

TEXT = DATA / "aligned" / "sv_318_kinderopvang.txt"


def _cell(facts: list[Fact], row: list[str], col: list[str]) -> Fact:
    found = [f for f in facts if f.row_path == row and f.col_path == col]
    assert len(found) == 1, f"{row} {col}: {[(f.raw, f.row_path, f.col_path) for f in facts][:30]}"
    return found[0]


def test_a_text_table_set_in_columns_reads_its_group_headers():
    facts, _ = extract_all(load_document(TEXT, TEXT.parent))
    assert _cell(facts, ["Groepsopvang trap 2"], ["Brussel", "2023"]).value == 2260
    assert _cell(facts, ["Groepsopvang trap 3"], ["Vlaanderen", "2022"]).value == 3954
    assert _cell(facts, ["Groepsopvang trap 3"], ["Brussel", "2022"]).raw == "-"  # known empty, kept as printed
    money = _cell(facts, ["Gezinsopvang trap 2"], ["Brussel"])
    assert money.value == 1604330 and money.unit == "euro"
    assert not [f for f in facts if f.raw in ("2", "3") and f.source == "table"]  # 'trap 2' is part of the label
    assert all(f.page is None for f in facts)  # a text file is cited by line


def _pdf(path: Path) -> None:
    """The two tables of the text file, as a PDF generator sets them: right-aligned values in 75 pt boxes."""
    page = Page()
    page.line("Tabel 1. Gesubsidieerde plaatsen per type opvang", gap=18)
    x0, w = 200, 75
    for k, group in enumerate(("Vlaanderen", "Brussel")):
        page.text(x0 + (2 * k + 1) * w, page.y, group, centre=True)
    page.y += 14
    aligned_rows(page, [x0 + (j + 1) * w - 2 for j in range(4)],
          [("Type opvang", ("2022", "2023", "2022", "2023")),
           ("Groepsopvang trap 2", ("17.305", "17.942", "2.108", "2.260")),
           ("Gezinsopvang trap 2", ("6.611", "6.402", "298", "287")),
           ("Totaal", ("23.916", "24.344", "2.406", "2.547"))])
    page.y += 10
    page.line("Tabel 2. Uitbetaalde subsidies in 2023", gap=18)
    aligned_rows(page, [x0 + (j + 1) * 2 * w - 2 for j in range(2)],
          [("Type opvang", ("Vlaanderen", "Brussel")),
           ("Groepsopvang trap 2", ("131.402.118,00 EUR", "16.220.415,50 EUR")),
           ("Totaal", ("166.520.758,00 EUR", "17.824.745,50 EUR"))])
    assert text_width("Vlaanderen", 9) < 2 * w
    path.write_bytes(make_pdf([page]))


def test_a_pdf_group_header_centred_over_wide_boxes(tmp_path):
    path = tmp_path / "opvang.pdf"
    _pdf(path)
    facts, _ = extract_all(load_document(path, tmp_path))
    assert _cell(facts, ["Groepsopvang trap 2"], ["Vlaanderen", "2023"]).value == 17942
    assert _cell(facts, ["Groepsopvang trap 2"], ["Brussel", "2022"]).value == 2108
    amount = _cell(facts, ["Groepsopvang trap 2"], ["Brussel"])
    assert amount.value == 16220415.5 and amount.unit == "euro"  # 'EUR' after the amount is its unit


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_on(tmp_path_factory, "aligned")


def test_questions_reach_the_group_and_year(assistant):
    answer = assistant.ask("Hoeveel gesubsidieerde plaatsen groepsopvang trap 2 waren er in 2023 in Brussel?")
    assert answer.kind == "fact" and answer.value == 2260
    assert assistant.ask("How many subsidised places in family care (gezinsopvang trap 2) were there in Flanders "
                         "in 2022?").value == 6611


def _uneven_pdf(path: Path) -> None:
    """Two group labels set left over uneven groups ('Aanvragen' over two years, 'Toegekend (2023)' over a count
    and an amount), thousands set apart by a space ('4 688')."""
    page = Page()
    page.line("Tabel 1. Premie dakisolatie per provincie", gap=18)
    x0, w = 200, 90
    right = [x0 + (j + 1) * w - 20 for j in range(4)]  # leaves and values right-aligned in their columns
    page.text(right[0] - text_width("2022", 9), page.y, "Aanvragen")  # each group left-aligned on its first leaf
    page.text(right[2] - text_width("aantal", 9), page.y, "Toegekend (2023)")
    page.y += 15
    aligned_rows(page, right, [("Provincie", ("2022", "2023", "aantal", "bedrag")),
                        ("Antwerpen", ("8 412", "9 105", "7 830", "14.093.400")),
                        ("Limburg", ("4 217", "4 688", "4 012", "7.221.600")),
                        ("Totaal", ("12 629", "13 793", "11 842", "21.315.000"))])
    path.write_bytes(make_pdf([page]))


def test_uneven_groups_and_spaced_thousands(tmp_path):
    path = tmp_path / "premie.pdf"
    _uneven_pdf(path)
    facts, _ = extract_all(load_document(path, tmp_path))
    assert _cell(facts, ["Limburg"], ["Aanvragen", "2023"]).value == 4688
    assert _cell(facts, ["Antwerpen"], ["Toegekend (2023)", "aantal"]).value == 7830
    assert _cell(facts, ["Totaal"], ["Aanvragen", "2022"]).raw == "12 629"


def test_a_percent_sign_apart_from_its_number_is_the_cell_unit(tmp_path):
    page = Page()
    page.line("Tabel 1. Uitvoeringsgraad per jaar", gap=18)
    page.text(60, page.y, "Jaar")
    page.text(300, page.y, "Uitvoeringsgraad", right=True)
    page.y += 15
    aligned_rows(page, [300], [("2021", ("68,5 %",)), ("2022", ("73,0 %",)), ("2023", ("76,0 %",))])
    (tmp_path / "graad.pdf").write_bytes(make_pdf([page]))
    facts, _ = extract_all(load_document(tmp_path / "graad.pdf", tmp_path))
    rate = _cell(facts, ["2022"], ["Uitvoeringsgraad"])
    assert rate.value == 73.0 and rate.unit == "%"
