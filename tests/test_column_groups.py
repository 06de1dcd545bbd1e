"""A table of column groups (what is counted, the money paid, the municipalities taking part), each over two
years, and prose around it (tests/data/facades, a PDF written for these tests; the classes were seen on documents
written after the code, round 131)."""

from __future__ import annotations

import pytest

from conftest import assistant_on


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_on(tmp_path_factory, "facades")


def test_the_counted_noun_picks_its_column_group_over_the_agent(assistant):
    """'Hoeveel geveltuinen legden de Limburgse gemeenten aan': the municipalities do the planting; the column
    'Deelnemende gemeenten' counts them, not the facade gardens (round 131 answered 27 municipalities)."""
    answer = assistant.ask("Hoeveel geveltuinen legden de Limburgse gemeenten in 2023 aan?")
    assert answer.value == 905, answer.answer
    assert assistant.ask("Hoeveel gemeenten namen in 2023 deel in Limburg?").value == 17


def test_more_than_the_year_before_with_a_separable_verb_is_a_difference(assistant):
    """'legden ... meer aan dan het jaar voordien': the particle between 'meer' and 'dan', and a year after
    'dan', ask a difference, not the earlier year's figure."""
    answer = assistant.ask("Hoeveel geveltuinen legden de Limburgse gemeenten in 2023 meer aan dan het jaar voordien?")
    assert answer.kind == "computed" and answer.value == 265, answer.answer


def test_an_adjective_no_document_says_narrows_the_count(assistant):
    """'landelijke gemeenten': no document says which municipalities are rural, so no cell counts them (round
    130 gave all volunteers for 'vrouwelijke vrijwilligers')."""
    answer = assistant.ask("Hoeveel landelijke gemeenten namen in 2023 deel in Limburg?")
    assert answer.kind == "not_found", answer.answer


def test_an_english_noun_pair_is_one_dutch_compound(assistant):
    """'subsidy call' is 'subsidieoproep': one thing, not a subsidy (a column of its own) and a call."""
    answer = assistant.ask("How many municipalities in Limburg took part in the subsidy call in 2023?")
    assert answer.value == 17, answer.answer


def test_a_deed_is_said_by_the_compound_it_heads(assistant):
    """'vervoerd' is said by '... met georganiseerd buurtvervoer', though 'georganiseerd' is another verb."""
    answer = assistant.ask("Hoeveel Limburgse bewoners werden in 2023 met de buurtbus vervoerd?")
    assert answer.value == 1402, answer.answer


def test_a_why_passage_is_the_sentences_after_the_table_not_the_table(assistant):
    """The reason sits in the sentences under the table; its question says 'groeide' and 'Limburg', the
    passage 'aangroei' and 'Limburgse'. The table's lines are no part of the quote."""
    answer = assistant.ask("Waarom groeide het aantal geveltuinen in Limburg sterker dan elders?")
    assert answer.kind == "passage", answer.answer
    quote = answer.citations[0].quote
    assert "nieuwe premie voor huurders" in quote and "1.210" not in quote, quote


def test_a_compound_is_said_by_its_parts_apart():
    """'opvangplaatsen' is said by 'Vergunde plaatsen in de kinderopvang' (its head, and its first part heading a
    compound of its own); its head alone is not enough, nor another first part (round 132 abstained)."""
    from qa.answer.wordparts import said_apart
    from qa.answer.wordparts import plain_set
    from qa.text import stems
    labels = plain_set(set(stems("Vergunde plaatsen in de kinderopvang voor baby's en peuters, Limburg, 2023")))
    assert said_apart("opvangplaats", labels)
    assert not said_apart("parkeerplaats", labels)
    assert not said_apart("opvangplaats", plain_set(set(stems("Vergunde plaatsen voor baby's"))))


def test_people_are_counted_by_a_label_that_names_people(assistant):
    """'hoeveel mensen' is a count of people: 'Aantal deelnemers' or 'bewoners' answer it (round 132 abstained
    on 'Hoeveel mensen deden ... mee'), municipalities taking part do not."""
    from qa.answer.phrasing import counts_persons
    from qa.text import stems
    assert counts_persons(stems("mensen")[0], set(stems("Aantal deelnemers 2023")))
    assert not counts_persons(stems("mensen")[0], set(stems("Deelnemende gemeenten 2023")))
    assert not counts_persons(stems("bomen")[0], set(stems("Aantal deelnemers 2023")))
    answer = assistant.ask("Hoeveel mensen namen in 2023 deel in Limburg?")
    assert answer.value != 17, answer.answer


def test_only_a_word_listed_with_the_term_in_a_caption_is_another_value():
    """'Tabel 1. Loden aftakkingen ... per provincie (aantal)' over the columns 'Loden aftakkingen op 1 januari
    2022', 'Vervangen 2023': 'loden aftakkingen' is what the whole table counts, so the 'Vervangen 2023' cell
    says it (round 133 abstained); 'Bebossing en ontbossing' over columns 'Bebossing' and 'Ontbossing' still
    names two columns, not the table."""
    from qa.answer.verify import _names_table
    from qa.answer.wordparts import plain_set
    from qa.text import stems

    def names(term: str, caption: str, labels: str) -> bool:
        return _names_table(stems(term), plain_set(set(stems(caption))), plain_set(set(stems(labels))), caption)
    caption = "Tabel 1. Loden aftakkingen op het openbaar domein per provincie (aantal)"
    assert names("aftakkingen", caption, "Loden aftakkingen op 1 januari 2022 Vervangen 2022 2023 Antwerpen")
    assert not names("bebossing", "Tabel 2. Bebossing en ontbossing per provincie (ha)", "Bebossing Ontbossing 2023")
    # 'Beroepen tegen vergunningen': the permits are what the appeals are against, not a column beside them
    assert names("vergunningen", "Tabel 5. Beroepen tegen vergunningen voor windturbines",
                 "Jaar Ingediende beroepen Verworpen Vergunning vernietigd 2021")


def test_a_unit_after_a_caption_is_not_what_it_counts():
    """'... per provincie (aantal)': the unit in brackets says the cells are counts; what they count is the
    caption's phrase (round 133's cells were labelled 'aantal)')."""
    from qa.facts.extract import measure_of
    assert measure_of("Tabel 1. Loden aftakkingen op het openbaar domein per provincie (aantal)") == \
        "Loden aftakkingen op het openbaar domein"
    assert measure_of("Tabel 2. Aantal opgestarte overeenkomsten per jaar") == "Aantal opgestarte overeenkomsten"


def test_more_in_the_earlier_year_than_the_later_keeps_its_sign(assistant):
    """'hoeveel meer in 2022 dan in 2023' when 2022 had fewer: 640 − 905 = −265, not 265 (the direction word
    'meer' must not turn the order round once the year after 'dan' has set it); 'minder' gives 265."""
    more = assistant.ask("Hoeveel geveltuinen meer legden de Limburgse gemeenten in 2022 aan dan in 2023?")
    assert more.kind == "computed" and more.value == -265, more.answer
    fewer = assistant.ask("Hoeveel geveltuinen minder legden de Limburgse gemeenten in 2022 aan dan in 2023?")
    assert fewer.value == 265, fewer.answer
