"""Answers and verdicts on the dev set, with their citations, in Dutch and English."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from qa.answer import Assistant
from qa.cli import main
from qa.evaluate import load_gold, run_eval
from conftest import DEV

MINIMUMS = {"numeric": 0.95, "passage": 0.90, "claim": 0.90, "unanswerable": 0.90}


@pytest.fixture(scope="module")
def assistant(index) -> Assistant:
    return Assistant(index=index)


@pytest.fixture(scope="module")
def dev_run(assistant):
    gold = load_gold(DEV)
    return gold, *run_eval(assistant, gold)


def test_dev_minimums(dev_run) -> None:
    _gold, _answers, _rows, summary = dev_run
    for kind, minimum in MINIMUMS.items():
        assert summary[kind] >= minimum, (kind, summary)
    for lang in ("nl", "en"):
        assert summary[f"lang:{lang}"] >= 0.9, summary
    for key in ("numeric:nl", "numeric:en"):
        assert summary[key] >= 0.9, (key, summary)
    # 7 Dutch passage items: d043 (a definition that paraphrases the question) was the known miss; 4 English:
    # d006 ('what did the 2022 budget include ...') was found through fact evidence, which since the archive
    # ablation (bench/archive.py, 1,948 questions) only questions about a number or a region get
    assert summary["passage:nl"] >= 0.85, summary
    assert summary["passage:en"] >= 0.75, summary
    assert summary["cited_when_correct"] >= 0.95, summary
    assert summary["false_abstain"] <= 0.05, summary


def test_every_citation_quotes_the_document(assistant, dev_run) -> None:
    _gold, answers, _rows, _summary = dev_run
    checked = 0
    for ans in answers:
        for c in ans["citations"]:
            text = assistant.index.document(c["doc"]).text
            assert text[c["start"]:c["end"]] == c["quote"]
            assert c["line"] == text.count("\n", 0, c["start"]) + 1
            checked += 1
    assert checked > 40


def test_numbers_are_exact_and_in_source_units(assistant) -> None:
    a = assistant.ask("Welk bedrag heeft de minister voor 2023 voorzien voor de subsidiëring van AMA WSE?")
    assert a.kind == "fact" and a.value == 5512 and a.unit == "k euro"
    assert "5.512" in a.answer and "5.512 k euro" in a.citations[0].quote
    en = assistant.ask("How many AMA WSE guidance agreements were terminated in total in 2021?")
    assert en.kind == "fact" and en.value == 645 and en.lang == "en"
    assert "Totaal 645" in en.citations[0].quote


def test_computation_is_shown_with_cited_operands(assistant) -> None:
    a = assistant.ask("Hoeveel meer AMA WVG-overeenkomsten werden er in 2021 bij Limburgse maatwerkbedrijven "
                      "opgestart dan er werden beëindigd?")
    assert a.kind == "computed" and a.value == 4
    assert a.computation.startswith("22 [001_baf43fd4eadf702d.txt") and "= 4" in a.computation
    assert {f.value for f in a.facts} == {22, 18}
    quotes = [c.quote for c in a.citations[:2]]
    assert any("2021 94 3 3 22" in q for q in quotes) and any("2021 73 6 / 18" in q for q in quotes)


def test_sum_over_named_years(assistant) -> None:
    a = assistant.ask("Hoeveel AMA WSE-begeleidingsovereenkomsten werden in 2021 en 2022 samen opgestart?")
    assert a.kind == "computed" and a.value == 715 + 1074
    assert "715" in a.computation and "1.074" in a.computation


def test_claim_contradicted_names_the_right_total(assistant) -> None:
    v = assistant.check("In 2022 werden in Vlaanderen 1.200 AMA WSE-overeenkomsten opgestart")
    assert v.verdict == "contradicted" and v.value == 1074
    assert "1074" in v.answer and "Totaal 1074" in v.citations[0].quote


def test_a_number_of_the_sister_list_does_not_support_the_claim(assistant) -> None:
    """58 is the 2021 figure of the LDE list; the list for collectief maatwerk, which the claim names, says 57.
    Both pass the check (the document says both terms), their own sentences tell them apart."""
    v = assistant.check("In 2021 werden 58 doorstroomtrajecten opgestart voor doelgroepwerknemers collectief maatwerk")
    assert v.verdict == "contradicted" and v.value == 57, v.answer
    lde = assistant.check("In 2021 werden 58 doorstroomtrajecten opgestart voor doelgroepwerknemers LDE")
    assert lde.verdict == "supported" and lde.value == 58, lde.answer


def test_an_english_part_after_its_whole_is_read_as_waarvan(assistant) -> None:
    """'255 organisations ..., 59 of them sheltered companies' / 'including 59 ...' say what 'waarvan 59
    maatwerkbedrijven' says: both numbers of one sentence (round 119S found it not in the documents)."""
    for part in ("59 of them sheltered companies", "including 59 sheltered companies"):
        v = assistant.check(f"On 2 May 2023, 255 organisations were recognised as AMA supervisors, {part}.")
        assert v.verdict == "supported", v.answer


def test_a_distinctive_number_verified_in_another_table_supports_the_claim(assistant) -> None:
    """1.074 is the 2022 total of the AMA WSE table; the maatwerkbedrijven table ranks higher for the words of
    the claim, but a verified four-digit total that states the claimed value is no coincidence."""
    v = assistant.check("In 2022 werden 1.074 begeleidingsovereenkomsten opgestart")
    assert v.verdict == "supported" and v.value == 1074, v.answer


def test_a_bound_in_the_question_selects_its_side_of_the_table(assistant) -> None:
    """'fewer than 5' is the row '<5' (64), not the row '5 tot 10' (57) that also names 5."""
    assert assistant.ask("How many LDE enterprises had fewer than 5 active persons in 2019?").value == 64
    assert assistant.ask("Hoeveel LDE-ondernemingen hadden in 2019 minder dan 5 actieve personen?").value == 64
    assert assistant.ask("How many LDE enterprises had between 5 and 10 active persons in 2019?").value == 57


def test_claim_precision_rule(assistant) -> None:
    ok = assistant.check("Voor de eerste negen maanden van 2021 was er een budget van 3,6 miljoen euro voorzien.")
    assert ok.verdict == "supported", ok.answer
    # a rounded claim holds, and the verdict says the exact figure with its unit and that the claim rounds it
    assert "3.646 k euro" in ok.answer and "rondt dat af tot 3,6 miljoen euro" in ok.answer, ok.answer
    hedged = assistant.check("Voor 2023 trok de minister ruim 5,5 miljoen euro uit voor de AMA-trajecten.")
    assert hedged.verdict == "supported" and "bij benadering" in hedged.answer, hedged.answer
    # a bound is a bound: 'meer dan 50 miljoen euro' holds for 56.427 k euro, and 'more than 300' for 332
    above = assistant.check("Het budget voor individueel maatwerk bedroeg in 2024 meer dan 50 miljoen euro.")
    assert above.verdict == "supported" and above.value == 56427, above.answer
    above = assistant.check("In 2022, more than 300 AMA WSE agreements were started in West Flanders.")
    assert above.verdict == "supported" and above.value == 332, above.answer
    # and a bound that the figure breaks refutes the claim; the bound's words are the number's, not claim terms
    below = assistant.check("In 2022 werden in West-Vlaanderen minstens 400 AMA WSE-overeenkomsten opgestart.")
    assert below.verdict == "contradicted" and below.value == 332 and "niet minstens 400 maar 332" in below.answer
    below = assistant.check("In 2022, fewer than 100 AMA WSE agreements were started in West Flanders.")
    assert below.verdict == "contradicted" and below.value == 332, below.answer
    exact = assistant.check("Voor de eerste negen maanden van 2021 was er een budget van 3.646 k euro voorzien.")
    assert exact.verdict == "supported" and "rondt" not in exact.answer, exact.answer
    wrong = assistant.check("Voor de eerste negen maanden van 2021 was er een budget van 3,5 miljoen euro voorzien.")
    assert wrong.verdict == "contradicted" and wrong.value == 3646


def test_only_a_number_about_the_same_thing_contradicts(assistant) -> None:
    """'400 ondernemers' is not refuted by '120.000 Vlamingen', nor an amount of money by a count."""
    v = assistant.check("In 2024 kregen 400 startende sociale ondernemers begeleiding via StartSOON.")
    assert v.verdict == "not_in_documents", v.answer
    v = assistant.check("The average age of AMA participants in 2022 was 41 years.")  # an age is no count
    assert v.verdict == "not_in_documents", v.answer
    v = assistant.check("In 2024 the Social Investment Fund granted loans totalling 10 million euros.")
    assert v.verdict != "contradicted" or v.unit in ("euro", "k euro", "miljoen euro"), v.answer
    # 'TOTAAL 59' closes a list of companies; it is no count of the 62 agreements of the next table
    v = assistant.check("In 2023 werden tot begin mei 62 AMA WVG-overeenkomsten opgestart bij maatwerkbedrijven.")
    assert not (v.verdict == "contradicted" and v.value == 59), v.answer
    # the long report says 'subsidie' and 'deelnemer' somewhere, but not around any amount it could refute with
    v = assistant.check("De gemiddelde subsidie per begeleide deelnemer bedroeg in 2022 4.200 euro.")
    assert v.verdict == "not_in_documents", v.answer
    v = assistant.check("Voor 2023 is 4 miljoen euro voorzien voor de AMA-trajecten.")
    assert v.verdict == "contradicted" and v.value == 5512, v.answer
    # '47,3% in vergelijking met de werkzaamheidsgraad van de algemene bevolking die 76,8% bedroeg': the
    # number after the comparison is the reference group's, no figure about people with a disability
    v = assistant.check("In 2024, the employment rate of people with a disability reached 52%.")
    assert v.value != 76.8, v.answer
    # a claim that names nothing, or names what no document says in any form ('women'), is refuted by nothing
    for claim in ("And by now about 6,700 in 2020.", "Around 40% of AMA SE participants are women."):
        v = assistant.check(claim)
        assert v.verdict != "contradicted", v.answer
    a = assistant.ask("Wat was de werkzaamheidsgraad van de algemene bevolking?")
    assert a.kind == "fact" and a.value == 76.8, a.answer


def test_a_negated_sentence_does_not_support_the_claim() -> None:
    """'dalen de cijfers niet' denies 'daalt'; the negation reaches only its own clause."""
    from qa.answer.passageclaims import _denies

    said = "het aantal doodgeborenen in Belgie, dalen de cijfers niet, maar blijven wel stabiel sinds 2009."
    assert _denies("Het aantal doodgeborenen in België daalt sinds 2009.", said)
    assert not _denies("Het aantal doodgeborenen in België blijft stabiel sinds 2009.", said)
    assert not _denies("Het aantal daalt niet sinds 2009.", said)  # the claim says 'niet' too


def test_year_outside_the_documents_is_not_in_documents(assistant) -> None:
    v = assistant.check("In 2017 werden 40 AMA WVG-overeenkomsten opgestart bij maatwerkbedrijven.")
    assert v.verdict == "not_in_documents"
    a = assistant.ask("Hoeveel AMA WVG-begeleidingsovereenkomsten werden in 2017 opgestart bij maatwerkbedrijven?")
    assert a.kind == "not_found" and "2018" in a.answer


@pytest.mark.parametrize("question", [
    "", "   ", "x" * 5000, "1234567890", "🙂🙂🙂", "'; DROP TABLE facts; --", "<script>alert(1)</script>",
    "Combien de contrats AMA ont été lancés en 2022 ?", "asdf qwerty zxcv",
])
def test_odd_questions_get_an_answer(assistant, question) -> None:
    a = assistant.ask(question)
    assert a.kind in ("fact", "computed", "passage", "not_found")
    json.loads(a.model_dump_json())
    if question.strip() in ("", "asdf qwerty zxcv", "1234567890"):
        assert a.kind == "not_found"


def test_cli_ask_and_check(corpus_index) -> None:
    runner = CliRunner()
    out = runner.invoke(main, ["ask", "Hoeveel AMA WSE-begeleidingsovereenkomsten werden in 2022 in West-Vlaanderen "
                                      "opgestart?", "--index", str(corpus_index)])
    assert out.exit_code == 0, out.output
    assert out.output.startswith("332 ") and "West-Vlaanderen 332" in out.output
    out = runner.invoke(main, ["check", "In 2022 werden in Vlaanderen 1.200 AMA WSE-overeenkomsten opgestart",
                               "--index", str(corpus_index), "--json"])
    verdict = json.loads(out.output)
    assert verdict["verdict"] == "contradicted" and verdict["value"] == 1074


def test_cli_jsonl_batches_and_eval(corpus_index, tmp_path) -> None:
    runner = CliRunner()
    qfile = tmp_path / "q.jsonl"
    qfile.write_text('{"question": "Hoeveel LDE-ondernemingen telden in 2021 tussen 51 en 100 actieve '
                     'doelgroepwerknemers (VTE)?"}\n{"question": "Wie is de minister?"}\n', encoding="utf-8")
    out = runner.invoke(main, ["ask", "--jsonl", str(qfile), "--index", str(corpus_index)])
    lines = [json.loads(line) for line in out.output.splitlines()]
    assert len(lines) == 2 and lines[0]["value"] == 7
    out = runner.invoke(main, ["eval", str(DEV), "--index", str(corpus_index), "--json"])
    summary = json.loads(out.output)["summary"]
    assert summary["n"] == len(load_gold(DEV)) and summary["overall"] >= 0.9


def test_pdf_renderings_score_within_three_points(pdf_index, dev_run) -> None:
    _gold, _answers, _rows, text_summary = dev_run
    gold = load_gold(DEV)
    _a, _r, pdf_summary = run_eval(Assistant(pdf_index), gold)
    assert pdf_summary["overall"] >= text_summary["overall"] - 0.03, pdf_summary


@pytest.mark.parametrize("question,value", [
    ("Hoeveel AMA WSE-begeleidingsovereenkomsten werden in 2022 in Oost-Vlaanderen beëindigd?", 296),
    ("How many AMA WSE agreements were started in Limburg in 2021?", 107),
    ("Hoeveel AMA WVG-overeenkomsten werden in 2020 beëindigd bij maatwerkbedrijven in West-Vlaanderen?", 25),
    ("Hoeveel maatwerkbedrijven in Limburg zijn erkend als begeleider arbeidsmatige activiteiten?", 11),
    ("Wat was de gemiddelde duur in dagen van lopende overeenkomsten bij maatwerkbedrijven?", 572.78),
    ("Hoeveel vereffeningskrediet (VEK) was er op het jaareinde 2024 beschikbaar voor Collectief Maatwerk?", 586978),
    ("How many FTE of the contingent for custom work companies were available in 2021?", 19769.0),
    ("What percentage of the available commitment appropriations for Collective Custom Work was executed in 2024?",
     93.9),
    # credit 'used' is credit 'uitgevoerd' (begrotingsuitvoering)
    ("What share of the available commitment credit (VAK) for work-like activities in the social economy (AMA SE) "
     "was actually used in 2024?", 73.9),
    # 'how much money' is any amount in euro; 'work-like' is 'arbeidsmatige'
    ("How much money did the minister reserve for subsidising work-like activities in the social economy in 2023?",
     5512),
])
def test_questions_beyond_the_dev_set(assistant, question, value) -> None:
    """Same tables and sentences, other cells: guards against rules that only fit the dev items."""
    a = assistant.ask(question)
    assert a.kind == "fact" and a.value == value, a.answer


def test_a_count_of_other_things_does_not_contradict_a_claim(assistant) -> None:
    # the seed documents count trajectories and companies 'voor doelgroepwerknemers', never the workers of 2019
    verdict = assistant.check("In 2019 waren er 5.800 doelgroepwerknemers actief in collectief maatwerk.")
    assert verdict.verdict != "contradicted", verdict.answer


def test_more_of_one_than_of_the_other_is_a_difference(assistant) -> None:
    """'hoeveel ... meer opgestart dan er beëindigd werden' asks a difference, even with words between 'meer'
    and 'dan'; one of the two figures alone is a wrong answer (fresh round 24)."""
    answer = assistant.ask("Hoeveel AMA WVG-overeenkomsten werden er in 2022 bij maatwerkbedrijven meer opgestart "
                           "dan er beëindigd werden?")
    assert answer.kind == "computed" and answer.value == 47, answer.answer
    assert sorted(f.value for f in answer.facts) == [101, 148]
    assert assistant.ask("Hoeveel maatwerkbedrijven hadden meer dan 10 AMA-overeenkomsten in 2022?").kind != "computed"


def test_a_shrink_is_the_size_of_the_fall(assistant) -> None:
    answer = assistant.ask("By how many FTE did the allocated LDE contingent shrink from 2019 to 2021?")
    assert answer.kind == "computed" and answer.value == pytest.approx(60.6), answer.answer
    answer = assistant.ask("By how many FTE did the allocated LDE contingent drop between 2019 and 2021?")
    assert answer.kind == "computed" and answer.value == pytest.approx(60.6), answer.answer


def test_a_claim_says_its_number_with_its_own_unit_words() -> None:
    """The verdict repeats the claim's figure as written: '6 miljoen euro', '40 euro per dag' (a rate), never the
    'Euro' of 'European'."""
    from qa.answer.claimnumbers import claim_numbers
    from qa.answer.claims import claim_phrase

    def said(text: str, lang: str) -> str:
        return claim_phrase(text, claim_numbers(text, lang)[-1])
    assert said("Since January 2016, 300 European licences were issued.", "en") == "300"
    assert said("Voor 2023 is 6 miljoen euro voorzien.", "nl") == "6 miljoen euro"
    assert said("Het kost 40 euro per dag.", "nl") == "40 euro per dag" and said("In 2023, 80% of them.", "en") == "80%"


def test_accents_lost_in_extraction_still_match() -> None:
    """Answers extracted from PDFs often lost their accents ('reele', 'Wallonie') where a question has them."""
    from qa.text import stems

    assert stems("reële financiële beëindigd Wallonië") == stems("reele financiele beeindigd Wallonie")
    assert stems("begeleid") != stems("beleid")  # the 'ge' that belongs to the word stays



def test_a_claimed_length_of_time_is_not_refuted_by_a_count(assistant):
    """'four months' of waiting can only be refuted by a figure in months; the count of agreements started
    in 2022 (148) says nothing about it, and no document gives a waiting time."""
    v = assistant.check("The average waiting time before an AMA placement could start was four months in 2022.")
    assert v.verdict == "not_in_documents", v.message


def test_a_cost_per_participant_is_no_count_and_no_series(assistant):
    """'per deelnemer per jaar' asks a rate, not a figure for each year; no document gives the cost of a
    trajectory, and a cell printed next to '/' cells is no rate."""
    a = assistant.ask("Hoeveel kost een AMA-traject per deelnemer per jaar?")
    assert a.kind == "not_found" and a.value is None, a.answer


def test_a_dutch_term_in_an_english_question_is_checked_as_in_dutch(assistant):
    """'(maatwerkbedrijf)' must be said where the number is: the beleidsnota's 580.000 people with a
    disability in Flanders are not the staff of sheltered workshops, whatever the note says forty pages on."""
    a = assistant.ask("How many people worked in a sheltered workshop (maatwerkbedrijf) in 2023?")
    assert a.kind == "not_found" and a.value is None, a.answer


@pytest.mark.parametrize("claim,verdict", [
    # 'spread over 2,564 companies' is where they went, not 'more than 2,564'
    ("In 2024 about 5,022 applications for individual customised employment (IMW) were approved, spread over "
     "2,564 companies.", "supported"),
])
def test_claims_beyond_the_dev_set(assistant, claim, verdict):
    v = assistant.check(claim)
    assert v.verdict == verdict, v.answer


@pytest.mark.parametrize("question,value", [
    # 'money' is any amount; an English question's words reach the Dutch sentence only in part
    ("How much money did the minister set aside for subsidising work-like activities in the social economy "
     "(AMA WSE) in 2023?", 5512),
    # 'aan VEK-zijde' is the VEK column; 'zijde' says no more than that
    ("Hoeveel bedroegen de ESR-uitgaven (WT, LO, PR) van de ISE Activering (sociale economie) in de "
     "begrotingsuitvoering 2024 aan VEK-zijde?", 635442),
    # 'support agreements' are 'begeleidingsovereenkomsten' (seed trial: not in the documents)
    ("How many AMA WSE support agreements were terminated in West Flanders in 2021?", 208),
])
def test_more_questions_beyond_the_dev_set(assistant, question, value):
    a = assistant.ask(question)
    assert a.kind == "fact" and a.value == value, a.answer


def test_a_count_of_companies_is_no_number_of_fte(assistant):
    """'Hoeveel ondernemingen ... tussen 2 en 5 VTE' counts companies; the quota of 389,7 VTE is no answer."""
    a = assistant.ask("Hoeveel ondernemingen in de structurele arbeidszorg hadden in 2019 tussen 2 en 5 VTE aan "
                      "arbeidszorgmedewerkers?")
    assert a.kind == "not_found" and a.value is None, a.answer


def test_a_stressed_word_is_the_same_word(assistant):
    """'méér beëindigd dan opgestart' asks a difference as 'meer ... dan' does: one of the two figures alone
    (1074) is never the answer."""
    from qa.answer.question import parse

    assert parse("Hoeveel overeenkomsten werden er in 2022 méér beëindigd dan opgestart?").operation == "difference"
    a = assistant.ask("Hoeveel begeleidingsovereenkomsten AMA WSE werden er in 2022 méér beëindigd dan er nieuw "
                      "werden opgestart?")
    assert a.value != 1074 and (a.kind == "not_found" or a.value == 132), a.answer


def test_an_english_count_is_not_refuted_by_a_count_of_other_things(assistant):
    # '255 organisations' is no count of agreements: the table's 62 agreements at sheltered workshops in 2023
    # cannot contradict it ('organisations' is a noun the word list does not translate)
    verdict = assistant.check("On 2 May 2023 a total of 255 organisations were recognised as AMA supervisors, 59 of "
                              "them maatwerkbedrijven.")
    assert verdict.verdict != "contradicted", verdict.answer


def test_an_untranslated_english_noun_is_compared_by_meaning():
    from qa.search.embed import get_embedder
    from qa.answer.claims import WORD_MIN

    e = get_embedder()
    q = e.embed_queries(["places", "organisations"])
    p = e.embed_passages(["plaatsen", "overeenkomsten"])
    assert float(q[0] @ p[0]) >= WORD_MIN > float(q[1] @ p[1])  # the word and its translation; an unrelated count


def test_a_cell_may_equal_a_bound_its_own_row_states(assistant):
    # the row '21 tot 50' holds 21 companies in 2019: a number the question states is excluded as an answer
    # only when the cell's own labels do not say it
    answer = assistant.ask("Hoeveel LDE-ondernemingen hadden in 2019 tussen 21 en 50 VTE doelgroepwerknemers aan de slag?")
    assert answer.kind == "fact" and answer.value == 21, answer.answer


def test_an_english_word_the_list_translates_is_not_left_to_meaning(assistant) -> None:
    # 'unemployment' had no Dutch form, so the embedder vouched for the share of people with a long-term
    # disability (13,6 %); as 'werkloosheid' it must be said, and no unemployment rate is in the documents
    a = assistant.ask("What is the unemployment rate in Flanders in 2023?")
    assert a.value != 13.6 and a.kind == "not_found", a.answer


def test_across_all_provinces_is_the_total_not_a_province_close_in_meaning(assistant) -> None:
    """English words the documents lack ('supervision', 'care') are checked by meaning, and 'across all
    provinces' is as close to West-Vlaanderen's row as to the total: a question naming no province is not
    vouched a province (it got West-Vlaanderen's 227); one that names a province still gets its row."""
    a = assistant.ask("Across all provinces, how many supervision agreements with new work-care participants "
                      "were started under AMA WSE in 2021?")
    assert (a.kind, a.value) == ("fact", 715)
    b = assistant.ask("How many supervision agreements with new work-care participants were started under "
                      "AMA WSE in Limburg in 2021?")
    assert (b.kind, b.value) == ("fact", 107)


def test_empty_cells_are_no_operands(assistant) -> None:
    """'/' marks a cell without a figure: a difference of two such cells ('0 − 0 = 0', the row 'Organisatie
    voor naadloze flexibele trajecten' matched on 'trajecten') is no answer; the mark is shown instead."""
    answer = assistant.ask("Hoeveel AMA-trajecten meer startten er in 2022 dan in 2021?")
    assert answer.kind != "computed" or all(not f.empty for f in answer.facts), answer.answer
    assert answer.value != 0


def test_cli_prints_a_computation_once_and_short_passages(corpus_index) -> None:
    """The computation is in the answer's sentence, so no second 'Berekening:' line; a passage cited around a
    table row is cut to a few lines (its citation gives the whole range), blank lines dropped."""
    from qa.ui.terminal import QUOTE_LINES

    out = CliRunner().invoke(main, ["ask", "Hoeveel AMA WVG-overeenkomsten werden er in 2022 bij maatwerkbedrijven "
                                           "meer opgestart dan er beëindigd werden?", "--index", str(corpus_index)])
    assert out.exit_code == 0 and out.output.startswith("47")
    assert out.output.count("148") >= 1 and "Berekening:" not in out.output
    quoted = [line for line in out.output.splitlines() if line.startswith("      ")]
    assert quoted and all(line.strip() for line in quoted)
    per_source = out.output.split("  [")[1:]
    assert all(len([x for x in s.splitlines()[1:] if x.startswith("      ")]) <= QUOTE_LINES + 1  # + caption
               for s in per_source)


def test_a_goal_does_not_refute_the_level_reached(assistant) -> None:
    """The annex's 'streefwaarde: zoveel als mogelijk de 100% benaderend' is a goal; the claim that 93 % of the
    contingent was filled is about the level reached (93 % in the text), so 100 % contradicts nothing."""
    verdict = assistant.check("In 2023 werd 93% van het contingent collectief maatwerk ingevuld.")
    assert verdict.verdict != "contradicted", verdict.explanation if hasattr(verdict, "explanation") else verdict


def test_figures_of_one_paragraph_that_the_question_does_not_tell_apart(assistant) -> None:
    """'effectief vastgelegd' is said by none of 'bedroeg 6.005 keuro', 'bedroeg 4.499 keuro VAK' and 'werd 576 keuro
    VAK ingeschreven op de overlopende rekening', which score alike: the answer lists them and picks none (it
    gave 576, seed trial); a figure whose clause says the question's term ('De uitvoering') is no such tie."""
    answer = assistant.ask("Hoeveel werd er in 2024 effectief vastgelegd in VAK voor arbeidsmatige activiteiten in de "
                           "sociale economie?")
    assert answer.kind == "not_found" and "576" in answer.answer and "4.499" in answer.answer
    said = assistant.ask("Hoeveel bedroeg de uitvoering in VAK in 2024 voor arbeidsmatige activiteiten in de sociale "
                         "economie?")
    assert said.value == 4499, said.answer


def test_a_claim_is_not_refuted_by_a_figure_its_own_document_contradicts(assistant) -> None:
    """The text's 522.157 keuro VEK is, by the document's own 94,1% and its table, a typo of 552.157 (qa audit says
    so). A claim of 552.157 is supported, with the audit's note; one of 522.157 is supported with the same note;
    a claim of 500.000 is contradicted, the note shown (new-user trial: 552.157 was called wrong)."""
    right = assistant.check("De uitvoering van Collectief Maatwerk bedroeg 552.157 keuro VEK in 2024")
    assert right.verdict == "supported" and right.value == 552157 and "552.157" in right.answer
    assert "tikfout" in right.answer
    typo = assistant.check("De uitvoering van Collectief Maatwerk bedroeg 522.157 keuro VEK in 2024")
    assert typo.verdict == "supported" and "tikfout" in typo.answer and typo.confidence < 1
    wrong = assistant.check("De uitvoering van Collectief Maatwerk bedroeg 500.000 keuro VEK in 2024")
    assert wrong.verdict == "contradicted" and "tikfout" in wrong.answer


def test_not_found_repeats_what_was_asked(assistant) -> None:
    """The 'not found' message repeats the question without its question words, not without its first word
    (new-user trial: 'no figure found for 'many electric buses ...')."""
    answer = assistant.ask("How many electric buses did De Lijn buy in 2023?")
    assert answer.kind == "not_found" and "'electric buses did De Lijn" in answer.answer
    # ... and to its end, where the year or place that is missing often stands (it was cut after eight words)
    answer = assistant.ask("How many AMA WSE agreements were started in Limburg in 2019?")
    assert answer.kind == "not_found" and "in Limburg in 2019'" in answer.answer, answer.answer


def test_flanders_as_a_whole_is_no_province_that_holds_its_name(assistant):
    """'in Vlaanderen' asked of a table by province: Oost- and West-Vlaanderen do not say it (a new user got
    'past op meer dan één cijfer: 250 (Oost-Vlaanderen) of 332 (West-Vlaanderen)')."""
    answer = assistant.ask("Hoeveel AMA WSE-overeenkomsten werden in 2022 in Vlaanderen opgestart?")
    assert answer.value not in (250, 332) and "West-Vlaanderen" not in answer.answer, answer.answer
    answer = assistant.ask("Hoeveel AMA WSE-overeenkomsten werden in 2022 in West-Vlaanderen opgestart?")
    assert answer.value == 332, answer.answer
