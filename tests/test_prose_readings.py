"""Numbers in answer prose read the way a person reads them (tests/data/changes, written for these tests):
an item number opening a sentence is no thousands group, a bracketed reference is no quantity, 'van X naar Y'
makes X the former value, a year right before a number is its own, and a sentence with no year is about the
year the sentences before it name."""

from __future__ import annotations

import pytest

from qa.facts.numbers import find_numbers
from qa.facts.clausekinds import is_change, is_start_value, is_target

from conftest import assistant_on


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_on(tmp_path_factory, "changes")


def test_item_numbers_and_references_are_no_quantities():
    text = "1. De dienst. 2. Het budget bedraagt 16. 871. 025,16 euro (inclusief btw). 3. 121 personen werken er."
    found = {(t.raw, t.kind) for t in find_numbers(text)}
    assert ("3", "enum") in found and ("121", "measure") in found and ("16. 871. 025,16", "measure") in found
    # after an abbreviation ('ca.', 'ong.') the period ends no sentence: '2. 000' is two thousand, not item 2
    for text in ("1. In 2016 werden ca. 2. 000 aanvragen ingediend.", "1. Er waren ong. 2. 500 deelnemers."):
        assert [t.value for t in find_numbers(text) if t.kind == "measure"] in ([2000], [2500])
    # mid-sentence a spaced group is still one number
    assert [t.value for t in find_numbers("een personeelsbudget van 1. 012. 000 euro")] == [1012000]
    # extraction that spaced every separator spaces the cents too: '139. 349, 92 euro' is one amount
    assert [t.value for t in find_numbers("een totale uitgave van 139. 349, 92 euro.")] == [139349.92]
    assert [t.value for t in find_numbers("in de jaren: 349, 92 dossiers")] == [349, 92]
    assert [(t.raw, t.kind) for t in find_numbers("=== [111] Oproep") if t.raw == "111"] == [("111", "ref")]
    # the scale of a column ('Uitleningen (x 1.000)') is no quantity either
    assert [t.kind for t in find_numbers("Uitleningen (x 1.000) per provincie")] == ["ref"]


def test_the_start_of_a_change_is_the_former_value():
    text = "De vergoeding gaat van 140,25 euro per uur naar 150,07 euro. Van 42 miljoen euro in 2015 naar 82 miljoen."
    at = lambda raw: (text.index(raw), text.index(raw) + len(raw))  # noqa: E731
    assert is_start_value(text, *at("140,25")) and not is_start_value(text, *at("150,07"))
    assert not is_start_value(text, *at("42"))  # with its own year it is that year's level


def test_questions_on_the_readings(assistant):
    def value(q: str):
        return assistant.ask(q).value

    assert value("Tot welk bedrag per uur wordt de vergoeding voor loopbaanbegeleiding opgetrokken?") == 150.07
    assert value("Hoeveel bedroeg de vorige vergoeding per uur voor loopbaanbegeleiding?") == 140.25
    assert value("Hoeveel personen werken bij de ontmijningsdienst?") == 121
    assert value("Hoeveel meer elektrische fietsen werden er in 2015 verkocht dan in 2014?") == 11000
    assert value("Hoeveel gevallen van burn-out telde het stressteam tussen 1 januari 2016 en 1 mei 2017?") == 472
    assert value("Hoeveel personen werden in 2017 vanuit Italie gereloceerd?") == 230
    # the number of a clause that says what it counts lacks something answers only a question that says so
    assert value("In hoeveel gemeenten is er een veiligheidscel?") == 284
    assert value("In hoeveel gemeenten is er geen veiligheidscel?") == 170
    assert value("Hoeveel gemeenten zijn zonder veiligheidscel?") == 170
    # a question about money is not answered by a count ('drie doelstellingen')
    assert assistant.ask("Hoeveel subsidie kreeg het vormingsfonds in 2020?").kind == "not_found"


def test_english_region_adjectives():
    from qa.facts.labels import region_of

    assert region_of("How many Walloon municipalities have a cell?") == "Wallonië"
    assert region_of("the Walloon Region") == "Wallonië"


def test_a_year_carries_over_a_few_sentences_and_a_compared_year_is_not_the_numbers(assistant):
    """An answer written as one long paragraph: 'Tijdens die beurs waren 31 ... in vergelijking met de
    Landbouwbeurs 2014' is about 2015 (the year before it), and '17 processen-verbaal' two sentences after
    'de Landbouwbeurs van 2016' is about 2016, not about the year the paragraph opened with. A name followed by
    a year ('Landbouwbeurs 2017') is an edition, not one item of a list."""
    years = {f.raw: f.year for f in assistant.index.facts if f.doc == "beurs_inspecties.txt"}
    assert years["31"] == years["13"] == "2015"
    assert years["17"] == years["zes"] == "2016"
    assert years["19"] == "2014" and years["46"] == "2017"
    answer = assistant.ask("Hoeveel processen-verbaal werden er op de Landbouwbeurs van 2016 opgesteld rond de "
                           "prijsaanduiding?")
    assert answer.value == 17, answer.answer


def test_a_link_dates_and_names_no_figure():
    """A footnote's link ('...-in-beeld-2018-2020-DEF.pdf') glued before a sentence neither dates its figure
    nor labels it."""
    from qa.facts.prose import _in_file_name

    text = "2 Rapport-in-beeld-2018-2020-DEF.pdf https://www.x.be/uploads/2021/11/r.pdf meest recente cijfers: 6721 mensen"
    years = [t for t in find_numbers(text) if t.raw in ("2018", "2020", "2021")]
    assert years and all(_in_file_name(text, t) for t in years)
    assert not _in_file_name("In 2020 waren er 6343 medewerkers.", find_numbers("In 2020 waren er 6343 medewerkers.")[0])


def test_two_named_places_added_up(assistant):
    """'in totaal uit Griekenland en Italië': the two figures of one sentence, each said of one country, summed
    with the computation shown."""
    a = assistant.ask("Hoeveel personen werden in 2017 in totaal uit Griekenland en Italië gereloceerd?")
    assert a.kind == "computed" and a.value == 683, a.answer
    assert "453" in a.answer and "230" in a.answer


@pytest.mark.parametrize("text,number,goal", [
    ("Kwalitatieve streefwaarde: zoveel als mogelijk de 100% benaderend, wetende dat 100% invulling onmogelijk is.",
     "100%", True),
    ("Streefwaarde: 75 %.", "75", True),
    ("Doelstelling 2: in 2023 werden 500 trajecten opgestart.", "500", False),  # a heading, not a goal
    ("Meest recente meting: 93% in 2023.", "93", False),
    ("Realisatie ten opzichte van de streefwaarde: 93%.", "93", False),  # a result measured against the goal
    ("Resultaat t.o.v. de doelstelling: 93% van de dossiers.", "93", False),
])
def test_a_goal_named_by_the_label_before_a_colon(text, number, goal):
    """'Streefwaarde: ... 100%' states a goal, which must not refute a claim about the level reached (93 %)."""
    for at in [i for i in range(len(text)) if text.startswith(number, i)]:
        assert is_target(text, 0, at, at + len(number), len(text)) == goal


@pytest.mark.parametrize("text,number,change", [
    ("Op 31 december 2023 telde Vlaanderen 9.847 erkende logies, 312 meer dan een jaar eerder.", "312", True),
    ("Op 31 december 2023 telde Vlaanderen 9.847 erkende logies, 312 meer dan een jaar eerder.", "9.847", False),
    ("Er kwamen 45 aanvragen minder binnen dan in 2022.", "45", False),  # 'minder binnen': two words, no pattern
    ("Er kwamen 45 minder aanvragen dan in 2022.", "45", False),
    ("Er kwamen 45 minder dan in 2022.", "45", True),
    ("In 2023 waren er meer dan 300 dossiers.", "300", False),  # a bound before the number, no difference
    ("In 2023 kregen 412 starters meer dan 2000 euro steun.", "412", False),  # an amount, not a year
    # the second size shares the first one's 'met' (seed trial: 14.896 given as the credit after reallocations)
    ("Waardoor het beschikbaar krediet toenam met 669 keuro VAK en 14.896 keuro VEK.", "14.896", True),
    ("Het budget bedroeg 669 keuro VAK en 14.896 keuro VEK.", "14.896", False),
])
def test_a_difference_with_an_earlier_level_is_a_change(text, number, change):
    """'312 meer dan een jaar eerder' is the size of a change: it answers no question about the level (9.847)."""
    at = text.index(number)
    assert is_change(text, 0, at, at + len(number)) == change


def test_a_year_of_the_figure_set_against_is_not_the_first_figures(assistant):
    """'De gemiddelde doorlooptijd bedroeg 27 kalenderdagen, tegenover 44 dagen in 2022': 2022 is the year of 44,
    the figure set against; 27 is about the year the sentences before name (2023)."""
    years = {f.raw: f.year for f in assistant.index.facts if f.doc == "behandeltermijnen.txt"}
    assert years["44"] == "2022" and years["27"] == "2023"
    assert years["31"] == "2021" and years["19"] == "2023"
    answer = assistant.ask("Hoeveel dagen bedroeg de gemiddelde doorlooptijd van een aanvraag voor de "
                           "groendakpremie in 2023?")
    assert answer.value == 27, answer.answer


def test_a_clause_of_a_verb_only_is_named_by_the_clause_before_it():
    """'Het slaagpercentage voor de modules die ... werden afgerond, bedroeg 74,3%': the clause before the number
    is the verb alone; what the share is of is the clause before the comma (round 131's survival rate had no
    words at all, so no question could find it). 'bedraagt de daling 3,3%' keeps its own clause."""
    from qa.facts.prose import _measure
    text = ("4. Resultaten\nHet aandeel leerlingen dat na het eerste jaar nog zwemt,\nbedroeg 61,5% voor de lessen "
            "van 2022. Ten opzichte van 2021, toen er nog 400 lessen waren, bedraagt de daling 3,3%.")
    share = text.index("61,5")
    assert "nog zwemt" in _measure(text, 0, share, share + 5, len(text), "%")
    fall = text.index("3,3")
    assert _measure(text, text.index("Ten"), fall, fall + 4, len(text), "%") == "bedraagt de daling"
