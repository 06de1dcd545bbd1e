"""Browser-printed tables (tests/data/printed): column groups of unequal width, header cells wrapped a word
a line, units and footnote marks under labels, group rows closed by subtotals, merged row labels. Both
readers, the text one on pypdf's text and the geometric one on the PDF, give every cell its paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from qa.facts.extract import extract_all
from qa.ingest import load_document

DATA = Path(__file__).parent / "data" / "printed"


def _facts(name: str):
    return extract_all(load_document(DATA / name, DATA))[0]


@pytest.fixture(scope="module", params=["txt", "pdf"])
def library(request):
    return _facts(f"bibliotheken.{request.param}")


@pytest.fixture(scope="module", params=["txt", "pdf"])
def budget(request):
    return _facts(f"cultuurbudget.{request.param}")


def _cell(facts, raw: str):
    found = [f for f in facts if f.raw == raw and f.source == "table"]
    assert len(found) == 1, [(f.raw, f.row_path, f.col_path, f.source) for f in facts if f.raw == raw]
    return found[0]


@pytest.mark.parametrize(("raw", "row", "col", "unit"), [
    ("1.876", ["Limburg"], ["2022", "uitleningen"], None),
    ("27.300", ["Limburg"], ["2022", "lidgelden (in euro)"], "euro"),
    ("1.902", ["Limburg"], ["2023", "uitleningen"], None),
    ("13,0", ["Limburg"], ["2023", "aandeel (%)"], "%"),
    ("28.100", ["Limburg"], ["2023", "lidgelden (in euro)"], "euro"),
    ("3.641", ["Oost-Vlaanderen"], ["2023", "uitleningen"], None),
])
def test_groups_of_unequal_width_over_their_columns(library, raw, row, col, unit):
    cell = _cell(library, raw)
    assert (cell.row_path, cell.col_path, cell.unit) == (row, col, unit)


def test_a_total_row_in_the_middle_adds_up_the_rows_above_it(library):
    for raw in ("63", "1.635", "1.325", "4.768"):  # 'Totaal 2023' between the quarters of 2023 and 2024
        cell = _cell(library, raw)
        assert cell.row_path == ["Totaal 2023"] and cell.is_total and cell.total_ok is True
    assert _cell(library, "4.768").col_path == ["Nieuwe leden"]
    assert _cell(library, "120").col_path == ["Schoolbezoeken (1)"]
    assert not [f for f in library if f.raw in ("1", "(1)") and f.source == "table"]  # the footnote mark is no cell


@pytest.mark.parametrize(("raw", "row", "col", "unit"), [
    ("6.650", ["Werking", "Werkingssubsidies aan erkende kunstenorganisaties"], ["Aangepast krediet 2023"], "k euro"),
    ("931", ["Werking", "Werkingssubsidies aan erkende kunstenorganisaties", "waarvan projectsubsidies voor jonge makers"],
     ["Uitvoering 2023"], "k euro"),
    ("94,9", ["Werking", "Publiekswerking musea"], ["Uitvoeringsgraad (%)"], "%"),
    ("2.880", ["Investeringen", "Renovatie van depots voor erfgoedcollecties"], ["Aangepast krediet 2023"], "k euro"),
    ("12.200", ["Totaal"], ["Initieel krediet 2023"], "k euro"),
])
def test_header_cells_wrapped_a_word_a_line_and_group_rows(budget, raw, row, col, unit):
    cell = _cell(budget, raw)
    assert (cell.row_path, cell.col_path, cell.unit) == (row, col, unit)


def test_subtotals_add_up_their_group_without_the_waarvan_row(budget):
    assert _cell(budget, "8.552").total_ok is True  # 6.512 + 2.040, not the 931 'waarvan' row
    assert _cell(budget, "2.869").total_ok is True
    assert _cell(budget, "97,2").total_ok is None  # a rate adds up nothing


@pytest.mark.parametrize(("raw", "row", "col", "unit"), [
    ("9.455,8", ["Categorie 2", "collectief"], ["Gemiddelde subsidie (in euro)", "2023"], "euro"),
    ("48,8", ["Categorie 2", "beginnende organisatie"], ["Slaagkans (%)", "2024"], "%"),
    ("26,0", ["Individuele kunstenaars"], ["Slaagkans (%)", "2023"], "%"),
])
def test_a_merged_label_over_rows_in_lower_case(budget, raw, row, col, unit):
    cell = _cell(budget, raw)
    assert (cell.row_path, cell.col_path, cell.unit) == (row, col, unit)


def test_the_first_merged_label_in_the_text() -> None:
    """(The PDF sets it centred over its two rows, between their lines: the geometric reader does not read it yet.)"""
    facts = _facts("cultuurbudget.txt")
    assert _cell(facts, "5.931,2").row_path == ["Categorie 1", "collectief"]
    assert _cell(facts, "8.412,5").row_path == ["Categorie 1", "beginnende organisatie"]


def test_a_sentence_about_another_value_of_a_dimension_answers_nothing_about_this_one() -> None:
    from qa.answer.siblings import names_sibling, sibling_sets
    from qa.answer.wordparts import plain_set
    from qa.text import norm_stems

    facts = _facts("bibliotheken.txt")
    sets = sibling_sets([(f.table_id, f.row_path, f.col_path) for f in facts if f.table_id])

    def said(text: str) -> set[str]:
        return plain_set(norm_stems(text))
    lent = said("In 2023 telden de bibliotheken 14.582 uitleningen.")
    assert names_sibling(["lidgeld"], sets, lent)  # 'lidgelden (in euro)' stands beside 'uitleningen'
    assert not names_sibling(["uitlening"], sets, lent)  # the sentence says what is asked
    # a row or column the question names that the sentence does not say: only for a question, not a claim
    assert names_sibling(["voorleessessie"], sets, lent, asked=True)
    assert not names_sibling(["voorleessessie"], sets, lent, asked=False)
    assert not names_sibling(["bibliothek"], sets, lent)  # no label of any table


@pytest.fixture(scope="module", params=["txt", "pdf"])
def pools(request):
    return _facts(f"zwembaden.{request.param}")


@pytest.mark.parametrize(("raw", "row", "col", "region"), [
    ("22.700", ["Genk"], ["2022", "Openluchtbaden"], "Limburg"),  # the caption says whose: 'Limburgse gemeenten'
    ("274.800", ["Genk"], ["2023", "Binnenbaden"], "Limburg"),
    ("298.900", ["Genk"], ["Totaal bezoeken 2023"], "Limburg"),
    ("947", ["2023 – kwartaal 3"], ["Kleuters"], None),  # this caption names no province
    ("2.390", ["2022 – kwartaal 4"], ["Lagere school"], None),
])
def test_a_total_column_beside_column_groups_and_quarters_down_the_rows(pools, raw, row, col, region):
    cell = _cell(pools, raw)
    assert (cell.row_path, cell.col_path, cell.region) == (row, col, region)
    assert cell.unit is None  # the '(%)' under 'Slaagpercentage' is that column's unit only


def test_a_total_column_of_one_year_adds_up_that_years_columns(pools):
    for raw in ("364.000", "298.900", "146.500", "1.050.600"):  # 'Totaal bezoeken 2023' beside 2022 and 2023
        cell = next(f for f in pools if f.raw == raw and f.col_path == ["Totaal bezoeken 2023"])
        assert cell.is_total and cell.total_ok is True
    assert _cell(pools, "71,4").unit == "%"
    assert not [f for f in pools if f.source == "table" and f.raw in ("1", "2", "3", "4")]  # 'kwartaal 3' is a label


def test_quarters_written_after_the_word() -> None:
    from qa.facts.periods import period_keys
    assert period_keys("2023 – kwartaal 3") == {"q3"} == period_keys("the third quarter of 2023")
    assert period_keys("semester 2") == {"s2"}
    assert period_keys("kwartaal 3,5 miljoen") == set()  # a number, no quarter


@pytest.fixture(scope="module")
def ask(tmp_path_factory):
    """An Assistant over the three text versions."""
    import shutil

    from conftest import build
    from qa.answer import Assistant

    corpus = tmp_path_factory.mktemp("wrapped_corpus")
    for name in ("bibliotheken.txt", "cultuurbudget.txt", "zwembaden.txt", "bosbeheer.txt"):
        shutil.copy(DATA / name, corpus / name)
    index_dir = tmp_path_factory.mktemp("wrapped_index")
    build(corpus, index_dir)
    return Assistant(index_dir).ask


def test_answers_from_the_cells_of_these_layouts(ask):
    assert ask("Hoeveel kleuters kregen zwemles in het derde kwartaal van 2023?").value == 947  # "kwartaal 3"
    assert ask("Hoeveel bezoeken telden de Limburgse binnenbaden samen in 2023?").value == 951100  # by the caption
    assert ask("Wat was de slaagkans van collectieven in categorie 2 in 2024?").value == 43.4


def test_a_sentence_without_the_asked_row_does_not_answer_for_it(ask):
    # 'In 2023 telden de zwembaden samen 1.050.600 bezoeken' says nothing of the open-air pools: the table does
    answer = ask("Hoeveel bezoeken telden de openluchtbaden in 2023?")
    assert answer.value == 99500


def test_a_measure_named_by_the_cells_unit_and_a_share_of_a_whole(ask):
    # 'hoeveel hectare': the column '(ha)' says it
    assert ask("Hoeveel hectare bebosten de natuurverenigingen in 2022?").value == 71.8
    # the whole ('het operationele personeel') is the denominator, the column names the part
    assert ask("Welk aandeel van het operationele personeel bestond in 2022 uit seizoenswerkers?").value == 74.2
    assert ask("Welk aandeel van de uitleningen had Antwerpen in 2023?").value == 30.1  # the row names the part


def test_labels_are_cut_at_a_word() -> None:
    from qa import render

    fact = _cell(_facts("cultuurbudget.txt"), "931")
    fact = fact.model_copy(update={"row": fact.row + " " + "en nog een heel lange toelichting " * 4})
    shown = render.labels(fact)
    assert all(len(bit) <= 91 for bit in shown.split(", "))
    cut = next(bit for bit in shown.split(", ") if bit.endswith("…"))
    assert cut[:-1].split()[-1] in fact.row.split()  # a whole word before the ellipsis


def test_a_row_with_empty_cells_between_and_after_its_amounts() -> None:
    """'Provincies 3 - 9,3 -': the last dash is an empty cell like the one between the amounts, and the row is a
    part of the totals ('-' counts as nil), not the start of the next row's label."""
    facts = [f for f in _facts("bosbeheer.txt") if f.table_id.endswith("#t3")]
    own = [(f.raw, f.col_path) for f in facts if f.row_path == ["Provincies"]]
    assert own == [("3", ["Projecten", "2022"]), ("-", ["Projecten", "2023"]), ("9,3", ["Areaal (ha)", "2022"]),
                   ("-", ["Areaal (ha)", "2023"])]
    assert all(f.total_ok is True for f in facts if f.row_path == ["Totaal"])
    assert next(f for f in facts if f.raw == "9,3").unit == "ha"


def test_a_captions_province_and_scale_and_a_total_asked_with_samen() -> None:
    from qa.answer.question import parse
    from qa.facts.labels import caption_region
    from qa.facts.units import caption_unit

    assert caption_region("Bezoeken aan zwembaden in de Limburgse gemeenten") == "Limburg"
    assert caption_region("Aantal per gemeente in Limburg, 2023") == "Limburg"
    assert caption_region("Aantal pendelaars naar Brussel") is None  # a destination, not whose figures
    assert caption_region("Aantal in Vlaanderen en Brussel") is None  # two regions: none is the table's
    assert caption_unit("Tabel 1. Budget 2023 (x 1.000 euro)") == ("k euro", 1000.0)
    assert caption_unit("(x 1.000 ton)") is None  # a scale kept for euro only: no unit rather than a wrong one
    assert parse("Hoeveel bezoeken telden de binnenbaden samen in 2023?").total_hint
    assert not parse("Hoeveel gemeenten werken samen met de provincie?").total_hint


@pytest.fixture(scope="module", params=["txt", "pdf"])
def youth(request):
    return _facts(f"jeugdwerk.{request.param}")


@pytest.mark.parametrize(("raw", "row", "col"), [
    ("8.400.000", ["A. Werkingssubsidies aan verenigingen", "Landelijke jeugdverenigingen"], ["Vastleggingen", "krediet"]),
    ("1.044.000", ["A. Werkingssubsidies aan verenigingen", "Gemeentelijke jeugdraden"], ["Vereffeningen", "benut"]),
    ("94,5", ["A. Werkingssubsidies aan verenigingen", "Landelijke jeugdverenigingen"], ["Benuttingsgraad (%)"]),
    ("9.650.000", ["A. Werkingssubsidies aan verenigingen", "Subtotaal A"], ["Vastleggingen", "krediet"]),
    ("640.000", ["B. Projecten en studies", "Projecten rond vrije tijd"], ["Vastleggingen", "krediet"]),
    ("92,8", ["Algemeen totaal"], ["Benuttingsgraad (%)"]),
])
def test_a_header_cell_over_both_rows_and_lettered_groups(youth, raw, row, col):
    """'Benuttings-' / 'graad (%)' spans both header rows (pypdf: 'graad (%)krediet ...'): the last column, under
    no group; 'A. Werkingssubsidies ...' heads the rows up to 'Subtotaal A'."""
    cell = _cell(youth, raw)
    assert (cell.row_path, cell.col_path) == (row, col)


@pytest.mark.parametrize(("raw", "row", "col"), [
    ("46", ["Oproepen voor lokale besturen", "Trekkershuizen en kampeerterreinen"], ["Aanvragen"]),
    ("3.045.500", ["Oproepen voor lokale besturen", "Jeugdlokalen in landelijk gebied"], ["Toegekend (in euro)"]),
    ("128", ["Oproepen voor verenigingen", "Brandveiligheid van jeugdlokalen"], ["Aanvragen"]),
    ("1.962.800", ["Oproepen voor verenigingen", "Duurzame renovatie van lokalen"], ["Toegekend (in euro)"]),
])
def test_group_rows_without_subtotals_under_the_header(youth, raw, row, col):
    """The table opens with a group row right under its header, so its other group rows are groups too; the
    header 'Aanvragen' set right over its figures is their column, not the corner."""
    cell = _cell(youth, raw)
    assert (cell.row_path, cell.col_path) == (row, col)


@pytest.fixture(scope="module", params=["txt", "pdf"])
def camps(request):
    return _facts(f"kampen.{request.param}")


@pytest.mark.parametrize(("raw", "row", "col"), [
    ("118,4", ["1e kwartaal"], ["Kamphuizen"]),
    ("134,1", ["1e kwartaal"], ["Totaal"]),
    ("688,3", ["3e kwartaal"], ["Tentenvelden"]),
    ("967,5", ["Totaal 2024"], ["Kamphuizen"]),
    ("412", ["A. Kampvervoer", "Vrachtvervoer van materiaal"], ["Aantal aanvragen", "ingediend"]),
    ("203.500", ["A. Kampvervoer", "Busvervoer naar het buitenland"], ["Bedrag (in euro)", "toegekend"]),
    ("-", ["A. Kampvervoer", "Busvervoer naar het buitenland"], ["Bedrag (in euro)", "uitbetaald in 2024"]),
    ("1.074.950", ["Totaal ondersteuning"], ["Bedrag (in euro)", "uitbetaald in 2024"]),
])
def test_wrapped_quarters_and_lower_case_leaves(camps, raw, row, col):
    """'1e' / 'kwartaal 118,4 ...' is the first row, not a header line; 'ingediend goedgekeurd toegekend
    uitbetaald in 2024' under 'Aantal aanvragen Bedrag (in euro)' is four leaves under two groups; a caption's
    unit centred under it is no column level."""
    cell = _cell(camps, raw)
    assert (cell.row_path, cell.col_path) == (row, col)


@pytest.fixture(scope="module", params=["txt", "pdf"])
def ask_camps(request, tmp_path_factory):
    """An Assistant over the youth-work and camp reports (text, then PDF)."""
    import shutil

    from conftest import build
    from qa.answer import Assistant

    corpus = tmp_path_factory.mktemp(f"camps_{request.param}")
    for name in ("jeugdwerk", "kampen"):
        shutil.copy(DATA / f"{name}.{request.param}", corpus / f"{name}.{request.param}")
    index_dir = tmp_path_factory.mktemp(f"camps_index_{request.param}")
    build(corpus, index_dir)
    return Assistant(index_dir).ask


def test_what_the_caption_and_the_total_row_name_is_no_other_row(ask_camps):
    # 'ondersteuning' is the caption's and the row 'Totaal ondersteuning's: every row is a part of it
    assert ask_camps("Welk bedrag aan ondersteuning werd toegekend voor tenten en zeilen?").value == 451800


def test_one_row_that_names_both_is_no_sum(ask_camps):
    answer = ask_camps("Hoeveel steun werd toegekend voor tenten en zeilen samen?")
    assert answer.kind == "fact" and answer.value == 451800


def test_an_exact_cell_before_a_rounded_figure_in_a_sentence(ask_camps):
    # 'bijna 700 duizend deelnemersdagen' in the text; the table gives 688,3 (x 1.000)
    assert ask_camps("Hoeveel deelnemersdagen telden de tentenvelden in het derde kwartaal van 2024?").value == 688.3


def test_a_printed_total_of_the_years_asked(ask_camps):
    answer = ask_camps("Hoeveel brandveiligheidsattesten kregen kamphuizen in totaal over 2022-2024?")
    assert answer.kind == "fact" and answer.value == 563


def test_a_short_compound_head() -> None:
    from qa.answer.scored import head_match

    assert head_match(["scan"], {"energiescan"}) and not head_match(["scan"], {"scanner"})


def test_a_rate_of_a_whole_is_the_rate_column(ask_camps):
    # 'de benuttingsgraad van de vereffeningen': the whole the rate is of, not the group 'Vereffeningen' over
    # the other columns
    assert ask_camps("Wat was de benuttingsgraad van de vereffeningen voor de gemeentelijke jeugdraden?").value == 87.0


def test_nouns_that_name_an_amount_of_money() -> None:
    from qa.answer.asked import unit_hint

    assert unit_hint("Hoeveel Gemeentefonds-dotatie ging in 2023 naar Gent?") == "money"
    assert unit_hint("What was the average project grant in 2022?") == "money"
    assert unit_hint("Hoeveel dossiers werden in 2023 geopend?") == "count"
    assert unit_hint("Wat was het aantal gezinnen met schulden in 2023?") != "money"
    assert unit_hint("Hoeveel toelagen werden in 2023 toegekend?") == "count"
    # the English singular names money too: a count of projects is no answer to the highest subsidy (round 107)
    assert unit_hint("What is the highest subsidy a single project can get?") == "money"


@pytest.fixture(scope="module", params=["txt", "pdf"])
def leaders(request):
    return extract_all(load_document(DATA / f"begeleiders.{request.param}", DATA))[0]


@pytest.mark.parametrize(("raw", "row", "col"), [
    ("3.412", ["Scouts en Gidsen", "Vrijwillig"], ["2023"]),
    ("471", ["Scouts en Gidsen", "Betaald"], ["2024"]),
    ("2.906", ["Chiro Nationaal", "Vrijwillig"], ["2023"]),
    ("1.204", ["KSA Vlaanderen", "Vrijwillig"], ["2023"]),
    ("1.397", ["KSA Vlaanderen", "Subtotaal"], ["2024"]),
    ("8.662", ["Totaal"], ["2024"]),
])
def test_an_outer_label_centred_over_the_rows_its_subtotal_closes(leaders, raw, row, col):
    """'Chiro Nationaal' is printed beside 'Betaald', in the middle of its three rows: the row above it is its
    own, not the group's before; 'KSA Vlaanderen' ends in a region name and is a group row all the same."""
    cell = _cell(leaders, raw)
    assert (cell.row_path, cell.col_path) == (row, col)


def test_a_year_right_after_a_figure_is_its_own(leaders):
    years = {f.raw: f.year for f in leaders if f.source == "prose"}
    assert years["12,4"] == "2023" and years["14,1"] == "2024"  # '... naar 14,1 procent eind 2024'


@pytest.mark.parametrize(("raw", "row", "col"), [
    ("1.206", ["1e kwartaal 2024"], ["Tentenkamp"]),
    ("3.118", ["1e kwartaal 2024"], ["Huis en hoeve"]),
    ("4.420", ["1e kwartaal 2024"], ["Totaal"]),
    ("14.906", ["3e kwartaal 2024"], ["Tentenkamp"]),
])
def test_the_first_quarter_printed_above_its_year_and_values(leaders, raw, row, col):
    """'1e kwartaal' / '2024 1.206 ...' begins its label the way '2e kwartaal' / '2024 ...' does below: the
    first row's label, not the header's last cell."""
    cell = _cell(leaders, raw)
    assert (cell.row_path, cell.col_path) == (row, col)


@pytest.mark.parametrize(("raw", "row", "col"), [
    ("812", ["Federatie van Jeugdhuizen en Jeugdwerkinitiatieven", "Vrijwillig"], ["Begeleiders (koppen)", "2023"]),
    ("118,6", ["Federatie van Jeugdhuizen en Jeugdwerkinitiatieven", "Betaald"], ["Voltijdse equivalenten (VTE)", "2023"]),
    ("2.302", ["Speelpleinwerking", "Vrijwillig"], ["Begeleiders (koppen)", "2024"]),
    ("481,0", ["Totaal"], ["Voltijdse equivalenten (VTE)", "2024"]),
])
def test_group_cells_wrapped_over_two_lines_each(leaders, raw, row, col):
    """'Begeleiders' / '(koppen)' / 'Voltijdse' / 'equivalenten (VTE)' over '2023 2024 2023 2024' are two group
    cells, not four; the outer label wrapped over three lines ('Federatie van' / 'Jeugdhuizen en' / ...) is one."""
    cell = _cell(leaders, raw)
    assert (cell.row_path, cell.col_path) == (row, col)


def test_an_amount_that_opens_a_line_is_no_numbered_item() -> None:
    """A PDF's text puts a row's figures on a line of their own ('18.500 12.400 11.872,3'): '18.500' is no item
    '18.' of the answer, so the cells of one row share one frame (the prose of item '2.' before the table)."""
    from qa.answer.frames import item_marks

    text = "2. De uitvoering staat in tabel 1.\nSubsidie witte zones\n18.500 12.400 11.872,3\n2.1 Verdeling\n3. a. Rest\n"
    assert [label for _, _, label in item_marks(text)] == ["2.", "2.1", "3."]


@pytest.mark.parametrize(("raw", "row"), [("167", ["Limburg"]), ("186", ["Oost-Vlaanderen"]),
                                          ("139", ["Vlaams-Brabant"]), ("966", ["Totaal Vlaanderen"])])
def test_centred_row_labels_are_no_indents(leaders, raw, row):
    """'Limburg' centred under 'Antwerpen' starts further right: that is its length, not a level under Antwerpen."""
    assert _cell(leaders, raw).row_path == row


def test_a_year_centred_over_a_narrow_and_a_wrapped_column_labels_both():
    """'2022' is centred over 'aantal' and 'opbrengst (in euro)'; over the wider column it starts
    where that cell's text does. 'aantal', centred beside the wrapped cell, shows the year is a row above."""
    facts = _facts("standplaatsen.pdf")
    for raw, col in [("687", ["2022", "aantal"]), ("290.410", ["2022", "opbrengst (in euro)"]),
                     ("702", ["2023", "aantal"]), ("301.760", ["2023", "opbrengst (in euro)"])]:
        cell = _cell(facts, raw)
        assert (cell.row_path, cell.col_path) == (["Limburg"], col), (raw, cell.row_path, cell.col_path)


def test_a_total_row_centred_where_the_other_rows_are_right_aligned_stays_in_its_columns():
    """The 'Totaal' row is printed in bold header cells, centred ('313' at 324-344), while the quarters are
    right-aligned ('87' at 355-366): two bands that never share a row are one column, not two."""
    facts = [f for f in _facts("standplaatsen.pdf") if "Tabel 2" in f.caption]
    for raw, row, col in [("87", ["2023 K1"], ["Geweigerd (aantal)"]), ("313", ["Totaal"], ["Geweigerd (aantal)"]),
                          ("87,4", ["2023 K1"], ["Toegekend (%)"]), ("90,6", ["Totaal"], ["Toegekend (%)"])]:
        cell = _cell(facts, raw)
        assert (cell.row_path, cell.col_path) == (row, col), (raw, cell.row_path, cell.col_path)
