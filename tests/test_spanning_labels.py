"""Labels printed once for the cells they span, as a PDF's text gives them: a year over its quarters ('2023 K1'
then 'K2', 'K3', ...), a stub of two words before two column groups over repeated years, leaf labels of two
words and a unit repeated under two years, and header cells that each wrapped onto a line of their own unit
('2022' / '(aantal)' / ... / 'aandeel 2023' / '(%)'). Written for these tests:
tests/data/spanning/deelsteps_pleegzorg.txt; the year over quarters also as a PDF drawn here."""

from __future__ import annotations


import pytest

from conftest import assistant_on, build
from pdfmaker import Page, make_pdf
from qa.answer import Assistant
from qa.facts.periods import period_keys
from qa.answer.question import parse


@pytest.fixture(scope="module")
def assistant(tmp_path_factory):
    return assistant_on(tmp_path_factory, "spanning")


def _cell(assistant, raw: str, doc_part: str = ""):
    return next(f for f in assistant.index.facts if f.raw == raw and f.source == "table" and doc_part in f.doc)


def test_a_year_printed_once_spans_its_quarters(assistant):
    k2 = _cell(assistant, "156,8")
    assert k2.row_path == ["2023", "K2"] and k2.year == "2023" and k2.col_path == ["Leuven"]
    assert _cell(assistant, "176,9").row_path == ["2024", "K4"]
    assert _cell(assistant, "539,7").year == "2023"


@pytest.mark.parametrize(("question", "value"), [
    ("Hoeveel ritten met deelsteps waren er in Mechelen in het laatste kwartaal van 2023?", 71.8),
    ("Hoeveel ritten met deelsteps waren er in het tweede kwartaal van 2023 in Leuven?", 156.8),
    ("Hoeveel deelstepritten waren er in Gent in het derde kwartaal van 2024?", 437.5),  # 'deelstep|rit'
    ("How many rides with shared steps were made in Leuven over the whole of 2023?", 539.7),
    ("Hoeveel lopende netwerkpleegzorgsituaties telde West-Vlaanderen eind 2022?", 1_046),
    ("Hoeveel subsidie werd in 2022 toegekend voor regenwaterputten in Limburg?", 648_275),
    ("Hoeveel dossiers voor infiltratievoorzieningen werden in 2023 goedgekeurd?", 1_102),
])
def test_questions_on_spanning_labels(assistant, question, value):
    answer = assistant.ask(question)
    assert answer.kind == "fact" and answer.value == value, answer.answer


def test_two_groups_over_repeated_years_after_a_two_word_stub(assistant):
    """Three capitalised runs over six years that repeat every three: two groups, the first run is the stub."""
    assert _cell(assistant, "1.046").col_path == ["Netwerkpleegzorg", "2022"]
    assert _cell(assistant, "702").col_path == ["Bestandspleegzorg", "2022"]
    assert _cell(assistant, "1.642").col_path == ["Netwerkpleegzorg", "2021"]


def test_two_word_leaves_with_a_unit_repeated_under_years(assistant):
    assert _cell(assistant, "648.275").col_path == ["2022", "bedrag (in euro)"]
    assert _cell(assistant, "1.038").col_path == ["2023", "aantal dossiers"]


def test_header_cells_closed_by_their_own_unit_line(assistant):
    """'(%)' under 'aandeel 2023' is that column's unit, not the table's: the counts are no percentages."""
    count, share = _cell(assistant, "1.102"), _cell(assistant, "13,1")
    assert count.col_path == ["2023 (aantal)"] and count.unit != "%"
    assert share.col_path == ["aandeel 2023 (%)"] and share.unit == "%"
    answer = assistant.ask("Welk aandeel van de in 2023 goedgekeurde dossiers ging naar infiltratievoorzieningen?")
    assert answer.kind == "fact" and answer.value == 13.1, answer.answer


def test_the_year_before_and_the_last_quarter():
    assert parse("Met hoeveel is het aantal cheques in 2023 toegenomen ten opzichte van het jaar ervoor?").years \
        == ["2023", "2022"]
    assert parse("How much did it rise in 2024 compared with the previous year?").years == ["2024", "2023"]
    assert period_keys("in het laatste kwartaal van 2023") == {"q4"} and period_keys("the last half of 2024") == {"s2"}
    assert period_keys("in het laatste kwartaal") == set()  # the latest the table has, whichever quarter that is
    assert parse("In 2023 was het project een jaar eerder dan gepland klaar.").years == ["2023"]


def test_a_year_spanning_its_quarters_in_a_pdf(tmp_path):
    page = Page()
    page.line("Tabel 1. Aantal ritten met deelsteps per kwartaal (x 1.000)", size=9, gap=20)
    xs = [200, 260, 320]
    page.text(60, page.y, "Jaar", 9)
    page.text(100, page.y, "Kwartaal", 9)
    for x, name in zip(xs, ["Antwerpen", "Gent", "Leuven"]):
        page.text(x, page.y, name, 9, right=True)
    page.y += 18
    rows = [("2023", "K1", "412,6", "298,3", "121,4"), ("", "K2", "538,9", "371,2", "156,8"),
            ("", "K3", "602,4", "405,7", "98,5"), ("", "Subtotaal 2023", "1.553,9", "1.075,2", "376,7"),
            ("2024", "K1", "431,5", "310,6", "139,2"), ("", "K2", "579,3", "402,8", "171,4"),
            ("", "Subtotaal 2024", "1.010,8", "713,4", "310,6")]
    for year, label, *cells in rows:
        _row(page, [(60, year), (100, label)], xs, cells)
    facts = _facts_of(tmp_path, "ritten.pdf", page)
    first = next(f for f in facts if f.raw == "121,4")
    assert first.row_path == ["2023", "K1"] and first.col_path == ["Leuven"]  # the first row is no header
    assert next(f for f in facts if f.raw == "371,2").row_path == ["2023", "K2"]
    assert next(f for f in facts if f.raw == "171,4").row_path == ["2024", "K2"]


def test_a_year_centred_over_its_quarters_with_a_total_across_both_columns(tmp_path):
    """'2023' set halfway down its rows, and 'Totaal 2023' starting left of the quarters (across both label
    columns): every quarter is 2023's, the total row keeps its own label, and a grand total names no year."""
    page = Page()
    page.line("Tabel 2. Voortgang van de uitrol per kwartaal", size=9, gap=20)
    xs = [260, 330]
    page.text(60, page.y, "Jaar", 9)
    page.text(120, page.y, "Kwartaal", 9)
    for x, name in zip(xs, ["Aansluitingen", "Klachten"]):
        page.text(x, page.y, name, 9, right=True)
    page.y += 18
    top = page.y
    rows = [("K1", "41.250", "212"), ("K2", "44.870", "198"), ("K3", "39.410", "251"), ("K4", "47.930", "187")]
    for label, *cells in rows:
        _row(page, [(120, label)], xs, cells)
    page.text(60, top + 27, "2023", 9)  # centred between K2 and K3
    _row(page, [(78, "Totaal 2023")], xs, ("173.460", "848"))
    _row(page, [(60, "Totaal alle jaren")], xs, ("173.460", "848"))
    facts = [f for f in _facts_of(tmp_path, "uitrol.pdf", page) if f.source == "table"]
    paths = {f.raw: f.row_path for f in facts if f.col_path == ["Klachten"]}
    assert paths["212"] == ["2023", "K1"] and paths["187"] == ["2023", "K4"], paths
    assert [f.row_path for f in facts if f.raw == "848"] == [["2023", "Totaal 2023"], ["Totaal alle jaren"]]


def _row(page: Page, labels: list[tuple[float, str]], xs: list[float], cells) -> None:
    """One table row: labels at their x, cells right-aligned at the columns' right edges."""
    for x0, label in labels:
        if label:
            page.text(x0, page.y, label, 9)
    for x, cell in zip(xs, cells):
        page.text(x, page.y, cell, 9, right=True)
    page.y += 18


def _facts_of(tmp_path, name: str, page: Page) -> list:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / name).write_bytes(make_pdf([page]))
    build(corpus, tmp_path / "index")
    return Assistant(tmp_path / "index").index.facts
