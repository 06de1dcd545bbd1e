"""PDF tables whose cells wrap inside padded rows, read from geometry: values on a cell's first line with its
label going on below, a label in two columns (code and description), a group row at the rows' own indent, a
subtotal that closes its group, and a table continued on the next page under 'Tabel 2 (vervolg)'.

The PDFs are drawn by `tests/pdfmaker.py` at real positions (values right-aligned, rows set apart by
padding), then go through the same ingest, extraction and audit as any PDF.
"""

from __future__ import annotations

import pytest

from qa.audit import audit_document
from qa.facts.extract import extract_all
from qa.ingest import load_document

from pdfmaker import Page, make_pdf


def _row(page: Page, y: float, labels: list[list[str]], cells: list[str], xs: list[float], rights: list[float],
         line: float = 11) -> None:
    """One padded row: each label column's lines downwards from y, the cells on the first line."""
    for x, lines in zip(xs, labels):
        for k, text in enumerate(lines):
            page.text(x, y + k * line, text)
    for right, cell in zip(rights, cells):
        page.text(right, y, cell, right=True)


def _pages() -> list[Page]:
    first = Page()
    first.line("MONITORINGRAPPORT 2023", size=11, gap=20)
    first.line("Tabel 1. Uitvoering per begrotingsartikel (euro)", gap=16)
    rights = [380, 470]
    first.text(60, first.y, "Artikel")
    first.text(150, first.y, "Omschrijving")
    first.text(380, first.y, "Initieel", right=True)
    first.text(470, first.y, "Vastgelegd", right=True)
    y = first.y + 20
    for labels, cells, pitch in (
            ([["HB0-1HBA2ZZ-", "WT"], ["Erfgoedpremies", "standaardprocedure"]], ["38.500", "40.118"], 30),
            ([["HB0-1HBA2ZB-", "WT"], ["Onderzoekspremies"]], ["1.800", "1.366"], 30),
            ([["Aandeel binnen de", "decretale termijn (%)"], []], ["88,5", "86,3"], 40)):
        _row(first, y, labels, cells, [60, 150], rights)
        y += pitch
    first.y = y + 10
    first.line("Het aandeel dossiers binnen de termijn daalde licht.", gap=24)
    first.line("Tabel 2. Klachten per categorie, 2022-2023", gap=16)
    first.text(60, first.y, "Categorie")
    first.text(380, first.y, "2022", right=True)
    first.text(470, first.y, "2023", right=True)
    y = first.y + 18
    for label, cells in (("Dienstverlening onderweg", []), ("Vertraging", ["3.412", "3.876"]),
                         ("Rit niet uitgevoerd", ["2.905", "3.488"])):
        _row(first, y, [[label]], cells, [60], rights)
        y += 18
    second = Page()
    second.line("Tabel 2 (vervolg)", gap=16)
    second.text(60, second.y, "Categorie")
    second.text(380, second.y, "2022", right=True)
    second.text(470, second.y, "2023", right=True)
    y = second.y + 18
    for label, cells in (("Onvriendelijk personeel", ["987", "903"]),
                         ("Subtotaal dienstverlening onderweg", ["7.304", "8.267"]),
                         ("Tickets en informatie", []), ("Defecte automaat", ["512", "431"]),
                         ("Terugbetalingen", ["276", "318"]), ("Subtotaal tickets en informatie", ["788", "749"]),
                         ("Overige klachten", ["415", "760"]), ("Totaal", ["8.507", "9.776"])):
        _row(second, y, [[label]], cells, [60], rights)
        y += 18
    second.y = y + 14
    second.line("In 2023 registreerde de vervoerder 9.767 klachten, tegenover 8.507 in 2022.", gap=16)
    second.line("Eind 2023 telde de vloot 512 elektrische bussen, op een totaal van 2.214 bussen.", gap=16)
    third = Page()
    third.line("Tabel 3. Kredieten per artikel (in euro)", gap=16)
    for x, text in ((60, "Artikel"), (150, "Omschrijving")):
        third.text(x, third.y, text)
    for right, text in ((380, "Uitvoering 2023"), (470, "Verschil")):
        third.text(right, third.y, text, right=True)
    y = third.y + 20
    # values on a label's first line, on its last line, and between its lines; codes only on some rows
    for labels, cells, at, pitch in (
            ([["FB0-1FEE2AA-WT"], ["Werkingstoelagen", "reguliere subsidies"]], ["€ 212.450.000", "+ € 16.460.000"], 0, 34),
            ([["FB0-1FEE2AC-WT"], ["Capaciteitsmiddelen (extra", "plaatsen)"]], ["€ 74.800.000", "- € 6.600.000"], 11, 34),
            ([[], ["  waarvan basisonderwijs", "(kleuter en lager)"]], ["€ 30.000.000", "- € 1.000.000"], 11, 34),
            ([[], ["Bestuurders van", "trekkers"]], ["x", "x"], 5.5, 34),
            ([[], ["Totaal"]], ["€ 287.250.000", "+ € 9.860.000"], 0, 20)):
        for x, lines in zip([60, 150], labels):
            for k, text in enumerate(lines):
                third.text(x + (10 if text.startswith("  ") else 0), y + k * 11, text.strip())
        for right, cell in zip([380, 470], cells):
            third.text(right, y + at, cell, right=True)
        y += pitch
    fourth = Page()
    fourth.line("Tabel 4. Leners en uitleningen per provincie", gap=16)
    fourth.text(400, fourth.y, "Uitleningen (x", centre=True)
    fourth.text(250, fourth.y + 6, "Leners", centre=True)
    fourth.text(60, fourth.y + 12, "Provincie")
    fourth.text(400, fourth.y + 12, "1.000)", centre=True)
    y = fourth.y + 30
    for k, header in enumerate(["2022", "2023", "2022", "2023"]):
        fourth.text([230, 290, 380, 440][k], y, header, right=True)
    for label, cells in (("Antwerpen", ["412.385", "428.910", "9.842", "10.115"]),
                         ("Limburg", ["198.274", "195.630", "4.517", "4.402"])):
        y += 18
        fourth.text(60, y, label)
        for right, cell in zip([230, 290, 380, 440], cells):
            fourth.text(right, y, cell, right=True)
    return [first, second, third, fourth]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    root = tmp_path_factory.mktemp("wrapped")
    (root / "rapport.pdf").write_bytes(make_pdf(_pages()))
    doc = load_document(root / "rapport.pdf", root)
    facts, _ = extract_all(doc)
    return doc, facts


def _cell(facts, raw: str, col: str):
    found = [f for f in facts if f.raw.startswith(raw) and f.col_path and f.col_path[-1] == col and f.source == "table"]
    assert len(found) == 1, [(f.raw, f.row_path, f.col_path) for f in facts if f.raw.startswith(raw)]
    return found[0]


def test_a_label_wrapped_below_its_values_stays_in_its_row(read):
    _, facts = read
    assert _cell(facts, "38.500", "Initieel").row_path == ["HB0-1HBA2ZZ-WT Erfgoedpremies standaardprocedure"]
    assert _cell(facts, "1.800", "Initieel").row_path == ["HB0-1HBA2ZB-WT Onderzoekspremies"]
    # the table's last row wraps below its values too
    assert _cell(facts, "88,5", "Initieel").row_path == ["Aandeel binnen de decretale termijn (%)"]


def test_a_group_row_at_the_rows_indent_and_a_table_continued_under_vervolg(read):
    _, facts = read
    first = _cell(facts, "3.412", "2022")
    assert first.row_path == ["Dienstverlening onderweg", "Vertraging"]
    later = _cell(facts, "987", "2022")  # on the next page, under 'Tabel 2 (vervolg)'
    assert later.row_path == ["Dienstverlening onderweg", "Onvriendelijk personeel"]
    assert later.table_id == first.table_id and later.caption == first.caption
    assert _cell(facts, "512", "2022").row_path == ["Tickets en informatie", "Defecte automaat"]
    # a subtotal closes its group: the row below it is outside
    assert _cell(facts, "415", "2022").row_path == ["Overige klachten"]


def test_audit_finds_the_sentence_that_misstates_the_total_and_nothing_else(read):
    doc, facts = read
    findings = audit_document(doc, facts)
    assert [(f.kind, sorted(v.raw for v in f.values)) for f in findings] == [("duplicate", ["9.767", "9.776"])]


def test_values_beside_any_line_of_their_label_signs_apart_and_empty_rows(read):
    _, facts = read
    assert _cell(facts, "212.450.000", "Uitvoering 2023").row_path == [
        "FB0-1FEE2AA-WT Werkingstoelagen reguliere subsidies"]
    change = _cell(facts, "6.600.000", "Verschil")
    assert change.value == -6600000 and change.unit == "euro"  # '- € 6.600.000'
    assert change.row_path == ["FB0-1FEE2AC-WT Capaciteitsmiddelen (extra plaatsen)"]
    part = _cell(facts, "30.000.000", "Uitvoering 2023")
    assert part.row_path[-1] == "waarvan basisonderwijs (kleuter en lager)"
    assert [f.raw for f in facts if f.row_path == ["Bestuurders van trekkers"]] == ["x", "x"]
    assert _cell(facts, "287.250.000", "Uitvoering 2023").row_path == ["Totaal"]  # a total is nobody's child


def test_a_unit_note_wrapped_in_a_header_is_no_row(read):
    _, facts = read
    # 'Uitleningen (x' / '1.000)': a bracket closed on the next line is no cell, so the header stays a header
    assert _cell(facts, "9.842", "2022").col_path == ["Uitleningen (x 1.000)", "2022"]
    assert _cell(facts, "412.385", "2022").col_path == ["Leners", "2022"]
