"""Totals the audit must read right, in a text table and in a PDF drawn for these tests: subtotals sum their
own group and the grand total sums the groups, a column of changes or shares is no sum, a footnote mark on a
cell ('2.117*') keeps the cell, and a grand total under one group's subtotal (the table continues
elsewhere) is not checked. One planted error must be found and nothing else."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import build
from pdfmaker import Page, make_pdf, table
from qa.answer import Assistant
from qa.audit import audit_index

ROWS = [("Dakisolatie", "48.215", "52.904", "9,7"), ("Muurisolatie", "19.870", "24.311", "22,4"),
        ("Subtotaal schil", "68.085", "77.215", "13,4"), ("Warmtepomp", "22.618", "41.377", "82,9"),
        ("Zonneboiler", "2.117*", "1.860", "-12,1"), ("Subtotaal technieken", "24.735", "43.737", "74,8"),
        ("Totaal", "92.820", "120.452", "29,8")]  # 43.737 is planted: 41.377 + 1.860 = 43.237
CONTINUED = [("Warmtepompboiler", "3.905", "6.214", "59,1"), ("Elektrische installatie", "5.744", "6.002", "4,5"),
             ("Subtotaal installaties", "9.649", "12.216", "26,6"), ("Totaal", "102.469", "132.668", "29,5")]
CAPTION = "Tabel 2: Uitbetaalde premies per categorie van werken (in duizend euro)"
NOTE = "* Inclusief nabetalingen van dossiers uit 2021."


def _text(rows) -> str:
    return "\n".join(" ".join(r) for r in rows)


@pytest.fixture(scope="module", params=["txt", "pdf"])
def assistant(request, tmp_path_factory) -> Assistant:
    corpus = tmp_path_factory.mktemp(f"subtotals_{request.param}")
    intro = "VERSLAG PREMIES 2023\n\nDe premies worden per categorie opgevolgd.\n\n"
    if request.param == "txt":
        (corpus / "premies.txt").write_text(
            f"{intro}{CAPTION}\n\nCategorie 2022 2023 Evolutie (%)\n{_text(ROWS)}\n{NOTE}\n\n"
            f"Tabel 3: Premies voor installaties (in duizend euro)\n\nCategorie 2022 2023 Evolutie (%)\n"
            f"{_text(CONTINUED)}\n", encoding="utf-8")
    else:
        page = Page()
        page.line("VERSLAG PREMIES 2023", size=11, gap=20)
        page.line("De premies worden per categorie opgevolgd.", gap=22)
        header = [[("Categorie", -1, -1), ("2022", 0, 0), ("2023", 1, 1), ("Evolutie (%)", 2, 2)]]
        table(page, CAPTION, header, [([r[0]], list(r[1:])) for r in ROWS], col_w=70)
        page.line(NOTE, gap=22)
        table(page, "Tabel 3: Premies voor installaties (in duizend euro)", header,
              [([r[0]], list(r[1:])) for r in CONTINUED], col_w=70)
        (corpus / "premies.pdf").write_bytes(make_pdf([page]))
    index_dir = tmp_path_factory.mktemp(f"subtotals_index_{request.param}")
    build(Path(corpus), index_dir)
    return Assistant(index_dir)


def test_only_the_planted_subtotal_is_found(assistant):
    findings = audit_index(assistant.index)
    assert [(f.kind, f.stated, f.computed) for f in findings] == [("total", 43737.0, 43237.0)]


def test_a_footnote_mark_keeps_the_cell(assistant):
    cell = next(f for f in assistant.index.facts if f.value == 2117)
    assert cell.row_path == ["Zonneboiler"] and cell.year == "2022" and cell.unit == "k euro"
    assert assistant.ask("Hoeveel premie werd in 2022 uitbetaald voor zonneboilers?").value == 2117


def test_group_lines_head_their_rows_until_the_subtotal(tmp_path):
    """'Gezelschapsdieren' over its rows (closed by a subtotal) is a group; 'Brussel Hoofdstedelijk' over
    'Gewest 5' in a table without subtotals is a wrapped label."""
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "inspecties.txt").write_text(
        "Tabel 1: Inspecties per sector\n\nSector 2022 2023\nLandbouwhuisdieren\nRunderen 1.204 1.180\n"
        "Varkens 862 901\nSubtotaal landbouwhuisdieren 2.066 2.081\nGezelschapsdieren\nHondenkwekerijen 731 702\n"
        "Dierenasielen 349 355\nSubtotaal gezelschapsdieren 1.080 1.057\nTotaal 3.146 3.138\n\n"
        "Tabel 2: Opgestarte trajecten\n\n2021 In\nAntwerpen 129\nBrussel Hoofdstedelijk\nGewest 5\nLimburg 107\n"
        "Totaal 241\n", encoding="utf-8")
    build(tmp_path / "c", tmp_path / "idx")
    facts = Assistant(tmp_path / "idx").index.facts
    paths = {f.raw: f.row_path for f in facts}
    assert paths["862"] == ["Landbouwhuisdieren", "Varkens"] and paths["702"] == ["Gezelschapsdieren", "Hondenkwekerijen"]
    assert paths["3.146"] == ["Totaal"]
    assert paths["5"] == ["Brussel Hoofdstedelijk Gewest"] and paths["107"] == ["Limburg"]
    assert not audit_index(Assistant(tmp_path / "idx").index)
