"""Check a whole text claim by claim: a press release or a speech states several figures in one paragraph.

Claims are found by general rules: the text is cut into sentences, a sentence into clauses at a coordinating
conjunction or a semicolon, and every clause that states a figure is one claim. A clause without its own
subject ('..., en in Limburg 200') is read as the clause before it with its place, year and figure put in
(qa.answer.context); a clause that leaves out a year or place the sentence named inherits it.
"""

from __future__ import annotations

import re

from ..models import TextClaim, Verdict
from ..text import detect_lang
from .clausecontext import resolve_clause
from .context import _add_missing, _point_back, years_in
from .claimnumbers import claim_numbers

MAX_TEXT = 20_000  # characters of a pasted text that are checked; more is a document, not a paragraph
# a sentence ends at . ! ? before a capital, a digit or a quote; never inside '1.074' or '5,5'
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')]*\s+(?=[A-ZÀ-Ý0-9\"“‘'(])|\n\s*\n")
_CLAUSE_CUT = re.compile(r"\s*;\s*|,\s+(?=(?:en|and|maar|but|terwijl|while|whereas|tegenover|against|waarvan|waaronder|"
                         r"of which|of whom|including)\b)|"
                         r"\s+(?=(?:en|and|terwijl|while|whereas)\s+(?:(?:in|voor|for|bij|at|op|het|de|the|er|there)\b|\d))",
                         re.I)

# a clause that counts part of what the clause before it counted ('in 83 daarvan volgde ...')
_POINTS_BACK = re.compile(r"\b(?:daarvan|ervan|waarvan|waaronder|hiervan|daaronder|of which|of whom|of them|of those|"
                          r"including|of these|among them)\b", re.I)


def _spans(text: str, pattern: re.Pattern, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Pieces of text[start:end] between the matches of `pattern`, stripped, as absolute spans."""
    end = len(text) if end is None else end
    out, pos = [], start
    for m in pattern.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    spans = []
    for a, b in out:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1] in " \t\n.;,":
            b -= 1
        if b > a:
            spans.append((a, b))
    return spans


def find_claims(text: str, lang: str | None = None) -> list[tuple[int, int, str]]:
    """Every clause of `text` that states a figure: (start, end, the claim to check), in text order."""
    lang = lang or detect_lang(text)
    found = []
    said_before = ""  # the claims so far: 'dat jaar' in a later sentence is the year they named
    for s_start, s_end in _spans(text, _SENTENCE_END):
        clauses = _spans(text, _CLAUSE_CUT, s_start, s_end)
        numbered: list[tuple[int, int]] = []
        lead = None  # 'Tussen 2021 | en 2022 steeg het aantal ...': a clause before the first figure opens it
        for a, b in clauses:
            if claim_numbers(text[a:b], lang):
                numbered.append((a if lead is None else lead, b))
                lead = None
            elif numbered:  # a clause without a figure belongs to the claim before it
                numbered[-1] = (numbered[-1][0], b)
            elif lead is None:
                lead = a
        base = ""
        for a, b in numbered:
            clause = text[a:b]
            leaning = resolve_clause(clause, base, lang) if base else None
            if base and leaning is None and _POINTS_BACK.search(clause):  # 'in 83 daarvan volgde ...' needs
                pa, _, pclaim = found[-1]                                   # the clause it points back to
                found[-1] = (pa, b, text[pa:b] if pclaim == text[pa:found[-1][1]] else f"{pclaim}; {clause}")
                continue
            claim = leaning or (_add_missing(clause, base) if base else clause)
            if said_before and not years_in(claim):  # 'In 2016 ... . Vanuit Leuven-Hulp werden dat jaar 485 ...'
                claim = _point_back(claim, said_before)
            found.append((a, b, claim))
            base = base or clause
        said_before += " " + " ".join([c for a, b, c in found if a >= s_start] or [text[s_start:s_end]])
    return found


def check_parts(assistant, text: str, docs: frozenset[str] | None = None,
                found: list[tuple[int, int, str]] | None = None) -> list[TextClaim]:
    """A verdict, with its sources, for every claim found in `text` (see find_claims; `found` when the caller
    has them already), from the documents `docs` (None: all)."""
    from .claims import check

    text = (text or "")[:MAX_TEXT]
    out = []
    for start, end, claim in find_claims(text, detect_lang(text)) if found is None else found:
        verdict = check(assistant, claim, docs)
        out.append(TextClaim(claim=text[start:end], start=start, end=end,
                             read_as=claim if claim != text[start:end] else None, verdict=verdict.verdict,
                             message=verdict.answer, lang=verdict.lang, value=verdict.value, unit=verdict.unit,
                             citations=verdict.citations, facts=verdict.facts))
    return out


def combine(claim: str, parts: list[TextClaim], lang: str) -> Verdict:
    """One verdict on a claim of several clauses: contradicted when a clause is, supported when every clause
    is, otherwise not in the documents; the message says which clause holds and which does not."""
    kinds = [p.verdict for p in parts]
    verdict = "contradicted" if "contradicted" in kinds else "supported" if set(kinds) == {"supported"} \
        else "not_in_documents"
    key = next(p for p in parts if p.verdict == verdict) if verdict != "not_in_documents" else None
    counts = {k: kinds.count(k) for k in ("supported", "contradicted", "not_in_documents")}
    if lang == "nl":
        head = (f"{len(parts)} beweringen — juist: {counts['supported']}, onjuist: {counts['contradicted']}, "
                f"niet in de documenten: {counts['not_in_documents']}.")
    else:
        head = (f"{len(parts)} claims: {counts['supported']} supported, {counts['contradicted']} contradicted, "
                f"{counts['not_in_documents']} not in the documents.")
    lines = [head] + [f"«{p.claim}»: {p.message}" for p in parts]
    citations, facts = [], []
    for p in parts:
        citations += [c for c in p.citations if c not in citations]
        facts += [f for f in p.facts if f not in facts]
    return Verdict(claim=claim, verdict=verdict, answer="\n".join(lines), lang=lang,
                   value=key.value if key else None, unit=key.unit if key else None, citations=citations,
                   facts=facts, confidence=0.8 if key else 0.0, parts=parts)
