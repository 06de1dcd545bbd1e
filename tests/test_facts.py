"""The fact table on the seed corpus, the dev questions and synthetic layouts."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

import pytest

from qa.facts import extract_facts, region_of
from qa.models import Document, Fact

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SYNTHETIC = ROOT / "tests" / "data" / "facts"
DEV = ROOT / "tests" / "data" / "eval" / "dev.jsonl"
DOCS = sorted(p.name for p in CORPUS.glob("*.txt"))


def load(path: Path) -> Document:
    """Through the ingest module when present, so offsets match the text of record."""
    try:
        from qa.ingest import load_document
    except ImportError:
        return Document(doc=path.name, sha256="x", text=path.read_text(encoding="utf-8"))
    return load_document(path, path.parent)


@lru_cache(maxsize=None)
def facts_of(path: Path) -> tuple[Document, list[Fact]]:
    doc = load(path)
    return doc, extract_facts(doc)


def _dev_numeric() -> list[dict]:
    items = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [i for i in items if i["kind"] == "numeric" and "computed" not in (i.get("note") or "")]


def _matches(item: dict, doc: Document, facts: list[Fact]) -> list[Fact]:
    """Facts with the gold value, inside the gold quote, labelled with the question's year and region."""
    pos = doc.text.find(item["quote"])
    assert pos >= 0, f"gold quote of {item['id']} not in text"
    years = set(re.findall(r"\b(?:19|20)\d\d\b", item["question"]))
    region = region_of(item["question"])
    return [
        f for f in facts
        if f.value == pytest.approx(item["answer_value"])
        and pos <= f.start and f.end <= pos + len(item["quote"])
        and (not years or f.year in years)
        and (region is None or f.region == region)
    ]


def test_dev_numeric_coverage(capsys) -> None:
    items = _dev_numeric()
    missing = []
    for item in items:
        doc, facts = facts_of(CORPUS / item["doc"])
        if not _matches(item, doc, facts):
            missing.append(item["id"])
    with capsys.disabled():
        print(f"\ndev numeric coverage: {len(items) - len(missing)}/{len(items)}; missing {missing}")
    assert not missing


@pytest.mark.parametrize("name", DOCS)
def test_span_invariants(name: str) -> None:
    doc, facts = facts_of(CORPUS / name)
    assert facts
    ids = set()
    for f in facts:
        assert doc.text[f.start:f.end] == f.raw
        assert doc.text[f.quote_start:f.quote_end] == f.quote
        assert f.quote_start <= f.start and f.end <= f.quote_end
        assert f.line == doc.line_of(f.start) and f.page == doc.page_of(f.start)
        assert f.description and "\n" not in f.description
        assert f.id not in ids
        ids.add(f.id)


@pytest.mark.parametrize(
    ("name", "context", "number"),
    [
        ("000_f85098453f70527a.txt", "vraag nr. 490 van 23 maart 2023", "490"),
        ("000_f85098453f70527a.txt", "vraag nr. 490 van 23 maart 2023", "23"),
        ("000_f85098453f70527a.txt", "2021 In\n", "2021"),
        ("001_baf43fd4eadf702d.txt", "Er zijn op 02/05/2023 in totaal", "02"),
        ("001_baf43fd4eadf702d.txt", "2022 148 6 3", "2022"),
        ("001_baf43fd4eadf702d.txt", "2023 (tot \n02/05/23)", "02"),
        ("002_85ab7f7541f6c4b5.txt", "51 tot 100 5 4", "51"),
        ("002_85ab7f7541f6c4b5.txt", "advies voor: 1) maatwerk", "1"),
        ("002_85ab7f7541f6c4b5.txt", "<5 115", "5"),
        ("003_fec9433b60b9bde4.txt", "in 20202 in Vlaanderen", "20202"),
        ("003_fec9433b60b9bde4.txt", "3° het streven", "3"),
        ("003_fec9433b60b9bde4.txt", "nr. 808/1-3", "808"),
        ("004_041d48c097fadc86.txt", "(CB0-1CBD2AB-PR) nam", "1"),
        ("004_041d48c097fadc86.txt", "JB0-1JEC2HA-WT, p.11", "11"),
        ("004_041d48c097fadc86.txt", "uitsluiting (p.21)", "21"),
        ("004_041d48c097fadc86.txt", "\n21 \n", "21"),
        ("004_041d48c097fadc86.txt", "Individueel maatwerk invoeren4", "4"),
        ("004_041d48c097fadc86.txt", "OD 17: Collectief", "17"),
        ("004_041d48c097fadc86.txt", "vragen 244, 293, 316 en 725", "316"),
        ("004_041d48c097fadc86.txt", "234 (2019-2020) NR. 1", "234"),
        ("004_041d48c097fadc86.txt", "7 ’Procesevaluatie", "7"),
    ],
)
def test_no_fact_for_non_measures(name: str, context: str, number: str) -> None:
    doc, facts = facts_of(CORPUS / name)
    pos = doc.text.find(context)
    assert pos >= 0
    start = doc.text.find(number, pos)
    assert not [f for f in facts if f.start == start], f"{number!r} in {context!r} became a fact"


def _total_lines(doc: Document) -> list[int]:
    return [m.start() for m in re.finditer(r"(?m)^[ \f]*(?:Totaal|TOTAAL)[ \t]+[\d/]", doc.text)]


@pytest.mark.parametrize("name", DOCS)
def test_every_total_is_checked(name: str) -> None:
    doc, facts = facts_of(CORPUS / name)
    for pos in _total_lines(doc):
        line = doc.line_of(pos)
        totals = [f for f in facts if f.line == line]
        assert totals and all(f.is_total and f.total_ok is not None for f in totals), doc.text[pos:pos + 60]
    for f in facts:
        if f.is_total and f.source != "prose":
            assert f.total_ok is not None, f.quote


def test_known_totals() -> None:
    _, facts = facts_of(CORPUS / "000_f85098453f70527a.txt")
    assert [f.raw for f in facts if f.is_total and f.total_ok] == ["715", "1074", "645", "1206"]
    _, facts = facts_of(CORPUS / "004_041d48c097fadc86.txt")
    failing = sorted({f.raw for f in facts if f.is_total and f.total_ok is False})
    assert failing == ["635.305", "635.441"]  # printed totals one off the sum of their parts


def _one(facts: list[Fact], raw: str, **labels) -> Fact:
    found = [f for f in facts if f.raw == raw and all(getattr(f, k) == v for k, v in labels.items())]
    assert len(found) == 1, [(f.raw, f.row, f.column, f.year) for f in facts if f.raw == raw]
    return found[0]


def test_wide_table_labels() -> None:
    _, facts = facts_of(CORPUS / "001_baf43fd4eadf702d.txt")
    f = _one(facts, "53", year="2021", region="West-Vlaanderen")
    assert f.column == "W-VL" and f.row == "2021" and f.source == "table"
    assert "opgestarte overeenkomsten" in f.measure
    f = _one(facts, "236", row="Psychiatrisch ziekenhuis", year="2022")
    assert "Psychiatrisch \nziekenhuis" in f.quote and "236" in f.quote
    slash = [f for f in facts if f.raw == "/" and f.year == "2023" and f.region == "Brussels Hoofdstedelijk Gewest"]
    assert slash and all(f.value == 0 for f in slash)
    assert _one(facts, "59", row="TOTAAL").source == "list"
    assert "stopdatum" in _one(facts, "334,20").measure


def test_budget_table_labels() -> None:
    _, facts = facts_of(CORPUS / "004_041d48c097fadc86.txt")
    f = _one(facts, "668.564")
    assert (f.row, f.column, f.unit, f.scale, f.year) == ("BU 2024", "VEK", "k euro", 1000.0, "2024")
    f = _one(facts, "552.289", source="table")
    assert f.column == "VAK · BU 2024" and f.row == "Uitgaven"
    assert _one(facts, "93,9%").measure.startswith("aandeel van het beschikbare VAK-krediet")
    assert _one(facts, "694.180", row="ESR-uitgaven WT, LO, PR", column="VAK 2024 · BA").unit == "k euro"
    f = _one(facts, "35.327", source="table")
    assert (f.row, f.column) == ("Uitgaven", "VEK · BU 2024") and f.measure.startswith("Begrotingsuitvoering")


def test_prose_labels() -> None:
    _, facts = facts_of(CORPUS / "000_f85098453f70527a.txt")
    f = _one(facts, "5.512")
    assert (f.unit, f.year, f.source, f.value) == ("k euro", "2023", "prose", 5512.0)
    assert f.quote == "4. Voor het jaar 2023 is een bedrag voorzien van 5.512 k euro."
    _, facts = facts_of(CORPUS / "003_fec9433b60b9bde4.txt")
    assert _one(facts, "80").unit == "%"
    assert _one(facts, "6343").region == "Vlaanderen" and _one(facts, "6343").year == "2020"
    _, facts = facts_of(CORPUS / "002_85ab7f7541f6c4b5.txt")
    assert _one(facts, "30").unit == "uur per week"
    assert _one(facts, "137,42").year == "2020" and _one(facts, "137,42").column == "Activerende arbeidszorg"


PDFS = sorted((ROOT / "tests" / "data" / "pdf").glob("*.pdf"))


@pytest.mark.parametrize("pdf", PDFS, ids=[p.name for p in PDFS])
def test_pdf_rendering_gives_the_same_facts(pdf: Path) -> None:
    """pypdf text has no blank lines and has form feeds; the labels must not depend on that."""
    pytest.importorskip("qa.ingest")
    doc, facts = facts_of(pdf)
    _, from_text = facts_of(CORPUS / pdf.with_suffix(".txt").name)

    def key(f: Fact) -> tuple:
        return f.raw, str(f.year), str(f.region), f.row, f.column, f.is_total, str(f.total_ok)

    def tabular(f: Fact) -> bool:
        return f.source == "table" or bool(f.source == "list" and f.row)

    assert sorted(key(f) for f in facts if tabular(f)) == sorted(key(f) for f in from_text if tabular(f))
    assert sorted(f.raw for f in facts) == sorted(f.raw for f in from_text)
    assert all(doc.text[f.start:f.end] == f.raw and f.page for f in facts)


# --- synthetic layouts the seed documents do not have -------------------------------------------


def test_header_split_over_three_lines() -> None:
    _, facts = facts_of(SYNTHETIC / "three_line_header.txt")
    f = _one(facts, "21")
    assert (f.region, f.column, f.year) == ("Oost-Vlaanderen", "Aantal ingediende dossiers", "2023")
    assert _one(facts, "/").column == "Aantal goedgekeurde dossiers"
    assert [f.total_ok for f in facts if f.is_total] == [True, True]
    doc, _ = facts_of(SYNTHETIC / "three_line_header.txt")
    contact = doc.text.index("Contactpersoon")
    assert not [f for f in facts if f.raw in ("812", "14") or f.start > contact]


def test_table_across_page_break_with_wrong_total() -> None:
    doc, facts = facts_of(SYNTHETIC / "page_break.txt")
    f = _one(facts, "14")
    assert (f.year, f.region, f.column) == ("2021", "West-Vlaanderen", "W-VL")
    assert not [f for f in facts if f.raw == "7" and f.row == ""]
    totals = {f.column: f.total_ok for f in facts if f.row == "Totaal"}
    assert totals["BHG"] is False and totals["Antw"] is True and totals["Totaal"] is False
    if doc.page_starts:
        assert f.page == 2


def test_english_amounts() -> None:
    _, facts = facts_of(SYNTHETIC / "english.txt")
    f = _one(facts, "1.2")
    assert (f.value, f.unit, f.scale, f.year, f.region) == (1.2, "miljoen euro", 1e6, "2023", "Vlaanderen")
    assert _one(facts, "350,000").value == 350000 and _one(facts, "350,000").unit == "euro"
    assert _one(facts, "12.5%").unit == "%"
    assert not [f for f in facts if f.raw in ("4", "12")]


def test_transposed_budget_table() -> None:
    _, facts = facts_of(SYNTHETIC / "transposed.txt")
    f = _one(facts, "1.198,5", source="table")
    assert (f.value, f.row, f.column, f.unit, f.year) == (1198.5, "BU 2025", "VAK", "k euro", "2025")
    assert "PROEFPROJECTEN" in f.description
    assert not [f for f in facts if f.raw in ("0", "1")]


def test_a_charts_axis_gives_no_facts() -> None:
    text = ("Aanvragen per sector\n\nIn 2024 werden 172 aanvragen ingediend, waarvan 64 uit het primair onderwijs.\n\n"
            "0 20 40 60 80 100 120 140 160 180\n\n0% 25% 50% 75% 100%\n\nSector Aanvragen\nPrimair 64\nSecundair 108\n")
    raws = [f.raw for f in extract_facts(Document(doc="grafiek.txt", sha256="x", text=text))]
    assert "172" in raws and "64" in raws and "108" in raws
    assert not {"20", "40", "180", "25%", "75%"} & set(raws)
