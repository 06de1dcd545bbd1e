"""Round 174 (first tries on the landed code): a seed round, a table round and a round over real documents, each
written by a helper that had not read the code. The documents here are written for these tests
(tests/data/round174) and show, in small, what the first tries answered wrongly or refused."""

from __future__ import annotations

import pytest

from conftest import assistant_on
from qa.answer.glosses import dutch_glosses
from qa.answer.ordinals import ordinal_groups
from qa.answer.unreported import unreported_words
from qa.answer.clauses import WITHOUT
from qa.facts.headercells import fit_header
from qa.text import CODE


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_on(tmp_path_factory, "round174")


@pytest.fixture(scope="module")
def seed(corpus_index):
    from qa.answer import Assistant

    return Assistant(corpus_index)


def test_another_tables_rows_do_not_frame_a_table(assistant):
    # 'slagerijen' is a row of Tabel 1 (2024 only), printed above Tabel 2 (2023-2024), which has no such row: the
    # 2023 'Herinspectie' cell was given for the butchers
    answer = assistant.ask("Hoeveel controles bij slagerijen waren ongunstig in 2023?")
    assert answer.kind == "not_found", answer.answer


def test_a_bracketed_dutch_term_stands_for_the_english_words_before_it(assistant):
    assert dutch_glosses("inspections in large-scale kitchens (grootkeukens) were") == "inspections in grootkeukens were"
    assert dutch_glosses("commitment credit (VAK) for") == "commitment credit (VAK) for"
    assert dutch_glosses("the total (in thousand euro)") == "the total (in thousand euro)"
    answer = assistant.ask("How many inspections in large-scale kitchens (grootkeukens) were unfavourable in 2024?")
    assert answer.value == 105, answer.answer


def test_lower_case_column_words_under_a_corner_word_are_a_header():
    assert fit_header("Sector Controles gunstig ongunstig", 3) == ("Sector", ["Controles", "gunstig", "ongunstig"])
    assert fit_header("Aantal dossiers per jaar", 3) is None  # running words
    assert fit_header("Structurele arbeidszorg Experimentele arbeidszorg", 3) is None  # two wrapped labels


def test_a_claim_from_one_year_to_the_next_is_judged_on_its_row(assistant):
    # klachten_streekvervoer_2024.pdf (written by the table round's helper): the sentence's overall total
    # ('21.159 klachten over het streekvervoer') names no category; it outranked the 'Personeel' row
    verdict = assistant.check("Het aantal klachten over het personeel in het streekvervoer van De Lijn daalde van "
                              "3.104 in 2023 naar 3.052 in 2024.")
    assert verdict.verdict == "supported", verdict.answer


def test_a_numbered_block_is_named_by_its_own_label_and_a_wrapped_heading_joins(assistant):
    answer = assistant.ask("Hoeveel subsidie werd toegekend voor Bouwsteen 1?")
    assert answer.value == 5310400, answer.answer
    fact = answer.facts[0]
    assert "digitale vaardigheden voor volwassenen in de zorg" in fact.measure  # both lines of the block's heading


def test_an_ordinal_the_documents_do_not_say_is_not_answered(assistant):
    assert ordinal_groups("in de tweede aanvraagronde") and not ordinal_groups("in het tweede kwartaal")
    assert not ordinal_groups("voor de eerste keer")
    assert assistant.ask("Hoeveel subsidie werd aangevraagd in de tweede aanvraagronde?").kind == "not_found"
    assert assistant.ask("Hoeveel subsidie werd aangevraagd in de eerste aanvraagronde voor Bouwsteen 2?").value \
        == 21600300


def test_a_body_the_document_has_no_figures_for_is_not_in_the_documents(assistant):
    assert "lokal" in " ".join(unreported_words("Ik beschik niet over gegevens betreffende de lokale politie. "
                                                "Dit gaat over de federale politie."))
    lokaal = assistant.check("De lokale politie betaalde in 2023 meer dan 400.000 euro uit na schadeclaims van derden.")
    assert lokaal.verdict == "not_in_documents", lokaal.answer
    federaal = assistant.check("De federale politie betaalde in 2023 meer dan 400.000 euro uit na schadeclaims van derden.")
    assert federaal.verdict == "supported", federaal.answer


def test_a_difference_of_two_sides_each_a_guess_is_refused(seed):
    # 'beëindigd' is neither 'lopende' nor 'met stopdatum' in words: under 'Maatwerkbedrijven:' two figures fit
    # alike, and the ended agreements of the other organisations were set against their running ones (-132,53)
    answer = seed.ask("Hoeveel dagen korter duurt een beëindigde AMA-overeenkomst bij een maatwerkbedrijf gemiddeld "
                      "dan bij de andere erkende organisaties?")
    assert answer.kind == "not_found", answer.answer


def test_a_plural_code_is_a_code():
    assert CODE.findall("at OCMWs and VDAB") == ["OCMW", "VDAB"]


def test_an_english_plural_code_must_label_the_figure(assistant, seed):
    # the OCMW is a row of another table of the document; the durations are of 'the other organisations' together
    assert seed.ask("What is the average duration of terminated AMA agreements at OCMWs?").kind == "not_found"
    assert assistant.ask("How many trajectories did OCMWs run in 2023?").value == 125


def test_a_table_no_year_labels_is_of_the_year_its_document_title_names(assistant):
    # 'Rapport schooljaar 2022-2023' over a table whose caption and headers name no year (t176): its cells are of
    # that school year, asked as '2022-2023'
    answer = assistant.ask("Welk aandeel van de uitstromers uit het bso in Limburg was ongekwalificeerd in 2022-2023?")
    assert answer.value == 18.2, answer.answer
    verdict = assistant.check("In Antwerpen was in het schooljaar 2022-2023 19,7% van de bso-uitstromers ongekwalificeerd.")
    assert verdict.verdict == "supported", verdict.answer


def test_a_claim_about_a_date_the_document_gives_otherwise_is_contradicted(seed):
    verdict = seed.check("Individueel maatwerk is op 1 juli 2022 in werking getreden.")
    assert verdict.verdict == "contradicted", verdict.answer
    assert seed.check("Individueel maatwerk is op 1 juli 2023 in werking getreden.").verdict == "supported"


def test_a_price_before_tax_is_no_negation(assistant):
    assert WITHOUT.match(" zonder btw") is None and WITHOUT.match(" zonder diploma") is not None
