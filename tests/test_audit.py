"""`qa audit`: planted contradictions (precision/recall), look-alikes, rounding, the seed corpus, CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from qa.audit import Finding, audit_document, audit_path
from qa.ingest import load_document

ROOT = Path(__file__).resolve().parent.parent
PLANTED = ROOT / "tests" / "data" / "audit"
CORPUS = ROOT / "corpus"

# (doc, kind, raw of the contradicted number, text on its line) — one entry per planted contradiction
EXPECTED = [
    ("tabellen.txt", "total", "510", "Totaal 510"),  # province counts sum to 500
    ("tabellen.txt", "total", "61", "2022 61 15 14 12 19"),  # labelled total column, parts sum to 60
    ("tabellen.txt", "total", "70", "2023 70 20 20 25"),  # unlabelled first column that sums the rest elsewhere
    ("tabellen.txt", "total", "4.405", "Totaal 4.620 4.405"),  # keuro, 100 off: far beyond rounding
    ("tabellen.txt", "duplicate", "1.840", "In 2023 werden 1.840"),  # years down the rows: the 2023 row says 1.804
    ("begroting.txt", "percentage", "11.080", "11.080 keuro VEK"),  # table 11.800 fits the 93,4%
    ("begroting.txt", "percentage", "6.000", "De uitvoering bedroeg 6.000"),  # 75%, not 80,0%
    ("begroting.txt", "duplicate", "4.300", "BA 2024 4.300 keuro"),  # text vs table cell 4.200
    ("begroting.txt", "duplicate", "15", "Maatwerk 24 15 57"),  # appendix copy of a table
    ("begroting.txt", "duplicate", "151", "Welzijn 110 151 121"),  # two of three copies say 115
]
# consistent look-alikes that must never be reported: (doc, raw, text on its line)
LOOKALIKES = [
    ("tabellen.txt", "32", "Totaal 32"),  # grand total over subtotals
    ("tabellen.txt", "550", "Totaal 550"),  # "waarvan" rows are not parts
    ("tabellen.txt", "60", "Totaal 60"),  # total after a subtotal over a subset (Vlaams Gewest)
    ("tabellen.txt", "3.581", "Totaal 3.581"),  # keuro total 1 off the sum of 3 rounded parts
    ("tabellen.txt", "100,0%", "Totaal 100,0%"),  # 3 x 33,3% = 99,9%
    ("tabellen.txt", "50", "2021 50 10 12 8 20"),
    ("tabellen.txt", "3.954", "Totaal 2022-2023 3.954"),  # the two years' total, no figure of 2023
    ("begroting.txt", "93,4%", "11.950 keuro VAK of 93,4%"),  # 93,36% rounds to 93,4%
    ("begroting.txt", "40%", "bijna 40%"),  # hedged: "bijna"
    ("begroting.txt", "4.350", "bedroeg het krediet 4.350"),  # text agrees with BA-JR cell
    ("begroting.txt", "94,3%", "94,3%"),  # 4.100 / 4.350 = 94,25%
    ("begroting.txt", "100", "LDE 30 100 40"),  # a different table with the same labels is not a copy
]


def _line(doc: str, text: str) -> int:
    lines = (PLANTED / doc).read_text(encoding="utf-8").split("\n")
    hits = [i + 1 for i, ln in enumerate(lines) if text in ln]
    assert len(hits) == 1, (doc, text, hits)
    return hits[0]


def _primary(f: Finding) -> list[tuple[str, int]]:
    """The numbers a finding puts in doubt (total, amount; both sides of an undecided duplicate)."""
    roles = ("total", "stated", "amount") + (("other",) if f.kind == "duplicate" and f.supported is None else ())
    return [(v.raw, v.line) for v in f.values if v.role in roles]


@pytest.fixture(scope="module")
def planted() -> list[Finding]:
    return audit_path(PLANTED)


def test_planted_precision_and_recall(planted, capsys):
    expected = {(doc, kind, raw, _line(doc, text)) for doc, kind, raw, text in EXPECTED}
    found = {(f.doc, f.kind, raw, line) for f in planted for raw, line in _primary(f)}
    hits = expected & found
    true_findings = [f for f in planted if any((f.doc, f.kind, r, ln) in expected for r, ln in _primary(f))]
    precision = len(true_findings) / len(planted)
    recall = len(hits) / len(expected)
    with capsys.disabled():
        print(f"\naudit planted: {len(planted)} findings, precision {precision:.2f}, recall {recall:.2f}")
    assert recall == 1.0, sorted(expected - found)
    assert precision == 1.0, [f.message for f in planted if f not in true_findings]


def test_lookalikes_not_reported(planted):
    reported = {(f.doc, v.raw, v.line) for f in planted for v in f.values if v.role in ("total", "stated", "amount",
                                                                                        "percentage")}
    for doc, raw, text in LOOKALIKES:
        assert (doc, raw, _line(doc, text)) not in reported, (doc, raw, text)


def test_rounding_is_dismissed_with_a_reason():
    doc = load_document(PLANTED / "tabellen.txt", PLANTED)
    assert not [f for f in audit_document(doc) if f.kind == "rounding"]
    notes = [f for f in audit_document(doc, include_rounding=True) if f.kind == "rounding"]
    assert {v.raw for f in notes for v in f.values if v.role == "total"} == {"3.581", "3.302", "100,0%"}
    for f in notes:
        assert abs(f.discrepancy) <= f.tolerance and f.severity == "low" and "afronding" in f.message


def test_third_fact_decides(planted):
    pct = next(f for f in planted if f.kind == "percentage" and f.supported is not None)
    assert pct.supported == 11800 and "11.800" in pct.supported_reason
    assert {v.role for v in pct.values} >= {"amount", "percentage", "base", "support"}
    copy = next(f for f in planted if f.kind == "duplicate" and f.supported is not None)
    assert copy.supported == 115 and _primary(copy)[0][0] == "151"
    plain = next(f for f in planted if f.kind == "percentage" and f.supported is None)
    assert plain.computed == pytest.approx(75.0) and plain.stated == 80.0


def test_every_number_is_cited(planted):
    for name in ("tabellen.txt", "begroting.txt"):
        text = load_document(PLANTED / name, PLANTED).text
        for f in (f for f in planted if f.doc == name):
            for c in f.citations:
                assert text[c.start:c.end] == c.quote and c.line
            for v in f.values:
                assert any(c.line <= v.line <= c.line_end and v.raw in c.quote for c in f.citations), (v, f.message)


def test_english_messages():
    en = audit_path(PLANTED, lang="en")
    assert en and all(f.lang == "en" for f in en)
    assert any(f.message.startswith("Total does not add up") for f in en)
    assert any("The documents therefore support" in f.message for f in en)


def test_seed_corpus_findings():
    findings = audit_path(CORPUS)
    # the one real contradiction: text says 522.157 keuro VEK, table says 552.157; 94,1% only fits the table
    assert len(findings) == 1, [f.message for f in findings]
    f = findings[0]
    assert f.doc == "004_041d48c097fadc86.txt" and f.kind == "percentage" and f.severity == "high"
    assert [v.raw for v in f.values] == ["522.157", "94,1%", "586.978", "552.157"]
    assert f.supported == 552157
    # look-alike: the ISE total 635.305 vs parts 635.306 (keuro) is rounding, dismissed with a reason
    notes = [n for n in audit_path(CORPUS, include_rounding=True) if n.kind == "rounding"]
    assert sorted(v.raw for n in notes for v in n.values if v.role == "total") == ["635.305", "635.441"]


def test_cli_audit(corpus_index):
    from click.testing import CliRunner

    from qa.cli import main

    res = CliRunner().invoke(main, ["audit", "--index", str(corpus_index), "--json"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.output.splitlines() if line.strip()]
    assert len(rows) == 1 and rows[0]["supported"] == 552157 and rows[0]["citations"]
    res = CliRunner().invoke(main, ["audit", "--index", str(corpus_index), "--lang", "en",
                                    "--doc", "000_f85098453f70527a.txt"])
    assert res.exit_code == 0 and "No contradictions found." in res.output
    text = CliRunner().invoke(main, ["audit", "--index", str(corpus_index)]).output
    assert "[HIGH] percentage" in text and "552.157" in text


def test_a_change_beside_its_level_is_not_the_cell_stated_twice(tmp_path):
    """'82.879 plaatsen, 919 meer dan een jaar eerder': the sentence gives the table's total and its change."""
    (tmp_path / "capaciteit.txt").write_text(
        "Capaciteitsmonitor woonzorg 2024\n\n"
        "Op 31 december 2024 telde Vlaanderen 82.879 erkende woongelegenheden in woonzorgcentra, 919 meer dan een\n"
        "jaar eerder.\n\n"
        "Tabel 1: Erkende woongelegenheden in woonzorgcentra per provincie, 2022-2024\n"
        "Jaar Antwerpen Limburg Oost-Vlaanderen Vlaams-Brabant West-Vlaanderen Vlaanderen\n"
        "2022 21.812 9.365 19.388 12.955 17.690 81.210\n"
        "2023 22.047 9.471 19.530 13.110 17.802 81.960\n"
        "2024 22.310 9.602 19.744 13.268 17.955 82.879\n", encoding="utf-8")
    doc = load_document(tmp_path / "capaciteit.txt", tmp_path)
    assert not [f for f in audit_document(doc) if f.kind == "duplicate"]


def test_a_bare_total_row_is_not_named_by_a_year_and_the_word_aantal(tmp_path):
    """'Het aantal gecontroleerde kamers steeg van 4.336 in 2022 ...' names no cell of a table of defects whose
    column is '2022 (aantal)' and whose row is a bare 'Totaal' (round 109: two false alarms); a sentence that
    says what the table counts still is checked against its total."""
    text = ("Evaluatie controles studentenkamers 2023\n\n1. Samenvatting\n"
            "Het aantal gecontroleerde kamers steeg van 4.336 in 2022 naar 4.930 in 2023.\n\n"
            "2. Gebreken\nDe controleurs noteerden elk gebrek apart.\n\n"
            "Tabel 2. Vastgestelde gebreken naar type\n"
            "Type 2022 (aantal) 2023 (aantal)\n"
            "Brandveiligheid 831 835\n"
            "Woningkwaliteit 815 778\n"
            "Totaal 1.646 1.613\n")
    (tmp_path / "kamers.txt").write_text(text, encoding="utf-8")
    assert not [f for f in audit_document(load_document(tmp_path / "kamers.txt", tmp_path)) if f.kind == "duplicate"]
    (tmp_path / "kamers.txt").write_text(text.replace(
        "Het aantal gecontroleerde kamers steeg van 4.336 in 2022 naar 4.930 in 2023.",
        "Het totaal aantal gebreken bedroeg 1.631 in 2023."), encoding="utf-8")
    found = [f for f in audit_document(load_document(tmp_path / "kamers.txt", tmp_path)) if f.kind == "duplicate"]
    assert [(f.stated, f.computed) for f in found] == [(1631, 1613)], [f.message for f in found]
