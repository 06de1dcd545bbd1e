"""What a figure is, beyond the words it shares with the question (tests/data/controles, written for these tests):
a count of acts answers 'how often'; 'hoeveel bedroegen de boetes' asks an amount, and an average is neither
that amount nor a count; a figure summed over three years is no one year's; an adjective made of a name that the
document itself uses ('de Europese melkregeling') names the thing, it does not narrow it; and an English word the
word list lacks is read through the document word closest in meaning ('free': 'gratis')."""

from __future__ import annotations

import pytest

from conftest import assistant_on
from qa.answer.asked import unit_hint
from qa.answer.phrasing import named_kinds, named_so
from qa.answer.question import parse


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_on(tmp_path_factory, "controles")


@pytest.mark.parametrize(("question", "value"), [
    # 'Aantal dierenwelzijnscontroles' counts the visits, the times asked: not the farmers
    ("Hoeveel keer ging de controle-eenheid in 2022 langs bij pluimveehouders in Limburg voor een controle?", 104),
    ("Hoeveel keer werd in 2023 een pluimveehouder in Antwerpen gecontroleerd?", 167),
    # what the fines came to together: the total amount, not their number (96) nor the average (1.950)
    ("Hoeveel bedroegen de administratieve geldboetes die in 2023 werden opgelegd samen?", 187_200),
    ("Hoeveel administratieve geldboetes werden in 2023 opgelegd?", 96),
    ("Hoeveel bedroeg het gemiddelde boetebedrag in 2023?", 1_950),
    # the document calls it 'de Europese melkregeling' itself
    ("Hoeveel Limburgse leerlingen kregen in het schooljaar 2023-2024 melk via de Europese melkregeling?", 8_115),
])
def test_the_figure_that_is_what_is_asked(assistant, question, value):
    answer = assistant.ask(question)
    assert answer.kind == "fact" and answer.value == value, answer.answer


def test_a_total_of_three_years_is_no_one_years(assistant):
    answer = assistant.ask("Hoeveel euro werd in 2023 aan controlewerking besteed?")
    assert answer.value != 1_920_000, answer.answer


@pytest.mark.parametrize(("claim", "verdict", "value"), [
    ("In 2023 bedroegen de geldboetes samen 1.950 euro.", "contradicted", 187_200),
    ("In 2023 bedroeg het gemiddelde boetebedrag 1.950 euro.", "supported", 1_950),
])
def test_an_average_checks_only_a_claim_about_an_average(assistant, claim, verdict, value):
    result = assistant.check(claim)
    assert result.verdict == verdict and result.value == value, result.answer


def test_amounted_to_asks_an_amount():
    assert unit_hint("Hoeveel bedroegen de administratieve boetes in 2023?") == "money"
    assert unit_hint("Hoeveel boetes werden in 2023 opgelegd?") == "count"
    assert unit_hint("Hoeveel bedroeg het aantal inschrijvingen in 2023?") is None


def test_an_adjective_of_a_name_is_the_documents_name_for_the_thing():
    kinds = named_kinds("Hoeveel leerlingen kregen melk via de Europese melkregeling?")
    assert [(adjective, noun) for _, adjective, noun in kinds] == [("Europese", "melkregeling")]
    assert not named_kinds("Hoeveel Limburgse leerlingen kregen melk?")  # a place: checked as a place
    assert named_so("Via de Europese melkregeling kregen 312 scholen melk.", "Europese", "melkregeling")
    assert not named_so("De Europese melkregeling en de Vlaamse melkregeling.", "Europese", "melkregeling")


def test_an_english_word_the_list_lacks_is_read_by_meaning(assistant):
    bridge = assistant.matcher.bridge
    assert bridge.translate("free") == ["gratis"]
    assert bridge.translate("soup") == ["soep"]
    assert bridge.translate("grow") == []  # a change is said by the question's form, not by a word a cell must say


@pytest.mark.parametrize("question", [
    "Hoeveel dierenwelzijnscontroles gebeurden er in 2023 bij pluimveehouders met 1.000 tot 5.000 dieren?",
    "How many animal welfare checks were carried out in 2023 at poultry farmers aged 18 to 25?",
])
def test_a_range_no_label_or_sentence_says_is_not_answered_by_the_whole(assistant, question):
    """No table row and no sentence says a size class or an age group: the total is no answer for it."""
    answer = assistant.ask(question)
    assert answer.kind == "not_found", answer.answer


def test_a_share_of_a_whole_named_with_its_year_before_it():
    """'van de voor 2023 begrote middelen': the whole is the budgeted means, the year an attribute of it."""
    assert parse("Welk percentage van de voor 2023 begrote middelen werd besteed?").whole == "begrote middelen"


def test_the_average_of_a_named_category_asked_in_other_words(assistant):
    """'gezinnen uit de laagste inkomensgroep': no document says 'inkomensgroep'; the row 'Categorie 1 (laagste
    inkomens)' says 'laagste', which its sibling rows do not, and its 'Gemiddeld leningsbedrag' column says the
    average the question asks (the count beside it lacks that word, however close its meaning)."""
    answer = assistant.ask("Hoe groot was in 2023 de gemiddelde lening van gezinnen uit de laagste inkomensgroep?")
    assert answer.kind == "fact" and answer.value == 14_200, answer.answer


@pytest.mark.parametrize(("claim", "value"), [
    ("On 1 October 2023 Flanders counted 450 school streets.", 412),  # 'school streets': 'schoolstraten'
])
def test_an_english_claim_counts_the_dutch_compound(assistant, claim, value):
    result = assistant.check(claim)
    assert result.verdict == "contradicted" and result.value == value, result.answer


def test_a_numbered_category_is_a_row_label(assistant):
    """'Categorie 1 (laagste inkomens) 2.150 14.200': the 1 names the category, it is no value of the row."""
    cells = {(f.row_path[-1], f.col_path[-1]): f.value for f in assistant.index.facts if f.table_id and f.row_path}
    assert cells[("Categorie 1 (laagste inkomens)", "Aantal leningen")] == 2_150
    assert cells[("Categorie 3 (hogere inkomens)", "Gemiddeld leningsbedrag (euro)")] == 12_900


def test_a_word_spelled_like_a_document_word_is_not_read_as_it(assistant):
    """'controlling' is closest to 'controles' by its spelling ('centres' to 'centraal', 'operating' to
    'operatie'): look-alikes are the cognate reader's to judge, and the bridge gives no translation for them."""
    assert assistant.matcher.bridge.translate("controlling") == []
