"""What a build did, for people (`qa index`'s summary) and for programs (`--json`)."""

from __future__ import annotations

import json

from pydantic import BaseModel, Field

from ..models import Skipped, TableInfo


class BuildReport(BaseModel):
    added: list[str] = Field(default_factory=list)
    updated: list[str] = Field(default_factory=list)
    unchanged: list[str] = Field(default_factory=list)
    removed: list[str] = Field(default_factory=list)
    skipped: list[Skipped] = Field(default_factory=list)
    chunks: int = 0
    facts: int = 0
    embedded_chunks: int = 0
    embedded_words: int = 0  # document words embedded for reading English words by meaning (qa.search.words)
    resumed_chunks: int = 0  # vectors an interrupted earlier run had embedded (from the journal)
    seconds: float = 0.0
    rebuilt: str | None = None  # why a full rebuild happened, if it did
    version: str = ""
    warnings: list[str] = Field(default_factory=list)  # "doc: message", e.g. a table read with low confidence


def unsure_tables(tables: list[TableInfo]) -> list[str]:
    """A warning for each table whose cells did not line up with its headers (labels then come from text)."""
    out = []
    for t in tables:
        if t.confidence < 0.8:
            name = f"Tabel {t.number}" if t.number else "a table"
            where = f"on page {t.page}" if t.page else f"at line {t.line_start}"  # a text file has no pages
            out.append(f"{name} {where}: cells do not line up with its headers "
                       f"(label confidence {t.confidence:.2f}); its labels are read from the text")
    return out


def report_lines(report: BuildReport) -> list[str]:
    """The human summary printed at the end of `qa index`."""
    lines = []
    if report.rebuilt:
        lines.append(f"full rebuild: {report.rebuilt}")
    lines.append(f"documents: {len(report.added)} added, {len(report.updated)} updated, "
                 f"{len(report.unchanged)} unchanged, {len(report.removed)} removed, {len(report.skipped)} skipped")
    resumed = f", {report.resumed_chunks} from the stopped run" if report.resumed_chunks else ""
    lines.append(f"chunks: {report.chunks} ({report.embedded_chunks} embedded now{resumed}), facts: {report.facts}, "
                 f"{report.seconds:.1f} s")
    for s in report.skipped:
        lines.append(f"  skipped {s.doc}: {s.reason}")
    for w in report.warnings:
        lines.append(f"  warning {w}")
    return lines


def report_json(report: BuildReport) -> str:
    return json.dumps(report.model_dump(), ensure_ascii=False)
