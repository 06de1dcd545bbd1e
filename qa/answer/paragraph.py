"""Check a whole text claim by claim: a press release or a speech states several figures in one paragraph.

Claims are found by general rules: the text is cut into sentences, a sentence into clauses at a coordinating
conjunction or a semicolon, and every clause that states a figure is one claim. A clause without its own
subject ('..., en in Limburg 200') is read as the clause before it with its place, year and figure put in
(qa.answer.context); a clause that leaves out a year or place the sentence named inherits it.
"""

from __future__ import annotations

import re

from ..models import TextClaim
from ..text import detect_lang
from .context import _add_missing, resolve_clause
from .claimnumbers import claim_numbers

MAX_TEXT = 20_000  # characters of a pasted text that are checked; more is a document, not a paragraph
# a sentence ends at . ! ? before a capital, a digit or a quote; never inside '1.074' or '5,5'
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’')]*\s+(?=[A-ZÀ-Ý0-9\"“‘'(])|\n\s*\n")
_CLAUSE_CUT = re.compile(r"\s*;\s*|,\s+(?=(?:en|and|maar|but|terwijl|while|whereas|tegenover|against)\b)|"
                         r"\s+(?=(?:en|and|terwijl|while|whereas)\s+(?:(?:in|voor|for|bij|at|op|het|de|the|er|there)\b|\d))",
                         re.I)


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
    for s_start, s_end in _spans(text, _SENTENCE_END):
        clauses = _spans(text, _CLAUSE_CUT, s_start, s_end)
        numbered: list[tuple[int, int]] = []
        for a, b in clauses:
            if claim_numbers(text[a:b], lang):
                numbered.append((a, b))
            elif numbered:  # a clause without a figure belongs to the claim before it
                numbered[-1] = (numbered[-1][0], b)
        base = ""
        for a, b in numbered:
            clause = text[a:b]
            leaning = resolve_clause(clause, base, lang) if base else None
            claim = leaning or (_add_missing(clause, base) if base else clause)
            found.append((a, b, claim))
            base = base or clause
    return found


def check_text(assistant, text: str, scope=None) -> list[TextClaim]:
    """A verdict, with its sources, for every claim found in `text` (see find_claims)."""
    text = (text or "")[:MAX_TEXT]
    lang = detect_lang(text)
    out = []
    for start, end, claim in find_claims(text, lang):
        verdict = assistant.check(claim, scope=scope)
        out.append(TextClaim(claim=text[start:end], start=start, end=end,
                             read_as=claim if claim != text[start:end] else None, verdict=verdict.verdict,
                             message=verdict.answer, lang=verdict.lang, value=verdict.value, unit=verdict.unit,
                             citations=verdict.citations, facts=verdict.facts))
    return out
