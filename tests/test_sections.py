"""A question's terms must frame the number: a topic said only in another numbered part of the document does
not label it. Also: a list of abbreviations is read, a unit the question names ('in VTE') decides, and a table
row with unit letters is no section heading. The document is made up for these tests (tests/data/sections/)."""

from __future__ import annotations

import pytest

from conftest import DATA, assistant_on
from qa.answer import Assistant
from qa.answer.asked import unit_hint
from qa.facts.sections import find_headings
from qa.facts.tables import split_lines
from qa.text import find_glossary

DOC = DATA / "sections" / "vraag_kinderopvang_buitenschoolse.txt"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    return assistant_on(tmp_path_factory, "sections")


def test_each_part_answers_its_own_topic(assistant):
    assert assistant.ask("Hoeveel plaatsen telde de buitenschoolse opvang bij lokale besturen in 2022?").value == 63118
    assert assistant.ask("Hoeveel plaatsen telde de kinderopvang voor baby's en peuters in 2022?").value == 106875


def test_a_topic_of_another_part_does_not_label_a_number(assistant):
    # the 48 new locations are the out-of-school care's; baby and toddler care is another part of the answer
    answer = assistant.ask("Hoeveel nieuwe locaties werden in 2023 geopend in de kinderopvang voor baby's en peuters?")
    assert answer.kind == "not_found"
    assert assistant.ask("Hoeveel nieuwe locaties werden in 2023 geopend in de buitenschoolse opvang?").value == 48


def test_a_unit_named_in_the_question_decides(assistant):
    assert unit_hint("How many people worked in out-of-school care in 2023, in FTE?") == "VTE"
    assert unit_hint("Hoeveel begeleiders waren er in 2023, uitgedrukt in VTE?") == "VTE"
    assert unit_hint("Hoeveel begeleiders waren er in 2023?") == "count"
    assert assistant.ask("Hoeveel begeleiders waren er in 2023 aan de slag, uitgedrukt in VTE?").value == 1702.4
    # places are counted, not full-time equivalents: no table cell answers an FTE question about them
    assert assistant.ask("Hoeveel plaatsen telde de buitenschoolse opvang in 2022, in VTE?").kind == "not_found"
    assert assistant.ask("Hoeveel mensen volgden in 2023 een opleiding tot begeleider?").value == 86


def test_a_list_of_abbreviations_is_read():
    pairs = dict(find_glossary(DOC.read_text(encoding="utf-8")))
    assert pairs["BKO"] == "Buitenschoolse kinderopvang" and pairs["VTE"] == "Voltijdse equivalenten"
    # three code-like lines are no list, and a line with a number is no entry
    assert find_glossary("AB Eerste ding\nCD Tweede ding\nEF Derde ding\n") == []
    assert find_glossary("AB Eerste\nCD Tweede\nEF Derde 2023\nGH Vierde\n") == []


def test_a_row_with_unit_letters_is_no_heading():
    lines = split_lines("Inleiding\n\n2020 389,7 VTE 187,6 VTE\n\nVAN HET PARLEMENT\n\n")
    assert [text for _, text in find_headings(lines)] == ["VAN HET PARLEMENT"]


def test_a_title_in_capitals_is_a_heading_and_its_wrapped_half_joins_it():
    # short words in capitals look like a header row's codes ('VAK VEK', 'BU 2024'); a title links long words with
    # function words, and one that ends in 'VAN DE' or 'EN' goes on over the blank line the PDF put in it
    lines = split_lines("Uitgaven 5.000 5.000 0\n\nVAK VEK\n\n"
                        "AB1-2CDE3FG-PA – HET VERSTREKKEN VAN LENINGEN IN HET KADER VAN DE \n\n"
                        "SOCIALE ECONOMIE EN HET DUURZAAM ONDERNEMERSCHAP \n\nHet decretale budget bedroeg 5.000 keuro.\n")
    assert [text for _, text in find_headings(lines)] == [
        "AB1-2CDE3FG-PA – HET VERSTREKKEN VAN LENINGEN IN HET KADER VAN DE SOCIALE ECONOMIE EN HET DUURZAAM "
        "ONDERNEMERSCHAP"]


@pytest.fixture(scope="module")
def regions(tmp_path_factory) -> Assistant:
    return assistant_on(tmp_path_factory, "regions")


def test_each_clause_has_its_own_region(regions):
    by_raw = {f.raw: f for f in regions.index.facts}
    assert by_raw["14. 208"].region == "Vlaanderen" and by_raw["2.115"].region == "Brussels Hoofdstedelijk Gewest"
    assert by_raw["6. 930"].region == "Wallonië" and by_raw["88"].region == "Brussels Hoofdstedelijk Gewest"
    assert by_raw["420"].region is None  # two regions together: neither one's figure


def test_a_noun_said_once_counts_the_whole_list(regions):
    assert regions.ask("Hoeveel ouderen werden in 2022 in Wallonië na een val opgenomen?").value == 6930
    assert regions.ask("Hoeveel personen overleden in 2023 in Brussel na een val?").value == 88
    # no figure for Wallonia's care homes: the 420 are Flanders' and Brussels' together
    assert regions.ask("Hoeveel woonzorgcentra in Wallonië namen deel aan de preventiecampagne?").kind == "not_found"


def test_a_claim_about_a_body_the_figure_does_not_name_is_not_contradicted(assistant):
    # the 48 new locations are said of out-of-school care; a claim about another body's 40 locations is not
    # refuted by them, for no figure near a mention of that body says otherwise
    assert assistant.check("In 2023 opende het VAPH 40 nieuwe locaties.").verdict == "not_in_documents"
    assert assistant.check("In 2023 werden in de buitenschoolse opvang 40 nieuwe locaties geopend.").verdict \
        == "contradicted"


def test_respectively_pairs_regions_and_a_paragraph_keeps_its_year(regions):
    by_raw = {f.raw: f for f in regions.index.facts}
    assert by_raw["3. 412"].region == "Vlaanderen" and by_raw["1. 906"].region == "Wallonië"
    assert by_raw["3. 412"].year == "2021"  # not the header's 2024: the paragraph starts after a blank line
    assert regions.ask("Hoeveel erkende valpreventiecoaches waren er in 2021 in het Waalse Gewest?").value == 1906


def test_a_part_after_waarvan_is_its_own_figure(regions):
    assert regions.ask("Hoeveel woonzorgcentra waren eind 2023 erkend?").value == 1420
    # 'met een eigen valpreventieteam' is said of the 312, not of the 1.420
    assert regions.ask("Hoeveel woonzorgcentra hadden eind 2023 een eigen valpreventieteam?").value == 312
