"""A figure is answered for what its own clause, row or region says, not for what a sibling says beside it
(tests/data/siblings, written for these tests): one sentence that lists three shares, each with its own
predicate; a cell of one table for an item that another table of the document lists; a share said of
Wallonia beside the one of Flanders; a duration that is no count; 'hoeveel geld' and 'een beroep doen op',
which only ask and link; a sentence that points back ('In 2022 waren dat er 5.480'); 'hoeveel premies', a count;
the line that opens a list ('Werkplaatsen:') says what its items' figures are about; a list of names with their
figures in brackets ('zopiclon (1. 204. 500 verpakkingen), temazepam (...)') gives each name its own figure."""

from __future__ import annotations

import pytest

from conftest import assistant_on
from qa.answer.question import parse


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_on(tmp_path_factory, "siblings")


@pytest.mark.parametrize("question, value", [
    ("Welk percentage van de sociale werkplaatsen had in 2022 een voldoende solvabiliteit?", 69),
    ("Welk percentage van de sociale werkplaatsen had in 2022 een voldoende liquiditeit?", 86),
    ("Welk percentage van de sociale werkplaatsen behaalde in 2022 een positief resultaat inzake rendabiliteit?", 71),
    # 'voor 18,4 procent van alle deelnemers ... (naar ...), en voor 76,2 procent, ... geregistreerd': each share
    # is its own clause's, across a bracket, a word broken over two lines, and the participle both clauses share
    ("Voor welk percentage van de deelnemers werd in 2021 een perspectief op doorstroom naar een zwaardere trede "
     "geregistreerd?", 18.4),
    ("Voor welk percentage van de deelnemers werd in 2021 een perspectief op behoud geregistreerd?", 76.2),
])
def test_each_share_of_a_list_is_said_by_its_own_clause(assistant, question, value):
    answer = assistant.ask(question)
    assert answer.kind == "fact" and answer.value == value, answer.answer


def test_a_claim_is_refuted_by_the_clause_about_the_same_thing(assistant):
    verdict = assistant.check("In 2022 had 71% van de sociale werkplaatsen een voldoende solvabiliteit.")
    assert verdict.verdict == "contradicted" and verdict.value == 69, verdict.answer


@pytest.mark.parametrize("question", ["Hoeveel trajecten bij een OCMW werden in 2020 beëindigd?",
                                      "How many pathways with OCMWs were ended in 2020?"])
def test_an_item_of_another_table_is_not_answered_by_a_total(assistant, question):
    # the provinces table counts the workplaces' pathways; the OCMW figure is in the table by organisation
    answer = assistant.ask(question)
    assert answer.kind == "fact" and answer.value == 118, answer.answer
    q = parse(question)
    totals = [s for s in assistant.matcher.rank(q, limit=50) if s.fact.value == 39 and "Totaal" in s.fact.col_path]
    assert totals and not any(s.verified for s in totals)


def test_the_table_about_the_item_still_answers(assistant):
    answer = assistant.ask("Hoeveel trajecten bij werkplaatsen werden in 2020 beëindigd?")
    assert answer.kind == "fact" and answer.value == 39, answer.answer


def test_flanders_is_not_answered_by_wallonia(assistant):
    wallonia = assistant.ask("Welk percentage van de flexi-job arbeidsplaatsen bevond zich in Wallonië?")
    assert wallonia.kind == "fact" and wallonia.value == 3.2, wallonia.answer
    flanders = assistant.ask("Welk percentage van de flexi-job arbeidsplaatsen bevond zich in Vlaanderen?")
    assert flanders.kind == "fact" and flanders.value == 95, flanders.answer


def test_a_claim_whose_number_is_stated_near_the_top_is_not_refuted(assistant):
    # '36 %' is about the workers' main job; the claimed 95 % is said two clauses earlier
    verdict = assistant.check("Ongeveer 95 procent van de flexi-jobs in de horeca bevond zich in Vlaanderen.")
    assert verdict.verdict != "contradicted", verdict.answer


def test_a_duration_is_no_count(assistant):
    assert assistant.ask("Hoeveel klachten ontving de inspectie in 2022?").kind == "not_found"
    q = parse("Hoeveel klachten ontving de inspectie in 2022?")
    years = [f for f in assistant.index.facts if f.unit == "jaar"]  # 'de voorbije vier jaar' counts no complaints
    assert not any(assistant.matcher.allowed(f, q) for f in years)  # (nor is it read as a figure at all)
    answer = assistant.ask("Hoeveel klachten ontving de inspectie in 2021?")
    assert answer.kind == "fact" and answer.value == 412


@pytest.mark.parametrize("question", ["Hoeveel geld werd voor 2024 voorzien voor de sociale werkplaatsen?",
                                      "How much money was planned for the social workplaces in 2024?"])
def test_how_much_money_asks_an_amount(assistant, question):
    answer = assistant.ask(question)
    assert answer.kind == "fact" and answer.value == 4250 and answer.unit == "k euro", answer.answer


@pytest.mark.parametrize("question", [
    "Hoeveel werkgevers deden in het tweede kwartaal van 2022 een beroep op flexi-jobs?",
    "Hoeveel werkgevers deden in het tweede kwartaal van 2022 beroep op flexi-jobs?"])
def test_een_beroep_doen_op_is_making_use_of(assistant, question):
    answer = assistant.ask(question)
    assert answer.kind == "fact" and answer.value == 3120, answer.answer


def test_an_english_question_counts_the_head_of_its_noun_phrase():
    q = parse("How many work-like activity (AMA) agreements with OCMWs were ended in 2020?")
    assert q.counted == "overeenkomst" and q.heads[0] == "overeenkomst"
    assert parse("How many people were in work in 2024?").heads[0] == "persoon"
    assert "geld" not in parse("Hoeveel geld werd in 2024 voorzien?").subject


def test_a_sentence_that_points_back_counts_what_the_one_before_counted(assistant):
    # 'In 2022 waren dat er 5.480.': the number says nothing itself of what it counts
    answer = assistant.ask("Hoeveel nieuwe protectionele dossiers voor minderjarigen werden in 2022 nationaal geopend?")
    assert answer.kind == "fact" and answer.value == 5480, answer.answer
    earlier = assistant.ask("Hoeveel nieuwe protectionele dossiers voor minderjarigen werden in 2021 geopend?")
    assert earlier.kind == "fact" and earlier.value == 5210, earlier.answer


def test_how_many_premiums_counts_them(assistant):
    # 'hoeveel premies' asks the count column; 'welk bedrag aan premies' the amounts
    count = assistant.ask("Hoeveel premies dakisolatie werden in 2023 in totaal toegekend?")
    assert count.kind == "fact" and count.value == 12130 and not count.unit, count.answer
    amount = assistant.ask("Welk bedrag aan premies dakisolatie werd in 2023 in Limburg toegekend?")
    assert amount.kind == "fact" and amount.value == 7020000, amount.answer


def test_a_list_is_about_what_its_opening_line_names(assistant):
    # 'Werkplaatsen:' and 'Het geheel van andere organisaties ...:' open two lists of the same durations
    ours = assistant.ask("Hoe lang duren lopende trajecten bij werkplaatsen gemiddeld?")
    assert ours.kind == "fact" and ours.value == 612.4, ours.answer
    others = assistant.ask("Hoe lang duren lopende trajecten bij de andere organisaties gemiddeld?")
    assert others.kind == "fact" and others.value == 540.25, others.answer
    verdict = assistant.check("Lopende trajecten bij werkplaatsen duren gemiddeld ongeveer 540 dagen.")
    assert verdict.verdict == "contradicted" and verdict.value == 612.4, verdict.answer


def test_each_name_has_the_figure_in_its_brackets(assistant):
    for name, value in (("zopiclon", 1204500), ("temazepam", 980300), ("lormetazepam", 455100)):
        a = assistant.ask(f"Hoeveel verpakkingen {name} werden er in 2016 verbruikt?")
        assert a.kind == "fact" and a.value == value, a.answer


def test_a_code_that_one_table_itemizes_must_label_the_figure(assistant):
    # 'OCMW' is a row of the table by type: the duration of 'het geheel van andere organisaties' is not the
    # OCMWs' own, and a count of stopped pathways is no duration
    answer = assistant.ask("Wat was de gemiddelde duur van lopende begeleidingen bij een OCMW?")
    assert answer.kind == "not_found", answer.answer
    centres = assistant.ask("Wat was de gemiddelde duur van lopende begeleidingen bij de dienstencentra?")
    assert centres.kind == "fact" and centres.value == 402.15, centres.answer
    assert assistant.ask("Hoeveel begeleidingen bij een OCMW werden in 2022 stopgezet?").value == 203
    assert assistant.ask("Wat was de gemiddelde duur van stopgezette begeleidingen bij een OCMW in 2022?").kind \
        == "not_found"


def test_the_source_a_question_names_is_no_value_the_cell_must_carry(assistant):
    # 'volgens de tabel met werkplaatsen en scholen' says where to look; the OCMW row answers
    answer = assistant.ask("Hoeveel trajecten bij een OCMW werden in 2020 beëindigd, volgens de tabel met "
                           "werkplaatsen en scholen?")
    assert answer.kind == "fact" and answer.value == 118, answer.answer
