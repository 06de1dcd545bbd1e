"""Which number a sentence gives for what: the n-th amount after 'respectievelijk' belongs to the n-th item of
the list beside it, a region right after a number is that number's, a question's linking words and hedges
decide nothing, 'how many days' is not answered by a count, and a section title bounds what frames a number.
The documents are made up for these tests (tests/data/respective/)."""

from __future__ import annotations

import pytest

from conftest import assistant_on
from qa.answer import Assistant
from qa.answer.wordparts import COMPOUND_VOCAB, term_in
from qa.facts.respective import respective_items


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    return assistant_on(tmp_path_factory, "respective")


def test_respective_items_pair_amounts_with_the_list_after_or_before():
    after = "Het meldpunt heeft respectievelijk 312 en 47 klachten ontvangen betreffende telefonische verkoop en webwinkels."
    first = respective_items(after, after.index("312"))
    second = respective_items(after, after.index("47"))
    assert (first.own, first.others) == ("telefonische verkoop", ["webwinkels"])
    assert (second.own, second.others) == ("webwinkels", ["telefonische verkoop"])
    assert first.after.strip().startswith("klachten")
    before = "Het bedrag was voor het Vlaamse Gewest en het Waalse Gewest respectievelijk 10. 228 en 5. 171 euro."
    assert respective_items(before, before.index("5. 171")).own == "Waalse Gewest"
    # lists of different lengths pair nothing
    odd = "Er kwamen respectievelijk 12, 14 en 19 meldingen binnen over verkoop en webwinkels."
    assert respective_items(odd, odd.index("14")) is None


def test_each_amount_of_a_respective_list_answers_for_its_own_item(assistant):
    webshops = assistant.ask("Hoeveel klachten over webwinkels ontving het meldpunt in 2022?")
    assert webshops.kind == "fact" and webshops.value == 47
    phone = assistant.ask("Hoeveel klachten kwamen er in 2022 binnen over telefonische verkoop?")
    assert phone.kind == "fact" and phone.value == 312


def test_a_region_right_after_a_number_is_its_own(assistant):
    regions = {f.raw: f.region for f in assistant.index.facts if f.raw in ("5. 210", "1. 340", "3. 320")}
    assert regions == {"5. 210": "Vlaanderen", "1. 340": "Brussels Hoofdstedelijk Gewest", "3. 320": "Wallonië"}
    brussels = assistant.ask("Hoeveel erkende opvanglocaties zijn er in het Brussels Gewest?")
    assert brussels.kind == "fact" and brussels.value == 1340


def test_linking_words_decide_nothing(assistant):
    answer = assistant.ask("Hoeveel daders werden er in 2022 geïdentificeerd in verband met valse facturen?")
    assert answer.kind == "fact" and answer.value == 1184


def test_how_many_days_is_not_answered_by_a_count(assistant):
    answer = assistant.ask("Hoeveel dagen duren lopende dossiers gemiddeld?")
    assert answer.kind == "fact" and answer.value == 212.5
    english = assistant.ask("On average, how many days do ongoing files take?")
    assert english.value != 86
    # 'hoe lang' asks a length of time: the 2 procent indexation of the other document never answers it
    assert assistant.ask("Hoe lang duren lopende dossiers gemiddeld?").value == 212.5
    assert assistant.ask("Hoe lang worden de loonpremies in de lokale diensteneconomie geindexeerd?").unit != "%"


def test_a_section_title_bounds_what_frames_a_number(assistant):
    own = assistant.ask("Hoeveel subsidie kon een project maximaal ontvangen bij de oproep voor proefprojecten buurtwerk?")
    assert own.kind == "fact" and own.value == 40000
    # the 90.000 euro is the hubs' maximum, decided in 2022; proefprojecten are another decision's title
    other = assistant.ask("Hoeveel subsidie kon een samenwerkingsverband maximaal krijgen in de oproep voor proefprojecten "
                          "van 2022?")
    assert other.kind == "not_found"


def test_a_short_word_is_said_by_the_compound_it_heads():
    assert term_in("dag", {"werkloosheidsdag"})
    assert not term_in("dag", {"zondag"})  # 'zon' is no word of its own here


def test_a_compound_is_split_only_in_a_short_text():
    short = {"werkervaring", "stag"}
    assert term_in("werkervaringsstag", short)
    long_text = short | {f"woord{i}" for i in range(COMPOUND_VOCAB)}
    assert not term_in("werkervaringsstag", long_text)


def test_a_change_is_computed_from_both_ends_of_one_sentence(assistant):
    rise = assistant.ask("Met hoeveel euro stijgt de vergoeding per huisbezoek van een buurtwerker?")
    assert rise.kind == "computed" and rise.value == pytest.approx(4.6)
    assert {f.value for f in rise.facts} == {42.5, 47.1}
    # the document says it rose: a question about a fall gets no figure
    assert assistant.ask("Met hoeveel euro daalt de vergoeding per huisbezoek van een buurtwerker?").kind == "not_found"


def test_what_a_sentence_says_after_its_whole_is_said_of_a_part(assistant):
    whole = assistant.ask("Hoeveel meldingen over oplichting waren er in 2022?")
    assert whole.kind == "fact" and whole.value == 2640
    # 'enkele tientallen' concern building firms: the 2. 640 does not count them
    assert assistant.ask("Hoeveel meldingen over bouwbedrijven waren er in 2022 precies?").kind == "not_found"


def test_two_groups_added_up_are_each_verified(assistant):
    both = assistant.ask("Hoeveel klachten ontving het meldpunt in 2022 over telefonische verkoop en over webwinkels samen?")
    assert both.kind == "computed" and both.value == 359
    assert sorted(f.value for f in both.facts) == [47, 312]


def test_a_year_right_after_each_number_of_a_list_is_its_own(assistant):
    years = {f.raw: f.year for f in assistant.index.facts
             if f.doc == "antwoord_bankfraude.txt" and f.raw in ("6", "9", "14", "19")}
    assert years == {"6": "2019", "9": "2020", "14": "2021", "19": "2022"}
    answer = assistant.ask("Hoeveel meldingen ontving het meldpunt Bankfraude in 2021?")
    assert answer.kind == "fact" and answer.value == 14


def test_a_bound_has_a_side():
    from qa.answer.bounds import BOUND, wrong_side

    fewer = BOUND.search("How many firms had fewer than 5 workers?")
    assert wrong_side(fewer, "5 tot 10") and wrong_side(fewer, ">5") and not wrong_side(fewer, "<5")
    more = BOUND.search("Hoeveel bedrijven hebben meer dan 1000 werknemers?")
    assert wrong_side(more, "<1000") and wrong_side(more, "500-1000") and not wrong_side(more, ">1000")
