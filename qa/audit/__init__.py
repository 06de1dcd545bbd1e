"""`qa audit`: where the documents contradict themselves, with both sources.

Findings come from the fact table (see `qa.audit.rules` and `qa.audit.sentences` for the rules):
totals that do not add up, the same quantity stated twice with different
values, and percentages that do not match their parts. When a third fact
fits one side (the percentage agrees with the table but not with the text),
the finding says which value the documents support and why.

Rounding rule: a discrepancy that the printed precision can explain is NOT
reported. Each rounded value (money, shares, numbers with decimals) may lie
half a last digit from the truth, so a total of n rounded parts may differ
from their sum by up to (n + 1) / 2 last digits — "635.305" keuro against a
sum of 635.306 is such an artefact. Counts printed without decimals or scale
are exact and must add up exactly. `include_rounding=True` lists the
dismissed artefacts as kind "rounding" (for inspection, never in the CLI).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from . import rules, sentences
from ..models import Citation, Document, Fact
from ..facts.numbers import decimals_of
from ..render import amount, fact_citation, fmt, labels

Kind = Literal["total", "duplicate", "percentage", "rounding"]


class AuditValue(BaseModel):
    """One number involved in a finding, with its role and where it is printed."""

    role: str  # total, part, stated, other, amount, percentage, base, support
    raw: str
    value: float
    unit: str | None = None
    label: str = ""
    doc: str = ""
    line: int | None = None
    fact_id: str = ""


class Finding(BaseModel):
    kind: Kind
    severity: Literal["high", "medium", "low"]
    doc: str
    message: str
    lang: Literal["nl", "en"] = "nl"
    values: list[AuditValue] = Field(default_factory=list)
    stated: float  # the value as printed (total, percentage, first statement)
    computed: float  # what the other facts give (sum of parts, ratio, second statement)
    discrepancy: float  # stated - computed, in `unit` ("%" = percentage points)
    tolerance: float  # how much rounding of the printed values could explain
    unit: str | None = None
    supported: float | None = None  # the value the documents support, when a third fact decides
    supported_reason: str = ""
    citations: list[Citation] = Field(default_factory=list)


def audit_document(doc: Document, facts: list[Fact] | None = None, title: str = "", lang: str = "nl",
                   include_rounding: bool = False) -> list[Finding]:
    """All findings of one document (facts are extracted when not given)."""
    if facts is None:
        from ..facts import extract_facts

        facts = extract_facts(doc)
    tables = rules.doc_tables(doc, facts)
    raws: list[rules.Raw] = []
    for grid in tables:
        structured = any(c is not None and c.reader == "geometry" for row in grid for c in row)
        raws += rules.check_structured_totals(grid) if structured else rules.check_totals(grid)
    raws += rules.check_copies(tables)
    raws += sentences.check_prose_vs_tables(doc, facts, tables)
    raws += sentences.check_percentages(doc, facts)
    out, seen = [], set()
    for raw in sorted(raws, key=lambda r: (r.supported is None, min(f.start for _, f in r.facts))):
        key = frozenset((role in ("total", "stated", "amount", "percentage"), f.start) for role, f in raw.facts
                        if role in ("total", "stated", "other", "amount", "percentage"))
        if key in seen or any(key & s for s in seen if raw.kind != "total"):
            continue
        seen.add(key)
        rounding = abs(raw.stated - raw.computed) <= raw.tol
        if rounding and not include_rounding:
            continue
        out.append(_finding(doc, raw, title or doc.title or doc.doc, lang, rounding))
    return sorted(out, key=lambda f: min((c.start for c in f.citations), default=0))


def audit_index(index, doc: str | None = None, lang: str = "nl", include_rounding: bool = False) -> list[Finding]:
    """Findings over every document of a loaded `qa.search.retrieve.Index` (or just `doc`)."""
    names = [doc] if doc else sorted(index.titles)
    by_doc: dict[str, list[Fact]] = {}
    if doc:  # one document's facts only: an answer audits its own document, whatever the index's size
        by_doc[doc] = [index.facts[i] for i in index.facts.of_doc(doc)]
    else:
        for f in index.facts:
            by_doc.setdefault(f.doc, []).append(f)
    out: list[Finding] = []
    for name in names:
        document = index.document(name)
        facts = sorted(by_doc.get(name, []), key=lambda f: f.start)
        out += audit_document(document, facts, index.titles.get(name, ""), lang, include_rounding)
    return out


def audit_path(corpus: Path | str, lang: str = "nl", include_rounding: bool = False) -> list[Finding]:
    """Findings over the documents of a folder, without an index."""
    from ..ingest import load_document

    root = Path(corpus)
    out: list[Finding] = []
    for path in sorted(p for p in root.rglob("*") if p.suffix.lower() in (".txt", ".md", ".pdf")):
        out += audit_document(load_document(path, root), lang=lang, include_rounding=include_rounding)
    return out


# ---------------------------------------------------------------- wording

def _severity(raw: rules.Raw, rounding: bool) -> str:
    if rounding:
        return "low"
    gap = abs(raw.stated - raw.computed)
    if raw.kind == "percentage":
        return "high" if gap >= 1 or raw.supported is not None else "medium"
    rel = gap / max(abs(raw.stated), abs(raw.computed), 1e-9)
    return "high" if rel >= 0.01 or raw.supported is not None else "medium" if rel >= 0.001 else "low"


def _dec(*facts: Fact) -> int:
    return max((decimals_of(f.raw) for f in facts), default=0)


def _show(f: Fact) -> str:
    return f.raw if f.raw.endswith("%") or not f.unit else f"{f.raw} {f.unit}"


def _where(f: Fact, lang: str) -> str:
    return f"{'r.' if lang == 'nl' else 'line'} {f.line}"


def _finding(doc: Document, raw: rules.Raw, title: str, lang: str, rounding: bool) -> Finding:
    facts = [f for _, f in raw.facts] + ([raw.supported] if raw.supported is not None else [])
    values = [AuditValue(role=role, raw=f.raw, value=f.value, unit=f.unit, label=labels(f), doc=f.doc, line=f.line,
                         fact_id=f.id) for role, f in raw.facts]
    if raw.supported is not None:
        s = raw.supported
        values.append(AuditValue(role="support", raw=s.raw, value=s.value, unit=s.unit, label=labels(s), doc=s.doc,
                                 line=s.line, fact_id=s.id))
    cites, spans = [], set()
    for f in facts:
        if (f.doc, f.quote_start, f.quote_end) not in spans:
            spans.add((f.doc, f.quote_start, f.quote_end))
            cites.append(fact_citation(f, title, doc.page_of(f.quote_start), doc.line_of(f.quote_start),
                                       doc.line_of(max(f.quote_start, f.quote_end - 1))))
    message, reason = _words(raw, lang, rounding)
    return Finding(kind="rounding" if rounding else raw.kind, severity=_severity(raw, rounding), doc=doc.doc,
                   message=message, lang=lang, values=values, stated=raw.stated, computed=round(raw.computed, 6),
                   discrepancy=round(raw.stated - raw.computed, 6), tolerance=round(raw.tol, 6), unit=raw.unit,
                   supported=raw.supported.value if raw.supported is not None else None, supported_reason=reason,
                   citations=cites)


def _words(raw: rules.Raw, lang: str, rounding: bool) -> tuple[str, str]:
    nl = lang == "nl"
    role = {r: f for r, f in raw.facts}
    diff = raw.stated - raw.computed
    if raw.kind == "total":
        total, parts = role["total"], [f for r, f in raw.facts if r == "part"]
        d = _dec(total, *parts)
        where = ", ".join(dict.fromkeys(x for x in (total.row, total.column) if x))
        where += f", {total.year}" if total.year and total.year not in where else ""
        summed, gap = amount(raw.computed, total.unit, lang, d), fmt(diff, lang, d)
        if rounding:
            why = (f"binnen de afronding van de {len(parts) + 1} afgeronde bedragen (±{fmt(raw.tol, lang, d + 1)})" if nl
                   else f"within the rounding of the {len(parts) + 1} rounded amounts (±{fmt(raw.tol, lang, d + 1)})")
            return ((f"Afrondingsverschil, geen fout: het totaal {_show(total)} ({where}) wijkt {gap} af van de som van de "
                     f"delen ({summed}), {why}.") if nl else
                    (f"Rounding, not an error: the total {_show(total)} ({where}) differs by {gap} from the sum of its "
                     f"parts ({summed}), {why}.")), ""
        kind = ("de eerste kolom, die in de andere rijen de som is" if nl else "the first column, which is the sum in the other rows") \
            if raw.extra.get("implicit") else ""
        return ((f"Totaal klopt niet: {_show(total)} ({where}{'; ' + kind if kind else ''}, {_where(total, lang)}) "
                 f"maar de {len(parts)} delen tellen op tot {summed} (verschil {gap}).") if nl else
                (f"Total does not add up: {_show(total)} ({where}{'; ' + kind if kind else ''}, {_where(total, lang)}) "
                 f"but its {len(parts)} parts sum to {summed} (difference {gap}).")), ""
    if raw.kind == "duplicate":
        x, y = role["stated"], role["other"]
        how = raw.extra.get("how")
        what = labels(y if y.source == "table" else x) if how == "text_table" else \
            ", ".join(dict.fromkeys(v for v in (x.row, x.column, x.region) if v))
        src = {"copy": ("in twee kopieën van dezelfde tabel", "in two copies of the same table"),
               "text_table": ("in de tekst en in de tabel", "in the text and in the table")}[how][0 if nl else 1]
        msg = ((f"Dezelfde grootheid ({what}) staat {src} met verschillende waarden: {_show(x)} ({_where(x, lang)}) "
                f"tegenover {_show(y)} ({_where(y, lang)}); verschil {fmt(diff, lang, _dec(x, y))}.") if nl else
               (f"The same quantity ({what}) is stated {src} with different values: {_show(x)} ({_where(x, lang)}) "
                f"against {_show(y)} ({_where(y, lang)}); difference {fmt(diff, lang, _dec(x, y))}."))
        s = raw.supported
        if s is None:
            return msg, ""
        reason = (f"Een derde kopie ({_where(s, lang)}) geeft ook {_show(s)}: de documenten ondersteunen {_show(s)}."
                  if nl else f"A third copy ({_where(s, lang)}) also gives {_show(s)}: the documents support {_show(s)}.")
        return f"{msg} {reason}", reason
    a, p, b = role["amount"], role["percentage"], role["base"]
    d = max(decimals_of(p.raw) + 1, 1)
    msg = ((f"Percentage klopt niet: {_show(a)} ({_where(a, lang)}) is {fmt(raw.computed, lang, d)}% van {_show(b)} "
            f"({_where(b, lang)}), niet {p.raw} zoals vermeld (verschil {fmt(diff, lang, d)} procentpunt).") if nl else
           (f"Percentage does not match: {_show(a)} ({_where(a, lang)}) is {fmt(raw.computed, lang, d)}% of {_show(b)} "
            f"({_where(b, lang)}), not {p.raw} as stated (difference {fmt(diff, lang, d)} percentage points)."))
    s = raw.supported
    if s is None:
        return msg, ""
    pct = fmt(raw.support_value or 0, lang, d)
    if raw.extra.get("side") == "amount":
        reason = ((f"{'In de tabel' if s.source == 'table' else 'Elders'} ({_where(s, lang)}) staat {_show(s)}; "
                   f"{_show(s)} / {_show(b)} = {pct}%, wat overeenkomt met het vermelde {p.raw}. De documenten "
                   f"ondersteunen dus {_show(s)}; {_show(a)} in de tekst is vermoedelijk een tikfout.") if nl else
                  (f"{'The table' if s.source == 'table' else 'Elsewhere'} ({_where(s, lang)}) gives {_show(s)}; "
                   f"{_show(s)} / {_show(b)} = {pct}%, which matches the stated {p.raw}. The documents therefore support "
                   f"{_show(s)}; {_show(a)} in the text is probably a typo."))
    else:
        reason = ((f"Met {_show(s)} ({_where(s, lang)}) als basis geeft {_show(a)} wel {pct}%: de documenten "
                   f"ondersteunen {_show(s)} als basis, niet {_show(b)}.") if nl else
                  (f"With {_show(s)} ({_where(s, lang)}) as the base, {_show(a)} does give {pct}%: the documents "
                   f"support {_show(s)} as the base, not {_show(b)}."))
    return f"{msg} {reason}", reason


def finding_lines(f: Finding) -> list[str]:
    """A finding as a few readable lines with its sources (for the CLI)."""
    from ..render import where

    out = [f"[{f.severity.upper()}] {f.kind} — {f.doc}", f"  {f.message}"]
    for n, c in enumerate(f.citations, 1):
        out.append(f"  [{n}] {c.title or c.doc} ({c.doc}, {where(c, f.lang)})")
        out.append("      " + " ".join(c.quote.split())[:220])
    return out
