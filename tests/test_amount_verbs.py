"""'Hoeveel is er in 2023 werkelijk besteed aan ...': a verb before any noun asks an amount; neither the hedge
('werkelijk') nor the participle ('besteed') is what the question counts (r102: every candidate was dropped
for not counting 'werkelijk'). tests/data/amountverbs/zwerfvuil.txt was written for these tests."""

from __future__ import annotations

import pytest

from conftest import assistant_on
from qa.answer.asked import head_terms
from qa.text import stems


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_on(tmp_path_factory, "amountverbs")


@pytest.mark.parametrize(("question", "value"), [
    ("Hoeveel is er in 2023 werkelijk besteed aan de subsidies voor opruimacties van gemeenten?", 3_874),
    ("Hoeveel werd er in 2023 effectief uitgegeven aan vuilbakken langs fietspaden?", 1_312),
    ("Hoeveel was er in 2023 begroot voor communicatiecampagnes?", 600),
    ("Hoeveel gemeenten namen in 2023 deel aan de opruimacties?", 212),
    # 'Wat was het ... vereffeningskrediet': a credit is an amount, as a budget is (r103: a passage, no figure)
    ("Wat was het aangepaste vereffeningskrediet in 2024 voor het actieplan zwerfvuil?", 6_020),
    ("Wat was het initiële vastleggingskrediet voor 2024?", 6_100),
    # 'hoeveel keer': how often, counted by the verb; 'keer' is no noun the cell must say (r102)
    ("Hoeveel keer werd er in 2023 in de provincie Limburg zwerfvuil geprikt?", 913),
])
def test_an_amount_asked_by_its_verb(assistant, question, value):
    answer = assistant.ask(question)
    assert answer.kind == "fact" and answer.value == value, answer.answer


def test_hedges_and_verbs_are_not_what_is_counted():
    assert head_terms("Hoeveel is er in 2023 werkelijk besteed aan vouchers?", "nl") == []
    assert head_terms("Hoeveel gemeenten namen in 2023 deel?", "nl")[0] == stems("gemeenten")[0]


def test_a_table_after_its_own_caption_keeps_no_unit_of_the_table_before(assistant):
    """'Tabel 4. Opruimacties per provincie' follows a table '(in k euro)' with no prose between: a new caption
    starts a new table, whose counts are no amounts of money."""
    counts = [f for f in assistant.index.facts if f.row_path == ["Limburg"]]
    assert {f.raw for f in counts} == {"846", "913"} and all(f.unit is None for f in counts)
    assert all(f.unit == "k euro" for f in assistant.index.facts if f.row_path == ["Vereffeningskrediet"])


def test_an_english_amount_asked_by_its_verb(assistant):
    """'How much was actually spent': no noun is counted ('spent' is no head a cell must say); the part named in
    words no document has ('on bins along cycle paths') is never answered by the table's total."""
    assert head_terms("How much was actually paid out in 2023 on vouchers?", "en") == []
    answer = assistant.ask("How much was actually spent in 2023 on communication campaigns?")
    assert answer.kind == "fact" and answer.value == 548, answer.answer
    answer = assistant.ask("How much was actually spent in 2023 on bins along cycle paths?")
    assert answer.value in (None, 1_312), answer.answer


def test_the_price_under_the_previous_contract_answers_only_for_that_contract(assistant):
    """'0,42 euro per zak, tegenover 0,35 euro per zak onder het vorige contract': 'wat kost' asks an amount of
    money (not the 38 storage sites), and the previous contract's price is no answer for the new one (r104:
    '96' depots, then the old price, for 'Wat kost een ton strooizout onder de nieuwe raamovereenkomst')."""
    for question in ("Wat kost een afvalzak onder het nieuwe raamcontract?",
                     "Hoeveel kost een afvalzak onder het nieuwe contract?"):
        answer = assistant.ask(question)
        assert answer.value in (None, 0.42), answer.answer
    answer = assistant.ask("Wat kostte een afvalzak onder het vorige contract?")
    assert answer.kind == "fact" and answer.value == 0.35, answer.answer


def test_an_english_question_with_its_subject_before_the_verb_keeps_its_head():
    """'How much did the roads agency invest': the agency is named, so its words stay the head (r96T: with no
    head, a count of shops from another document answered)."""
    assert head_terms("How much did the roads agency invest in noise barriers in 2023?", "en")
    assert head_terms("How many were started in 2022?", "en") == []
