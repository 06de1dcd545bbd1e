"""Rounds 168-170 (first tries on the code after round 166): a table round (tests/data/tables168) and a question
round (tests/data/fresh169), written by helpers that had not read the code, and a round over real documents
(../shared: an infographic of 'label: € amount' lines and real ministers' answers). What their wrong answers and
refusals showed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import SHARED, assistant_on, build
from qa.answer import Assistant
from qa.answer.claimnumbers import claim_numbers
from qa.answer.question import parse
from qa.facts.prose import _listed_label

INFOGRAPHIC = SHARED / "realdocs" / "NL_DUSI_Infographic_LLO-Katalysator_ronde1_2023.pdf"


def test_an_age_band_is_no_claimed_figure():
    """'143 jongens van 12 tot 17 jaar': the claim's figure is 143; the band names the group ('12' was judged
    against the girls' 187 and the claim called contradicted)."""
    for text in ("In 2024 startten 143 jongens van 12 tot 17 jaar met begeleid zelfstandig wonen.",
                 "In 2024 startten 143 jongens tussen 12 en 17 jaar met begeleid zelfstandig wonen.",
                 "In 2024, 143 boys aged 12 to 17 years started supported independent living."):
        assert [n.value for n in claim_numbers(text, parse(text).lang)] == [143], text


@pytest.fixture(scope="module")
def youth(tmp_path_factory):
    return assistant_on(tmp_path_factory, "tables168")


def test_age_band_claim_is_supported(youth):
    verdict = youth.check("In 2024 startten 143 jongens van 12 tot 17 jaar met begeleid zelfstandig wonen.")
    assert verdict.verdict == "supported", verdict.answer


@pytest.fixture(scope="module")
def airport(tmp_path_factory):
    return assistant_on(tmp_path_factory, "fresh169")


def test_a_place_that_opens_a_name_is_no_region(airport):
    """'vluchten van Brussels Airport ... uit Steenokkerzeel': the airport's name asks nothing of the Brussels
    region (the Steenokkerzeel row was refused as lacking 'Brussels Hoofdstedelijk Gewest')."""
    assert parse("Hoeveel klachten over vluchten van Brussels Airport kwamen er uit Steenokkerzeel?").regions == []
    answer = airport.ask("Hoeveel klachten over vluchten van Brussels Airport kwamen er in 2023 uit Steenokkerzeel?")
    assert answer.kind == "fact" and answer.value == 6221, answer.answer


def test_change_as_a_noun_asks_no_change():
    """'first-name change requests' count requests; 'how much did it change between' asks a change."""
    assert not parse("How many first-name change requests were filed for minors in 2014?").computed
    assert parse("How much did the budget change between 2022 and 2023?").computed


def test_amount_units_after_how_many():
    assert parse("Hoeveel k euro bleef er in 2022 onbenut?").unit_hint == "money"
    q = parse("Hoeveel bleef er over als je het berekende subsidiebedrag aftrekt van het voorziene budget?")
    assert q.operation == "difference" and q.operands == ["het voorziene budget", "het berekende subsidiebedrag"]


def test_a_block_of_label_amount_lines():
    """Each 'label: € amount' line of a block under a heading is labelled by its own label and the heading, not by
    the amount of the line above ('€ 16.000.000 Aangevraagd')."""
    before = ("Bouwsteen 3, LLO Professionalisering opleiders\nTotaal beschikbaar: € 16.000.000 \nAangevraagd: € ")
    assert _listed_label(before) == "Bouwsteen 3, LLO Professionalisering opleiders Aangevraagd"
    assert _listed_label("Bouwsteen 3, LLO Professionalisering opleiders\nTotaal beschikbaar: € ") == \
        "Bouwsteen 3, LLO Professionalisering opleiders Totaal beschikbaar"
    assert _listed_label("De minister antwoordt als volgt: ") == ""


@pytest.fixture(scope="module")
def infographic(tmp_path_factory):
    if not INFOGRAPHIC.exists():
        pytest.skip(f"{INFOGRAPHIC} not found (public files are read from ../shared, never committed)")
    corpus = tmp_path_factory.mktemp("infographic_corpus")
    shutil.copy(INFOGRAPHIC, corpus / INFOGRAPHIC.name)
    index_dir = tmp_path_factory.mktemp("infographic_index")
    build(corpus, index_dir)
    return Assistant(index_dir)


def test_the_asked_deed_picks_the_line(infographic):
    """'Voor hoeveel geld vroegen ... aan voor Bouwsteen 3': the block's 'Aangevraagd' line (16.000.000, its
    'Totaal beschikbaar', was answered)."""
    answer = infographic.ask("Voor hoeveel geld vroegen onderwijsinstellingen subsidie aan voor Bouwsteen 3 "
                             "(professionalisering opleiders) in de eerste ronde van de LLO-Katalysator?")
    assert answer.kind == "fact" and answer.value == 40780788, answer.answer


def test_a_comparison_is_not_supported_by_words(infographic):
    """'meer aangevraagd dan beschikbaar' is a comparison of two figures (13,97 million against 17,5 million): lines
    that only name both do not support it (it was called supported)."""
    verdict = infographic.check("Voor Bouwsteen 2 van de LLO-Katalysator werd in de eerste ronde meer subsidie "
                                "aangevraagd dan er beschikbaar was.")
    assert verdict.verdict != "supported", verdict.answer


def _table(name: str, caption: str):
    from qa.facts.grid import geometry_tables
    from qa.ingest import load_document

    folder = Path(__file__).parent / "data" / "tables168"
    return next(t for t in geometry_tables(load_document(folder / name, folder)) if caption in t.caption)


def test_a_short_label_centred_over_a_wide_group():
    """'Politiezone' centred over five zones, 'Totaal' over 'vijf zones': the fifth zone is a zone, though its
    edge lies nearer 'Totaal'."""
    table = _table("fietsdiefstallen_politiezones_2024.pdf", "Tabel 1")
    assert table.columns[4] == ["Politiezone", "Vlas"] and table.columns[5] == ["Totaal", "vijf zones"], table.columns


def test_a_leaf_wider_than_its_values():
    """'alle leeftijden' reaches left over its neighbour's region (58 % in its own): still the leaf of its column,
    under '2024' with the three age bands."""
    table = _table("instroom_jeugdhulp_2024.pdf", "Tabel 2")
    assert table.columns[:4] == [["2024", "0-5 jaar"], ["2024", "6-11 jaar"], ["2024", "12-17 jaar"],
                                 ["2024", "alle leeftijden"]], table.columns


def test_a_total_beside_a_group_of_columns():
    """'Totaal' sums 'Zon | Wind op land | Bio-energie > biomassa, biogas | Waterkracht': all five, not the group's
    two; and a sentence about the 'waarvan elektrische fietsen' rows states no zone's total."""
    from qa.audit import audit_path

    findings = audit_path(Path(__file__).parent / "data" / "tables168")
    totals = [f for f in findings if f.kind == "total" and "12.050.109" in f.message]
    assert totals and "5 delen" in totals[0].message, [f.message for f in findings]
    assert not any(f.kind == "duplicate" and "748" in f.message for f in findings), [f.message for f in findings]
    assert any(f.kind == "duplicate" and "3.214" in f.message for f in findings)  # the planted one stays


def test_a_region_name_is_no_proper_name():
    """'het Brussels Hoofdstedelijk Gewest' names a region, not a body whose name a figure must carry."""
    q = parse("Hoeveel faillissementen waren er in 2016 in het Brussels Hoofdstedelijk Gewest?")
    assert q.regions == ["Brussels Hoofdstedelijk Gewest"] and q.proper == [], (q.regions, q.proper)


FEDERAL = [SHARED / "dekamer" / "corpus" / name for name in ("185121.txt", "189286.txt")]


@pytest.fixture(scope="module")
def federal(tmp_path_factory):
    if not all(p.exists() for p in FEDERAL):
        pytest.skip(f"{FEDERAL[0].parent} not found (public files are read from ../shared, never committed)")
    corpus = tmp_path_factory.mktemp("federal_corpus")
    for path in FEDERAL:
        shutil.copy(path, corpus / path.name)
    index_dir = tmp_path_factory.mktemp("federal_index")
    build(corpus, index_dir)
    return Assistant(index_dir)


def test_the_country_a_federal_answer_is_about(federal):
    """A federal minister's figures are Belgium's unless they say a region: 'in Belgium as a whole' asks the
    national figure, which the answer does not call Belgian."""
    answer = federal.ask("How many bankruptcies were there in Belgium as a whole in 2014?")
    assert answer.kind == "fact" and answer.value == 10736, answer.answer
    answer = federal.ask("Hoeveel faillissementen waren er in 2016 in het Brussels Hoofdstedelijk Gewest?")
    assert answer.kind == "fact" and answer.value == 1954, answer.answer


def test_a_level_reached_beside_a_rise(federal):
    """'Nadat het tekort in 2014 verder was gestegen tot 6,1 miljard euro, bereikte het in 2015 met 7,9 miljard euro
    haar hoogste niveau van de laatste vijf jaar': 7,9 is 2015's level (not a rise, its clause reaches it), and 'de
    laatste vijf jaar' is no figure ('5 jaar' was answered)."""
    answer = federal.ask("How large was Belgium's trade deficit with the United States in 2015?")
    assert answer.kind == "fact" and answer.value == 7.9 and answer.unit == "miljard euro", answer.answer


def test_a_stretch_of_time_is_no_amount():
    from qa.facts.numbers import find_number_words

    text = "het hoogste niveau van de laatste vijf jaar; in de eerste drie maanden kwamen er zes klachten bij"
    assert [t.raw for t in find_number_words(text)] == ["zes"]


@pytest.fixture(scope="module")
def rents(tmp_path_factory):
    return assistant_on(tmp_path_factory, "tables172")


def test_a_claim_about_an_age_group(rents):
    """'for tenants aged 65 and over': no figure of the table names that group; 65 is no claimed figure and the
    overall average does not refute it (it was called contradicted by the year's total spending)."""
    verdict = rents.check("In 2024 the average monthly rent allowance (huurtoelage) for tenants aged 65 and over "
                          "was 225 euro.")
    assert verdict.verdict == "not_in_documents", verdict.answer


def test_an_average_is_refuted_by_an_average(rents):
    verdict = rents.check("In 2024 the average monthly rent allowance (huurtoelage) was 225 euro.")
    assert verdict.verdict == "contradicted" and verdict.value == 211.4, verdict.answer


def test_a_fall_is_judged_by_a_change(rents):
    """'daalde ... met 17 clubs' is the table's change cell -17 of the riding clubs, not the 311 tennis clubs of a
    sentence that also names the riding clubs, nor that sentence's rise of 35."""
    verdict = rents.check("Het aantal gesubsidieerde paardensportclubs daalde tussen 2023 en 2024 met 17 clubs.")
    assert verdict.verdict == "supported", verdict.answer
    verdict = rents.check("Het aantal gesubsidieerde paardensportclubs daalde tussen 2023 en 2024 met 27 clubs.")
    assert verdict.verdict != "supported" and verdict.value not in (311, 35), verdict.answer
