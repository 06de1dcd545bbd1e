"""Tables as a browser or office suite typesets them: cells are boxes, and a box breaks what a line reader sees.

Each PDF here is drawn with `tests/pdfmaker.py` at the positions a renderer gives (measured on tables printed
by Chromium from HTML): header cells wrapped onto two lines at a loose line pitch, a unit wrapped under its
amount, a footnote mark set small and raised, a total row whose label takes three lines while its cells sit
at the top or in the middle of theirs, and a table broken over two pages with its header on the first.
"""

from __future__ import annotations

from pathlib import Path

from qa.audit import audit_document
from qa.facts.extract import extract_all
from qa.ingest import load_document
from qa.models import Fact

from pdfmaker import Page, make_pdf, text_width


def _right(page: Page, x: float, y: float, text: str, size: float = 9) -> None:
    page.text(x - text_width(text, size), y, text, size)


def _body(page: Page, y: float, rights: list[float], rows, gap: float) -> float:
    """Rows of a table: the label at the margin, each cell right-aligned at its column's edge; the y below them."""
    for label, cells in rows:
        page.text(60, y, label)
        for x, cell in zip(rights, cells):
            _right(page, x, y, cell)
        y += gap
    return y


def _read(tmp_path: Path, pages: list[Page], name: str = "tabel.pdf") -> tuple[list[Fact], list]:
    (tmp_path / name).write_bytes(make_pdf(pages))
    return extract_all(load_document(tmp_path / name, tmp_path))


def _cells(facts: list[Fact]) -> dict[tuple[str, ...], Fact]:
    return {(*f.row_path, "|", *f.col_path): f for f in facts if f.source == "table"}


def _quarters_page() -> Page:
    """'K1' over '2023' in each header cell, 14 pt apart (2.1 glyph heights), the stub centred beside them."""
    page = Page()
    page.line("Tabel 2 toont de toegekende premies per kwartaal.", gap=20)
    page.line("Tabel 2: Toegekende premies per categorie en per kwartaal, 2023", gap=22)
    y = page.y
    page.text(60, y + 7, "Categorie van werken")
    rights = [290, 345, 400, 455, 520]
    for x, top in zip(rights, ["K1", "K2", "K3", "K4", "Totaal"]):
        page.text(x - 14 - text_width(top, 9) / 2, y, top)
        page.text(x - 14 - text_width("2023", 9) / 2, y + 14, "2023")
    rows = [("Dakisolatie", ["3.412", "3.987", "4.215", "3.706", "15.320"]),
            ("Buitenmuurisolatie", ["1.108", "1.354", "1.497", "1.261", "5.220"]),
            ("Warmtepomp", ["1.950", "2.212", "2.418", "2.693", "9.273"]),
            ("Totaal", ["6.470", "7.553", "8.130", "7.660", "29.813"])]
    y += 34
    y = _body(page, y, rights, rows, 20)
    page.y = y + 10
    page.line("Een dossier telt in het kwartaal van de beslissing.", gap=14)
    return page


def test_header_cells_wrapped_at_a_loose_pitch_are_one_label_each(tmp_path):
    facts, _ = _read(tmp_path, [_quarters_page()])
    cells = _cells(facts)
    assert cells[("Warmtepomp", "|", "K3 2023")].value == 2418
    assert cells[("Totaal", "|", "Totaal 2023")].value == 29813
    assert {tuple(f.col_path) for f in facts if f.source == "table"} == \
        {("K1 2023",), ("K2 2023",), ("K3 2023",), ("K4 2023",), ("Totaal 2023",)}
    assert all(f.total_ok for f in facts if f.is_total), [(f.raw, f.row_path, f.col_path) for f in facts if f.is_total]


def test_a_quarter_table_raises_no_false_alarm(tmp_path):
    (tmp_path / "q.pdf").write_bytes(make_pdf([_quarters_page()]))
    doc = load_document(tmp_path / "q.pdf", tmp_path)
    assert audit_document(doc) == []


def _credits_page(footnote: bool = True) -> Page:
    """'€ 18,4' over 'mln' in narrow cells, labels centred beside the two lines, '2025¹' in the header."""
    page = Page()
    page.line("De vastgelegde kredieten stegen elk jaar.", gap=20)
    page.line("Tabel 3: Vastgelegde kredieten voor bosuitbreiding, 2022-2025", gap=22)
    y = page.y
    rights = [356, 412, 468, 527]
    page.text(140, y, "Begrotingsartikel")
    for x, year in zip(rights, ["2022", "2023", "2024", "2025"]):
        page.text(x - 20 - text_width(year, 9) / 2, y, year)
    if footnote:
        page.text(rights[-1] - 20 + text_width("2025", 9) / 2 + 3.0, y - 3, "1", size=6)  # a word space apart
    rows = [("Aankoop van gronden", ["18,4", "21,7", "23,9", "25,0"]),
            ("Subsidies voor bebossing", ["9,6", "11,2", "12,8", "13,5"]),
            ("Totaal", ["28,0", "32,9", "36,7", "38,5"])]
    y += 22
    for label, cells in rows:
        page.text(60, y + 6.5, label)
        for x, cell in zip(rights, cells):
            _right(page, x, y, f"€ {cell}")
            _right(page, x, y + 13.5, "mln")
        y += 34
    page.y = y + 6
    page.text(60, page.y, "1 Raming op basis van de begrotingsaanpassing.", size=7)
    return page


def test_a_unit_wrapped_under_its_amount_and_a_footnote_mark(tmp_path):
    facts, _ = _read(tmp_path, [_credits_page()])
    cells = _cells(facts)
    cell = cells[("Subsidies voor bebossing", "|", "2024")]
    assert (cell.value, cell.unit, cell.scale) == (12.8, "miljoen euro", 1e6)
    assert cells[("Aankoop van gronden", "|", "2025")].value == 25.0  # '2025', not '2025 1'
    assert not any(f.value == 1 and f.source == "table" for f in facts)
    assert all(f.total_ok for f in facts if f.is_total)


def _grants_page() -> Page:
    """Two-level header; the total row's label takes three lines, its amounts two (the '€' wrapped), its counts
    and rate one, each set in the middle of its cell."""
    page = Page()
    page.line("Tabel 1 geeft de verdeling per provincie.", gap=20)
    page.line("Tabel 1: Aanvragen en toekenningen per provincie, 2023", gap=22)
    y = page.y
    cols = [190, 291, 341, 442, 527]  # right edges: aanvragen aantal, bedrag, toegekend aantal, bedrag, graad
    page.text(60, y + 8, "Provincie")
    page.text(215, y, "Aanvragen")
    page.text(368, y, "Toegekend")
    page.text(480, y, "Toekennings-")
    page.text(490, y + 17, "graad")  # 2 glyph heights below: the pitch of a wrapped cell and of a header row
    for x, leaf in zip(cols[:4], ["aantal", "bedrag", "aantal", "bedrag"]):
        page.text(x - 8 - text_width(leaf, 9), y + 17, leaf)
    rows = [("Antwerpen", ["18.452", "61.318.240,00 €", "15.907", "47.286.115,50 €", "86,2%"]),
            ("Limburg", ["8.913", "27.604.380,00 €", "7.622", "21.950.412,25 €", "85,5%"])]
    y += 34
    y = _body(page, y, cols, rows, 20)
    page.text(60, y, "Totaal")
    page.text(60, y + 11, "Vlaams")
    page.text(60, y + 22, "Gewest")
    for k, (x, cell) in enumerate(zip(cols, ["27.365", "88.922.620,00", "23.529", "69.236.527,75", "86,0%"])):
        if k in (1, 3):  # an amount wrapped onto two lines, the cell's lines centred
            _right(page, x, y + 5.5, cell)
            _right(page, x, y + 16.5, "€")
        else:
            _right(page, x, y + 11, cell)
    page.y = y + 40
    page.line("Bron: Vlaams Energie- en Klimaatagentschap, extractie van 5 februari 2024.", gap=14)
    return page


def test_a_total_row_centred_beside_a_label_of_three_lines_is_one_row(tmp_path):
    facts, _ = _read(tmp_path, [_grants_page()])
    total = [f for f in facts if f.source == "table" and f.row_path and f.row_path[0].startswith("Totaal")]
    assert sorted(f.value for f in total) == [86.0, 23529, 27365, 69236527.75, 88922620.0]
    assert len({tuple(f.row_path) for f in total}) == 1
    amount = next(f for f in total if f.value == 88922620.0)
    assert amount.col_path == ["Aanvragen", "bedrag"] and amount.unit == "euro" and amount.total_ok


def _broken_table(rows_first: int) -> list[Page]:
    """Tabel 2 begins at the foot of page 1 (caption, header and `rows_first` rows) and goes on on page 2."""
    first, second = Page(), Page()
    first.line("De geïnde bedragen stegen op alle wegen.", gap=20)
    first.y = 700
    first.line("Tabel 2: Vastgestelde overtredingen en geïnde bedragen, 2022-2023", gap=20)
    rights = [330, 420, 520]
    first.text(60, first.y, "Wegtype / indicator")
    for x, head in zip(rights, ["2022", "2023", "Evolutie"]):
        first.text(x - 30 - text_width(head, 9) / 2, first.y, head)
    rows = [("Autosnelwegen", None), ("Vastgestelde overtredingen", ["412.308", "447.915", "+8,6%"]),
            ("Geïnde bedragen", ["21.884.512,00 €", "24.306.175,50 €", "+11,1%"]),
            ("Gewestwegen", None), ("Vastgestelde overtredingen", ["958.204", "1.037.766", "+8,3%"]),
            ("Geïnde bedragen", ["47.216.380,00 €", "52.871.944,00 €", "+12,0%"])]
    y1, y2 = first.y + 20, 80.0
    for k, (label, cells) in enumerate(rows):
        page, y = (first, y1) if k < rows_first else (second, y2)
        page.text(60, y, label)
        for x, cell in zip(rights, cells or []):
            _right(page, x, y, cell)
        if k < rows_first:
            y1 += 18
        else:
            y2 += 18
    second.y = y2 + 10
    second.line("De opbrengsten vloeien terug naar de Vlaamse begroting en de verkeersveiligheid.", gap=14)
    return [first, second]


def test_a_table_whose_header_ends_page_one_is_read_under_it_on_page_two(tmp_path):
    facts, tables = _read(tmp_path, _broken_table(rows_first=0))
    cells = _cells(facts)
    fine = cells[("Gewestwegen", "Geïnde bedragen", "|", "2022")]
    assert fine.value == 47216380.0 and fine.page == 2 and fine.caption.startswith("Tabel 2")
    assert cells[("Autosnelwegen", "Vastgestelde overtredingen", "|", "Evolutie")].value == 8.6
    assert [t.number for t in tables if t.reader == "geometry"] == ["2"]


def test_a_table_broken_over_two_pages_is_one_table(tmp_path):
    facts, tables = _read(tmp_path, _broken_table(rows_first=3))
    geo = [f for f in facts if f.reader == "geometry"]
    assert {f.page for f in geo} == {1, 2}
    assert len({f.table_id for f in geo}) == 1
    cells = _cells(facts)
    assert cells[("Gewestwegen", "Vastgestelde overtredingen", "|", "2023")].value == 1037766


def test_a_row_without_a_label_above_a_total_costs_nothing(tmp_path):
    """A cell with no row label beside a total row's parts is no part: the reader must not fail on it."""
    page = Page()
    page.line("Tabel 5: Uitgaven per jaar (in miljoen euro)", gap=22)
    rights = [300, 380]
    for x, year in zip(rights, ["2022", "2023"]):
        page.text(x - 12 - text_width(year, 9) / 2, page.y, year)
    y = page.y + 20
    for label, cells in (("Personeel", ["4,5", "4,8"]), ("", ["1,5", "1,6"]), ("Totaal", ["6,0", "6,4"])):
        if label:
            page.text(60, y, label)
        for x, cell in zip(rights, cells):
            _right(page, x, y, cell)
        y += 18
    page.y = y + 10
    page.line("Deze bedragen zijn voorlopig en kunnen nog wijzigen na de afsluiting van de rekening.", gap=14)
    facts, _ = _read(tmp_path, [page])
    assert _cells(facts)[("Totaal", "|", "2023")].value == 6.4


def _months_page() -> Page:
    """A caption wrapped over two lines that names the half year, months and the half year's total as columns."""
    page = Page()
    page.line("De trajectcontroles registreerden in de eerste jaarhelft meer overtredingen dan ooit.", gap=20)
    page.line("Tabel 1: Door trajectcontroles vastgestelde snelheidsovertredingen op", gap=12)
    page.line("gewestwegen, per provincie en per maand, eerste jaarhelft 2024", gap=22)
    rights = [190, 245, 300, 355, 410, 465, 530]
    heads = [("jan", "2024"), ("feb", "2024"), ("mrt", "2024"), ("apr", "2024"), ("mei", "2024"), ("jun", "2024"),
             ("Totaal", "jan-jun")]
    page.text(60, page.y + 7, "Provincie")
    for x, (top, low) in zip(rights, heads):
        page.text(x - 16 - text_width(top, 9) / 2, page.y, top)
        page.text(x - 16 - text_width(low, 9) / 2, page.y + 14, low)
    y = page.y + 34
    y = _body(page, y, rights, [("Antwerpen", ["21.418", "19.876", "23.104", "22.517", "24.903", "23.386", "135.204"]),
                                ("Limburg", ["9.207", "8.654", "10.113", "9.876", "10.542", "10.018", "58.410"])], 20)
    page.y = y + 10
    page.line("Bron: Agentschap Wegen en Verkeer, beheerssysteem trajectcontroles.", gap=14)
    return page


def test_questions_reach_the_period_they_name(tmp_path_factory):
    """'Het derde kwartaal' is the cell under 'K3 2023', not the year's total; 'the first half of 2024' is the
    column 'Totaal jan-jun', not January, although the caption says 'eerste jaarhelft 2024' of every cell."""
    from conftest import build
    from qa.answer import Assistant

    corpus = tmp_path_factory.mktemp("periods")
    (corpus / "premies.pdf").write_bytes(make_pdf([_quarters_page()]))
    (corpus / "trajectcontroles.pdf").write_bytes(make_pdf([_months_page()]))
    index = tmp_path_factory.mktemp("periods_index")
    build(corpus, index)
    assistant = Assistant(index)
    q3 = assistant.ask("Hoeveel premies voor een warmtepomp werden in het derde kwartaal van 2023 toegekend?")
    assert (q3.kind, q3.value) == ("fact", 2418)
    half = assistant.ask("How many speeding offences did the average speed checks record in Antwerp in the first "
                         "half of 2024?")
    assert half.kind == "not_found" or half.value == 135204, half.answer
    half_nl = assistant.ask("Hoeveel snelheidsovertredingen werden in de eerste jaarhelft van 2024 in Antwerpen "
                            "vastgesteld door trajectcontroles?")
    assert (half_nl.kind, half_nl.value) == ("fact", 135204)


def _budget_lines_page() -> Page:
    """A caption wrapped onto a second line, a total column and a difference column with '(1.234)'."""
    page = Page()
    page.line("De vastleggingen per afdeling staan in tabel 1.", gap=20)
    page.line("Tabel 1: Vastleggingen voor onderhoud van de gewestwegen per", gap=12)
    page.line("provinciale afdeling, 2019-2020 (in duizend euro)", gap=20)
    rights = [260, 330, 420, 520]
    page.text(60, page.y, "Afdeling")
    for x, head in zip(rights, ["2019", "2020", "Totaal 2019-2020", "Verschil 2020-2019"]):
        page.text(x - 20 - text_width(head, 9) / 2, page.y, head)
    y = page.y + 20
    y = _body(page, y, rights, [("Antwerpen", ["48.215", "46.981", "95.196", "(1.234)"]),
                                ("Limburg", ["29.870", "31.045", "60.915", "1.175"]),
                                ("Totaal", ["78.085", "78.026", "156.111", "(59)"])], 18)
    page.y = y + 10
    page.line("Tabel 2: Geplande projecten in 2024", gap=20)
    cols = [(60, "Nr."), (90, "Weg"), (130, "Gemeente"), (210, "Omschrijving van de werken")]
    for x, head in cols:
        page.text(x, page.y, head)
    page.text(400, page.y, "Raming")
    page.text(402, page.y + 12, "(euro)")
    page.text(470, page.y, "Geplande")
    page.text(478, page.y + 12, "start")
    y = page.y + 32
    for nr, road, town, what, amount, start in (("1", "N1", "Mechelen", ["Herasfaltering rijbaan tussen de",
                                                                           "Battelsesteenweg en de Ring"],
                                                 "1.245.000", "Q1 2024"),
                                                ("2", "N8", "Ieper", ["Vernieuwing van de rijbaan"], "2.480.000", "-"),
                                                ("3", "N9", "Asse", ["Aanleg van een rotonde"], "210.000", "Q4 2024")):
        page.text(66, y, nr)
        page.text(90, y, road)
        page.text(130, y, town)
        for k, part in enumerate(what):
            page.text(210, y + 12 * k, part)
        _right(page, 445, y, amount)
        page.text(470, y, start)
        y += 12 * len(what) + 8
    page.y = y + 10
    page.line("Tabel 3: Toegekende premies per inkomenscategorie, 2023", gap=20)
    rights = [250, 300, 350, 400, 470]
    page.text(285, page.y, "Inkomenscategorie")
    page.text(60, page.y + 8, "Categorie")
    page.text(470 - 20 - text_width("Totaal", 9) / 2, page.y + 8, "Totaal")
    for x, n in zip(rights[:4], "1234"):
        page.text(x - 12, page.y + 16, n)
    y = page.y + 36
    y = _body(page, y, rights, [("Dakisolatie", ["1.204", "2.310", "3.115", "1.020", "7.649"]),
                                ("Warmtepomp", ["512", "1.104", "1.890", "874", "4.380"])], 18)
    page.y = y + 10
    page.line("De bedragen zijn voorlopig en kunnen na de afsluiting van de rekening nog wijzigen.", gap=14)
    return page


def test_report_tables_caption_lines_differences_lists_and_column_numbers(tmp_path):
    facts, tables = _read(tmp_path, [_budget_lines_page()])
    cells = _cells(facts)
    assert cells[("Antwerpen", "|", "2020")].year == "2020"  # the caption's 2019-2020 is no header level
    assert cells[("Antwerpen", "|", "Verschil 2020-2019")].value == -1234
    assert cells[("Totaal", "|", "Verschil 2020-2019")].value == -59
    totals = [f for f in facts if f.is_total and f.table_id == cells[("Antwerpen", "|", "2020")].table_id]
    assert totals and all(f.total_ok is not False for f in totals)  # the difference column is no part of the total
    ieper = next(f for f in facts if f.value == 2480000)
    assert ieper.row_path and "Ieper" in ieper.row_path[-1] and ieper.col_path == ["Raming (euro)"]
    assert cells[("Warmtepomp", "|", "Inkomenscategorie", "2")].value == 1104
    assert not any(f.source == "table" and f.value in (1, 2, 3, 4) and not f.row_path for f in facts)
    (tmp_path / "r.pdf").write_bytes(make_pdf([_budget_lines_page()]))
    assert audit_document(load_document(tmp_path / "r.pdf", tmp_path)) == []


def test_a_table_over_three_pages_with_its_header_repeated_is_one_table(tmp_path):
    pages = []
    n = 0
    for p in range(3):
        page = Page()
        if p == 0:
            page.line("Tabel 4: Ramingen per project (euro)", gap=20)
        page.text(60, page.y, "Project")
        page.text(360, page.y, "Raming")
        y = page.y + 18
        for _ in range(4):
            n += 1
            page.text(60, y, f"Project {chr(64 + n)}")
            _right(page, 400, y, f"{n}.{n:03d}.000")
            y += 16
        page.y = y + 10
        page.line("Deze ramingen zijn exclusief btw en kunnen na de aanbesteding nog wijzigen.", gap=14)
        pages.append(page)
    facts, tables = _read(tmp_path, pages)
    geo = [f for f in facts if f.reader == "geometry"]
    assert len(geo) == 12 and len({f.table_id for f in geo}) == 1 and {f.page for f in geo} == {1, 2, 3}


def test_a_header_over_a_description_column_is_the_corner_not_a_level(tmp_path):
    """'Omschrijving' heads the text column beside the code, left of every amount: no level over the amounts,
    so the page with one row and the next page (header repeated) are one table whose total holds."""
    def header(page: Page) -> None:
        page.text(60, page.y, "Begrotingsartikel")
        page.text(225, page.y, "Omschrijving")  # centred over the description column
        page.text(330, page.y, "Vastleggingen")
        page.text(340, page.y + 12, "2023")
        page.text(430, page.y, "Vereffeningen")
        page.text(440, page.y + 12, "2023")
        page.y += 30

    first, second = Page(), Page()
    first.line("De vastleggingen per begrotingsartikel staan in tabel 1.", gap=20)
    first.y = 740
    first.line("Tabel 1. Kredieten voor sportinfrastructuur, 2023 (in duizend euro)", gap=20)
    header(first)
    rows = [("BA 12.3", ["Investeringssubsidies lokale", "sportinfrastructuur"], "38.450", "31.276"),
            ("BA 12.4", ["Bovenlokale sportinfrastructuur"], "21.700", "18.935"),
            ("BA 12.5", ["Zwembadenplan"], "15.200", "9.842"),
            ("Totaal", [], "75.350", "60.053")]
    for k, (code, desc, a, b) in enumerate(rows):
        page = first if k == 0 else second
        if k == 1:
            header(second)
        y = page.y
        page.text(60, y + (6 if len(desc) > 1 else 0), code)
        for n, part in enumerate(desc):
            page.text(190, y + 12 * n, part)
        _right(page, 395, y + (6 if len(desc) > 1 else 0), a)
        _right(page, 495, y + (6 if len(desc) > 1 else 0), b)
        page.y = y + 12 * max(1, len(desc)) + 8
    second.y += 10
    second.line("Het verschil tussen vastleggingen en vereffeningen is eigen aan investeringssubsidies.", gap=14)
    facts, _ = _read(tmp_path, [first, second])
    geo = [f for f in facts if f.reader == "geometry"]
    assert {tuple(f.col_path) for f in geo} == {("Vastleggingen 2023",), ("Vereffeningen 2023",)}
    assert len({f.table_id for f in geo}) == 1
    assert all(f.total_ok for f in geo if f.is_total)


def test_withheld_cells_under_a_table_captioned_below(tmp_path_factory):
    """'<5' and 'geheim' are cells whose figure is withheld: never zero, never a part of a checked total; the
    caption set under the table does not lose its cells."""
    from conftest import build
    from qa.answer import Assistant

    page = Page()
    page.line("De onderstaande tabel geeft de verdeling per type bouwheer.", gap=22)
    rights = [300, 400, 520]
    page.text(60, page.y, "Type bouwheer")
    for x, head in zip(rights, ["Aantal dossiers", "Toegekend (euro)", "Gemiddeld (euro)"]):
        page.text(x - 10 - text_width(head, 9), page.y, head)
    y = page.y + 20
    y = _body(page, y, rights, [("Gemeente", ["11", "6.985.000", "635.000"]),
                                ("Sportvereniging", ["<5", "geheim", "geheim"]),
                                ("Onderwijsinstelling", ["<5", "800.000", "n.b."]),
                                ("Totaal", ["22", "15.200.000", "690.909"])], 18)
    page.y = y + 4
    page.line("Tabel 3: Goedgekeurde dossiers zwembadenplan 2023 naar type bouwheer", size=8, gap=20)
    page.line("Gemeenten blijven de belangrijkste bouwheer van zwembaden in het zwembadenplan.", gap=14)
    corpus = tmp_path_factory.mktemp("withheld")
    (corpus / "zwembaden.pdf").write_bytes(make_pdf([page]))
    facts, _ = _read(tmp_path_factory.mktemp("read"), [page])
    cells = _cells(facts)
    assert cells[("Gemeente", "|", "Toegekend (euro)")].value == 6985000
    withheld = cells[("Sportvereniging", "|", "Aantal dossiers")]
    assert withheld.raw == "<5" and withheld.empty
    assert all(f.total_ok is None for f in facts if f.is_total and f.col_path == ["Aantal dossiers"])
    index = tmp_path_factory.mktemp("withheld_index")
    build(corpus, index)
    answer = Assistant(index).ask("Hoeveel dossiers van sportverenigingen werden goedgekeurd in het zwembadenplan?")
    assert answer.kind == "not_found" and answer.value is None, answer.answer


def test_one_row_with_an_empty_marker_before_the_page_break_keeps_its_column(tmp_path):
    """'n.v.t.' alone in the last column of a one-row first page is a value column's cell, so the page after
    (headers carried over) goes on with the same four columns and the total holds."""
    first, second = Page(), Page()
    first.y = 720
    first.line("Tabel 2: Natuurbeheerplannen naar type, 2023", gap=20)
    rights = [300, 380, 450, 530]
    first.text(60, first.y, "Type")
    for x, head in zip(rights, ["Plannen", "Oppervlakte", "Aandeel", "Subsidie"]):
        first.text(x - 10 - text_width(head, 9), first.y, head)
    first.y = _body(first, first.y + 20, rights, [("Type 1", ["1.284", "38.412,7", "31,4%", "n.v.t."])], 18)
    second.y = _body(second, 70, rights, [("Type 2", ["963", "29.870,2", "24,4%", "75,00 €"]),
                                          ("Type 3", ["702", "33.105,9", "27,1%", "150,00 €"]),
                                          ("Totaal", ["2.949", "101.388,8", "82,9%", "/"])], 18) + 10
    second.line("n.v.t.: voor type 1 wordt geen beheersubsidie toegekend; /: niet relevant voor het totaal.", gap=14)
    facts, _ = _read(tmp_path, [first, second])
    geo = [f for f in facts if f.reader == "geometry"]
    assert len({f.table_id for f in geo}) == 1
    assert _cells(facts)[("Totaal", "|", "Plannen")].total_ok
