"""'How much was budgeted' asks an amount of money: a budget said as 'een bedrag voorzien', never a count of
people ('47 coördinatoren'); and a number's year is its own clause's, not the year of a bracketed aside or of
the part before it (tests/data/budgeted, written for these tests)."""

from __future__ import annotations

import pytest

from conftest import assistant_on


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_on(tmp_path_factory, "budgeted")


def test_a_years_in_a_bracketed_aside_or_in_the_part_before_are_not_the_numbers(assistant):
    years = {f.raw: f.year for f in assistant.index.facts}
    assert years["47"] == "2023"  # not the 2022 of '(overeenkomstig de in 2022 goedgekeurde plannen)'
    assert years["415"] == "2022" and years["190"] == "2023"  # each call its own bracketed start year


@pytest.mark.parametrize("question", [
    "How much was budgeted for the guidance of neighbourhood workers in 2024?",
    "How much money was budgeted for guiding neighbourhood workers in 2024?",
    "Hoeveel budget is er in 2024 voorzien voor de begeleiding van wijkwerkers?",
])
def test_a_budget_question_gets_the_amount_planned(assistant, question):
    answer = assistant.ask(question)
    assert answer.value == 2318 and "euro" in answer.answer, answer.answer


def test_a_money_question_is_not_answered_by_a_count_of_people(assistant):
    answer = assistant.ask("How much was budgeted for the coordinators of the municipalities in their guiding role?")
    assert answer.value != 47, answer.answer


def test_what_was_done_with_a_budget_is_said_by_the_figures_own_sentence(assistant):
    """The planned amount does not say how much of it was paid out: the document does not say that."""
    answer = assistant.ask("Hoeveel van het voor 2024 voorziene budget voor wijkwerkers werd uiteindelijk uitbetaald?")
    assert answer.value != 2318, answer.answer


def test_a_round_claim_is_no_support_for_something_else(assistant):
    """A round number ('2 million euro') and English words no document has ('swimming lessons for seniors') do
    not make 2.318 k euro for neighbourhood workers support the claim (round 117: 587 k euro for transport
    'rounded to 1 million' supported a claim about swimming lessons); the same figure's own topic still does."""
    verdict = assistant.check("In 2024 the Flemish government spent 2 million euro on free swimming lessons for seniors.")
    assert verdict.verdict != "supported", verdict.answer
    assert assistant.check("In 2024 the guidance of neighbourhood workers got 2 million euro.").verdict == "supported"
    from qa.answer.claimnumbers import claim_numbers
    from qa.answer.agreement import agrees
    one_million = claim_numbers("The call received 1 million euro.", "en")[0]
    fact = next(f for f in assistant.index.facts if f.raw == "415")
    assert not agrees(one_million, fact)  # 415 k euro is no '1 million', however it rounds
