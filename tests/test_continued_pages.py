"""A table continued on the next page under its header printed again, and row groups named by enumerated
headings. Seen on layouts written after the code (round 96): the repeated header wrapped otherwise ('Omzet' /
'(x' / '1.000' / 'euro)'), so its '1.000' became a row of figures and the page's rows a table of their own,
whose printed total the audit checked against three rows; a year over two columns was given to the
column beside them too; and a subtotal was checked against the rows of the group before it.
tests/data/groups/fietsherstel_verslag.txt and the PDF drawn here were written for these tests."""

from __future__ import annotations

from conftest import DATA, build
from pdfmaker import Page, make_pdf
from qa.answer import Assistant
from qa.audit import audit_index

XS = [228, 284, 384, 434, 534]  # right edges of the value columns
ROWS_1 = [("Antwerpen", "38", "24.815", "1.412,6", "26.940", "1.455,2"),
          ("Limburg", "24", "13.270", "806,4", "14.105", "822,9"),
          ("Oost-Vlaanderen", "35", "21.640", "1.268,3", "23.385", "1.301,7")]
ROWS_2 = [("Vlaams-Brabant", "27", "16.930", "947,5", "18.210", "968,0"),
          ("West-Vlaanderen", "31", "19.455", "1.133,8", "20.870", "1.160,4"),
          ("Totaal", "155", "96.110", "5.568,6", "104.510", "5.708,2")]  # 2023 omzet adds up to 103.510


def _header(page: Page, lines: list[list[tuple[int, str]]]) -> None:
    """Header lines: (column, text) centred over a value column (-1: the stub, 'g0'/'g1' year groups)."""
    centres = [x - 18 for x in XS]
    for line in lines:
        for col, text in line:
            if col == -1:
                page.text(62, page.y, text, 9)
            elif col >= 10:  # a group over columns 1-2 (10) or 3-4 (11)
                a, b = (1, 2) if col == 10 else (3, 4)
                page.text((centres[a] + centres[b]) / 2, page.y, text, 9, centre=True)
            else:
                page.text(centres[col], page.y, text, 9, centre=True)
        page.y += 14
    page.y += 8


def _rows(page: Page, rows) -> None:
    for label, *cells in rows:
        page.text(62, page.y, label, 9)
        for x, cell in zip(XS, cells):
            page.text(x, page.y, cell, 9, right=True)
        page.y += 20


def _pdf(caption_again: bool = True) -> bytes:
    """Table 2 over two pages, its header printed again on the second, wrapped otherwise, under 'Tabel 2 (vervolg)'
    or (`caption_again` False) under no caption at all."""
    one, two = Page(), Page()
    one.line("Jaarverslag 2023 van de kringwinkels. De sector telde eind 2023 155 winkels.")
    one.line("Tabel 2. Winkels, omzet en personeel per provincie, 2022-2023", size=9, gap=20)
    _header(one, [[(10, "2022"), (11, "2023")],
                  [(0, "Aantal"), (1, "Omzet"), (2, "Personeel"), (3, "Omzet"), (4, "Personeel")],
                  [(-1, "Provincie"), (0, "winkels"), (1, "(x 1.000"), (2, "(VTE)"), (3, "(x 1.000"), (4, "(VTE)")],
                  [(0, "(2023)"), (1, "euro)"), (3, "euro)")]])
    _rows(one, ROWS_1)
    one.line("Vervolg van de tabel op de volgende bladzijde.", size=8)
    if caption_again:
        two.line("Tabel 2 (vervolg). Winkels, omzet en personeel per provincie, 2022-2023", size=9, gap=20)
    _header(two, [[(10, "2022"), (11, "2023")],
                  [(0, "Aantal"), (1, "Omzet"), (2, "Personeel"), (3, "Omzet"), (4, "Personeel")],
                  [(-1, "Provincie"), (0, "winkels"), (1, "(x"), (3, "(x 1.000")],
                  [(0, "(2023)"), (1, "1.000"), (2, "(VTE)"), (3, "euro)"), (4, "(VTE)")],
                  [(1, "euro)")]])
    _rows(two, ROWS_2)
    return make_pdf([one, two])


def test_a_table_continued_under_a_header_wrapped_otherwise(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "kringwinkels.pdf").write_bytes(_pdf())
    build(corpus, tmp_path / "index")
    assistant = Assistant(tmp_path / "index")
    cells = [f for f in assistant.index.facts if f.source == "table"]
    assert {f.table_id for f in cells} == {cells[0].table_id}, "one table over both pages"
    assert not [f for f in cells if f.raw == "1.000"], "the header's scale is no cell"
    by_raw = {f.raw: f for f in cells}
    assert " ".join(by_raw["38"].col_path) == "Aantal winkels (2023)"  # no year over the column beside them
    assert " ".join(by_raw["24.815"].col_path) == "2022 Omzet (x 1.000 euro)"
    assert by_raw["16.930"].col_path == by_raw["24.815"].col_path and by_raw["16.930"].row_path == ["Vlaams-Brabant"]
    assert " ".join(by_raw["968,0"].col_path) == "2023 Personeel (VTE)"
    findings = [f for f in audit_index(assistant.index) if f.kind == "total"]
    assert [(f.stated, f.computed) for f in findings] == [(104_510, 103_510)], [f.message for f in findings]


def test_a_subtotal_sums_its_own_enumerated_group(tmp_path):
    """'C. Elektrische en andere gemotoriseerde fietsen' heads the rows its subtotal sums; it is no part of the
    label below it, and 'B. Kinderfietsen' does not run on over them: every total adds up, no alarm."""
    build(DATA / "groups", tmp_path / "index")
    assistant = Assistant(tmp_path / "index")
    cells = {f.raw: f for f in assistant.index.facts if f.source == "table"}
    assert cells["1.500"].row_path == ["C. Elektrische en andere gemotoriseerde fietsen", "Elektrische fietsen"]
    assert cells["1.990"].row_path[0] == "C. Elektrische en andere gemotoriseerde fietsen"
    assert [f.message for f in audit_index(assistant.index) if f.kind == "total"] == []
    answer = assistant.ask("Hoeveel speedpedelecs werden in 2023 binnengebracht?")
    assert answer.value == 490


def test_a_waarvan_column_is_part_of_the_column_before_it(tmp_path):
    """Years down the rows under one header line whose labels wrapped ('Over- tochten', 'Storings- meldingen') and
    a column 'waarvan met fietsers': the header is read (the table was skipped as unreadable, round 96), the part
    column's path names its whole, no row total counts it twice, and it answers what it counts."""
    build(DATA / "groups", tmp_path / "index")
    assistant = Assistant(tmp_path / "index")
    cells = {f.raw: f for f in assistant.index.facts if f.source == "table" and "veerdiensten" in f.doc}
    assert cells["14.020"].row_path == ["2023"] and cells["14.020"].col_path[-1] == "waarvan met fietsers"
    assert "tochten" in cells["14.020"].col_path[0]
    assert cells["151"].col_path == ["Storings- meldingen"]
    assert [f.message for f in audit_index(assistant.index) if f.kind == "total"] == []
    answer = assistant.ask("Bij hoeveel overtochten waren er in 2023 fietsers mee?")
    assert answer.value == 14020, answer.answer  # not the 44.350 of all crossings


def test_a_continuation_under_other_columns_keeps_its_own_header(tmp_path):
    """'Tabel 3 (vervolg)' over the years 2023-2025 after a page of 2020-2022 is no header wrapped otherwise:
    its cells keep their own years (review: Oost-Vlaanderen's 2023 was read as 2020)."""
    build(DATA / "groups", tmp_path / "index")
    assistant = Assistant(tmp_path / "index")
    cell = next(f for f in assistant.index.facts if f.raw == "5.100" and "provincie" in f.doc)
    assert cell.year == "2023" and cell.row_path == ["Oost-Vlaanderen"], (cell.year, cell.col_path)
    assert assistant.ask("Hoeveel subsidie kreeg Oost-Vlaanderen in 2020?").value != 5100


def test_a_row_ending_in_a_bracketed_remark_is_still_a_row(tmp_path):
    """'Antwerpen 1.100 1.200 1.300 (raming)': a remark after a labelled row is no header unit line (review)."""
    page = Page()
    page.line("Tabel 1. Personeel per provincie (VTE)", size=9, gap=20)
    for x, year in zip([260, 330, 400], ["2022", "2023", "2024"]):
        page.text(x, page.y, year, 9, right=True)
    page.y += 20
    for label, *cells, note in [("Antwerpen", "1.100", "1.200", "1.300", "(raming)"),
                                ("Limburg", "600", "640", "700", "(raming)"), ("Totaal", "1.700", "1.840", "2.000", "")]:
        page.text(62, page.y, label, 9)
        for x, cell in zip([260, 330, 400], cells):
            page.text(x, page.y, cell, 9, right=True)
        if note:
            page.text(420, page.y, note, 9)
        page.y += 18
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "personeel.pdf").write_bytes(make_pdf([page]))
    build(corpus, tmp_path / "index")
    cells = {f.raw: f for f in Assistant(tmp_path / "index").index.facts if f.source == "table"}
    assert cells["1.100"].row_path == ["Antwerpen"] and cells["1.100"].col_path == ["2022"]
    assert cells["2.000"].row_path == ["Totaal"] and cells["2.000"].col_path == ["2024"]


def _quarter_pdf(said: str) -> bytes:
    page = Page()
    page.line(f"Het aantal klachten over verkeerslawaai daalde van 159 in 2023 naar {said} in 2024.")
    page.line("Tabel 1. Geplaatste schermen en klachten per kwartaal", size=9, gap=20)
    xs = [300, 380]
    page.text(62, page.y, "Jaar", 9)
    page.text(110, page.y, "Kwartaal", 9)
    page.text(xs[0], page.y, "Schermen (m)", 9, right=True)
    page.text(xs[1], page.y, "Klachten (aantal)", 9, right=True)
    page.y += 18
    for year, rows in (("2023", [("K1", "1.240", "41"), ("K2", "2.180", "29"), ("K3", "2.955", "37"), ("K4", "1.605", "52"),
                                 ("Totaal 2023", "7.980", "159")]),
                       ("2024", [("K1", "980", "48"), ("K2", "2.410", "33"), ("K3", "3.120", "27"), ("K4", "1.845", "44"),
                                 ("Totaal 2024", "8.355", "152")])):
        page.text(62, page.y, year, 9)
        page.y += 16
        for label, *cells in rows:
            page.text(110, page.y, label, 9)
            for x, cell in zip(xs, cells):
                page.text(x, page.y, cell, 9, right=True)
            page.y += 16
    return make_pdf([page])


def test_a_sentence_against_the_year_total_of_a_quarter_table(tmp_path):
    """'daalde ... naar 125 in 2024' against 'Totaal 2024 ... 152' under quarters whose year is a row of its own:
    the quarters ('2024 · K1') are no rows the sentence names, the year's total is (round 96: missed)."""
    for said, found in (("125", [(125, 152)]), ("152", [])):
        corpus = tmp_path / said
        corpus.mkdir()
        (corpus / "schermen.pdf").write_bytes(_quarter_pdf(said))
        build(corpus, tmp_path / f"index{said}")
        findings = audit_index(Assistant(tmp_path / f"index{said}").index)
        assert [(f.stated, f.computed) for f in findings if f.kind == "duplicate"] == found, [f.message for f in findings]


def test_a_table_continued_under_its_header_without_a_caption(tmp_path):
    """The browser that printed the report split the table and printed its header again, wrapped otherwise, with
    no caption at all (round 109: the page's three rows became a table of their own, whose total the audit
    checked against them alone)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "kringwinkels.pdf").write_bytes(_pdf(caption_again=False))
    build(corpus, tmp_path / "index")
    assistant = Assistant(tmp_path / "index")
    cells = [f for f in assistant.index.facts if f.source == "table"]
    assert {f.table_id for f in cells} == {cells[0].table_id}, "one table over both pages"
    findings = [f for f in audit_index(assistant.index) if f.kind == "total"]
    assert [(f.stated, f.computed) for f in findings] == [(104_510, 103_510)], [f.message for f in findings]


def _carried_pdf() -> bytes:
    """Table 1 ends page one after its first row, its header printed there only; the right column's wrapped
    header ends a few points above the dates beside it ('eind 2023 (kW)'), as a browser sets a cell's lines."""
    one, two = Page(), Page()
    for _ in range(3):
        one.line("De sporthallen van de gemeenten schakelen over op warmtepompen; dit verslag geeft de stand.")
    one.line("Tabel 1. Sporthallen met een warmtepomp en geplaatst vermogen per provincie", size=9, gap=26)
    y = one.y
    one.text(310, y, "Aantal hallen met", 9, centre=True)
    one.text(463, y + 3, "Geplaatst", 9, centre=True)
    one.text(154, y + 17, "Provincie", 9, centre=True)
    one.text(310, y + 15, "warmtepomp", 9, centre=True)
    one.text(463, y + 19, "vermogen", 9, centre=True)
    one.text(263, y + 34, "31/12/2022", 9, centre=True)
    one.text(357, y + 34, "31/12/2023", 9, centre=True)
    one.text(463, y + 31, "eind 2023 (kW)", 9, centre=True)
    one.y = y + 54
    rows = [("Antwerpen", "41", "52", "1.860"), ("Limburg", "25", "31", "1.115"), ("Oost-Vlaanderen", "38", "47", "1.690"),
            ("Vlaams-Brabant", "29", "36", "1.290"), ("West-Vlaanderen", "33", "40", "1.445"),
            ("Totaal", "166", "206", "7.400")]
    for page, part in ((one, rows[:1]), (two, rows[1:])):
        for label, *cells in part:
            page.text(97, page.y, label, 9)
            for x, cell in zip([303, 397, 514], cells):
                page.text(x, page.y, cell, 9, right=True)
            page.y += 20
    two.line("Het geplaatste vermogen nam in 2023 sterk toe door de nieuwe subsidieoproep van de Vlaamse overheid.")
    return make_pdf([one, two])


def test_a_table_whose_header_ends_the_page_before_goes_on_as_one_table(tmp_path):
    """The rows at the top of page two are read under page one's header, carried over: read with their own
    column widths its levels fell otherwise ('31/12/2022' alone, 'eind' over the dates), so the page was
    another table and the total was checked against four of five provinces (round 125: a false 'Totaal klopt
    niet'). Now one table, one set of column paths, the total adds up, and the kW column counts no halls."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "warmtepompen.pdf").write_bytes(_carried_pdf())
    build(corpus, tmp_path / "index")
    assistant = Assistant(tmp_path / "index")
    cells = {f.raw: f for f in assistant.index.facts if f.source == "table"}
    assert {f.table_id for f in cells.values()} == {cells["41"].table_id}, "one table over both pages"
    assert cells["25"].col_path == cells["41"].col_path == ["Aantal hallen met warmtepomp", "31/12/2022"]
    assert cells["1.115"].col_path == cells["1.860"].col_path == ["Geplaatst vermogen eind 2023 (kW)"]
    assert cells["1.115"].unit == "kW"
    assert [f.message for f in audit_index(assistant.index) if f.kind == "total"] == []
    answer = assistant.ask("In hoeveel Limburgse sporthallen stond er eind 2023 een warmtepomp?")
    assert answer.value == 31, answer.answer
