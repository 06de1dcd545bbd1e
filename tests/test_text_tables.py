"""Tables in flattened text (what the corpus .txt files hold): the same cell structure as PDF geometry.

The inputs are written the way pypdf prints table PDFs: a row a line with wrapped labels
(`flattened_rows.txt`), or one cell a line (`one_cell_a_line.txt`).
"""

from __future__ import annotations

from conftest import DATA
from qa.facts.extract import extract_all
from qa.ingest import load_document
from qa.models import Fact

TABLES = DATA / "tables"


def _facts(name: str) -> list[Fact]:
    return [f for f in extract_all(load_document(TABLES / name, TABLES))[0] if f.source == "table"]


def _cell(facts: list[Fact], row: list[str], col: list[str]) -> Fact:
    found = [f for f in facts if f.row_path == row and f.col_path == col]
    assert len(found) == 1, (row, col, [(f.raw, f.row_path, f.col_path) for f in facts])
    return found[0]


def test_group_headers_of_several_words_span_their_columns():
    facts = _facts("flattened_rows.txt")
    assert _cell(facts, ["Limburg"], ["Met succes beëindigd", "2022"]).value == 487
    assert _cell(facts, ["Antwerpen"], ["Gestart", "2023"]).value == 1452
    assert _cell(facts, ["Brussels Hoofdstedelijk Gewest"], ["Met succes beëindigd", "2023"]).value == 29


def test_first_row_label_under_the_header_and_empty_markers():
    facts = _facts("flattened_rows.txt")
    assert _cell(facts, ["Werkzoekenden zonder diploma secundair onderwijs"], ["2022"]).value == 3498
    nvt = _cell(facts, ["Ex-gedetineerden (pilootproject)"], ["2021"])
    assert nvt.empty and nvt.raw == "n.v.t." and nvt.value == 0
    assert _cell(facts, ["Toelagen IS"], ["Totaal"]).value == 41  # "IS" is an acronym, not the verb


def test_euro_cells_and_capitalised_header_cells():
    facts = _facts("flattened_rows.txt")
    cell = _cell(facts, ["Loopbaancheques"], ["Vastgelegd 2024"])
    assert cell.value == 10112450 and cell.unit == "euro"


def test_one_cell_a_line_with_groups_over_repeated_columns():
    facts = _facts("one_cell_a_line.txt")
    assert _cell(facts, ["Centra voor kortverblijf"], ["2023", "%"]).value == 18.6
    assert _cell(facts, ["Dagverzorging"], ["2022", "aantal"]).value == 772
    assert _cell(facts, ["Totaal"], ["2023", "aantal"]).value == 11048


def test_one_cell_a_line_with_wrapped_header_cells():
    facts = _facts("one_cell_a_line.txt")
    assert _cell(facts, ["Gezin"], ["Initieel krediet 2024"]).value == 1254300
    assert _cell(facts, ["Welzijn en samenleving"], ["Aangepast krediet 2024"]).value == 103880
    assert _cell(facts, ["Totaal"], ["Realisatie 2023"]).value == 1281121


def test_tables_list_their_dimensions():
    _, tables = extract_all(load_document(TABLES / "one_cell_a_line.txt", TABLES))
    places = next(t for t in tables if t.caption.startswith("Tabel 5"))
    dims = {d["name"]: d["values"] for d in places.dimensions}
    assert dims["jaar"] == ["2022", "2023"] and dims["Type voorziening"][-1] == "Totaal"
    assert places.reader == "text" and places.number == "5"


def test_contents_pages_and_page_numbers_are_no_tables(tmp_path):
    (tmp_path / "report.txt").write_text(
        "Inhoudstafel\n1 Onderwijs 12\n1.1 Uitdagingen en visie 12\n1.2 Concrete voorstellen 15\n"
        "2.1.3 Leerlingenbegeleiding 23\n\fVLAANDEREN SCHITTERT\n2\nDe school telt 412 leerlingen.\n\f3\n"
        "Tabel 1: Leerlingen per net\nNet 2022 2023\nGO! 1.204 1.250\nVrij 2.310 2.298\n",
        encoding="utf-8")
    facts, tables = extract_all(load_document(tmp_path / "report.txt", tmp_path))
    cells = [f for f in facts if f.source == "table"]
    assert sorted(f.raw for f in cells) == ["1.204", "1.250", "2.298", "2.310"]
    assert [t.number for t in tables] == ["1"]
    assert not any(f.raw in ("12", "15", "23") for f in facts)  # page numbers of the contents are no facts
    assert any(f.raw == "412" and f.source == "prose" for f in facts)


def test_long_header_lines_with_units_and_rates_are_headers():
    facts = _facts("long_headers.txt")
    assert _cell(facts, ["Tennis Vlaanderen"], ["Topsport (€)"]).value == 251400
    assert _cell(facts, ["Multisportfederaties"], ["Leden per 1.000 inwoners"]).value == 43.1
    assert _cell(facts, ["Unisportfederaties"], ["Aandeel (%)"]).unit == "%"


def test_the_first_row_label_wrapped_under_a_long_header_stays_the_rows():
    facts = _facts("long_headers.txt")
    assert _cell(facts, ["Vlaamse Klim- en Bergsportfederatie"], ["Totaal (€)"]).value == 281400
    assert _cell(facts, ["Vlaamse Dansfederatie"], ["Topsport (€)"]).empty


def test_a_typographic_hyphen_at_a_line_end_joins_the_word():
    from qa.facts.tables import join_lines

    assert join_lines(["Inkomens\u2010", "categorie"]) == "Inkomenscategorie"
    assert join_lines(["Vergunnings\u00ad", "graad (%)"]) == "Vergunningsgraad (%)"
    assert join_lines(["ESR\u2010", "uitgaven"]) == "ESR\u2010uitgaven"


def test_a_header_printed_again_and_a_footnote_row_stay_inside_the_table():
    facts = _facts("repeated_header.txt")
    assert _cell(facts, ["Woonmaatschappij Maasland"], ["Sociale huurwoningen"]).value == 4305
    total = _cell(facts, ["Totaal Limburg"], ["Sociale huurwoningen"])
    assert total.table_id == _cell(facts, ["Woonmaatschappij Noord-Limburg"], ["Gemeenten"]).table_id
    assert total.total_ok is True  # 4.812 + 3.975 + 4.305: the rows before and after the repeated header


def test_group_labels_after_the_stub_and_a_row_of_amounts_and_dashes_under_its_wrapped_label():
    facts = _facts("repeated_header.txt")
    assert _cell(facts, ["Groepsopvang"], ["Toegekend", "bedrag"]).value == 8216400
    flexible = ["Flexibele opvang in randuren (vroege ochtend, avond en weekend) voor ouders met onregelmatige werkuren"]
    assert _cell(facts, flexible, ["Aanvragen", "aantal"]).value == 17
    assert _cell(facts, flexible, ["Toegekend", "bedrag"]).empty


def test_a_region_over_its_provinces_is_their_total_for_the_audit():
    from qa.audit import audit_document

    doc = load_document(TABLES / "repeated_header.txt", TABLES)
    facts = extract_all(doc)[0]
    assert _cell(facts, ["Vlaanderen"], ["Renovatie (woningen)"]).is_total
    findings = audit_document(doc, facts)
    assert [(f.kind, f.stated, f.computed) for f in findings] == [("total", 9850, 9580)]


def test_an_unsure_text_table_is_placed_by_its_line():
    from qa.models import TableInfo
    from qa.search.report import unsure_tables

    info = TableInfo(id="a.txt#t1", doc="a.txt", reader="text", line_start=14, confidence=0.2)
    assert unsure_tables([info])[0].startswith("a table at line 14:")


def test_years_over_months_split_where_the_months_wrap():
    facts = _facts("period_levels.txt")
    assert _cell(facts, ["Groepsverblijven"], ["2024", "dec"]).value == 4105
    assert _cell(facts, ["Totaal"], ["2025", "jan"]).value == 4635
    assert _cell(facts, ["Individuele reizigers"], ["2024", "okt"]).value == 1804


def test_three_header_levels_over_repeated_columns():
    facts = _facts("period_levels.txt")
    assert _cell(facts, ["Kempen"], ["Werkjaar 2023-2024", "Animatie", "aantal"]).value == 139
    assert _cell(facts, ["Kust"], ["Werkjaar 2022-2023", "Onthaal", "%"]).value == 61.0
    _, tables = extract_all(load_document(TABLES / "period_levels.txt", TABLES))
    assert tables[1].stub == "Regio"


def test_a_month_and_its_year_are_one_header_cell():
    facts = _facts("period_levels.txt")
    assert _cell(facts, ["Limburg"], ["feb 2024"]).value == 59
    assert _cell(facts, ["Antwerpen"], ["Totaal jan-mrt"]).value == 385


def test_a_cell_no_header_tells_from_its_row_is_too_unsure_to_answer():
    from qa.answer.scored import LABEL_MIN

    facts = [f for f in _facts("period_levels.txt") if f.raw == "112.958"]
    assert facts and all(f.confidence < LABEL_MIN for f in facts if not f.col_path)


def test_region_names_of_several_words_are_one_header_cell_over_years_down_the_rows():
    facts = _facts("regions_amounts.txt")
    assert _cell(facts, ["2021"], ["Waals Gewest"]).value == 22
    assert _cell(facts, ["2022"], ["Brussels Hoofdstedelijk Gewest"]).value == 7
    assert _cell(facts, ["2022"], ["België"]).value == 77


def test_scaled_euro_cells_and_a_stub_before_the_years():
    facts = _facts("regions_amounts.txt")
    cell = _cell(facts, ["Categorie B"], ["2023", "bedrag"])
    assert cell.value == 66.0 and cell.unit == "miljoen euro" and cell.scale == 1e6
    assert _cell(facts, ["Categorie A"], ["2022", "aantal"]).value == 1245


def test_numbered_row_labels_keep_their_number_and_their_wrapped_gloss():
    facts = _facts("numbered_rows.txt")
    rows = {f.raw: f.row_path for f in facts}
    assert rows["14.605"] == ["Categorie 2"]
    assert rows["9.842"] == ["Categorie 1 (laagste inkomens)"]
    assert rows["12.642"] == ["Categorie 4 (hoogste inkomens)"]
    assert not [f for f in facts if f.raw in ("1", "2", "3", "4")]  # the numbers of the labels are no cells


def test_numbered_rows_add_up_to_their_total_for_the_audit():
    from qa.audit import audit_document

    doc = load_document(TABLES / "numbered_rows.txt", TABLES)
    assert audit_document(doc, extract_all(doc)[0]) == []


def test_a_total_column_the_text_prints_first_is_where_the_sums_are():
    """'Totaal' / '2023' spans both header rows: pypdf prints it before the quarters and glues its year onto
    the first one ('20241e'); every row's last value is the sum of the others, so that column is the total."""
    facts = _facts("total_first.txt")
    assert _cell(facts, ["Oost-Vlaanderen"], ["3e kwartaal"]).value == 199
    assert _cell(facts, ["Limburg"], ["1e kwartaal"]).value == 98
    assert _cell(facts, ["Totaal"], ["Totaal 2024"]).value == 2497


def test_a_header_broken_wherever_a_cell_wrapped_and_a_row_of_units():
    """'Jaar Antwerpen Limburg Oost-' / 'Vlaanderen' / ... / 'Vlaams' / 'Gewest' is one header line; 'ha ha ha'
    under it is the unit of every column; 'Totaal 2020-' / '2023' over the last values is that row's label."""
    facts = _facts("wrapped_regions.txt")
    cell = _cell(facts, ["2022"], ["Oost-Vlaanderen"])
    assert cell.value == 27.7 and cell.unit == "ha"
    assert _cell(facts, ["2021"], ["Vlaams Gewest"]).value == 150
    total = _cell(facts, ["Totaal 2020-2023"], ["West-Vlaanderen"])
    assert total.value == 78.4 and total.is_total and total.total_ok


def test_report_layouts_pypdf_prints():
    """A lower-case header row under its groups ('aantal bedrag aantal bedrag'), a label whose bracket closes a
    line below; a header cell wrapped onto its own line ('Evolutie' / '2022-2023') and printed again mid-table;
    two label columns, the outer one printed once ('Antwerpen mannen' / 'vrouwen'); every header cell wrapped
    ('K1' / '2023'); the stub word before two groups of years; a last column of years."""
    facts = _facts("report_layouts.txt")
    assert _cell(facts, ["Duurzame energie (zonnepanelen, warmtepompen, isolatie)"], ["Toegekend", "bedrag"]).value == 16.2
    assert _cell(facts, ["Buitensporten", "Atletiek"], ["2022"]).value == 2350000
    assert _cell(facts, ["Totaal alle sectoren"], ["Evolutie 2022-2023"]).value == 6.6
    assert _cell(facts, ["Limburg", "vrouwen"], ["Totaal 2022-2023"]).value == 15
    serious = _cell(facts, ["Ernstige blessures (herstel langer dan 30 dagen)"], ["K3 2023"])
    assert serious.value == 344 and serious.unit is None
    assert _cell(facts, ["Limburg"], ["Investering (mln €)", "2022"]).value == 12.7
    assert _cell(facts, ["Leuven – Brussel"], ["Geplande voltooiing"]).value == 2025
    # a stub word, then two long group labels over the years twice ('op 31 december' is a date, not a cell)
    assert _cell(facts, ["Limburg"], ["Nieuwe toewijzingen in het jaar", "2023"]).value == 274
    assert _cell(facts, ["Antwerpen"], ["Kandidaat-gebruikers op 31 december", "2024"]).value == 6211
    # leaves wrapped one word a line under the years ('aantal' / 'projecten' / 'bedrag aantal' / ...)
    assert _cell(facts, ["Kempen"], ["2024", "bedrag"]).value == 364250
    assert _cell(facts, ["Kust"], ["2023", "aantal projecten"]).value == 4
    # the caption's last line ('2024 (toestand 31 maart 2025)') is no header; one label a line under it
    assert _cell(facts, ["Ingediende aanvragen tot tegemoetkoming"], ["Oost-Vlaanderen"]).value == 936
    assert _cell(facts, ["Ingediende aanvragen tot tegemoetkoming", "waarvan ontvankelijk verklaard"],
                 ["Overige provincies"]).value == 119
    # 'semesterjan.': pypdf glued the total's last word to the first month, the total printed before the months
    assert _cell(facts, ["Premie met beheerplan"], ["feb."]).value == 305640
    assert _cell(facts, ["Totaal"], ["Totaal eerste semester"]).value == 2635525
    budget = _cell(facts, ["2023"], ["Budget begeleiding (€ mln)"])  # '€ mln' as well as 'mln €'
    assert budget.value == 58.9 and budget.unit == "miljoen euro"


def test_a_wrapped_header_a_label_above_its_values_and_the_header_again():
    """Every header cell wrapped ('Totale' / 'lengte' / '(km)', 'Uitvoerings ‐' / 'graad' with pypdf's U+2010),
    the first row's label of three lines above its values ('W1 Antwerpen – Mechelen –' / ...), a last column of
    years, the header printed again before a page's rows, and a footnote mark after a cell's '€'."""
    facts = _facts("routes.txt")
    first = _cell(facts, ["W1 Antwerpen – Mechelen – Brussel (wandelroute langs de Zenne)"], ["Uitvoeringsgraad"])
    assert first.value == 82.0 and first.unit == "%"
    assert _cell(facts, ["W5 Gent – Brugge (jaagpad langs het kanaal)"], ["Geplande voltooiing"]).value == 2028
    assert _cell(facts, ["Totaal"], ["Gerealiseerd (km)"]).value == 82.4
    assert _cell(facts, ["Vervangingsborden langs de routes"], ["Budget 2023"]).value == 800000


def test_a_stub_on_its_own_line_over_a_group_line_and_the_leaf_labels():
    """'Actie' / '2022 2023' / 'vastgelegd vereffend vastgelegd vereffend' (round 109, text reader): the lowest
    line holds every column; the two lines above are the stub and the years over pairs of columns, not four
    column labels of one header broken over lines (the year's commitment was given for its payment)."""
    facts = _facts("stub_over_groups.txt")
    assert _cell(facts, ["Plaatsing van nieuwe geluidsschermen"], ["2022", "vastgelegd"]).value == 18450.3
    assert _cell(facts, ["Vervanging en renovatie van bestaande schermen"], ["2023", "vereffend"]).value == 5540.9
    assert _cell(facts, ["Totaal"], ["2023", "vastgelegd"]).value == 27835.9


def test_prose_over_a_caption_is_prose_and_groups_over_repeated_leaves_with_a_lone_column():
    """'2022 2023 Evolutie' / '2022-2023' / '(%)aantal per 1.000 inwoners aantal per 1.000 inwoners' over five
    values: each year's 'aantal' and 'per 1.000 inwoners', then the evolution column with its wrapped label; the
    sentences above 'Tabel 1.' keep their own figures (round 114: they were read as header lines and lost)."""
    every = extract_all(load_document(TABLES / "rates_and_quarters.txt", TABLES))[0]
    assert {"18.412", "4,6%", "3,1"} <= {f.raw for f in every if f.source == "prose"}
    facts = [f for f in every if f.source == "table"]
    assert _cell(facts, ["Oost-Vlaanderen"], ["2022", "aantal"]).value == 4215
    assert _cell(facts, ["Limburg"], ["2023", "per 1.000 inwoners"]).value == 1.6
    assert _cell(facts, ["Vlaams Gewest"], ["Evolutie 2022-2023 (%)"]).value == 4.6


def test_a_first_row_label_wrapped_above_its_values_and_a_part_column():
    """'1ste' / 'kwartaal 3.902 ...' is the first row's label like '2de' / 'kwartaal ...' under it, not a column;
    'Totaal waarvan teruggevonden' is two columns."""
    facts = _facts("rates_and_quarters.txt")
    assert _cell(facts, ["1ste kwartaal"], ["Smartphone"]).value == 3902
    assert _cell(facts, ["1ste kwartaal"], ["Totaal"]).value == 4392
    assert _cell(facts, ["3de kwartaal"], ["Totaal", "waarvan teruggevonden"]).value == 603


def test_an_age_after_counts_printed_without_a_unit_ends_the_rows_label():
    """'Jonger dan 12 jaar 214 19': 'jaar' belongs to the age group, not to the 214 beside it; cells that print
    their unit ('389,7 VTE 187,6 VTE Geen') keep it."""
    from qa.facts.numbers import find_numbers
    from qa.facts.tables import parse_row, split_lines

    def row(text: str):
        line = split_lines(text)[0]
        return parse_row(line, {n.start: n for n in find_numbers(text)})

    age = row("16 en 17 jaar 1.036 171")
    assert age.label == "16 en 17 jaar" and [c.value for c in age.cells] == [1036, 171]
    assert [c.unit for c in age.cells] == [None, None]
    staff = row("2015 389,7 VTE 187,6 VTE Geen")
    assert [(c.value, c.unit) for c in staff.cells][:2] == [(389.7, "VTE"), (187.6, "VTE")]
