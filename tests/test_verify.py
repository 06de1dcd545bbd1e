"""A number is given only when the cell or sentence says what the question asks (qa.answer.verify).

The documents in tests/data/verify were written for these tests; each test is one class of
wrong answer seen on questions written after the code: a qualifier the cell lacks, the other number
of a sentence, a year or quarter the document does not have, a change answered with one figure,
an English thousands separator in a claim.
"""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from conftest import DATA, build
from qa.answer import Assistant
from qa.answer.claimnumbers import claim_numbers
from qa.answer.question import parse
from qa.answer.verify import plain_set, term_in, terms_of
from qa.cli import main
from qa.text import stems

VERIFY = DATA / "verify"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    index_dir = tmp_path_factory.mktemp("verify_index")
    build(VERIFY, index_dir)
    return Assistant(index_dir)


def test_a_quarter_the_sentence_lacks_is_not_answered_with_another_quarter(assistant):
    first = assistant.ask("Hoeveel inspectiebezoeken waren er in het eerste kwartaal van 2023 in de groepsopvang?")
    assert first.kind == "fact" and first.value == 1284
    second = assistant.ask("Hoeveel inspectiebezoeken waren er in het tweede kwartaal van 2023 in de groepsopvang?")
    assert second.kind == "not_found" and second.value is None
    # the near figure is shown, clearly not as the answer, with what it lacks
    near = {c.value: c.lacks for c in second.closest}
    assert "Q2" in near[1284]
    assert "inspectiebezoeken" in near[380]  # the 380 counts complaints, not visits (said in the question's words)


def test_the_number_that_counts_what_is_asked(assistant):
    assert assistant.ask("Hoeveel dossiers werden in 2023 goedgekeurd?").value == 812
    assert assistant.ask("Hoeveel organisaties kregen in 2023 een dossier goedgekeurd?").value == 301


def test_the_period_named_closest_before_a_number_is_its_own(assistant):
    assert assistant.ask("Hoeveel klachten over de opvang waren er in het tweede kwartaal van 2023?").value == 380
    assert assistant.ask("Hoeveel klachten over de opvang waren er in het eerste kwartaal van 2023?").value == 410


def test_the_counted_noun_may_follow_later_in_its_clause(assistant):
    assert assistant.ask("Hoeveel vrouwen zijn inspecteur?").value == 31


def test_a_negated_question_needs_a_negated_figure(assistant):
    # the table has refused requests, but no figure says 'niet goedgekeurd': the gap is not one cell
    answer = assistant.ask("Hoeveel aanvragen voor een vergunning werden in 2023 niet goedgekeurd?")
    assert answer.kind == "not_found"


def test_a_row_qualifier_must_be_on_the_cell(assistant):
    approved = assistant.ask("Hoeveel goedgekeurde aanvragen voor een vergunning waren er in 2023?")
    assert approved.kind == "fact" and approved.value == 1530
    refused = assistant.ask("Hoeveel geweigerde aanvragen voor een vergunning waren er in 2022?")
    assert refused.value == 538
    # no cell, sentence or word of the documents speaks of 'nieuwe' requests
    new = assistant.ask("Hoeveel nieuwe aanvragen voor een vergunning waren er in 2023?")
    assert new.kind == "not_found"


def test_a_term_the_documents_never_use_is_no_answer(assistant):
    answer = assistant.ask("Hoeveel fietsdiefstallen werden in 2023 geregistreerd in de groepsopvang?")
    assert answer.kind == "not_found"


def test_a_year_the_table_lacks(assistant):
    assert assistant.ask("Hoeveel geweigerde aanvragen voor een vergunning waren er in 2021?").kind == "not_found"


def test_a_change_is_computed_from_one_row_or_not_answered(assistant):
    rise = assistant.ask("Met hoeveel stegen de vastleggingskredieten voor letteren tussen 2024 en 2025?")
    assert rise.kind == "computed" and rise.value == 540
    assert [f.raw for f in rise.facts] == ["23.180", "22.640"]
    assert {tuple(f.row_path) for f in rise.facts} == {("Letteren",)}
    fall = assistant.ask("Met hoeveel daalden de vastleggingskredieten voor jeugdwerk tussen 2024 en 2025?")
    assert fall.kind == "computed" and fall.value == 300  # the size of the fall, larger operand first
    # a change in a period the table lacks is never answered with one of its figures
    missing = assistant.ask("Met hoeveel stegen de vastleggingskredieten voor letteren tussen 2023 en 2024?")
    assert missing.kind == "not_found" and missing.value is None


def test_english_claims_read_english_numbers(assistant):
    assert [(n.value, n.raw) for n in claim_numbers("a total of 2,318 places", "en")] == [(2318.0, "2,318")]
    assert claim_numbers("in totaal 2.318 plaatsen", "nl")[0].value == 2318
    assert claim_numbers("It was 2.97 million euro", "en")[0].value == claim_numbers("Het was 2,97 miljoen euro", "nl")[0].value
    verdict = assistant.check("In 2023 a total of 2,318 places were recognised for out-of-school childcare.")
    assert verdict.verdict == "supported", verdict.answer
    wrong = assistant.check("In 2023 a total of 2,418 places were recognised for out-of-school childcare.")
    assert wrong.verdict == "contradicted" and wrong.value == 2318


def test_a_claim_about_a_quarter_no_sentence_covers(assistant):
    verdict = assistant.check("In het derde kwartaal van 2023 voerde de inspectie 1.284 bezoeken uit in de groepsopvang.")
    assert verdict.verdict == "not_in_documents"


def test_terms_and_compounds():
    assert terms_of(stems("Hoeveel bedroeg het totaalbedrag van de subsidies")) == ["subsidie"]
    assert term_in("arbeidszorgcontingent", set(stems("het contingent voor arbeidszorg")))
    assert term_in("handhygiëne", {"handhygiene"})
    assert term_in(stems("verlof")[0], plain_set(set(stems("syndicale verloven"))))  # stemmed 'verloof'
    assert term_in(stems("dag")[0], plain_set(set(stems("vijf dagen"))))
    assert not term_in("fietsdiefstal", set(stems("fietspaden en autodiefstallen")))


def test_closest_figures_in_cli_and_json(assistant, tmp_path):
    runner = CliRunner()
    index_dir = str(assistant.index.index_dir)
    question = "Hoeveel inspectiebezoeken waren er in het tweede kwartaal van 2023 in de groepsopvang?"
    out = runner.invoke(main, ["ask", question, "--index", index_dir])
    assert out.exit_code == 0 and "Dichtstbijzijnde cijfers (geen antwoord):" in out.output and "1.284" in out.output
    data = json.loads(runner.invoke(main, ["ask", question, "--index", index_dir, "--json"]).output)
    assert data["kind"] == "not_found" and 1284 in [c["value"] for c in data["closest"]]


def test_questions_that_ask_a_change():
    assert parse("Met hoeveel procentpunt steeg de werkzaamheidsgraad van 2022 naar 2023?").computed
    assert parse("How much did the budget increase between 2022 and 2023?").operation == "change"
    assert not parse("Met hoeveel uur per week komt 1 VTE overeen?").computed
    assert parse("Met hoeveel keuro nam het krediet voor letteren toe?").computed  # a separable verb
    assert parse("Met hoeveel VTE is het kabinet gegroeid tussen 2015 en 2017?").operation == "change"
    threshold = parse("Hoeveel ondernemingen hadden in 2021 meer dan 10 medewerkers?")
    assert not threshold.computed and threshold.operation is None


def test_an_inflection_the_document_does_not_use_still_says_the_word(assistant):
    # the document says 'behaalden', the question 'behaalt': one verb, two forms the stemmer keeps apart
    assert assistant.ask("Hoeveel cursisten behaalt in 2023 een getuigschrift Nederlands?").value == 214
    # 'stijgt' is 'stijgen', a word that says how a number moved, not which number; 'tot hoeveel' asks the level
    rose = assistant.ask("Tot hoeveel stijgt het aantal erkende centra in 2023?")
    assert rose.kind == "fact" and rose.value == 57
    # a verb the document has in no form stays a reason to abstain
    failed = assistant.ask("Hoeveel cursisten zakten in 2023 voor hun getuigschrift Nederlands?")
    assert failed.kind == "not_found"


def test_dictionary_forms():
    from qa.answer.verbs import is_finite_verb
    from qa.text import lemma_pairs, norm_stems

    assert lemma_pairs("daalt")["daalt"] in norm_stems("De kosten dalen.")
    assert norm_stems("kregen") & norm_stems("krijgt")
    assert is_finite_verb("stijgt") and is_finite_verb("kreeg")
    assert not is_finite_verb("aanvragen") and not is_finite_verb("werknemers") and not is_finite_verb("centra")
    assert not parse("Tot hoeveel steeg het aantal centra in 2023?").computed
    assert parse("Met hoeveel steeg het aantal centra tussen 2022 en 2023?").computed


def test_a_proper_name_must_label_the_number(assistant):
    assert assistant.ask("Hoeveel actieve clusters telde Haaglanden?").value == 77
    assert assistant.ask("Hoeveel actieve clusters waren er in het land?").value == 564
    # the country's 564 is not Haaglanden's, though both are in the document
    dated = assistant.ask("Hoeveel actieve clusters telde de regio Haaglanden op 15 september 2020?")
    assert dated.value in (77, None)


def test_a_numbered_part_in_brackets_must_be_the_facts_own(assistant):
    answer = assistant.ask("Hoeveel werd er toegekend voor de professionalisering van opleiders (bouwsteen 3)?")
    assert answer.kind == "not_found"  # 'Bouwsteen 2' and 'Bouwsteen 1' are other parts: their numbers are no answer


def test_english_words_without_dutch_form_are_checked_by_meaning(assistant):
    # 'welding' and 'learners' are in no word list: the embedder compares the question with each
    # candidate's own sentence, and only the closest, if close, answers
    assert assistant.ask("How many students enrolled for a welding course in 2023?").value == 1860
    assert assistant.ask("How many learners obtained a Dutch certificate in 2023?").value == 214
    # two numbers of one sentence ('Van de 52 inspecteurs zijn 31 medewerkers vrouwen') that the embedder
    # cannot tell apart (cosines 0.002 apart): the word list now has 'women' ('vrouwen'), what 31 counts
    assert assistant.ask("How many inspectors are women?").value == 31
    for question in ("How many bicycle thefts were registered in 2023?", "How many dogs were vaccinated in 2023?"):
        assert assistant.ask(question).kind == "not_found", question


def test_english_comparatives_ask_a_difference():
    q = parse("How many more active clusters did Haaglanden have in 2021 than in 2020?")
    assert q.computed and q.operation == "change"
    assert parse("How much less was spent in 2024 than in 2023?").computed
    # 'meer dan hoeveel' asks for the threshold itself, like 'meer dan 20'
    assert not parse("Voor diensten met een wagenpark van meer dan hoeveel voertuigen gelden de doelen?").computed


def test_questions_that_ask_a_measure_by_its_noun():
    assert parse("Wat was in 2017 de gemiddelde afhandelingstermijn van een dossier?").numeric
    assert parse("Wat was het maximale budget per project?").numeric
    assert parse("Hoe lang duurde de procedure in 2023?").numeric
    assert not parse("Wat zegt het rapport over de kosten?").numeric  # asks what is said, not a figure
    assert not parse("Wat is de rol van de minister?").numeric


def test_a_comparison_with_its_noun_before_meer_is_never_one_figure(assistant):
    answer = assistant.ask("Hoeveel deelnemers meer telden de studiedagen in 2016 dan de basisopleiding in 2015?")
    assert answer.value in (90, None) and answer.kind in ("computed", "not_found")
    assert not parse("Hoeveel ondernemingen hadden meer dan 10 medewerkers?").computed  # a threshold


def test_a_cell_marked_no_figure_is_no_number(assistant):
    # '/' (no data) and 'n.v.t.' (did not apply) are not zero: the answer says the table marks the cell
    for question in ("Hoeveel ex-gedetineerden werden in 2020 begeleid?",
                     "Hoeveel leefloongerechtigden werden in 2021 begeleid?"):
        answer = assistant.ask(question)
        assert answer.kind == "not_found" and answer.value is None, (question, answer.answer)
    assert assistant.ask("Hoeveel ex-gedetineerden werden in 2021 begeleid?").value == 37
    assert assistant.ask("Hoeveel jongeren werden in 2021 begeleid?").value == 0  # '-' is nil


def test_a_name_listed_with_its_own_figure_in_brackets_is_an_item_not_the_topic(assistant):
    # 'Dadaab (212. 104)' lists one camp with its figure: the country's 1,1 miljoen is not Dadaab's
    answer = assistant.ask("Hoeveel ontheemden worden in Dadaab opgevangen?")
    assert answer.value != 1_100_000
    assert assistant.ask("Hoeveel ontheemden vangt Kenia momenteel op?").value == 1_100_000


def test_a_cell_headed_by_a_code_is_labelled_by_its_long_form(assistant):
    from qa.answer.scored import head_match

    # the document's list of abbreviations says VEK is the 'Gesplitst vereffeningskrediet'
    k = next(i for i, f in enumerate(assistant.index.facts) if f.raw == "2.870")
    label = assistant.matcher.features(k).label
    assert "vereffeningskrediet" in label
    # the stemmer cuts 'vereffening' to 'vereffeen' but keeps the compound whole: the head still meets it
    assert head_match(["vereffeen"], label)
    assert assistant.ask("Hoeveel bedroeg het vereffeningskrediet voor archeologie in 2024?").value == 2870
    assert assistant.ask("Hoeveel bedroeg het vastleggingskrediet voor archeologie in 2024?").value == 3220


@pytest.mark.parametrize("question, value", [
    ("Hoeveel actieve clusters telde Brugge?", 38),
    ("Hoeveel actieve clusters werden in Gent gerapporteerd?", 61),
    ("Hoeveel meer actieve clusters had Gent dan Brugge?", 23),
    ("Hoeveel actieve clusters waren er in de regio Limburg-Noord?", None),
])
def test_names_listed_each_with_its_figure_after_a_colon(assistant, question, value):
    # '... de meeste actieve clusters gerapporteerd: Gent 61, Brugge 38, Kortrijk 27': the clause before the colon
    # says what each counts, the name before each figure whose it is; 'Limburg-Noord' only looks like our
    # province and is a name no figure carries
    assert assistant.ask(question).value == value


def test_a_named_list_reads_its_lead_and_names():
    from qa.facts.yearlists import named_list_lead, named_list_names

    text = "Vandaag meldt men de meeste actieve clusters: Gent 61, Brugge 38, Kortrijk 27 en Aalst 19."
    assert named_list_lead(text, text.index("38")) == ("Vandaag meldt men de meeste actieve clusters", "Brugge")
    assert named_list_names(text, text.index("19")) == ["Gent", "Brugge", "Kortrijk", "Aalst"]
    assert named_list_lead("In 2021 waren er 61 clusters.", 17) is None


def test_a_figure_whose_labels_the_reader_doubts_never_answers(assistant):
    from qa.answer.scored import LABEL_MIN, Scored

    fact = next(f for f in assistant.index.facts if f.raw == "2.870")
    assert Scored(fact, 0.9, 0.9, 0.9).verified
    doubted = fact.model_copy(update={"confidence": LABEL_MIN - 0.05})  # an infographic's cell off every header
    assert not Scored(doubted, 0.9, 0.9, 0.9).verified


def test_a_column_of_another_table_is_not_what_this_table_counts(assistant):
    # 'Structureel buurtwerk' heads a column of the 2020 table only: the other table's 2021 row is no answer
    ans = assistant.ask("Hoeveel organisaties structureel buurtwerk hadden in 2021 tussen 5 en 10 VTE actief?")
    assert ans.kind == "not_found" and ans.value is None
    ans = assistant.ask("Hoeveel initiatieven structureel buurtwerk hadden in 2020 tussen 5 en 10 VTE actief?")
    assert ans.value == 17
    assert assistant.ask("Hoeveel dienstenorganisaties hadden in 2021 tussen 5 en 10 VTE actief?").value == 33


@pytest.mark.parametrize("claim, verdict", [
    ("Buurtkracht is de grootste buurtwerkorganisatie van de koepel.", "not_in_documents"),
    ("Buurtkracht is the largest member of the koepel.", "not_in_documents"),
    ("Buurtkracht is lid van de koepel van buurtwerkorganisaties.", "supported"),
    ("Samenhuis is de grootste organisatie van de koepel.", "supported"),
])
def test_a_claimed_rank_needs_a_sentence_that_ranks(assistant, claim, verdict):
    # a sentence that only names an organisation does not say it is the largest
    assert assistant.check(claim).verdict == verdict


@pytest.mark.parametrize("claim, verdict, value", [
    ("Sinds 1 maart 2024 zijn de 300 buurtjobs ingevuld, verspreid over 14 organisaties.", "contradicted", 41),
    ("Sinds 1 maart 2024 zijn de 300 buurtjobs ingevuld, verspreid over 41 organisaties.", "supported", None),
    ("Sinds 1 maart 2024 zijn de 200 buurtjobs ingevuld, verspreid over 41 organisaties.", "contradicted", 300),
    ("Since March 2024 the 300 buurtjobs have been filled, spread over 14 organisations.", "contradicted", 41),
])
def test_each_number_of_a_claim_is_checked_by_its_own_noun(assistant, claim, verdict, value):
    # 'verspreid over 41' is no bound in Dutch, and the noun of the other number is not this number's
    v = assistant.check(claim)
    assert v.verdict == verdict, v.answer
    assert value is None or v.value == value


def test_dutch_over_is_no_bound():
    assert claim_numbers("verspreid over 46 bedrijven", "nl")[0].bound is None
    assert claim_numbers("meer dan 46 bedrijven", "nl")[0].bound == ">"
    assert claim_numbers("over 46 companies took part", "en")[0].bound == ">"


def test_a_stated_unused_share_answers_without_a_computation(assistant):
    # 'niet gebruikt' asks what is left over, unless a sentence states it: 'percentage niet-gebruikte ... 3,4 %'
    ans = assistant.ask("Welk percentage van de buurtcheques werd eind 2023 niet gebruikt?")
    assert ans.kind == "fact" and ans.value == 3.4


def test_an_adjective_used_as_a_noun_counts_the_people_asked(assistant):
    # '9 Franstaligen' are the 'Franstalige medewerkers'; they are no 'Franstalige organisaties'
    assert assistant.ask("Hoeveel Franstalige medewerkers telt het coördinatieteam van de koepel?").value == 9
    assert assistant.ask("Hoeveel Franstalige organisaties telt de koepel?").value is None


def test_which_turnover_asks_a_number_said_with_the_compounds_head(assistant):
    # 'welke jaaromzet' asks a figure, and 'omzet' is the head of the compound 'jaaromzet'
    ans = assistant.ask("Onder welke gemiddelde jaaromzet valt een vereniging buiten de heffing?")
    assert ans.kind == "fact" and ans.value == 250000


@pytest.mark.parametrize("question", ["Hoeveel meer vrouwen dan mannen telt het onthaalteam van de koepel?",
                                      "How many more women than men work in the onthaalteam of the koepel?"])
def test_each_side_of_a_difference_counts_its_own_noun(assistant, question):
    # '14 vrouwen en 9 mannen': the right side counts 'men', not the 'women' the question counts first
    ans = assistant.ask(question)
    assert ans.kind == "computed" and ans.value == 5


@pytest.mark.parametrize("question, value", [
    ("Hoeveel huurcontracten met deelfietsgebruikers werden in 2022 in totaal opgezegd?", 77),
    ("Hoeveel huurcontracten met deelfietsgebruikers werden in 2022 in Gent opgezegd?", 40),
])
def test_an_item_opens_with_its_whole_first_sentence_and_may_refer_back(assistant, question, value):
    # '2. Heeft de schepen zicht op het aantal van deze huurcontracten die werden\nopgezegd?': 'opgezegd' opens
    # item 2, so it does not frame item 1's table of started contracts, and 'deze huurcontracten' are item 1's,
    # 'met nieuwe deelfietsgebruikers'
    assert assistant.ask(question).value == value


@pytest.mark.parametrize("question", [
    "Hoeveel van de erkende buurtpartners waren op 1 maart 2024 geen jeugdhuis?",
    "How many of the organisations recognised as buurtpartner in March 2024 were not jeugdhuizen?",
])
def test_the_rest_of_a_whole_is_its_total_minus_the_part_excluded(assistant, question):
    # 'in totaal 86 organisaties erkend als buurtpartner, waarvan 23 jeugdhuizen': 86 − 23
    ans = assistant.ask(question)
    assert ans.kind == "computed" and ans.value == 63
    assert assistant.ask("Hoeveel erkende buurtpartners waren op 1 maart 2024 een jeugdhuis?").value == 23


def test_a_season_spans_two_years(assistant):
    # 'In het speelseizoen 2022/2023 werden 4. 310 speelpassen uitgereikt': the season, not one year of it
    assert assistant.ask("Hoeveel speelpassen werden in het speelseizoen 2022/2023 uitgereikt?").value == 4310
    assert assistant.ask("Hoeveel speelpassen werden in het speelseizoen 2023/2024 uitgereikt?").value is None


@pytest.mark.parametrize("question", ["Wat heeft de inzet van het speelvoertuig Kwiek bij de actie Buiten Spelen gekost?",
                                      "Wat kostte de inzet van Kwiek bij de actie Buiten Spelen?"])
def test_what_it_cost_asks_an_amount_and_a_noun_before_a_name_describes_it(assistant, question):
    # 'de speelbus Kwiek ... voor een kost van 18. 400 euro': 'speelvoertuig' describes the name the sentence says
    ans = assistant.ask(question)
    assert ans.kind == "fact" and ans.value == 18400


def test_what_is_left_after_deducting_is_a_difference(assistant):
    ans = assistant.ask("Hoeveel bleef er in 2023 over van het budget voor de buurtcheques na aftrek van het berekende "
                        "subsidierecht?")
    assert ans.kind == "computed" and ans.value == 55  # 640 − 585 k euro


def test_a_budget_set_aside_is_a_budget_provided(assistant):
    # 'vrijgemaakt' and 'voorzien' are the light verbs of a budget
    assert assistant.ask("Hoeveel geld is jaarlijks vrijgemaakt voor speelpleinwerking?").value == 75000


def test_why_asks_a_reason_even_with_hoeveel_in_it(assistant):
    ans = assistant.ask("Waarom kan de koepel niet zeggen hoeveel cheques er werden ingeleverd?")
    assert ans.kind == "passage" and "centraal" in ans.answer


def test_what_was_the_allocated_quota_asks_a_number(assistant):
    # 'Wat was het toegekende contingent ...': a figure; for a year no sentence has, no passage about another year
    assert assistant.ask("Wat was het toegekende contingent VTE voor buurtwerk in 2021?").value == 42.5
    assert assistant.ask("Wat was het toegekende contingent VTE voor buurtwerk in 2019?").kind == "not_found"


@pytest.mark.parametrize("claim, verdict, value", [
    ("De stad geeft een erkende buurtpartner 60 euro per maand per deelnemer.", "contradicted", 45),
    ("De stad geeft een erkende buurtpartner 45 euro per maand per deelnemer.", "supported", 45),
    ("In 2023 haalde 70% van de buurtpartners een positief resultaat op het vlak van bereik.", "supported", 70),
])
def test_claims_of_a_monthly_amount_and_in_terms_of(claim, verdict, value, assistant):
    # '45 euro per maand' is a rate: the claim's 'per maand' is read with its unit; 'op het vlak van' only links
    v = assistant.check(claim)
    assert v.verdict == verdict and v.value == value, v.answer


def test_a_total_over_two_groups_of_one_noun_named_after_in_totaal(assistant):
    # 'in totaal de stedelijke en de provinciale buurtwerking': a sum of two groups over one period
    # ('tussen 2019 en 2023' is no change between two years), each group's figure from its own sentence
    ans = assistant.ask("Hoeveel begeleiders hebben tussen 2019 en 2023 in totaal de stedelijke en de provinciale "
                        "buurtwerking verlaten?")
    assert ans.kind == "computed" and ans.value == 309


def test_a_house_number_does_not_make_a_street_an_item_of_a_list(assistant):
    # 'te Marktplein 12, Zottegem': an address, not 'Haaglanden 77'; the street is the document's topic
    ans = assistant.ask("Welk percentage van het buurthuis aan het Marktplein in Zottegem is privatief van de stad?")
    assert ans.kind == "fact" and ans.value == 40.5


def test_the_header_line_names_the_answering_minister(assistant):
    # '— antwoord van de Minister van Sport, Jeugd, Media en Cultuur': the minister's portfolio is the document's
    # own, not an enumeration of items the figure is not about
    ans = assistant.ask("Hoeveel gedetacheerden werkten op 1 maart 2023 op het kabinet van de minister van Jeugd?")
    assert ans.kind == "fact" and ans.value == 14


def test_of_them_counts_the_earlier_turns_noun_and_a_list_divides_its_lead(assistant):
    # 'Hoeveel van hen zijn statutair?' asks 'hoeveel gedetacheerden', not 'van' + the earlier 'van de minister';
    # 'Van de 14 gedetacheerden ..., zijn er: o 11 statutair': 11 counts gedetacheerden, and the 14 is no answer
    first = assistant.ask("Hoeveel gedetacheerden werkten op 1 maart 2023 op het kabinet van de minister van Jeugd?")
    assert first.value == 14
    assert assistant.ask("Hoeveel van hen zijn statutair?", history=[first]).value == 11
    assert assistant.ask("Hoeveel gedetacheerden zijn statutair?").value == 11


def test_a_figure_of_those_who_started_does_not_answer_how_many_stopped(assistant):
    # '120 deelnemers ... begonnen. Slechts een minderheid ... zet de opleiding vroegtijdig stop': no figure stopped
    assert assistant.ask("Hoeveel deelnemers zijn vroegtijdig gestopt met de opleiding tot buurtcoach?").value != 120
    assert assistant.ask("Hoeveel deelnemers zijn met de opleiding tot buurtcoach begonnen?").value == 120


def test_a_span_of_months_over_two_years_is_one_period():
    from qa.facts.periods import period_keys

    assert period_keys("tussen april 2015 en eind september 2016") == period_keys(
        "Van april 2015 tot en met september 2016 zijn er 696 patiënten") == {"m4-21"}
    assert period_keys("van januari 2016 tot juni 2016") == {"s1"} and period_keys("in april en september") == {"m4", "m9"}


def test_a_span_asked_with_tussen_en_is_the_span_said_with_van_tot(assistant):
    ans = assistant.ask("Hoeveel deelnemers zijn tussen oktober 2022 en maart 2023 doorverwezen naar een buurtcoach?")
    assert ans.kind == "fact" and ans.value == 64


def test_an_english_claim_in_thousand_euro_is_refuted_by_the_additional_calls_own_figure(assistant):
    # 'additional' is 'bijkomende': the first call's 1.420 keuro does not refute a claim about the additional one
    v = assistant.check("In 2024 the additional 'Speelstraten' call was funded with 715 thousand euro in commitment "
                        "appropriations.")
    assert v.verdict == "contradicted" and v.value == 615, v.answer
    assert "715 thousand euro" in v.answer


def test_of_two_shares_in_one_sentence_the_one_counting_what_is_asked(assistant):
    """'11 % van de vrouwen en 6 % van de mannen': women are 11 %, men 6 %, though both numbers share the
    sentence (and so its meaning)."""
    women = assistant.ask("According to the pay gap report, what percentage of women do not want a full-time job?")
    men = assistant.ask("According to the pay gap report, what percentage of men do not want a full-time job?")
    assert (women.kind, women.value) == ("fact", 11)
    assert (men.kind, men.value) == ("fact", 6)


def test_a_compound_the_document_shortens_to_its_head(assistant):
    """'brandblustoestellen' is said once, then '131 toestellen gecontroleerd': the count of the document's
    own compound. A compound the document never says is still not in it."""
    a = assistant.ask("Hoeveel brandblustoestellen werden in 2020 door de inspectie gecontroleerd?")
    assert (a.kind, a.value) == ("fact", 131)
    b = assistant.ask("Hoeveel verwarmingstoestellen werden in 2020 door de inspectie gecontroleerd?")
    assert b.kind == "not_found"


@pytest.mark.parametrize("claim, lang, value, bound", [
    ("Vier op de vijf jeugdhuizen boekten winst.", "nl", 80.0, None),
    ("Meer dan een op de drie kiezers stemde extreem.", "nl", 100 / 3, ">"),
    ("One in five voters chose an extremist party.", "en", 20.0, None),
    ("Er zijn 3 op 10 gemeenten met een tekort.", "nl", 30.0, None),
])
def test_a_share_said_as_so_many_in_so_many(claim, lang, value, bound):
    """'vier op de vijf' is one share, 80 %, not the numbers four and five."""
    from qa.answer.claimnumbers import claim_numbers

    nums = claim_numbers(claim, lang)
    assert [(round(n.value, 3), n.unit, n.bound) for n in nums] == [(round(value, 3), "%", bound)]


def test_a_bounded_figure_supports_the_same_bound_and_refutes_no_larger_one(assistant):
    """The document says 'meer dan 30 %': a claim of 'meer dan drie op de tien' says the same; 'meer dan de
    helft' is not refuted by a lower bound (it may well be more than half); 'vier op de vijf' is 80 %."""
    same = assistant.check("Meer dan drie op de tien kiezers die voor het eerst mochten stemmen, stemden volgens de "
                           "studie van de ambassade voor een extremistische partij.")
    assert same.verdict == "supported"
    larger = assistant.check("Meer dan de helft van de kiezers die voor het eerst mochten stemmen, stemde volgens de "
                             "studie van de ambassade voor een extremistische partij.")
    assert larger.verdict != "contradicted"
    share = assistant.check("In 2021 behaalden vier op de vijf erkende jeugdhuizen een positief resultaat.")
    wrong = assistant.check("In 2021 behaalden drie op de vijf erkende jeugdhuizen een positief resultaat.")
    assert share.verdict == "supported" and (wrong.verdict, wrong.value) == ("contradicted", 80)


def test_a_budget_code_the_question_spells_out_or_glosses(assistant):
    """The table's columns say 'VAK 2025 · BA-JR' and 'VEK 2025 · BA-JR'; the question says
    'vereffeningskrediet' (VEK: the first part's first two letters and the head's initial) and 'na
    herverdelingen (BA-JR 2025)', its own words for the code the cell carries."""
    vek = assistant.ask("Wat was het totale vereffeningskrediet na herverdelingen (BA-JR 2025) voor Jeugdwerk en "
                        "kinderrechten?")
    vak = assistant.ask("Wat was het totale vastleggingskrediet na herverdelingen (BA-JR 2025) voor Jeugdwerk en "
                        "kinderrechten?")
    assert (vek.kind, vek.value) == ("fact", 17990) and (vak.kind, vak.value) == ("fact", 18530)


def test_the_words_a_question_glosses_a_code_with():
    from qa.answer.phrasing import glossed_codes
    from qa.text import stems

    assert glossed_codes("Hoeveel krediet was er na herverdelingen (BA-JR 2024) in totaal?") == \
        (("ba-jr", frozenset(stems("herverdelingen"))),)
    assert glossed_codes("Hoeveel bedroeg de begrotingsuitvoering (BU) van het jeugdwerk?") == \
        (("bu", frozenset(stems("begrotingsuitvoering"))),)
    assert glossed_codes("Hoeveel trajecten (in 2023) startten er?") == ()


def test_what_was_left_of_one_amount_after_another_is_their_difference(assistant):
    """'Hoeveel bleef er van het voorziene bedrag over na het berekende subsidierecht?' is 950 - 812."""
    nl = assistant.ask("Hoeveel bleef er in 2023 van het voorziene bedrag voor buurtsportclubs over na het berekende "
                       "subsidierecht?")
    en = assistant.ask("How much of the amount planned for neighbourhood sports clubs in 2023 was left after the "
                       "calculated subsidy entitlement (subsidierecht)?")
    assert (nl.kind, nl.value) == ("computed", 138)
    assert en.kind in ("computed", "not_found") and en.value in (138, None)


def test_a_dash_for_an_amount_and_a_fraction_of_a_count_are_no_answer(assistant):
    """'-' in a column of costs is an amount not (yet) known, not 0 euro (round 76 re-run); things are counted
    whole, so '16,5' under 'Opvangwoningen' is a share or rate read into that column, not 16,5 houses (round 92:
    89,7 given as a number of rooms). A count's dash stays nil (test above)."""
    cost = assistant.ask("Hoeveel kostten de onderzoeken naar integriteitsmeldingen in 2023?")
    assert cost.kind == "not_found" and cost.value is None, cost.answer
    assert assistant.ask("Hoeveel kostten de onderzoeken naar integriteitsmeldingen in 2022?").value == 88400
    houses = assistant.ask("Hoeveel opvangwoningen voor melders waren er in 2023?")
    assert houses.kind == "not_found" and houses.value is None, houses.answer
