"""Question words that no document has in any form ('gedupeerden', 'branden', 'afhandeling'): no cell can be
checked to say them, so, as with English words without a Dutch form, the multilingual embedder checks their
meaning, and only a figure whose own labels or sentence say the rest of the question may answer. Written for
these tests: tests/data/unsaid/hagelschade.txt (a minister's answer with two tables and prose)."""

from __future__ import annotations

import pytest

from conftest import assistant_on
from qa.answer.question import parse


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_on(tmp_path_factory, "unsaid")


@pytest.mark.parametrize(("question", "value"), [
    ("Hoe lang duurde de afhandeling van een dossier gemiddeld?", 97),  # 'afhandeling': the sentence says 'doorlooptijd'
    ("Hoeveel geld kregen getroffen telers in Limburg in 2023?", 2_034_760),  # 'getroffen telers': the table's row
    ("Hoeveel hectare fruitteelt werd in Limburg vernield?", 1_204),
])
def test_a_word_no_document_has_is_checked_by_meaning(assistant, question, value):
    answer = assistant.ask(question)
    assert answer.kind == "fact" and answer.value == value, answer.answer


def test_taken_in_the_passive_is_no_fall(assistant):
    """'werden ... afgenomen' is 'were taken' (samples, blood); 'is afgenomen' is 'has fallen'."""
    answer = assistant.ask("Bij hoeveel bedrijven werden in 2023 bodemstalen afgenomen?")
    assert answer.kind == "fact" and answer.value == 412, answer.answer
    assert parse("Met hoeveel is het aantal dossiers afgenomen tussen 2022 en 2023?").computed
    assert not parse("Hoeveel bloeddonaties werden in 2023 afgenomen?").computed


@pytest.mark.parametrize("question", [
    "Hoeveel dossiers bleven in 2023 in Limburg onbehandeld?",  # a negation narrows, whatever its wording
    # 'benut' is said nowhere, and 'opleidingsbudget' only by another paragraph than the 193,8 percent's
    "Hoeveel procent van het opleidingsbudget werd in 2023 benut?",
])
def test_no_figure_when_meaning_would_have_to_say_more(assistant, question):
    answer = assistant.ask(question)
    assert answer.kind == "not_found", answer.answer


def test_in_total_takes_the_total_when_meaning_decides(assistant):
    """'How much farmland ... in total': the words have no Dutch form, the meaning of each cell of the row is
    close, and the question says total: the Totaal column, not the closest part."""
    answer = assistant.ask("How much farmland was damaged in total in West Flanders in 2023?")
    assert answer.kind == "fact" and answer.value == 1_738, answer.answer


def test_what_meaning_could_not_vouch_for_is_listed_as_lacking(assistant):
    """'aan getroffen fruittelers': the lost word holds the label of a part ('Fruit', of the hectares table), and no
    amount is given for that part: no figure, and the closest say what they lack. Without the part ('aan getroffen
    telers') the amount paid in Limburg answers, as 'Hoeveel geld kregen getroffen telers' does."""
    answer = assistant.ask("Welk bedrag werd in 2023 uitbetaald aan getroffen fruittelers in Limburg?")
    assert answer.kind == "not_found", answer.answer
    assert any("getroffen" in c.lacks or "fruittelers" in c.lacks for c in answer.closest), answer.closest
    paid = assistant.ask("Welk bedrag werd in 2023 uitbetaald aan getroffen telers in Limburg?")
    assert paid.kind == "fact" and paid.value == 2_034_760, paid.answer


def test_a_part_said_a_few_words_after_daarvan_is_not_the_whole(assistant):
    """'... bedroeg 386 euro; daarvan werd gemiddeld 240 euro door het fonds terugbetaald': 240 is the refunded
    part, said with a verb and an adverb between 'daarvan' and the number."""
    question = "Hoeveel kostte een expertise gemiddeld?"
    answer = assistant.ask(question)
    assert answer.kind == "fact" and answer.value == 386, answer.answer
    part = next(s for s in assistant.matcher.rank(parse(question)) if s.fact.value == 240)
    assert not part.verified and part.check.part  # whatever the ranking, the part does not answer for the whole


def test_the_sentence_before_frames_a_figure_meaning_vouches_for(assistant):
    """'Met het programma "Hagelnet" ondersteunt de Vlaamse overheid ... In 2023 liep het programma in 37
    gemeenten': 'actief' is said nowhere, the programme's name only in the sentence before, and 'Vlaamse' of
    the government the whole document is about."""
    answer = assistant.ask("In hoeveel Vlaamse gemeenten was het programma Hagelnet in 2023 actief?")
    assert answer.kind == "fact" and answer.value == 37, answer.answer


def test_a_counted_noun_no_document_has_gets_no_figure(assistant):
    """'Hoeveel telers ...': the documents count dossiers, not growers; meaning must not turn 318 dossiers into
    318 growers."""
    answer = assistant.ask("Hoeveel telers in Limburg kregen in 2023 een vergoeding?")
    assert answer.kind == "not_found", answer.answer


def test_daarvan_with_words_between_is_a_part_but_relative_waarvan_is_not():
    from qa.answer.clauses import PART_OF

    assert PART_OF.search("386 euro; daarvan werd gemiddeld ")
    assert PART_OF.search("1.204 aanvragen, waarvan ")
    assert not PART_OF.search("140 dossiers, waarvan de gemiddelde doorlooptijd ")  # 'whose': not a part


@pytest.fixture(scope="module")
def ferries(tmp_path_factory):
    return assistant_on(tmp_path_factory, "unsaidverb")


def test_two_numbers_of_one_sentence_are_told_apart_by_what_they_count(ferries):
    """'14 veerboten, die samen 96 aanlegsteigers bedienden': 'stopten' is said nowhere, and the two numbers of
    the sentence mean the same to the embedder to within a tie; the one that counts 'aanlegsteigers' answers
    (r102: 'Aan hoeveel haltes stopten de bibliobussen', 412 abstained on). Written for this test:
    tests/data/unsaidverb/veerdiensten.txt."""
    answer = ferries.ask("Aan hoeveel aanlegsteigers stopten de Vlaamse veerboten begin 2024?")
    assert answer.kind == "fact" and answer.value == 96, answer.answer
    answer = ferries.ask("Hoeveel veerboten stopten begin 2024 in Vlaanderen?")
    assert answer.kind == "fact" and answer.value == 14, answer.answer


def test_two_cells_of_one_row_are_told_apart_by_their_column_words(tmp_path_factory):
    """'voor gezinnen' is said nowhere (the row says 'huishoudens'); the budget and the realisation of one row mean
    the same to the embedder within a tie, and 'besteed' names the realisation column (r102: abstained on
    2.918). Written for this test: tests/data/tiedcells/breedband.txt."""
    assistant = assistant_on(tmp_path_factory, "tiedcells")
    answer = assistant.ask("Hoeveel is er in 2023 werkelijk besteed aan de aansluitingsvouchers voor gezinnen en bedrijven?")
    assert answer.kind == "fact" and answer.value == 2_918, answer.answer
