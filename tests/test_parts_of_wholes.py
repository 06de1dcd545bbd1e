"""A federal answer with a part said before its whole ('1,8 miljoen van de 2,9 miljoen parkeerkaarten'), a total
split over the regions, a cost said of what the sentence before names, counts in millions that are no money
and units of speed and power (tests/data/wholes, written for these tests)."""

from __future__ import annotations

import pytest

from conftest import assistant_on


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_on(tmp_path_factory, "wholes")


def _fact(assistant, raw: str):
    return next(f for f in assistant.index.facts if f.raw == raw)


def test_millions_of_things_are_counts_not_euro(assistant):
    """'1,1 miljoen houders': a bare 'miljoen' in a sentence that says nothing of money is a count."""
    holders = _fact(assistant, "1,1 miljoen")
    assert holders.unit is None and holders.value == 1_100_000, (holders.unit, holders.value)
    a = assistant.ask("Hoeveel houders moeten nog geregistreerd worden?")
    assert a.kind == "fact" and a.value == 1_100_000, a.answer


def test_the_part_of_n_of_m_answers_what_the_clause_says(assistant):
    """'van 1,8 miljoen van de 2,9 miljoen parkeerkaarten de houders geregistreerd': 1,8 million cards have a
    registered holder; 2,9 million is every card."""
    part = assistant.ask("Van hoeveel uitgereikte parkeerkaarten zijn de houders op dit moment geregistreerd?")
    assert part.kind == "fact" and part.value == 1_800_000, part.answer
    whole = assistant.ask("Hoeveel parkeerkaarten werden er in totaal uitgereikt?")
    assert whole.kind == "fact" and whole.value == 2_900_000, whole.answer


def test_flanders_is_a_region_where_the_sentence_splits_by_region(assistant):
    """'34 stations ..., waarvan 15 in Wallonie en 19 in Vlaanderen': the question about Flanders gets 19, not the
    total; the total still answers the question that names no region."""
    flanders = assistant.ask("Hoeveel stations wil de maatschappij in 2018 renoveren in Vlaanderen?")
    assert flanders.kind == "fact" and flanders.value == 19, flanders.answer
    english = assistant.ask("How many stations does the company plan to renovate in 2018 in Flanders?")
    assert english.kind == "fact" and english.value == 19, english.answer
    total = assistant.ask("Hoeveel stations wil de maatschappij in 2018 renoveren?")
    assert total.kind == "fact" and total.value == 34, total.answer


def test_what_something_cost_is_an_amount_its_frame_names(assistant):
    """'Hoeveel kostte de wachtdienst ...?': the amount of 'Deze kosten bedroegen ... 2. 345. 678,90 euro', whose
    sentence before names the service."""
    a = assistant.ask("Hoeveel kostte de wachtdienst van de brandweer bij de haven van Oostende in 2016?")
    assert a.kind == "fact" and a.value == pytest.approx(2345678.90), a.answer


def test_speed_and_power_keep_their_units(assistant):
    assert _fact(assistant, "20").unit == "km/h"
    assert _fact(assistant, "2").unit == "kW"
    assert _fact(assistant, "500").unit == "W"


def test_a_clause_whose_subject_points_back_is_read_with_the_clause_before(assistant):
    """'...; in 2016 was dat gestegen tot 121': 'dat' is the complaints of the clause before, so the claim is
    refuted by 2016's 112 complaints, not by any other figure of 2016."""
    first, second = assistant.check_text("In 2014 waren er 88 klachten over de parkeerkaarten; "
                                         "in 2016 was dat gestegen tot 121.")
    assert first.verdict == "supported", first.message
    assert second.verdict == "contradicted" and second.value == 112, second.message
    assert "klachten" in (second.read_as or ""), second.read_as


def test_a_question_or_claim_that_names_nothing_gets_no_number(assistant):
    """'Hoeveel bedroeg het in 2016?' says no more than a year: any figure of 2016 would be a guess."""
    a = assistant.ask("Hoeveel bedroeg het in 2016?")
    assert a.kind == "not_found" and a.value is None, a.answer
    v = assistant.check("In 2016 was het gestegen tot 69.")
    assert v.verdict == "not_in_documents", v.answer


def test_each_amount_of_a_coordinated_pair_is_labelled_by_its_own_phrase(assistant):
    """'12,5 VTE's voor het secretariaat en 26,5 VTE's voor de beleidscel': 26,5 is the policy unit's, not the
    secretariat's (the decimal comma of 12,5 is no clause boundary); the full-time equivalents at work now
    are not the 30 allowed."""
    policy = _fact(assistant, "26,5")
    assert "beleidscel" in policy.measure and "secretariaat" not in policy.measure, policy.measure
    a = assistant.ask("Hoeveel voltijdse equivalenten zijn er momenteel aan de slag in de beleidscel?")
    assert a.kind == "fact" and a.value == 26.5, a.answer


def test_a_unit_written_with_a_slash_is_no_number_and_does_not_hide_the_year(assistant):
    """'23,8 DDD/1. 000 inwoners/dag in 2016': '000' is part of the unit, and 2016 is 23,8's year."""
    assert not [f for f in assistant.index.facts if f.raw == "000"]
    assert _fact(assistant, "23,8").year == "2016" and _fact(assistant, "21,3").year == "2012"


def test_a_turnover_is_a_number(assistant):
    """'Wat was de omzet ...?' asks a figure, as 'Wat was het budget ...?' does."""
    a = assistant.ask("Wat was de omzet van de parkeerdienst in 2016?")
    assert a.kind == "fact" and a.value == 1234567, a.answer


def test_a_negation_said_in_the_sentence_pointed_back_to_holds(assistant):
    """'... haltes waarvan we niet kunnen bevestigen dat ze toegankelijk zijn. Voor Wallonie zijn dit 57 haltes':
    the 57 are those not confirmed, as the question asks."""
    a = assistant.ask("Voor hoeveel Waalse haltes kan de minister niet bevestigen dat ze toegankelijk zijn?")
    assert a.kind == "fact" and a.value == 57, a.answer


def test_the_year_after_is_the_sentence_befores_year_plus_one(assistant):
    """'In het jaar 2015 ... 3. 200 keuringen. In het daaropvolgende jaar ... 3. 650': 3. 650 is 2016's."""
    assert _fact(assistant, "3. 650").year == "2016"
    a = assistant.ask("Hoeveel keuringen werden er in 2016 uitgevoerd?")
    assert a.kind == "fact" and a.value == 3650, a.answer


def test_that_year_in_a_later_sentence_is_the_year_said_before(assistant):
    """'In 2016 ... . Over de parkeerkaarten waren er dat jaar 88 klachten': 88 is 2014's figure, so the claim
    about 2016 is refuted by 112, not supported by 2014's 88."""
    (claim,) = assistant.check_text("In 2016 was er veel te doen over parkeren. "
                                    "Over de parkeerkaarten waren er dat jaar 88 klachten.")
    assert claim.verdict == "contradicted" and claim.value == 112, claim.message


def test_what_something_has_cost_is_no_count(assistant):
    """'Hoeveel hebben de infosessies gekost?' asks an amount; 'twee infosessies' is how many there were."""
    a = assistant.ask("Hoeveel hebben de infosessies voor de opleiding tot nu toe gekost?")
    assert a.kind == "not_found" and a.value is None, a.answer
