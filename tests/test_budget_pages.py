"""A budget table as a browser prints it over two pages: codes wrapped beside their descriptions, programme
group rows as long as a sentence, a row of units under the two-level header ('(in duizend euro) | k euro |
... | %'), and the second page titled 'Tabel 3 (vervolg)' with its group row going on ('(vervolg)').

Positions follow a table Chromium printed from HTML (9 pt text, 11.6 pt line pitch inside a cell, 16 pt
between rows); labels and figures are made up for the test.
"""

from __future__ import annotations

from pathlib import Path

from qa.audit import audit_document
from qa.facts.extract import extract_all
from qa.ingest import load_document
from qa.models import Fact

from pdfmaker import Page, make_pdf

RIGHTS = [296, 353, 411, 468, 534]


def _header(page: Page, caption: str) -> None:
    page.line(caption, gap=22)
    y = page.y
    page.text(67, y, "Begrotings-")
    page.text(156, y, "Omschrijving")
    page.text(254, y, "Vastleggingskrediet")
    page.text(370, y, "Vereffeningskrediet")
    page.text(478, y, "Uitvoerings-")
    page.text(79, y + 11, "artikel")
    page.text(288, y + 11, "(VAK)")
    page.text(403, y + 11, "(VEK)")
    page.text(482, y + 11, "graad VEK")
    for x, word in zip([248, 306, 362, 421], ["Aangepast", "Uitvoering", "Aangepast", "Uitvoering"]):
        page.text(x, y + 28, word)
    page.text(116, y + 43, "(in duizend euro)")
    for x, unit in zip(RIGHTS, ["k euro", "k euro", "k euro", "k euro", "%"]):
        page.text(x - 22 if unit != "%" else x - 30, y + 43, unit)
    page.y = y + 59


def _rows(page: Page, rows: list[tuple[list[str], list[str], list[str]]]) -> None:
    """Rows of (code lines, description lines, cells); a row with no code is a group, subtotal or total row."""
    for code, description, cells in rows:
        y = page.y
        if not code and not cells:
            page.text(62, y, description[0])
            page.y += 16
            continue
        for n, line in enumerate(code):
            page.text(62, y + 11.6 * n, line)
        for n, line in enumerate(description):
            page.text(134 if code else 62, y + 11.6 * n, line)
        for x, cell in zip(RIGHTS, cells):
            page.text(x, y, cell, right=True)
        page.y = y + 11.6 * max(len(code), len(description)) + 4.5


def _pages() -> list[Page]:
    first = Page()
    first.line("De begrotingsuitvoering van het agentschap Kunsten staat in tabel 3.", gap=20)
    _header(first, "Tabel 3: Begrotingsuitvoering 2025 per begrotingsartikel")
    _rows(first, [
        ([], ["Programma KA – Kunsten en cultureel erfgoed: werking van het agentschap"], []),
        (["KB0-1KAA2ZZ-", "LO"], ["Lonen en", "personeelskosten"], ["21.300", "20.950", "21.300", "20.950", "98,4%"]),
        (["KB0-1KAA2ZZ-", "WT"], ["Algemene", "werkingskosten"], ["3.410", "3.215", "3.500", "3.198", "91,4%"]),
        ([], ["Subtotaal programma KA"], ["24.710", "24.165", "24.800", "24.148", "97,4%"]),
        ([], ["Programma KB – Kunsten en cultureel erfgoed: subsidies aan de sector"], []),
        (["KB0-1KAB2EA-", "IS"], ["Werkingssubsidies", "kunstenorganisaties"], ["52.800", "51.940", "50.100", "49.620", "99,0%"]),
    ])
    first.y += 8
    first.line("De tabel loopt verder op de volgende pagina.")
    second = Page()
    _header(second, "Tabel 3 (vervolg): Begrotingsuitvoering 2025 per begrotingsartikel")
    _rows(second, [
        ([], ["Programma KB – Kunsten en cultureel erfgoed: subsidies aan de sector (vervolg)"], []),
        (["KB0-", "1KAB2EB-IS"], ["Projectsubsidies", "kunstenaars"], ["6.200", "5.870", "5.900", "5.410", "91,7%"]),
        (["KB0-", "1KAB2EC-IS"], ["Beurzen"], ["1.150", "1.035", "1.100", "1.004", "91,3%"]),
        ([], ["Subtotaal programma KB"], ["60.150", "58.845", "57.100", "56.034", "98,1%"]),
        ([], ["Totaal agentschap Kunsten"], ["84.860", "83.010", "81.900", "80.182", "97,9%"]),
    ])
    second.y += 8
    second.line("De cijfers zijn voorlopig tot de afsluiting van de rekeningen.")
    return [first, second]


def _read(tmp_path: Path) -> list[Fact]:
    (tmp_path / "begroting.pdf").write_bytes(make_pdf(_pages()))
    facts, _ = extract_all(load_document(tmp_path / "begroting.pdf", tmp_path))
    return [f for f in facts if f.source == "table"]


def _cell(facts: list[Fact], row: str, col: list[str]) -> Fact:
    found = [f for f in facts if f.row_path and f.row_path[-1] == row and f.col_path == col]
    assert len(found) == 1, (row, col, [(f.raw, f.row_path, f.col_path) for f in facts if f.raw in ("21.300", "6.200")])
    return found[0]


def test_codes_descriptions_and_long_group_rows_make_the_row_path(tmp_path):
    facts = _read(tmp_path)
    cell = _cell(facts, "KB0-1KAA2ZZ-LO Lonen en personeelskosten", ["Vastleggingskrediet (VAK)", "Uitvoering"])
    assert cell.value == 20950 and cell.unit == "k euro"
    assert cell.row_path[0] == "Programma KA – Kunsten en cultureel erfgoed: werking van het agentschap"
    sub = _cell(facts, "Subtotaal programma KA", ["Vereffeningskrediet (VEK)", "Aangepast"])
    assert sub.value == 24800 and sub.is_total


def test_a_row_of_units_is_the_tables_unit_and_the_odd_one_its_columns(tmp_path):
    facts = _read(tmp_path)
    rate = _cell(facts, "KB0-1KAA2ZZ-WT Algemene werkingskosten", ["Uitvoeringsgraad VEK", "%"])
    assert rate.value == 91.4 and rate.unit == "%"
    assert "(in duizend euro)" in rate.caption
    assert not any("k euro" in " ".join(f.col_path) for f in facts)


def test_the_continued_page_under_a_long_group_row_keeps_its_header(tmp_path):
    facts = _read(tmp_path)
    beurzen = _cell(facts, "KB0-1KAB2EC-IS Beurzen", ["Vastleggingskrediet (VAK)", "Uitvoering"])
    assert beurzen.value == 1035 and beurzen.unit == "k euro" and beurzen.page == 2
    total = _cell(facts, "Totaal agentschap Kunsten", ["Vastleggingskrediet (VAK)", "Aangepast"])
    assert total.value == 84860 and total.caption.startswith("Tabel 3")


def test_the_budget_table_raises_no_false_alarm(tmp_path):
    (tmp_path / "begroting.pdf").write_bytes(make_pdf(_pages()))
    assert audit_document(load_document(tmp_path / "begroting.pdf", tmp_path)) == []


def test_a_caption_at_the_page_foot_names_the_table_under_its_own_header_and_unit_row(tmp_path):
    """'Tabel 4: ...' alone at the foot of a page; the next page prints the header and a row of units
    ('mln euro' under each column): the caption is the table's, the units its cells'."""
    first = Page()
    first.line("De investeringen staan in tabel 4.", gap=700 - first.y)
    first.line("Tabel 4: Investeringen in sporthallen per jaar en per type investering")
    second = Page()
    rights = [230, 330, 430]
    second.text(60, second.y, "Jaar")
    for x, head in zip(rights, ["Nieuwbouw", "Renovatie", "Totaal"]):
        second.text(x, second.y, head, right=True)
    second.y += 18
    for x in rights:
        second.text(x, second.y, "mln euro", right=True)
    second.y += 18
    for year, cells in (("2022", ("61,2", "40,3", "101,5")), ("2023", ("58,9", "44,7", "103,6"))):
        second.text(60, second.y, year)
        for x, cell in zip(rights, cells):
            second.text(x, second.y, cell, right=True)
        second.y += 16
    (tmp_path / "sport.pdf").write_bytes(make_pdf([first, second]))
    facts, _ = extract_all(load_document(tmp_path / "sport.pdf", tmp_path))
    cell = _cell([f for f in facts if f.source == "table"], "2023", ["Renovatie"])
    assert cell.value == 44.7 and cell.unit == "miljoen euro" and cell.caption.startswith("Tabel 4")


def test_a_unit_line_set_under_one_header_cell_is_the_tables_unit(tmp_path):
    """'in € mln' alone on a line under the header, centred under the third column: the unit of every cell, no
    part of that column's label, and the total column adds up all four."""
    page = Page()
    page.line("Tabel 5: Investeringen per type infrastructuur, 2022-2023", gap=20)
    rights = [160, 240, 330, 420]
    for x, head in zip(rights, ["Zwembaden", "Sporthallen", "Sportvelden", "Totaal"]):
        page.text(x, page.y, head, right=True)
    page.y += 18
    page.text(302, page.y, "in € mln")
    page.y += 18
    for year, cells in (("2022", ("14,2", "22,8", "17,5", "54,5")), ("2023", ("11,6", "19,4", "15,1", "46,1"))):
        page.text(60, page.y, year)
        for x, cell in zip(rights, cells):
            page.text(x, page.y, cell, right=True)
        page.y += 16
    (tmp_path / "infra.pdf").write_bytes(make_pdf([page]))
    facts = [f for f in extract_all(load_document(tmp_path / "infra.pdf", tmp_path))[0] if f.source == "table"]
    cell = _cell(facts, "2023", ["Sportvelden"])
    assert cell.value == 15.1 and cell.unit == "miljoen euro"
    assert _cell(facts, "2022", ["Totaal"]).total_ok is True
