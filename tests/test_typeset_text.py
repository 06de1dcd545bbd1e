"""Text extracted from a PDF whose tables a browser set (tests/data/typeset/): a header that pypdf glues across
cells ('graadaantal bedrag aantal bedrag'), a header of capitalised labels with one of two words, a caption in
millions beside a question in hectares. Where the labels cannot be read, no cell may answer for another."""

from __future__ import annotations

import pytest

from conftest import assistant_on
from qa.answer import Assistant
from qa.answer.admit import fits_unit
from qa.answer.question import parse


@pytest.fixture(scope="module")
def assistant(tmp_path_factory) -> Assistant:
    return assistant_on(tmp_path_factory, "typeset")


def _fact(assistant: Assistant, raw: str):
    return next(f for f in assistant.index.facts if f.raw == raw and f.source == "table")


def test_capitalised_labels_cut_a_header_with_one_cell_more_than_columns(assistant):
    assert _fact(assistant, "201,9").col_path == ["Bedrijven"]
    assert _fact(assistant, "1.259,9").col_path == ["Netto toename"]
    answer = assistant.ask("Hoeveel vermogen plaatsten bedrijven in 2023?")
    assert (answer.kind, answer.value) == ("fact", 201.9)


def test_a_table_whose_columns_cannot_be_told_apart_gives_no_cells(assistant):
    """The amounts asked and paid of one row share every label the reader found: the table is reported as
    unsure, gives no cells, and the question gets no number rather than the first amount of the row."""
    unsure = [t for t in assistant.index.tables if t.caption.startswith("Tabel 1: Aanvragen en uitbetalingen")]
    assert unsure and unsure[0].confidence < 0.5
    assert not [f for f in assistant.index.facts if f.raw == "1.994.218,00" and f.source == "table"]
    answer = assistant.ask("Welk bedrag werd in 2024 uitbetaald in Limburg?")
    assert answer.kind == "not_found", answer.answer


def test_two_cells_with_the_same_labels_answer_nothing(assistant):
    """Two rows 'Vastgestelde overtredingen' (their section titles lost): nothing says which one is meant."""
    answer = assistant.ask("Hoeveel overtredingen werden er in 2022 vastgesteld?")
    assert answer.kind == "not_found", answer.answer


def test_a_question_in_hectares_is_no_question_about_money(assistant):
    q = parse("Hoeveel hectare meer bos werd er in 2023 aangeplant dan in 2022?")
    assert q.unit_hint == "ha"
    money = _fact(assistant, "6,0")
    assert money.unit == "miljoen euro"
    assert not fits_unit(assistant.index, money, q)
    assert fits_unit(assistant.index, money, parse("Hoeveel middelen werden in 2023 vastgelegd voor de aanplant van bos?"))


def test_a_word_said_as_the_head_of_a_compound(assistant):
    """'boetes' is said by 'verkeersboetes' although the stemmer keeps the one's final e and drops the other's."""
    answer = assistant.ask("Hoeveel werd er in 2022 aan boetes geïnd op de gewestwegen?")
    assert (answer.kind, answer.value) == ("fact", 47216380.0)


def test_what_a_figure_leaves_out_is_no_negation_and_no_term():
    """'..., de autosnelwegen niet meegerekend' leaves the motorways out: no 'niet' to find, no 'autosnelwegen'."""
    left_out = parse("Hoeveel werd er in 2022 geïnd op de gewestwegen, de autosnelwegen niet meegerekend?")
    assert not left_out.negated and "autosnelwe" not in " ".join(left_out.subject)
    assert not parse("How much was collected on regional roads, not counting motorways?").negated
    assert parse("Hoeveel aanvragen werden niet goedgekeurd?").negated
    assert "diploma" in " ".join(parse("Hoeveel werkzoekenden zonder diploma vonden werk?").subject)


def test_an_amount_asked_is_not_answered_by_its_evolution(assistant):
    rise = _fact(assistant, "12,0%")
    assert not fits_unit(assistant.index, rise, parse("Hoeveel werd er in 2022 geïnd op de gewestwegen?"))
    assert fits_unit(assistant.index, rise, parse("Met hoeveel procent stegen de geïnde bedragen op de gewestwegen?"))


def test_a_caption_in_euro_gives_its_cells_the_unit(assistant):
    assert _fact(assistant, "14.215.800").unit == "euro"  # 'Uitbetaald premiebedrag per categorie (euro)'
    verdict = assistant.check("In 2023 werd 14.215.800 euro aan warmtepomppremies uitbetaald.")
    assert verdict.verdict == "supported"


def test_a_count_is_never_confirmed_by_an_amount_of_money(assistant):
    """'Meer dan 5.000 warmtepompen' holds for no euro amount however large (14.215.800 euro paid out)."""
    verdict = assistant.check("In 2023 werden meer dan 5.000 warmtepompen gepremieerd.")
    assert verdict.unit not in ("euro", "k euro", "miljoen euro"), verdict.answer


def test_sentence_tails_contents_lines_and_name_numbers_are_no_tables(tmp_path):
    """Lines that end in a number are no table when their labels read as running text, a contents page or a
    name with its number ('Spartacus – lijn 2' under a list of projects)."""
    from qa.facts.extract import extract_all
    from qa.ingest import load_document

    texts = ["Het inburgeringsbeleid bestaat\ninmiddels reeds 15\njaar en wordt jaarlijks geëvalueerd.\n\n"
             "Inhoudstafel\nVLAANDEREN SCHITTERT 20\nVLAANDEREN IS SOCIAAL EN RECHTVAARDIG 68\n",
             "De Vlaamse regering investeert in de volgende prioritaire projecten.\n\nPrioritaire projecten\n"
             "R4 Oost-West (PPS + quickwins)\nOmbouw A12 tot autosnelweg\nTramlijn 7 (Gent)\n"
             "Ombouw N49 tot autosnelweg\nSpartacus – lijn 1\nSpartacus – lijn 2\n"]
    for n, text in enumerate(texts):
        (tmp_path / f"tekst{n}.txt").write_text(text, encoding="utf-8")
        facts, _ = extract_all(load_document(tmp_path / f"tekst{n}.txt", tmp_path))
        assert not [f for f in facts if f.source == "table"], [(f.raw, f.row_path) for f in facts]


def test_a_year_that_dates_a_document_or_another_figure_is_not_the_next_sentences(tmp_path):
    """'januari 2025 (8 keuro)' dates the 8 keuro, not the year budget in the sentence after it; 'de beleidsnota
    van 2019' dates a document, not the sector's 23.000 workers."""
    from qa.facts.extract import extract_all
    from qa.ingest import load_document

    text = ("Begrotingsuitvoering 2024\n\nHet krediet bij BA 2024 bedroeg 6.005 keuro. Er waren twee herverdelingen "
            "vanuit de indexprovisie in april 2024 (76 keuro) en januari 2025 (8 keuro). Hierdoor steeg het "
            "jaarbudget tot 6.089 keuro.\n\nWe streefden binnen deze doelstelling, die in de beleidsnota van 2019 "
            "betrekking had op de ondernemingen, naar meer engagement. De sector telt intussen meer dan 100 bedrijven "
            "die meer dan 23.000 doelgroepwerknemers tewerkstellen.\n")
    (tmp_path / "nota.txt").write_text(text, encoding="utf-8")
    facts, _ = extract_all(load_document(tmp_path / "nota.txt", tmp_path))
    year = {f.raw: f.year for f in facts}
    assert year["6.089"] != "2025" and year["23.000"] != "2019", year


def test_a_compound_is_money_by_its_head_and_a_verb_particle_is_said_by_its_participle():
    from qa.answer.wordparts import term_in

    assert parse("Hoeveel subsidiedossiers keurde Vlaanderen in 2021 goed?").unit_hint == "count"
    assert parse("Hoeveel werkingsmiddelen werden in 2021 vastgelegd?").unit_hint == "money"
    assert term_in("goed", {"goedkeur", "subsidiedossier"}) and term_in("vast", {"vaststel"})
    assert not term_in("goed", {"goederen"})


def test_an_estimate_or_a_rate_in_a_sentence_is_no_cell_stated_twice(tmp_path):
    from qa.audit import audit_document
    from qa.ingest import load_document

    text = ("Bebossing en ontbossing\n\nTegelijk werd 1.202,0 hectare vergund ontbost. De ontbossing bleef relatief "
            "stabiel rond 200 hectare per jaar.\n\nTabel 1: Bebossing en ontbossing per jaar (in hectare)\n"
            "Jaar Bebossing Ontbossing\n2021 602,8 214,0\n2022 689,5 198,7\n2023 744,2 223,6\n"
            "Totaal 2021-2023 2.036,5 636,3\n\nBron: Agentschap voor Natuur en Bos.\n")
    (tmp_path / "bos.txt").write_text(text, encoding="utf-8")
    findings = audit_document(load_document(tmp_path / "bos.txt", tmp_path))
    assert not [f for f in findings if f.kind == "duplicate"], [f.message for f in findings]
