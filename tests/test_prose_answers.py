"""Numbers in running text: a change is not a level, a year right after an amount is its own, a year compared
with is not the number's year, and header dates and inline enumerators are no facts. The document is made up
for these tests (tests/data/prose/)."""

from __future__ import annotations

import pytest

from conftest import assistant_on
from qa.answer import Assistant
from qa.answer.asked import asked_noun
from qa.answer.question import parse
from qa.answer.synonyms import synonyms
from qa.text import stems


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    return assistant_on(tmp_path_factory, "prose")


def _fact(assistant: Assistant, raw: str):
    return next(f for f in assistant.index.facts if f.raw == raw)


def test_a_change_is_marked_and_a_level_is_not(assistant):
    assert _fact(assistant, "drie").change and _fact(assistant, "3").change
    assert not _fact(assistant, "twaalf").change and not _fact(assistant, "18").change


def test_a_level_question_is_not_answered_by_the_change(assistant):
    answer = assistant.ask("Hoeveel dagen educatief verlof krijgt een werknemer voortaan per schooljaar?")
    assert answer.kind == "fact" and answer.value == 12


def test_a_change_question_is_answered_by_the_stated_change(assistant):
    assert assistant.ask("Met hoeveel dagen werd het educatief verlof verlengd?").value == 3
    fell = assistant.ask("Met hoeveel procent daalde het opleidingsbudget?")
    assert fell.kind == "fact" and fell.value == 3
    # the document says it fell: a question about a rise gets no figure
    assert assistant.ask("Met hoeveel procent steeg het opleidingsbudget?").kind == "not_found"


def test_the_year_right_after_an_amount_is_its_own(assistant):
    assert _fact(assistant, "18").year == "2021" and _fact(assistant, "31").year == "2023"
    assert assistant.ask("Hoeveel Vlaamse kredieten gingen in 2023 naar opleidingscheques?").value == 31
    assert assistant.ask("Hoeveel Vlaamse kredieten gingen in 2021 naar opleidingscheques?").value == 18
    # an amount of money is never answered by a number of days, however well its sentence matches
    assert assistant.ask("Hoeveel kredieten kreeg het educatief verlof in 2023?").kind == "not_found"


def test_the_year_compared_with_is_not_the_numbers_year(assistant):
    assert _fact(assistant, "3").year != "2022" and _fact(assistant, "2. 418. 300").year != "2022"


def test_header_dates_and_inline_enumerators_are_no_facts(assistant):
    values = {f.value for f in assistant.index.facts}
    assert 2.0 not in values and 51234 not in values
    assert not any(f.line == 1 for f in assistant.index.facts)  # '2024-03-18' in the header is a date


def test_spaced_thousands_and_how_large(assistant):
    assert assistant.ask("Hoeveel cheques werden uitbetaald?").value == 7215
    assert assistant.ask("How large was the total training budget?").value == 2418300


def test_a_synonym_says_the_asked_word(assistant):
    answer = assistant.ask("Hoeveel extra middelen worden bij de begrotingsaanpassing 2024 gevraagd?")
    assert answer.kind == "fact" and answer.value == 4.5
    assert "bijkoom" in synonyms(stems("extra")[0])


def test_the_counted_noun_past_an_adjective():
    assert asked_noun("Hoeveel federale kredieten gingen naar de zones?") == "kredieten"
    assert asked_noun("Hoeveel AMA-trajecten startten er?") == "ama-trajecten"
    assert asked_noun("How many new applications were approved?") == "applications"
    assert parse("Hoeveel federale kredieten gingen in 2015 naar de zones?").unit_hint == "money"
    assert parse("Hoeveel nieuwe aanvragen kwamen er binnen?").counted == stems("aanvragen")[0]


def test_a_goal_is_not_a_level(assistant):
    assert _fact(assistant, "15.000").target and not _fact(assistant, "7. 215").target
    assert assistant.ask("Hoeveel cheques werden uitbetaald?").value == 7215
    assert assistant.ask("Hoeveel cheques wil de Vlaamse Regering per jaar uitreiken?").value == 15000
    assert 20.0 not in {f.value for f in assistant.index.facts}  # '20- tot 64-jarigen' is an age range


def test_a_figure_on_a_date_is_about_that_month(corpus_index):
    seed = Assistant(corpus_index)
    assert seed.check("Begin mei 2023 waren er 255 voorzieningen erkend als AMA-begeleider").verdict == "supported"
    assert seed.check("Begin juni 2023 waren er 255 voorzieningen erkend als AMA-begeleider").verdict == \
        "not_in_documents"
