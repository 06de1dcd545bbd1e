"""Follow-up questions read in their conversation, and a pasted text checked claim by claim, on the seed
documents (the AMA tables of 000_f85098453f70527a.txt: started and ended agreements per province)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from qa.answer import Assistant
from qa.answer.clausecontext import resolve_clause
from qa.answer.context import is_follow_up, resolve
from qa.answer.paragraph import find_claims
from qa.cli import main

STARTED = "Hoeveel AMA WSE-begeleidingsovereenkomsten werden in 2022 in West-Vlaanderen opgestart?"


@pytest.fixture(scope="module")
def assistant(corpus_index) -> Assistant:
    return Assistant(corpus_index)


def _talk(assistant: Assistant, turns: list[str]) -> list:
    history: list = []
    for turn in turns:
        history.append(assistant.ask(turn, history=history))
    return history


def test_a_follow_up_replaces_what_it_names():
    assert resolve("En in Limburg?", STARTED) == STARTED.replace("West-Vlaanderen", "Limburg")
    assert resolve("And in 2021?", STARTED) == STARTED.replace("2022", "2021")
    assert resolve("En de Limburgse?", STARTED) == STARTED.replace("West-Vlaanderen", "Limburg")
    assert resolve("And in East Flanders?", "How many agreements started in Limburg in 2022?") == \
        "How many agreements started in Oost-Vlaanderen in 2022?"
    # a question of its own inherits what it leaves out, and 'dat jaar' is the earlier year
    assert resolve("Hoeveel werden er dat jaar beëindigd?", STARTED) == \
        "Hoeveel AMA WSE-begeleidingsovereenkomsten werden er in 2022 beëindigd in West-Vlaanderen?"


def test_follow_ups_that_count_years_swap_a_topic_or_name_an_unknown_place():
    earlier = STARTED.replace("2022", "2021")
    assert resolve("En het jaar daarop?", earlier) == STARTED
    assert resolve("And the year before?", "How many agreements started in Limburg in 2022?") == \
        "How many agreements started in Limburg in 2021?"
    assert resolve("En voor collectief maatwerk?", "Hoeveel doorstroomtrajecten werden in 2020 opgestart voor "
                   "doelgroepwerknemers LDE?") == "Hoeveel doorstroomtrajecten werden in 2020 opgestart voor collectief maatwerk?"
    assert resolve("En met een advies lokale diensteneconomie?", "Hoeveel werkzoekenden hebben een advies collectief "
                   "maatwerk?") == "Hoeveel werkzoekenden hebben een advies lokale diensteneconomie?"
    assert resolve("And for collectief maatwerk?", "Hoeveel doorstroomtrajecten werden in 2020 opgestart voor "
                   "doelgroepwerknemers LDE?") == "Hoeveel doorstroomtrajecten werden in 2020 opgestart voor collectief maatwerk?"
    assert resolve("En in Henegouwen?", STARTED) == STARTED.replace("West-Vlaanderen", "Henegouwen")
    assert resolve("How many of those were in Limburg?", "How many AMA agreements ended in 2021?") == \
        "How many AMA agreements ended in 2021 in Limburg?"
    assert resolve("And how many were started there that year?", "How many AMA agreements ended in Limburg in 2021?") \
        == "How many AMA agreements were started in Limburg in 2021?"
    # 'bij hen' / 'for them': what the earlier question named after the same preposition
    assert resolve("En hoeveel zijn er dat jaar bij hen gestart?", "Hoeveel AMA-overeenkomsten bij de OCMW's werden in "
                   "2022 stopgezet?") == "Hoeveel AMA-overeenkomsten zijn er in 2022 bij de OCMW's gestart?"
    assert resolve("And how many were started for them that year?", "How many agreements ended for the OCMWs in "
                   "2022?") == "How many agreements were started for the OCMWs in 2022?"
    # the counted phrase carried over loses what names the other side of the turn's event ('nieuwe' / 'stopgezet')
    assert resolve("En hoeveel werden er dat jaar stopgezet?", "Hoeveel nieuwe begeleidingsovereenkomsten gingen in 2022 "
                   "van start in Limburg?") == "Hoeveel begeleidingsovereenkomsten werden er in 2022 stopgezet in Limburg?"
    # a phrase with a phrase of its own replaces as many of the earlier question's
    assert resolve("En voor doelgroepwerknemers in collectief maatwerk?", "Hoeveel doorstroomtrajecten werden er in "
                   "2020 opgestart voor doelgroepwerknemers in de lokale diensteneconomie?") == \
        "Hoeveel doorstroomtrajecten werden er in 2020 opgestart voor doelgroepwerknemers in collectief maatwerk?"
    # another item of the list the earlier question named ('verpakkingen zolpidem'): the same count of it
    assert resolve("En van lorazepam?", "Hoeveel verpakkingen zolpidem werden er in 2015 verbruikt?") == \
        "Hoeveel verpakkingen lorazepam werden er in 2015 verbruikt?"
    # a lone adjective takes the place of the counted noun's ('bestuurlijke aanhoudingen' -> 'gerechtelijke ...')
    assert resolve("En gerechtelijke?", "Hoeveel bestuurlijke aanhoudingen verrichtte de spoorwegpolitie in 2014?") == \
        "Hoeveel gerechtelijke aanhoudingen verrichtte de spoorwegpolitie in 2014?"
    # a turn with a question of its own stays with the programme the earlier one named in capitals
    assert resolve("En hoeveel werden er beëindigd?", "Hoeveel begeleidingsovereenkomsten werden in 2021 in Limburg "
                   "opgestart binnen AMA WSE?") == \
        "Hoeveel begeleidingsovereenkomsten werden er beëindigd in 2021 in Limburg binnen AMA WSE?"
    assert resolve("And how many ended?", "How many agreements were started within AMA WSE in 2022?") == \
        "How many agreements ended in 2022 within AMA WSE?"
    # 'that year' after a question that named none: the year its answer gave
    assert resolve("What budget was set aside for the first nine months of that year?", "When did AMA WSE start?",
                   ["2021"]) == "What budget was set aside for the first nine months of 2021?"


def test_a_follow_up_names_another_topic_or_another_kind_of_the_same_noun():
    budget = "Hoeveel bedroeg de VAK-begrotingsuitvoering 2024 voor Collectief Maatwerk?"
    # capitalised like a place, but the earlier question has no place: another topic after 'voor'
    other = resolve("En voor Individueel Maatwerk?", budget)
    assert other == budget.replace("Collectief", "Individueel")
    # a bare noun phrase takes the place of the earlier word with the same head (compounds are right-headed)
    assert resolve("En de VEK-uitvoering?", other) == other.replace("VAK-begrotingsuitvoering", "VEK-uitvoering")
    assert resolve("And the payment credits?", "How much were the commitment credits for sheltered work in 2024?") == \
        "How much were the payment credits for sheltered work in 2024?"


def test_a_follow_up_swaps_the_name_after_the_same_preposition():
    # 'boven Irak' is no region of ours: the follow-up's 'boven Syrië' takes its place, the rest is kept
    flights = "Hoeveel vluchten voerden de F-16's boven Irak uit sinds 1 juli 2016?"
    assert resolve("En boven Syrië?", flights) == flights.replace("Irak", "Syrië")
    assert resolve("En boven beide landen?", flights) == flights.replace("Irak", "beide landen")
    reports = "How many official reports were received from DG Shipping in 2016?"
    assert resolve("And from the shipping police?", reports) == reports.replace("DG Shipping", "the shipping police")


def test_a_budget_conversation_keeps_its_stage_and_topic(assistant):
    turns = _talk(assistant, ["Hoeveel bedroeg de VAK-begrotingsuitvoering 2024 voor Collectief Maatwerk?",
                              "En voor Individueel Maatwerk?"])
    # 'begrotingsuitvoering' is the column 'BU 2024' (begroting + uitvoering), not the adjusted budget 'BA 2024'
    assert [a.value for a in turns] == [552289, 35043]
    assert "Individueel Maatwerk" in turns[1].read_as


def test_a_self_contained_question_starts_afresh():
    assert resolve("Hoeveel budget was er in 2023 voorzien voor AMA?", STARTED) is None
    assert not is_follow_up("What was the total budget for sheltered employment in 2023?")
    assert resolve("En in Limburg?", "") is None


def test_a_dutch_conversation(assistant):
    turns = _talk(assistant, [STARTED, "En in Limburg?", "En in 2021?", "Hoeveel werden er dat jaar beëindigd?"])
    assert [a.value for a in turns] == [332, 159, 107, 87]
    assert turns[0].read_as is None
    assert turns[2].read_as == STARTED.replace("West-Vlaanderen", "Limburg").replace("2022", "2021")
    assert all(a.citations for a in turns)


def test_a_follow_up_leans_on_the_last_turn_that_found_something(assistant):
    turns = _talk(assistant, [STARTED, "purple elephant banana", "En in Limburg?"])
    assert turns[1].kind == "not_found" and turns[2].value == 159


def test_an_english_conversation_with_a_reset(assistant):
    turns = _talk(assistant, ["How many AMA guidance agreements were started in East Flanders in 2022?",
                              "And in Antwerp?",
                              "What budget was provided for AMA WSE in 2022?",
                              "And in 2023?",
                              "And in Wallonia?"])
    assert [a.value for a in turns[:4]] == [250, 202, 8386, 5512]
    assert turns[2].read_as is None  # a new question, not a follow-up of the Antwerp one
    assert "2023" in turns[3].read_as and "budget" in turns[3].read_as
    assert turns[4].kind == "not_found"  # no figure for Wallonia: never the nearest number


def test_claims_found_in_a_paragraph():
    text = "In 2022 werden in West-Vlaanderen 332 trajecten opgestart, en in Limburg 200. Voor 2023 is 5,5 miljoen " \
           "euro voorzien."
    claims = find_claims(text, "nl")
    assert [text[a:b] for a, b, _ in claims] == [
        "In 2022 werden in West-Vlaanderen 332 trajecten opgestart", "en in Limburg 200",
        "Voor 2023 is 5,5 miljoen euro voorzien"]
    assert claims[1][2] == "In 2022 werden in Limburg 200 trajecten opgestart"
    assert resolve_clause("and 159 in Limburg", "In 2022, 332 agreements were started in West Flanders", "en") == \
        "In 2022, 159 agreements were started in Limburg"


def test_clauses_of_a_part_a_lead_and_a_pointer_back():
    part = "In 2022 werden 1.074 trajecten opgestart, waarvan 332 in West-Vlaanderen."
    assert [c for _, _, c in find_claims(part, "nl")] == [
        "In 2022 werden 1.074 trajecten opgestart", "In 2022 werden 332 trajecten opgestart in West-Vlaanderen"]
    # a clause before the first figure opens the claim instead of being lost
    lead = "Tussen 2021 en 2022 steeg het aantal van 645 naar 715."
    assert find_claims(lead, "nl") == [(0, len(lead) - 1, lead[:-1])]
    # a clause that says more than a figure and points back ('daarvan') stays with the clause it needs
    back = "Binnen LDE kregen 128 dossiers een evaluatie; in 83 daarvan volgde een oriëntatie."
    assert len(find_claims(back, "nl")) == 1
    assert [c for _, _, c in find_claims("In 2022, 1,074 pathways were started, of which 332 in Limburg.", "en")] \
        == ["In 2022, 1,074 pathways were started", "In 2022, 332 pathways were started in Limburg"]


def test_one_claim_of_two_clauses_gets_a_verdict_per_clause(assistant):
    v = assistant.check("In 2021 werden in Antwerpen 129 AMA WSE-begeleidingsovereenkomsten opgestart en in Limburg 120.")
    assert v.verdict == "contradicted" and v.value == 107
    assert [p.verdict for p in v.parts] == ["supported", "contradicted"]
    assert "juist: 1" in v.answer and all(p.citations for p in v.parts)
    v = assistant.check("In 2022 werden 1.074 AMA WSE-begeleidingsovereenkomsten opgestart, waarvan 332 in "
                        "West-Vlaanderen.")
    assert v.verdict == "supported" and [p.value for p in v.parts] == [1074, 332]
    single = assistant.check("In 2022 werden in West-Vlaanderen 332 AMA WSE-begeleidingsovereenkomsten opgestart.")
    assert single.verdict == "supported" and not single.parts


def test_a_dutch_paragraph_checked_claim_by_claim(assistant):
    text = ("In 2022 werden in West-Vlaanderen 332 AMA WSE-begeleidingsovereenkomsten opgestart, en in Limburg 200. "
            "Voor 2023 is 5,5 miljoen euro voorzien voor AMA.")
    claims = assistant.check_text(text)
    assert [c.verdict for c in claims] == ["supported", "contradicted", "supported"]
    assert claims[1].value == 159 and claims[1].read_as
    assert all(text[c.start:c.end] == c.claim and c.citations for c in claims)


def test_an_english_paragraph_checked_claim_by_claim(assistant):
    text = "In 2022, 250 AMA guidance agreements were started in East Flanders and 126 in Flemish Brabant. " \
           "In Wallonia 90 agreements were started that year."
    claims = assistant.check_text(text)
    assert [c.verdict for c in claims] == ["supported", "supported", "not_in_documents"]


def test_cli_conversations_and_text(corpus_index, tmp_path):
    lines = [{"conversation": "a", "question": STARTED}, {"conversation": "a", "question": "En in Limburg?"},
             {"question": "En in Limburg?"}]
    path = tmp_path / "conv.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines), encoding="utf-8")
    out = CliRunner().invoke(main, ["ask", "--index", str(corpus_index), "--jsonl", str(path)])
    answers = [json.loads(line) for line in out.output.splitlines()]
    assert [a["value"] for a in answers[:2]] == [332, 159] and answers[2]["kind"] == "not_found"
    text = "In 2022 werden in West-Vlaanderen 332 AMA WSE-begeleidingsovereenkomsten opgestart, en in Limburg 200."
    out = CliRunner().invoke(main, ["check", "--index", str(corpus_index), "--text", "-", "--json"], input=text)
    rows = [json.loads(line) for line in out.output.splitlines()]
    assert [(r["claim"], r["verdict"]) for r in rows] == [
        ("In 2022 werden in West-Vlaanderen 332 AMA WSE-begeleidingsovereenkomsten opgestart", "supported"),
        ("en in Limburg 200", "contradicted")]
    assert {"start", "end", "message", "citations"} <= set(rows[0])
    empty = CliRunner().invoke(main, ["check", "--index", str(corpus_index), "--text", "-"], input="  ")
    assert empty.exit_code != 0 and "empty" in empty.output
    binary = tmp_path / "random.dat"
    binary.write_bytes(bytes(range(256)) * 16)
    out = CliRunner().invoke(main, ["check", "--index", str(corpus_index), "--text", str(binary)])
    assert out.exit_code == 1 and "not a text file" in out.output


def test_closest_figures_name_what_they_lack_in_the_question_s_words(assistant):
    answer = assistant.ask("Hoeveel AMA-trajecten werden in 2022 in Henegouwen opgestart?")
    assert answer.kind == "not_found" and answer.closest
    lacks = {w for c in answer.closest for w in c.lacks}
    assert "Henegouwen" in lacks and "henegouw" not in lacks


def test_numbers_of_one_sentence_told_apart_by_their_own_clause(assistant):
    # 'Van de 1.680,33 structureel toegekende trajecten ... werden er in 2024 binnen contingent 1.207,64 trajecten
    # ingevuld': English words the documents lack are checked by meaning, clause by clause
    answer = assistant.ask("How many structural AMA SE trajectories were actually filled within the contingent in 2024?")
    assert answer.value == 1207.64


def test_a_follow_up_is_never_answered_by_the_figure_before(assistant):
    """What a follow-up names must change the figure: the turn before's own figure is no answer to it, only
    the closest figure."""
    from qa.answer.assistant import _same_figure, _unchanged

    first = assistant.ask("Hoeveel doorstroomtrajecten werden er in 2020 opgestart voor doelgroepwerknemers in de "
                          "lokale diensteneconomie?")
    assert first.kind == "fact" and first.value == 227, first.answer
    again = _unchanged(first, "Hoeveel doorstroomtrajecten ... in collectief maatwerk?")
    assert _same_figure(first, first) and again.kind == "not_found" and again.closest[0].value == 227
    other = assistant.ask("En voor doelgroepwerknemers in collectief maatwerk?", history=[first])
    assert other.kind == "fact" and other.value == 51, other.answer


def test_a_follow_up_names_another_month():
    share = "Hoe groot was het aandeel van de automaten in de ticketverkoop in januari 2015?"
    assert resolve("En in december 2016?", share) == share.replace("januari 2015", "december 2016")


def test_a_follow_up_keeps_the_programme_body_and_codes_of_the_turn_before():
    """A follow-up that asks its own question keeps what the earlier turn was about: a code in brackets
    ('(AMA WSE)', '(VAK)'), a body in title case ('at Beschut Wonen', which 'there' points to); a code of the same
    shape the turn names ('(BU 2024)') takes the place of the earlier one ('(BA 2024)'). Round 108: without them
    three follow-ups got a figure of another programme or budget line."""
    started = ("Hoeveel begeleidingsovereenkomsten met nieuwe arbeidszorgmedewerkers (AMA WSE) werden in 2022 "
               "opgestart in West-Vlaanderen?")
    ended = resolve("Hoeveel werden er dat jaar in Limburg beëindigd?", started)
    assert "(AMA WSE)" in ended and "2022" in ended and "nieuwe" not in ended
    budget = "What was the initial 2024 budget (BA 2024) commitment credit (VAK) for Collectief Maatwerk?"
    executed = resolve("And how much was actually executed (BU 2024)?", budget)
    assert "for Collectief Maatwerk" in executed and "(VAK)" in executed and "BA 2024" not in executed
    there = resolve("And how many were ended there that year?",
                    "How many AMA WVG agreements were started at Beschut Wonen in 2021?")
    assert "at Beschut Wonen" in there and "2021" in there and "there" not in there
    # 'is there' points to no place: a question of its own
    assert not is_follow_up("Since what date is there a single regulatory framework for AMA WSE?")
    assert resolve("Since what date is there a single regulatory framework for AMA WSE?", budget) is None


def test_an_english_follow_up_on_a_budget_line_and_a_body(assistant):
    budget = _talk(assistant, ["What was the initial 2024 budget (BA 2024) commitment credit (VAK) for Collectief "
                               "Maatwerk?", "And how much was actually executed (BU 2024)?"])
    assert [a.value for a in budget] == [580966, 552289]
    ended = _talk(assistant, ["How many AMA WVG agreements were started at Beschut Wonen in 2021?",
                              "And how many were ended there that year?"])
    assert [a.value for a in ended] == [943, 831]


def test_a_clause_of_a_preposition_a_group_and_a_figure_swaps_the_group():
    """'..., and within collective maatwerk 2,318' says the clause before it of another group (round 108: checked
    alone, it was held against the other table's 7.061); a place or a clause with a verb of its own is read as
    before."""
    text = ("Within LDE, 67 people moved on to a vacancy in the regular economy after their transition pathway, "
            "and within collective maatwerk 2,318.")
    assert find_claims(text, "en")[1][2] == ("Within collective maatwerk, 2,318 people moved on to a vacancy in "
                                             "the regular economy after their transition pathway")
    nl = "Binnen LDE stroomden 67 mensen door naar een reguliere job, en binnen collectief maatwerk 12."
    assert find_claims(nl, "nl")[1][2] == "Binnen collectief maatwerk stroomden 12 mensen door naar een reguliere job"
    assert resolve_clause("en in Limburg 159", "In 2022 werden in West-Vlaanderen 332 trajecten opgestart", "nl") == \
        "In 2022 werden in Limburg 159 trajecten opgestart"
    assert resolve_clause("en binnen collectief maatwerk stroomden 12 mensen door",
                          "Binnen LDE stroomden 67 mensen door", "nl") is None


def test_an_english_paragraph_with_a_group_swapped(assistant):
    claims = assistant.check_text("Within LDE, 67 people moved on to a vacancy in the regular economy after their "
                                  "transition pathway, and within collective maatwerk 2,318.")
    assert [c.verdict for c in claims] == ["supported", "contradicted"] and claims[1].value == 12


def test_a_follow_up_that_names_its_own_body_keeps_none_of_the_earlier_one():
    """Review: 'for Lokale Diensteneconomie' takes the place of the earlier 'for Collectief Maatwerk', it is not
    added to it; a clause with two figures or a preposition said twice before it is not guessed at."""
    budget = "What was the initial 2024 budget (BA 2024) commitment credit (VAK) for Collectief Maatwerk?"
    other = resolve("And how much was the commitment credit (VAK) for Lokale Diensteneconomie?", budget)
    assert "Collectief Maatwerk" not in other and "Lokale Diensteneconomie" in other
    two = "Binnen LDE werden 120 trajecten gestart en stroomden 67 mensen door, en binnen collectief maatwerk 2.318."
    assert find_claims(two, "nl")[1][2] == "en binnen collectief maatwerk 2.318"


def test_there_points_to_the_body_named_in_capitals():
    """'And how many were ended there that year?' after '... started at OCMWs in 2022?' (round 111: 'there' was
    kept, and the figure of another body given)."""
    turn = resolve("And how many were ended there that year?",
                   "How many AMA support agreements were started at OCMWs in 2022?")
    assert turn == "How many AMA support agreements were ended at OCMWs in 2022?"
