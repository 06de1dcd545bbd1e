"""Header rows a report sets around its tables: a unit row under the column headers ('(in duizend euro)'), a
header cell whose last line ('(maanden)') sits left of its right-aligned values, quarter headers whose words
fall between two columns, 'waarvan' rows carried to the next page under the header printed again, a
caption left alone at the foot of a page, and a column of remarks after the amounts.

The PDF is drawn by `tests/pdfmaker.py` at real positions.
"""

from __future__ import annotations

import pytest

from qa.facts.extract import extract_all
from qa.ingest import load_document

from pdfmaker import Page, make_pdf


def _budget(page: Page) -> None:
    page.line("Tabel 1: Kredieten voor fietspaden, begroting 2024", gap=18)
    for x, text in ((300, "Initiële begroting"), (420, "1e aanpassing")):
        page.text(x, page.y, text, centre=True)
        page.text(x, page.y + 11, "2024", centre=True)
    page.text(60, page.y, "Begrotingsartikel")
    page.y += 26
    for x, text in ((270, "VAK"), (330, "VEK"), (390, "VAK"), (450, "VEK")):
        page.text(x, page.y, text, centre=True)
    page.y += 14
    page.text(360, page.y, "(in duizend euro)", centre=True)
    page.y += 16
    for label, cells in (("Investeringen fietspaden", ("185.400", "162.300", "198.750", "170.900")),
                         ("Onderhoud fietspaden", ("42.150", "41.800", "44.600", "43.250")),
                         ("Totaal", ("227.550", "204.100", "243.350", "214.150"))):
        page.text(60, page.y, label)
        for x, cell in zip((285, 345, 405, 465), cells):
            page.text(x, page.y, cell, right=True)
        page.y += 16
    page.y += 14


def _waiting(page: Page) -> None:
    """Header cells centred over wide columns whose values are right-aligned; a header's third line alone."""
    page.line("Tabel 2: Wachttijden per prioriteitengroep, 30 juni 2024", gap=18)
    for x, lines in ((277, ["Gemiddelde", "wachttijd", "(maanden)"]), (390, ["Aandeel met", "budget"]),
                     (490, ["Aantal", "wachtenden"])):
        for k, text in enumerate(lines):
            page.text(x, page.y + 12 * k, text, centre=True)
    page.y += 43
    page.text(60, page.y, "Meerderjarigen")  # a group row over the first rows
    page.y += 19.5
    for label, cells in (("Prioriteitengroep 1", ("2,4", "98,5%", "61")), ("Prioriteitengroep 2", ("27,8", "34,2%", "4.812")),
                         ("Totaal", ("/", "/", "4.873"))):
        page.text(60, page.y, label)
        for x, cell in zip((320, 430, 520), cells):
            page.text(x, page.y, cell, right=True)
        page.y += 19.5
    page.y += 20


QUARTERS = [(254, "K1 2023"), (310, "K2 2023"), (366, "K3 2023"), (422, "K4 2023"), (494, "Totaal 2023")]


def _quarter_header(page: Page) -> None:
    for x, text in QUARTERS:  # centred over columns whose values are right-aligned near their right edge
        page.text(x, page.y, text, centre=True)
    page.y += 18


def _quarter_row(page: Page, label: str, cells: tuple[str, ...]) -> None:
    page.text(60, page.y, label)
    for x, cell in zip((280, 336, 392, 448, 524), cells):
        page.text(x, page.y, cell, right=True)
    page.y += 18


def _pages() -> list[Page]:
    first = Page()
    first.line("Antwoord op schriftelijke vraag nr. 88 over de fietspaden en de wachtlijsten", size=11, gap=20)
    _budget(first)
    _waiting(first)
    first.y = 700
    first.line("Tabel 3: Behandeling van de aanvragen per kwartaal, 2023", gap=18)
    _quarter_header(first)
    _quarter_row(first, "Ingediende dossiers", ("402", "451", "389", "473", "1.715"))
    second = Page()
    _quarter_header(second)  # printed again over the rows that went on to this page
    _quarter_row(second, "  waarvan volledig", ("371", "420", "352", "440", "1.583"))
    _quarter_row(second, "  waarvan onvolledig", ("31", "31", "37", "33", "132"))
    _quarter_row(second, "Goedgekeurde dossiers", ("289", "366", "301", "413", "1.369"))
    second.y += 20
    second.line("De wachttijd voor een persoonsvolgend budget blijft lang, zoals tabel 4 toont.", gap=700 - second.y)
    second.line("Tabel 4: Wachtenden per leeftijdsgroep, 30 juni 2024")  # the caption alone at the page's foot
    third = Page()
    third.text(300, third.y, "Wachtenden", right=True)
    third.text(400, third.y, "Aandeel", right=True)
    third.y += 18
    for label, cells in (("Meerderjarigen", ("14.819", "85,0")), ("Minderjarigen", ("2.606", "15,0")),
                         ("Totaal", ("17.425", "100,0"))):
        third.text(60, third.y, label)
        third.text(300, third.y, cells[0], right=True)
        third.text(400, third.y, cells[1], right=True)
        third.y += 16
    third.y += 20
    third.line("Tabel 5: Toegekende bebossingssubsidies per type begunstigde, 2024", gap=18)
    for x, text in ((230, "Dossiers"), (330, "Oppervlakte (ha)"), (420, "Subsidie")):
        third.text(x, third.y, text, right=True)
    third.text(440, third.y, "Opmerkingen")
    third.y += 18
    for label, cells, note in (("Lokale besturen", ("64", "241,7", "€ 6,9 mln"), "inclusief 18 projecten uit de oproep"),
                               ("Private eigenaars", ("212", "183,4", "€ 3,2 mln"), "gemiddeld 0,87 ha per dossier"),
                               ("Totaal", ("276", "425,1", "€ 10,1 mln"), "")):
        third.text(60, third.y, label)
        for x, cell in zip((230, 330, 420), cells):
            third.text(x, third.y, cell, right=True)
        if note:  # a remark of several words, one with a number in it
            third.text(440, third.y, note, size=8)
        third.y += 16
    return [first, second, third]


@pytest.fixture(scope="module")
def facts(tmp_path_factory):
    root = tmp_path_factory.mktemp("headerrows")
    (root / "fietspaden.pdf").write_bytes(make_pdf(_pages()))
    return [f for f in extract_all(load_document(root / "fietspaden.pdf", root))[0] if f.row_path]


def _cell(facts, raw: str):
    found = [f for f in facts if f.raw == raw]
    assert len(found) == 1, [(f.raw, f.row_path, f.col_path) for f in found]
    return found[0]


def test_a_unit_row_under_the_headers_is_the_unit_not_a_level(facts):
    cell = _cell(facts, "198.750")
    assert cell.col_path == ["1e aanpassing 2024", "VAK"]
    assert cell.unit == "k euro"
    assert _cell(facts, "41.800").col_path == ["Initiële begroting 2024", "VEK"]


def test_a_header_line_left_of_right_aligned_values_is_no_row_label(facts):
    assert _cell(facts, "2,4").row_path == ["Meerderjarigen", "Prioriteitengroep 1"]
    cell = _cell(facts, "27,8")
    assert cell.row_path == ["Meerderjarigen", "Prioriteitengroep 2"]
    assert cell.col_path == ["Gemiddelde wachttijd (maanden)"]
    assert _cell(facts, "34,2%").col_path == ["Aandeel met budget"]


def test_quarter_headers_between_two_columns_stay_whole(facts):
    assert _cell(facts, "451").col_path == ["K2 2023"]
    assert _cell(facts, "1.715").col_path == ["Totaal 2023"]


def test_waarvan_rows_on_the_next_page_are_parts_of_the_row_before_and_siblings(facts):
    assert _cell(facts, "37").row_path == ["Ingediende dossiers", "waarvan onvolledig"]
    assert _cell(facts, "420").row_path == ["Ingediende dossiers", "waarvan volledig"]
    assert _cell(facts, "366").row_path == ["Goedgekeurde dossiers"]
    assert _cell(facts, "37").table_id == _cell(facts, "389").table_id


def test_a_caption_alone_at_the_foot_of_a_page_names_the_table_on_the_next(facts):
    cell = _cell(facts, "2.606")
    assert cell.caption.startswith("Tabel 4: Wachtenden per leeftijdsgroep")
    assert cell.row_path == ["Minderjarigen"] and cell.col_path == ["Wachtenden"]


def test_a_column_of_remarks_after_the_amounts_leaves_the_rows_whole(facts):
    cell = _cell(facts, "183,4")
    assert cell.row_path == ["Private eigenaars"] and cell.col_path == ["Oppervlakte (ha)"]
    assert _cell(facts, "276").col_path == ["Dossiers"]  # the rows with a remark are rows, not header lines
    assert _cell(facts, "425,1").row_path == ["Totaal"] and _cell(facts, "425,1").col_path == ["Oppervlakte (ha)"]


def test_rows_after_a_page_break_below_waarvan_rows_are_no_parts_of_their_whole(tmp_path):
    """The page ends with a row and its 'waarvan' parts; the next page's rows stand on their own, and the total
    adds up over the rows, not over the parts."""
    first = Page()
    first.y = 700
    first.line("Tabel 6: Toegekende premies naar type erfgoed, 2023", gap=18)
    _quarter_header(first)
    _quarter_row(first, "Beschermde monumenten", ("250", "260", "240", "271", "1.021"))
    _quarter_row(first, "  waarvan kerken en kapellen", ("50", "55", "52", "57", "214"))
    second = Page()
    _quarter_header(second)
    _quarter_row(second, "Varend erfgoed", ("5", "6", "7", "5", "23"))
    _quarter_row(second, "Totaal", ("255", "266", "247", "276", "1.044"))
    (tmp_path / "premies.pdf").write_bytes(make_pdf([first, second]))
    facts = [f for f in extract_all(load_document(tmp_path / "premies.pdf", tmp_path))[0] if f.row_path]
    assert _cell(facts, "214").row_path == ["Beschermde monumenten", "waarvan kerken en kapellen"]
    assert _cell(facts, "23").row_path == ["Varend erfgoed"]
    assert _cell(facts, "1.044").total_ok is True


def test_a_last_row_alone_at_the_top_of_the_next_page_is_read_under_the_headers(tmp_path):
    """Years down the rows, provinces across; the page breaks before the last year, and running text follows it."""
    first = Page()
    first.y = 720
    first.line("Tabel 7: Vergunde locaties op 31 december, per provincie", gap=18)
    heads = [(150, "Antwerpen"), (210, "Limburg"), (290, "Oost-Vlaanderen"), (370, "Vlaams Gewest")]
    first.text(60, first.y, "Jaar")
    for x, text in heads:
        first.text(x, first.y, text, right=True)
    first.y += 18
    second = Page()
    for page, year, cells in ((first, "2021", ("1.788", "699", "1.517", "4.004")),
                              (first, "2022", ("1.812", "708", "1.533", "4.053")),
                              (second, "2023", ("1.846", "721", "1.560", "4.127"))):
        page.text(60, page.y, year)
        for (x, _), cell in zip(heads, cells):
            page.text(x, page.y, cell, right=True)
        page.y += 18
    second.y += 10
    second.line("De kredieten voor kinderopvang werden in 2023 verder verhoogd, in uitvoering van het groeipad.")
    (tmp_path / "locaties.pdf").write_bytes(make_pdf([first, second]))
    facts = [f for f in extract_all(load_document(tmp_path / "locaties.pdf", tmp_path))[0] if f.row_path]
    cell = _cell(facts, "721")
    assert (cell.row_path, cell.col_path, cell.page) == (["2023"], ["Limburg"], 2)
    assert cell.caption.startswith("Tabel 7") and cell.table_id == _cell(facts, "708").table_id


def test_a_group_over_a_one_line_leaf_and_a_two_line_leaf(tmp_path):
    """'Haltes' over 'aantal' (one line, centred) and 'waarvan' / 'toegankelijk' (two lines at a loose pitch, nothing
    beside them), next to 'Aandeel (%)' that spans both header rows."""
    page = Page()
    page.line("Tabel 8: Haltes per provincie", gap=20)
    y = page.y
    page.text(60, y, "Provincie")
    page.text(230, y, "Haltes", centre=True)
    page.text(330, y, "Aandeel (%)", centre=True)
    page.text(187, y + 19.5, "aantal", centre=True)
    page.text(252, y + 19.5, "waarvan", centre=True)
    page.text(252, y + 31.5, "toegankelijk", centre=True)
    page.y = y + 52
    for label, cells in (("Antwerpen", ("9.412", "2.871", "30,5")), ("Limburg", ("5.238", "1.204", "23,0"))):
        page.text(60, page.y, label)
        for x, cell in zip((203, 289, 360), cells):
            page.text(x, page.y, cell, right=True)
        page.y += 19
    (tmp_path / "haltes.pdf").write_bytes(make_pdf([page]))
    facts = [f for f in extract_all(load_document(tmp_path / "haltes.pdf", tmp_path))[0] if f.row_path]
    assert _cell(facts, "5.238").col_path == ["Haltes", "aantal"]
    assert _cell(facts, "1.204").col_path == ["Haltes", "waarvan toegankelijk"]
    assert _cell(facts, "23,0").col_path == ["Aandeel (%)"]


def _two_columns(tmp_path, name: str, caption: str, heads: tuple[str, str], rows) -> list:
    """A small table of two right-aligned value columns under one caption: its labelled cells."""
    page = Page()
    page.line(caption, gap=18)
    for x, text in zip((300, 400), heads):
        page.text(x, page.y, text, right=True)
    page.y += 18
    for label, cells in rows:
        page.text(60, page.y, label)
        for x, cell in zip((300, 400), cells):
            page.text(x, page.y, cell, right=True)
        page.y += 16
    (tmp_path / name).write_bytes(make_pdf([page]))
    return [f for f in extract_all(load_document(tmp_path / name, tmp_path))[0] if f.row_path]


def test_a_footnote_mark_after_a_cells_euro_sign(tmp_path):
    """'18.000.000,00 €²': the mark after the sign is the cell's footnote; the cell stays in its column."""
    facts = _two_columns(tmp_path, "budget.pdf", "Tabel 9: Budget per maatregel, 2023", ("Budget 2023", "Uitbetaald"),
                         (("Vervangingspools", ("18.000.000,00 €²", "16.845.000,00 €")),
                          ("Wervingscampagne", ("850.000,00 €", "847.212,36 €")),
                          ("Totaal", ("18.850.000,00 €", "17.692.212,36 €"))))
    cell = _cell(facts, "18.000.000,00")
    assert (cell.row_path, cell.col_path, cell.unit) == (["Vervangingspools"], ["Budget 2023"], "euro")
    assert _cell(facts, "18.850.000,00").total_ok is True


def test_a_footnote_mark_after_a_scaled_amount(tmp_path):
    """'€ 48,2 mln (1)': the mark after the scale word; the cell counts in its column's total."""
    facts = _two_columns(tmp_path, "haven.pdf", "Tabel 10: Investeringen per project (in miljoen euro)",
                         ("2023", "2024 (raming)"),
                         (("Kaaimuren", ("€ 36,7 mln", "€ 48,2 mln (1)")), ("Sluis", ("€ 10,3 mln", "€ 12,0 mln")),
                          ("Totaal", ("€ 47,0 mln", "€ 60,2 mln"))))
    cell = _cell(facts, "48,2")
    assert (cell.row_path, cell.col_path, cell.unit) == (["Kaaimuren"], ["2024 (raming)"], "miljoen euro")
    assert _cell(facts, "60,2").total_ok is True
