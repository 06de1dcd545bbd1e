"""Number parsing and classification: Dutch and English formats, non-measures."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.numbers import format_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

from qa.facts.numbers import find_numbers, parse_number

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


@pytest.mark.parametrize(
    ("raw", "lang", "value"),
    [
        ("1.868,0", "nl", 1868.0),
        ("19.407,5", "nl", 19407.5),
        ("3.646", "nl", 3646.0),
        ("73,9%", "nl", 73.9),
        ("5.512", "nl", 5512.0),
        ("-2.188", "nl", -2188.0),
        ("137,42", "nl", 137.42),
        ("2.970.000", "nl", 2970000.0),
        ("76.476,81", "nl", 76476.81),
        ("1,234.5", "en", 1234.5),
        ("EUR 1.2 million", "en", 1_200_000.0),
        ("350,000", "en", 350000.0),
        ("12.5%", "en", 12.5),
        ("1.2", "nl", 1.2),
        ("geen", "nl", None),
    ],
)
def test_parse_number(raw: str, lang: str, value: float | None) -> None:
    assert parse_number(raw, lang) == pytest.approx(value) if value is not None else parse_number(raw, lang) is None


@settings(max_examples=300, deadline=None)
@given(st.decimals(min_value=-10**9, max_value=10**9, places=2, allow_nan=False, allow_infinity=False))
def test_dutch_round_trip(number) -> None:
    printed = format_decimal(number, format="#,##0.00", locale="nl_BE")
    assert parse_number(printed, "nl") == pytest.approx(float(number))


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1000, max_value=10**9))
def test_dutch_thousands_are_not_decimals(number: int) -> None:
    printed = f"{number:,}".replace(",", ".")
    assert parse_number(printed, "nl") == number


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=0, max_value=10**7, places=1, allow_nan=False, allow_infinity=False))
def test_english_round_trip(number) -> None:
    printed = format_decimal(number, format="#,##0.0", locale="en")
    assert parse_number(printed, "en") == pytest.approx(float(number))


def _kinds(text: str) -> dict[str, str]:
    return {t.raw: t.kind for t in find_numbers(text)}


@pytest.mark.parametrize(
    ("text", "raw", "kind"),
    [
        ("op vraag nr. 490 van 23 maart 2023", "490", "ref"),
        ("op vraag nr. 490 van 23 maart 2023", "23", "date"),
        ("Er zijn op 02/05/2023 in totaal 255 voorzieningen", "02", "date"),
        ("Er zijn op 02/05/2023 in totaal 255 voorzieningen", "255", "measure"),
        ("uit de indexprovisie (CB0-1CBD2AB-PR) nam", "1", "code"),
        ("Zie ook begroting: JB0-1JEC2HA-WT, p.11.", "11", "ref"),
        ("uitsluiting (p.21). ", "21", "ref"),
        ("gelinkt aan de operationele doelstelling 17: ", "17", "ref"),
        ("OD 16: Individueel maatwerk invoeren4\n", "4", "footnote"),
        ("\n3° het streven naar een werkzaamheidsgraad van 80 procent;", "3", "enum"),
        ("\n3° het streven naar een werkzaamheidsgraad van 80 procent;", "80", "measure"),
        ("\n1. Hoeveel begeleidingsovereenkomsten?", "1", "enum"),
        ("voor: 1) maatwerk; 2) LDE", "2", "enum"),
        ("\n2022 148 6 3 32 18 76 13\n", "2022", "year"),
        ("\n2022 148 6 3 32 18 76 13\n", "148", "measure"),
        ("Bel 02 553 40 11 voor info", "02", "phone"),
        ("tekst\n\n\n21 \n\n", "21", "page"),
        ("waren er in 20202 in Vlaanderen 6343 arbeidszorgmedewerkers", "20202", "year"),
        ("waren er in 20202 in Vlaanderen 6343 arbeidszorgmedewerkers", "6343", "measure"),
        ("opgedeeld (2015-2021).", "2015", "year"),
        ("ondernemingen met: 5-10, 11-20", "11", "range"),
        ("<5 115 114 108", "5", "bound"),
        ("voor de 1e oproep", "1", "ordinal"),
        ("(Parl.St. Vl.Parl. 2000-01, nr. 808/1-3)", "808", "ref"),
        ("zie https://www.vlaamsparlement.be/link?id=18899 hier", "18899", "url"),
        ("1.3.1. Departement en IVA’s", "1.3.1", "section"),
        ("ten belope van 8.275 keuro, maar", "8.275", "measure"),
        ("Uitgaven 111 113 -2.188 111", "-2.188", "measure"),
        ("werd omgebogen. 3. en 4. De kosten voor de verwijdering", "3", "enum"),
        ("werd omgebogen. 3. en 4. De kosten voor de verwijdering", "4", "enum"),
        ("zijn als volgt. 2016201714241-13-2059-bil-2", "2059", "code"),
        ("in 2015 waren het 3. en in 2016 4 meldingen", "4", "measure"),
    ],
)
def test_classification(text: str, raw: str, kind: str) -> None:
    assert _kinds(text)[raw] == kind


def test_spans_index_the_text() -> None:
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for token in find_numbers(text):
            assert text[token.start:token.end] == token.raw


def test_clock_times_and_dashed_dates_are_not_amounts():
    from qa.facts.labels import year_of

    kinds = {t.raw: t.kind for t in find_numbers("Stand op 15-09-2020 om 12:00 uur: 77 clusters, 9.30 uur, 14u00")}
    assert kinds["77"] == "measure"
    assert all(kinds[r] == "date" for r in ("15", "09", "12", "9.30", "14"))
    assert {t.raw: t.kind for t in find_numbers("het kostte 9.300 euro")}["9.300"] == "measure"
    assert year_of("Capaciteit op 31/12/2023") == "2023" and year_of("nr. 3/2023") is None


@pytest.mark.parametrize("text, values", [
    ("voor minder dan 15 000 euro gerealiseerd", [15000]),
    ("in 2016 126 000 mensen", [2016, 126000]),
    ("Het budget is 908 915 euro.", [908915]),
    ("er werden 1 634 484 vaccins afgeleverd", [1634484]),
    ("Antwerpen 144 208\nLimburg 87 140", [144, 208, 87, 140]),  # cells of flattened table rows
    ("Antwerpen 144 208 Limburg 87", [144, 208, 87]),
    ("OCMW 117 432 366 234 354 383", [117, 432, 366, 234, 354, 383]),
])
def test_thousands_grouped_by_a_plain_space_in_running_text(text, values):
    assert [t.value for t in find_numbers(text)] == values
