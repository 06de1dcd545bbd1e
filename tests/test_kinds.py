"""A figure answers only the kind of thing it counts (tests/data/kinds, written for these tests): a cell of a
wider count is no count of one kind the document counts in a sentence of its own, and approved applications
are no rejected ones."""

from __future__ import annotations

import pytest

from conftest import assistant_on


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_on(tmp_path_factory, "kinds")


def test_a_cell_of_all_trees_is_no_count_of_one_kind_the_text_counts(assistant):
    """'Beschadigde bomen' per province counts all trees; the text counts the fruit trees only for the whole
    region, so Limburg's fruit trees are not in the document (round 120: calves got all animals killed)."""
    answer = assistant.ask("Hoeveel fruitbomen werden in 2023 in Limburg door bevers beschadigd?")
    assert answer.kind == "not_found", answer.answer
    answer = assistant.ask("Hoeveel bomen werden in 2023 in Limburg door bevers beschadigd?")
    assert answer.value == 27, answer.answer  # the cell still answers its own count


def test_approved_applications_do_not_refute_rejected_ones(assistant):
    verdict = assistant.check("In 2023 werden 9 aanvragen tot schadevergoeding voor beverschade afgewezen.")
    assert verdict.verdict != "contradicted", verdict.answer
    verdict = assistant.check("In 2023 werden 20 aanvragen tot schadevergoeding voor beverschade geweigerd.")
    assert "212" not in (verdict.answer or "") and "49" not in (verdict.answer or ""), verdict.answer
    answer = assistant.ask("Hoeveel aanvragen tot schadevergoeding werden in 2023 geweigerd?")
    assert answer.value not in (212, 49, 58), answer.answer


def test_a_list_item_whose_value_follows_a_blank_line_keeps_its_list_lead():
    from qa.facts.yearlists import item_list_lead
    text = ("Spoedaanvragen:\n- Gemiddelde wachttijd lopende aanvragen: 12,75 dagen\n"
            "- Gemiddelde wachttijd afgehandelde aanvragen: \n\n9,50 dagen")
    assert item_list_lead(text, text.index("9,50")) == ("Spoedaanvragen", "Gemiddelde wachttijd afgehandelde aanvragen")


def test_how_much_shorter_is_the_second_side_minus_the_first(assistant):
    """Round 119S: 'hoeveel dagen korter ... bij A dan bij B' is B - A, from the items of A's and B's lists."""
    answer = assistant.ask("Hoeveel dagen korter is de gemiddelde wachttijd van afgehandelde aanvragen bij "
                           "spoedaanvragen dan bij gewone aanvragen?")
    assert answer.value == pytest.approx(18.75), answer.answer
    answer = assistant.ask("Hoeveel dagen langer is de gemiddelde wachttijd van lopende aanvragen bij gewone "
                           "aanvragen dan bij spoedaanvragen?")
    assert answer.value == pytest.approx(28.75), answer.answer


def test_an_english_kind_after_a_name_describes_the_name(assistant):
    """'the Natuurpunt organisation': 'organisation' says what Natuurpunt is; that the table also has a row
    'Andere organisaties' does not make Natuurpunt's cell another organisation's (round 121E)."""
    answer = assistant.ask("How many applications did the Natuurpunt organisation submit in 2023?")
    assert answer.value == 12, answer.answer


def test_a_place_named_beside_another_is_one_of_several_not_the_subject(assistant):
    """'De gemeenten Lommel en Peer ...': Lommel is one of several places, so a figure that does not say it is
    not Lommel's (round 123: 'hoeveel deelfietsen in Aalst' got the seven cities' 8.000)."""
    answer = assistant.ask("Hoeveel aanvragen tot schadevergoeding dienden eigenaars in 2023 in Lommel in?")
    assert answer.kind == "not_found", answer.answer
    answer = assistant.ask("Hoeveel aanvragen tot schadevergoeding dienden eigenaars in 2023 in?")
    assert answer.value == 58, answer.answer


def test_how_often_is_a_count_of_the_deed_not_of_the_things(assistant):
    """'hoeveel keer werd een korf gecontroleerd': the checks, not the baskets (round 123: 'hoeveel keer werd
    een deelfiets ontleend' got the number of bikes)."""
    answer = assistant.ask("Hoeveel keer werd in 2023 in Limburg een korf gecontroleerd?")
    assert answer.value != 95, answer.answer
    answer = assistant.ask("Hoeveel korven stonden er in 2023 in Limburg?")
    assert answer.value == 95, answer.answer
