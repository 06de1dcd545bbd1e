"""A federal answer written as one line (tests/data/inline, written for these tests): two counts in one cell
of a year list, a list of named cells after a colon, a figure set against another ('tegenover'), a number word
after a year, accents the extraction lost, and a count of a named operation next to the plain count."""

from __future__ import annotations

import pytest

from conftest import assistant_on


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_on(tmp_path_factory, "inline")


def _fact(assistant, raw: str, year: str | None = None):
    return next(f for f in assistant.index.facts if f.raw == raw and (year is None or f.year == year))


def test_each_count_of_a_cell_has_its_own_noun(assistant):
    """'2014: drie gerechtelijke aanhoudingen en 52 bestuurlijke aanhoudingen': Dutch names what a number counts
    after it; the words before 52 are the other count's."""
    three, fifty_two = _fact(assistant, "drie", "2014").measure, _fact(assistant, "52", "2014").measure
    assert "gerechtelijke" in three and "bestuurlijke" not in three, three
    assert "bestuurlijke" in fifty_two and "gerechtelijke" not in fifty_two, fifty_two
    a = assistant.ask("Hoeveel bestuurlijke aanhoudingen verrichtte de spoorwegpolitie in 2014 in het station van Lier?")
    assert a.kind == "fact" and a.value == 52, a.answer
    # a follow-up that names only another adjective keeps the noun, the year and the place
    judicial = assistant.ask("En gerechtelijke?", history=[a])
    assert judicial.kind == "fact" and judicial.value == 3, (judicial.read_as, judicial.answer)
    later = assistant.ask("En in 2015?", history=[a, judicial])
    assert later.kind == "fact" and later.value == 5, (later.read_as, later.answer)


def test_a_named_list_is_labelled_by_its_lead(assistant):
    """'... bij de partners is:- Vluchtelingenwerk: 39,12 euro;- Caritas International: 44,85 euro': each cell
    counts what the sentence before the list says, for its own label, and has no other cell's place."""
    caritas = _fact(assistant, "44,85")
    assert "dagprijs" in caritas.measure and "Caritas International" in caritas.measure, caritas.measure
    assert _fact(assistant, "41,03").region is None
    a = assistant.ask("Hoeveel bedroeg in 2016 de reële gemiddelde dagprijs voor de opvang bij Caritas International?")
    assert a.kind == "fact" and a.value == 44.85, a.answer
    # the subject of 'bedroeg' is what is asked ('dagprijs'), and 'reële' is the document's 'reele'
    a = assistant.ask("Hoeveel bedroeg in 2016 de reële gemiddelde dagprijs voor de opvang bij Fedasil?")
    assert a.kind == "fact" and a.value == 37.5, a.answer


def test_a_figure_set_against_another_has_the_words_after_it(assistant):
    assert "vijftigplussers" in _fact(assistant, "27").measure
    a = assistant.ask("Welk percentage van de vijftigplussers volgde ooit een opleiding?")
    assert a.kind == "fact" and a.value == 27, a.answer
    a = assistant.ask("Welk percentage van de jongeren volgde ooit een opleiding?")
    assert a.kind == "fact" and a.value == 12, a.answer


def test_a_number_word_after_a_year_is_a_count(assistant):
    a = assistant.ask("Hoeveel stagiairs heeft de dienst in 2016 aangenomen?")
    assert a.kind == "fact" and a.value == 8, a.answer


def test_the_plain_count_before_that_of_a_named_operation(assistant):
    """'Het aantal inbeslaggenomen pakketten in 2016 was 3120' answers how many were seized; the '85 pakketten'
    that 'de douane' took 'in beslag' in the ORION checks are those of an operation the question does not name."""
    a = assistant.ask("Hoeveel pakketten werden in 2016 in beslag genomen?")
    assert a.kind == "fact" and a.value == 3120, a.answer
    a = assistant.ask("Hoeveel pakketten nam de douane in 2016 in beslag bij de ORION-controles?")
    assert a.kind == "fact" and a.value == 85, a.answer


def test_how_many_were_added_is_a_difference(assistant):
    a = assistant.ask("Hoeveel erkende opvangplaatsen kwamen er tussen 2010 en 2016 bij?")
    assert a.kind == "computed" and a.value == 634, a.answer
    a = assistant.ask("Hoeveel bedroeg de toename van het aantal erkende opvangplaatsen tussen 2010 en 2016?")
    assert a.kind == "computed" and a.value == 634, a.answer


def test_a_period_of_a_year_after_a_number_dates_it(assistant):
    """'in 2015 204 en 187 in de drie eerste trimesters van 2016': 187 is of 2016, not of the year before it."""
    assert _fact(assistant, "187").year == "2016"
    a = assistant.ask("How many offences against the security of the State were committed in 2015?")
    assert a.kind != "fact" or a.value == 204, a.answer
    a = assistant.ask("Hoeveel inbreuken tegen de veiligheid van de Staat werden in 2015 gepleegd?")
    assert a.kind == "fact" and a.value == 204, a.answer


def test_a_colon_spells_out_its_clause(assistant):
    """'in het Waalse Gewest is er een daling van 12 %: 2. 188 faillissementen in 2016 tegenover 2. 486 in 2015':
    2. 188 is one number (not item 2 of the answer), and both figures are Wallonia's."""
    assert _fact(assistant, "2. 188").region == _fact(assistant, "2. 486").region == "Wallonië"
    a = assistant.ask("Hoeveel faillissementen waren er in 2016 in het Waalse Gewest?")
    assert a.kind == "fact" and a.value == 2188, a.answer
    a = assistant.ask("En in 2015?", history=[a])
    assert a.kind == "fact" and a.value == 2486, (a.read_as, a.answer)


def test_daarvan_counts_a_part_of_the_sentence_before(assistant):
    """'41. 210 Belgische kinderen zijn geboren in het Vlaams Gewest. Daarvan hebben ... 1. 402 de naam van hun
    moeder': 1. 402 children, in that region, in the year of the period the answer opened with (not the 2014
    of 'geboren na 1 juni 2014'); the 41. 210 are not the mother's-name count."""
    part = _fact(assistant, "1. 402")
    assert part.region == "Vlaanderen" and part.year == "2016", (part.region, part.year)
    assert _fact(assistant, "1. 133").year == "2016"  # five sentences after the period, within one line
    a = assistant.ask("Hoeveel Belgische kinderen geboren in het Vlaams Gewest kregen in 2016 de naam van hun moeder?")
    assert a.kind == "fact" and a.value == 1402, a.answer
    a = assistant.ask("Hoeveel Belgische kinderen geboren in het Waals Gewest kregen in 2016 de naam van hun moeder?")
    assert a.kind == "fact" and a.value == 1133, a.answer


def test_dash_items_glued_to_the_item_before_are_their_own_sentences(assistant):
    """'In 2014:- 2. 871 dierenartsen ... erkend.- 1. 966 dierenartsen ingeschreven bij de Franstalige raad'."""
    assert "Nederlandstalige" not in _fact(assistant, "1. 966").quote
    a = assistant.ask("Hoeveel dierenartsen waren in 2014 ingeschreven bij de Franstalige raad?")
    assert a.kind == "fact" and a.value == 1966, a.answer



def test_a_number_after_a_place_is_an_amount():
    """'in België 9.170 faillissementen' states 9.170; 'Bouwsteen 3' names a part."""
    from qa.answer.claimnumbers import claim_numbers

    assert [n.value for n in claim_numbers("In 2016 waren er in België 9.170 faillissementen.")] == [9170]
    assert [n.value for n in claim_numbers("In Gent 12 feiten en in Antwerpen 30.")] == [12, 30]
    assert claim_numbers("Het budget van Bouwsteen 3 werd verhoogd.") == []


def test_parts_named_in_the_next_sentence_are_not_the_whole(assistant):
    """'... zijn er vandaag 48 wachtkamers ingericht ... 20 wachtkamers daarvan werden met federale middelen
    gebouwd, 28 wachtkamers zijn gemeentelijke initiatieven': 'daarvan' inside the next sentence makes its numbers
    parts of 48, so what they say (municipal initiatives) is theirs, not the whole's."""
    a = assistant.ask("Hoeveel wachtkamers voor jonge bezoekers zijn er op gemeentelijk initiatief ingericht?")
    assert a.kind == "fact" and a.value == 28, a.answer
    a = assistant.ask("Hoeveel wachtkamers voor jonge bezoekers zijn er ingericht?")
    assert a.kind == "fact" and a.value == 48, a.answer


def test_a_unit_glued_to_the_next_item_number_is_the_unit(assistant):
    """'- 2016:  6. 350 euro13. De lijst ...': the extraction lost the space before item 13; 6. 350 is euro all
    the same, so it can be subtracted from the 4. 100 euro of 2015."""
    assert _fact(assistant, "6. 350").unit == "euro"
    a = assistant.ask("Hoeveel meer kostten de zendingen naar het buitenland in 2016 dan in 2015?")
    assert a.kind == "computed" and a.value == 2250, a.answer


def test_an_identifier_in_brackets_is_no_amount(assistant):
    """'Gent - Kouterstraat 12 (412208) - 3. 120 m2': the bracketed number names the building, the area is 3. 120
    square metres; '775294 - 775305' is a range of codes."""
    raws = {f.raw for f in assistant.index.facts}
    assert not raws & {"412208", "520117", "775294", "775305"}, raws
    assert _fact(assistant, "3. 120").unit == "m2"
    a = assistant.ask("Hoe groot is het gebouw aan de Kouterstraat 12 in Gent?")
    assert a.kind == "fact" and a.value == 3120, a.answer


def test_a_count_over_a_span_of_years_answers_for_that_span_only(assistant):
    """'tussen 2013 en 2016 zijn er 318 inspecteurs vertrokken bij de lokale politie': a count over four years is
    no answer for the end of 2016, and 'de federale en de lokale politie samen' adds the two groups' counts
    over the span (not the years 2013 and 2016)."""
    a = assistant.ask("Hoeveel inspecteurs vertrokken tussen 2013 en 2016 bij de lokale politie?")
    assert a.kind == "fact" and a.value == 318, a.answer
    a = assistant.ask("Hoeveel inspecteurs telde de lokale politie eind 2016?")
    assert a.kind == "not_found", a.answer
    a = assistant.ask("Hoeveel inspecteurs verlieten tussen 2013 en 2016 de federale en de lokale politie samen?")
    assert a.kind == "computed" and a.value == 530, a.answer


def test_a_share_said_as_a_fraction(assistant):
    """'de helft van de gemeenten' is 50 %, 'driekwart' 75 %; 'de eerste helft van 2016' is a period, not a share."""
    from qa.answer.claimnumbers import claim_numbers

    assert [(n.value, n.unit) for n in claim_numbers("Driekwart van de korpsen antwoordde.")] == [(75, "%")]
    assert [n.value for n in claim_numbers("In de eerste helft van 2016 waren er 40 dossiers.")] == [40]
    v = assistant.check("In 2016 heeft de helft van de gemeenten de bevraging over hun opvangcapaciteit beantwoord.")
    assert v.verdict == "supported", v.message
    v = assistant.check("In 2016 heeft driekwart van de gemeenten de bevraging over hun opvangcapaciteit beantwoord.")
    assert v.verdict == "contradicted", v.message


def test_a_compound_of_the_question_meets_its_parts_in_the_answer(assistant):
    """'taxibedrijven' is one word of the question and two of the answer ('bedrijven' ... 'per taxi'): split
    into words the corpus has, it ranks the taxi companies above the couriers' new companies."""
    from qa.search.compounds import decompound

    assert decompound("taxibedrijf", {"taxi", "bedrijf"}) == ("taxi", "bedrijf")
    assert decompound("werkervaringsstag", {"werkervaring", "stag"}) == ("werkervaring", "stag")  # linking s
    assert decompound("jobaanbod", {"job", "aanbod"}) is None  # three letters: too short to be sure of a word
    assert decompound("verhoorlokaal", {"verhoor", "lokaal", "verhoorlokaal"}) is None  # the corpus has it whole
    a = assistant.ask("Hoeveel taxibedrijven werden er in 2016 opgericht?")
    assert a.kind == "fact" and a.value == 412, a.answer


def test_how_long_is_answered_by_a_length_of_time(assistant):
    """'Hoe lang op voorhand ...' asks a length of time ('drie weken'), never a count of the same passage
    ('45 zendingen'); 'op voorhand' says when, not what."""
    a = assistant.ask("Hoe lang op voorhand moet een zending worden goedgekeurd?")
    assert a.kind == "fact" and a.value == 3 and a.unit == "weken", a.answer


def test_a_claimed_length_of_time_is_refuted_by_one(assistant):
    """'vier weken' is refuted by the 'drie weken' the answer states (see also test_answers for a count that
    must not refute a length of time)."""
    v = assistant.check("Een zending moet minstens vier weken voor de aanvang worden goedgekeurd.")
    assert v.verdict == "contradicted" and v.value == 3, v.message


def test_a_heading_glued_to_its_first_item_number_is_no_list_item(assistant):
    """'Regie der Gebouwen1. a) De effectieve uitgaven ...': the extraction glued a heading to the number of its
    first item; '1.' is no figure of a list of bodies, so the body need not be said in the figure's sentence."""
    v = assistant.check("De Regie der Gebouwen gaf in 2015 2.100,50 euro uit aan buitenlandse verplaatsingen.")
    assert v.verdict == "supported", v.message


def test_two_nouns_joined_by_en_share_what_follows_and_alsook_adds_another_kind(assistant):
    """'214 klachtendossiers en 3 controledossiers behandeld inzake telefonische verkoop alsook 17
    klachtendossiers die ... met de verkoop van adressenbestanden': both before 'alsook' are about telephone
    sales; the 17 added by 'alsook' are about address files only."""
    a = assistant.ask("Hoeveel klachtendossiers over telefonische verkoop heeft de dienst tussen 2013 en 2016 behandeld?")
    assert a.kind == "fact" and a.value == 214, a.answer
    a = assistant.ask("Hoeveel klachtendossiers hadden te maken met de verkoop van adressenbestanden?")
    assert a.kind == "fact" and a.value == 17, a.answer


def test_a_count_after_its_label_with_a_part_in_brackets(assistant):
    """'Aantal computers met Windows XP: 21 (waarvan zes van de leeszaal)': 21 counts what the label before the
    colon says, whatever the bracket after it; 'zes' counts the same computers, those of the reading room."""
    a = assistant.ask("Hoeveel computers met Windows XP heeft het Algemeen Archief?")
    assert a.kind == "fact" and a.value == 21, a.answer
    part = assistant.ask("Hoeveel daarvan zijn van de leeszaal?", history=[a])
    assert part.kind == "fact" and part.value == 6, (part.read_as, part.answer)


def test_saying_decides_nothing_and_an_adjective_is_said_by_its_name(assistant):
    """'Welk percentage van de Belgische vrouwen zegt ...': 'zegt' is how the figure was obtained, not which
    figure, and 'Belgische' is said by 'in Belgie'; the 22 % of another sentence reported something else."""
    a = assistant.ask("Welk percentage van de Belgische vrouwen zegt sinds hun 15de slachtoffer te zijn geweest van "
                      "seksueel geweld door een partner?")
    assert a.kind == "fact" and a.value == 9, a.answer


def test_an_item_of_an_enumeration_is_not_what_another_figure_counts(assistant):
    """'vragen van de bakkers, beenhouwers, kleinhandel en elektriciens ... In de horeca zijn momenteel 12. 400
    flexi-jobbers actief': the butchers are one item of a list of sectors that asked, not where the 12. 400 work."""
    a = assistant.ask("Hoeveel flexi-jobbers zijn er actief bij de beenhouwers?")
    assert a.kind == "not_found", a.answer
    a = assistant.ask("Hoeveel flexi-jobbers zijn er actief in de horeca?")
    assert a.kind == "fact" and a.value == 12400, a.answer
