"""PDF tables that print a unit in the cell ('58 dagen'), centre a wrapped label on its values, wrap a label
so that its last word is a number ('klasse' / '2'), set cells so close that the text reads them as one spaced
number ('418 463 131 dagen'), and carry rate columns ('per 1.000 inwoners', 'Gem. premie') beside counts.

The PDFs are drawn by `tests/pdfmaker.py` at real positions; the audit must find the one planted error and
nothing else.
"""

from __future__ import annotations

import pytest

from qa.audit import audit_document
from qa.facts.extract import extract_all
from qa.ingest import load_document

from pdfmaker import Page, make_pdf


def _header(page: Page, cells: list[tuple[float, list[str]]], y: float) -> None:
    """Header cells centred over their columns, each wrapped over its lines."""
    for x, lines in cells:
        for k, text in enumerate(lines):
            page.text(x, y + k * 11, text, centre=True)


def _rows(page: Page, y: float, rows: list[tuple[list[str], list[str]]], rights: list[float]) -> float:
    """Rows of a table from y down; a label on two lines has its values centred between them. Returns the y
    under the last row."""
    for labels, cells in rows:
        for k, text in enumerate(labels):
            page.text(60, y + k * 12, text)
        at = 6 if len(labels) == 2 else 0
        for right, cell in zip(rights, cells):
            page.text(right, y + at, cell, right=True)
        y += 20 + 12 * (len(labels) - 1)
    return y


def _pages() -> list[Page]:
    first = Page()
    first.line("Antwoord op schriftelijke vraag nr. 41 over de wachtlijsten in de kinderopvang", size=11, gap=20)
    first.line("Tabel 1 geeft het overzicht voor de dertien centrumsteden en de provincies.", gap=14)
    first.line("De laatste kolom geeft het aantal plaatsen per 1.000 kinderen jonger dan drie jaar.", gap=20)
    first.line("Tabel 1: Wachttijden en plaatsen per provincie, 2023", gap=18)
    rights = [250, 340, 420, 500]
    _header(first, [(225, ["Gemiddelde", "wachttijd"]), (310, ["Aantal", "plaatsen"]), (395, ["Aandeel", "(%)"]),
                    (470, ["Plaatsen per 1.000", "kinderen"])], first.y)
    first.text(60, first.y + 5, "Provincie")
    y = first.y + 34
    rows = [(["Antwerpen"], ["58 dagen", "9.842", "41,2", "439,2"]),
            (["Limburg"], ["41 dagen", "3.295", "13,8", "522,9"]),
            (["Brussel (Nederlandstalige", "opvang)"], ["73 dagen", "1.629", "6,8", "311,4"]),
            (["West-Vlaanderen"], ["38 dagen", "9.130", "38,2", "557,1"]),
            (["Totaal"], ["55 dagen", "23.896", "100,0", "484,9"])]
    first.y = _rows(first, y, rows, rights) + 16
    first.line("Tabel 2: Aanvragen per type project, 2023", gap=18)
    rights = [300, 352, 430, 500]
    for right, text in zip(rights, ["2022", "2023", "Doorlooptijd", "Gem. leges (€)"]):
        first.text(right, first.y, text, right=True)
    first.text(60, first.y, "Type project")
    y = first.y + 20
    rows = [(["Sloop van gebouwen"], ["4.117", "4.382", "35 dagen", "120,00"]),
            (["Exploitatie van een inrichting klasse", "1 (met milieueffectrapport)"], ["612", "574", "148 dagen", "98,50"]),
            (["Exploitatie van een inrichting klasse", "2"], ["5.947", "5.733", "104 dagen", "131,75"]),
            (["Zonnepanelen op het veld"], ["418", "463", "131 dagen", "162,00"]),
            (["Totaal"], ["11.094", "11.252", "61 dagen", "128,06"])]
    _rows(first, y, rows, rights)
    second = Page()
    second.line("Tabel 3: Deelnemers aan de sportkampen naar leeftijd en geslacht, zomer 2023", gap=20)
    top = second.y
    # 'Jongens' and 'Meisjes' each over 'aantal | aandeel (%)'; 'Leeftijd' and 'Totaal' span both header rows,
    # set in the middle of them
    second.text(60, top + 9, "Leeftijd")
    second.text(205, top, "Jongens", centre=True)
    second.text(325, top, "Meisjes", centre=True)
    second.text(420, top + 9, "Totaal", right=True)
    for right, text in zip([190, 250, 310, 370], ["aantal", "aandeel (%)", "aantal", "aandeel (%)"]):
        second.text(right, top + 18, text, right=True)
    y = top + 38
    for label, cells in (("6 tot 8 jaar", ["3.402", "41,0", "3.105", "40,7", "6.507"]),
                         ("9 tot 11 jaar", ["4.870", "59,0", "4.522", "59,3", "9.392"]),
                         ("Totaal", ["8.272", "100,0", "7.627", "100,0", "15.899"])):
        second.text(60, y, label)
        for right, cell in zip([190, 250, 310, 370, 420], cells):
            second.text(right, y, cell, right=True)
        y += 18
    third = Page()
    third.line("Tabel 4: Plaatsen per provincie en centrumstad, 1 januari 2024", gap=20)
    third.text(60, third.y, "Provincie")
    third.text(160, third.y, "Gemeente")
    third.text(300, third.y, "Aantal plaatsen", right=True)
    y = third.y + 20
    # the province set once, level with its first city, and wrapped where it is long
    for province, city, cells in ((["Antwerpen"], "Antwerpen", "9.851"), ([], "Mechelen", "2.117"),
                                  (["Oost-", "Vlaanderen"], "Gent", "7.215"), ([], "Aalst", "1.688"),
                                  ([], "Sint-Niklaas", "1.529"), (["Limburg"], "Hasselt", "1.893")):
        for k, text in enumerate(province):
            third.text(60, y + k * 12, text)
        third.text(160, y, city)
        third.text(300, y, cells, right=True)
        y += 20
    third.text(60, y, "Totaal centrumsteden")
    third.text(300, y, "24.293", right=True)
    y += 40
    # a narrow table set right of running text, its last label over three lines with the values centred
    prose = ["Voor gezinnen in categorie 1 en 2 kan daarnaast", "een voorfinanciering via de renteloze lening",
             "worden aangevraagd; die leningen zijn niet", "in deze cijfers opgenomen. De premies voor",
             "categorie 4 daalden licht ten opzichte van", "het jaar voordien, zoals verwacht werd."]
    for k, text in enumerate(prose):
        third.text(60, y + k * 14, text)
    third.text(340, y, "Tabel 5: Dossiers per")
    third.text(340, y + 14, "inkomenscategorie, 2023")
    y += 32
    third.text(340, y, "Categorie")
    third.text(480, y, "Dossiers", right=True)
    rows = [(["Categorie 1"], "9.861"), (["Categorie 2"], "14.605"),
            (["Categorie 4", "(hoogste", "inkomens)"], "12.642"), (["Totaal"], "37.108")]
    y += 18
    for labels, cell in rows:
        for k, text in enumerate(labels):
            third.text(340 + (1 if text.startswith("(") else 0), y + k * 12, text)
        third.text(480, y + 12 * (len(labels) // 2), cell, right=True)
        y += 18 + 12 * (len(labels) - 1)
    # a table whose header starts at the foot of a page: its caption and group labels there, the rest over
    third.y = 760
    third.line("Tabel 6: Uitbreidingsronde 2023 per type opvang", gap=16)
    third.text(60, third.y, "Type opvang")
    third.text(260, third.y, "Aanvragen", centre=True)
    third.text(420, third.y, "Toegekend", centre=True)
    fourth = Page()
    for right, text in zip([250, 330, 410, 490], ["aantal", "bedrag", "aantal", "bedrag"]):
        fourth.text(right, 60, text, right=True)
    y = 80
    for label, cells in (("Groepsopvang", ["184", "12.450.800", "121", "8.216.400"]),
                         ("Gezinsopvang", ["63", "1.874.300", "57", "1.702.650"]),
                         ("Totaal", ["247", "14.325.100", "178", "9.919.050"])):
        fourth.text(60, y, label)
        for right, cell in zip([250, 330, 410, 490], cells):
            fourth.text(right, y, cell, right=True)
        y += 18
    fourth.y = y + 20
    fourth.line("De cijfers komen uit de vijf Vlaamse provincies; de rij Vlaanderen telt ze op.", gap=20)
    fourth.line("Tabel 7: Renovaties per provincie, 2023", gap=18)
    fourth.text(60, fourth.y, "Provincie")
    for right, text in zip([300, 400, 480], ["Nieuwbouw", "Renovatie", "Goede staat"]):
        fourth.text(right, fourth.y, text, right=True)
    y = fourth.y + 20
    for label, cells in (("Antwerpen", ["1.245", "2.830", "63,5"]), ("Limburg", ["618", "1.475", "71,2"]),
                         ("Oost-Vlaanderen", ["1.032", "2.210", "66,0"]), ("Vlaams-Brabant", ["575", "1.160", "69,8"]),
                         ("West-Vlaanderen", ["803", "1.905", "70,1"]), ("Vlaanderen", ["4.273", "9.850", "68,4"])):
        fourth.text(60, y, label)
        for right, cell in zip([300, 400, 480], cells):
            fourth.text(right, y, cell, right=True)
        y += 18
    fifth = Page()
    fifth.line("Tabel 8: Nieuwe plaatsen per organisatievorm, 2023", gap=20)
    fifth.text(70, fifth.y, "Organisatievorm")
    for right, text in zip([300, 360, 420], ["Trap 1", "Trap 2", "Totaal"]):
        fifth.text(right, fifth.y, text, right=True)
    y = fifth.y + 20
    # group rows at 60, their rows and subtotals indented at 70, the grand total at the rows' indent too
    for x, label, cells in ((60, "Groepsopvang", []), (70, "Lokale besturen", ["121", "85", "206"]),
                            (70, "Vennootschappen", ["211", "48", "259"]), (70, "Subtotaal", ["332", "133", "465"]),
                            (60, "Gezinsopvang", []), (70, "Onthaalouders", ["89", "23", "112"]),
                            (70, "Subtotaal", ["89", "23", "112"]), (70, "Totaal", ["421", "156", "577"])):
        fifth.text(x, y, label)
        for right, cell in zip([300, 360, 420], cells):
            fifth.text(right, y, cell, right=True)
        y += 18
    fifth.y = y + 20
    fifth.line("Tabel 9: Nieuwe leraren per schooljaar en niveau", gap=20)
    top = fifth.y
    # 'Schooljaar' over two levels whose labels wrap to different heights
    for centre, year in ((255, "Schooljaar 2022-2023"), (415, "Schooljaar 2023-2024")):
        fifth.text(centre, top, year, centre=True)
        fifth.text(centre - 40, top + 20, "Basisonderwijs", centre=True)
        fifth.text(centre + 40, top + 15, "Secundair", centre=True)
        fifth.text(centre + 40, top + 26, "onderwijs", centre=True)
    for right, text in zip([230, 310, 390, 470], ["aantal", "aantal", "aantal", "aantal"]):
        fifth.text(right, top + 42, text, right=True)
    fifth.text(60, top + 62, "Masterdiploma")
    for right, cell in zip([230, 310, 390, 470], ["1.204", "2.310", "1.198", "2.402"]):
        fifth.text(right, top + 62, cell, right=True)
    return [first, second, third, fourth, fifth]


@pytest.fixture(scope="module")
def read(tmp_path_factory):
    root = tmp_path_factory.mktemp("units")
    (root / "wachtlijsten.pdf").write_bytes(make_pdf(_pages()))
    doc = load_document(root / "wachtlijsten.pdf", root)
    facts, _ = extract_all(doc)
    return doc, facts


def _cells(facts, raw: str):
    return [(f.row_path, f.col_path, f.unit) for f in facts if f.raw == raw and f.source == "table"]


def test_a_unit_printed_in_the_cell_is_the_cells_unit_and_no_row_label(read):
    _, facts = read
    assert _cells(facts, "58") == [(["Antwerpen"], ["Gemiddelde wachttijd"], "dagen")]
    assert _cells(facts, "9.842") == [(["Antwerpen"], ["Aantal plaatsen"], None)]
    assert _cells(facts, "131") == [(["Zonnepanelen op het veld"], ["Doorlooptijd"], "dagen")]


def test_a_label_centred_on_its_values_is_one_row_label(read):
    _, facts = read
    assert _cells(facts, "1.629") == [(["Brussel (Nederlandstalige opvang)"], ["Aantal plaatsen"], None)]
    assert _cells(facts, "574") == [(["Exploitatie van een inrichting klasse 1 (met milieueffectrapport)"], ["2023"],
                                     None)]


def test_a_number_that_ends_a_wrapped_label_is_part_of_the_label(read):
    _, facts = read
    assert _cells(facts, "5.733") == [(["Exploitatie van een inrichting klasse 2"], ["2023"], None)]
    assert not [f for f in facts if f.raw == "2" and f.source == "table"]


def test_cells_the_text_runs_together_are_read_each_on_its_own(read):
    doc, facts = read
    assert "418 463 131" in doc.text  # the text reads three cells as one spaced number
    assert _cells(facts, "418") == [(["Zonnepanelen op het veld"], ["2022"], None)]
    assert _cells(facts, "463") == [(["Zonnepanelen op het veld"], ["2023"], None)]


def test_the_base_of_a_rate_is_no_figure(read):
    _, facts = read
    assert not [f for f in facts if f.value == 1000 and f.source != "table"]  # 'per 1.000 kinderen'


def test_audit_finds_the_planted_total_and_adds_no_rates_averages_or_durations(read):
    doc, facts = read
    findings = audit_document(doc, facts)
    # no 'dertien centrumsteden' against 23.896, no 'vijf Vlaamse provincies' against a province, no sum
    # across 'Aanvragen' and 'Toegekend'; the region over its provinces is their total
    assert sorted((f.kind, f.stated, f.computed) for f in findings) == [("total", 9850, 9580), ("total", 11252, 11152)], \
        [f.message for f in findings]


def test_a_header_cell_set_across_both_header_rows_has_no_group_over_it(read):
    _, facts = read
    assert _cells(facts, "3.105") == [(["6 tot 8 jaar"], ["Meisjes", "aantal"], None)]
    assert _cells(facts, "6.507") == [(["6 tot 8 jaar"], ["Totaal"], None)]
    assert _cells(facts, "15.899") == [(["Totaal"], ["Totaal"], None)]


def test_an_outer_label_set_once_over_its_rows_heads_each_of_them(read):
    _, facts = read
    assert _cells(facts, "2.117") == [(["Antwerpen", "Mechelen"], ["Aantal plaatsen"], None)]
    assert _cells(facts, "1.529") == [(["Oost-Vlaanderen", "Sint-Niklaas"], ["Aantal plaatsen"], None)]
    assert _cells(facts, "1.893") == [(["Limburg", "Hasselt"], ["Aantal plaatsen"], None)]
    assert _cells(facts, "24.293") == [(["Totaal centrumsteden"], ["Aantal plaatsen"], None)]


def test_a_narrow_table_beside_running_text_keeps_its_rows_and_leaves_the_text_out(read):
    _, facts = read
    assert _cells(facts, "14.605") == [(["Categorie 2"], ["Dossiers"], None)]
    assert _cells(facts, "12.642") == [(["Categorie 4 (hoogste inkomens)"], ["Dossiers"], None)]
    assert _cells(facts, "37.108") == [(["Totaal"], ["Dossiers"], None)]
    cell = next(f for f in facts if f.raw == "37.108")
    assert cell.caption == "Tabel 5: Dossiers per inkomenscategorie, 2023"


def test_a_header_begun_at_the_foot_of_the_page_before_gives_its_group_labels(read):
    _, facts = read
    assert _cells(facts, "8.216.400") == [(["Groepsopvang"], ["Toegekend", "bedrag"], None)]
    assert _cells(facts, "63") == [(["Gezinsopvang"], ["Aanvragen", "aantal"], None)]


def test_a_subtotal_indented_under_its_group_closes_it(read):
    _, facts = read
    assert _cells(facts, "577") == [(["Totaal"], ["Totaal"], None)]
    assert _cells(facts, "259") == [(["Groepsopvang", "Vennootschappen"], ["Totaal"], None)]


def test_a_group_label_over_two_cells_that_wrap_to_different_heights_is_their_group(read):
    _, facts = read
    assert _cells(facts, "1.198") == [(["Masterdiploma"], ["Schooljaar 2023-2024", "Basisonderwijs", "aantal"], None)]
    assert _cells(facts, "2.310") == [(["Masterdiploma"], ["Schooljaar 2022-2023", "Secundair onderwijs", "aantal"], None)]


def _centred_header_pdf() -> bytes:
    """A browser's header row: each cell's lines centred on the row, so 'Goedgekeurd' / 'en' / 'uitbetaald' starts
    above its one- and two-line neighbours; 'en' has no letter above the x-height, so its glyph box is a third
    lower than a full line's (round 126)."""
    page = Page()
    page.line("Tabel 1. Aanvragen voor de premie per jaar van indiening", gap=30)
    y = page.y
    for x, lines in [(150, ["Ingediende", "aanvragen"]), (240, ["Goedgekeurd", "en", "uitbetaald"]),
                     (330, ["Afgewezen"]), (420, ["Nog in", "behandeling", "op 31", "december"]),
                     (510, ["Uitbetaald", "bedrag", "(euro)"])]:
        top = y + (4 - len(lines)) * 6.25
        for k, text in enumerate(lines):
            page.text(x, top + k * 12.5, text, centre=True)
    page.text(60, y + 18.75, "Jaar")
    y += 58
    for year, *cells in [("2022", "7.894", "7.231", "512", "151", "6.502.890"),
                         ("2023", "9.117", "8.206", "643", "268", "7.675.230")]:
        page.text(60, y, year)
        for x, cell in zip([170, 260, 350, 440, 540], cells):
            page.text(x, y, cell, right=True)
        y += 20
    return make_pdf([page])


def test_a_wrapped_header_cell_with_a_short_middle_line_stays_one_cell(tmp_path):
    path = tmp_path / "premies.pdf"
    path.write_bytes(_centred_header_pdf())
    facts, _ = extract_all(load_document(path, tmp_path))
    paths = {f.raw: f.col_path for f in facts if f.source == "table"}
    assert paths["8.206"] == ["Goedgekeurd en uitbetaald"], paths
    assert paths["643"] == ["Afgewezen"] and paths["268"] == ["Nog in behandeling op 31 december"], paths
