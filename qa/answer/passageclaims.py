"""Claims without numbers: a passage must state them, with the same dates and without a negation.

A sentence that names the claim's event with another date, or negates one of its words, contradicts it;
one that only shares words (without the claim's rank, date or polarity) does not support it.
"""

from __future__ import annotations

import re

from .. import render
from ..facts.numbers import MEASURE, find_numbers
from ..models import Citation, Verdict
from ..text import stems
from .assistant import Assistant
from .asked import subject_stems
from .passages import best_sentences
from .question import parse
from .verify import terms_of
from .wordparts import plain_set, term_in

SUPPORT_MIN = 0.5  # share of the claim's (weighted) content words a passage must hold
CONTRADICT_MIN = 0.6  # ... and to contradict the claim's date with its own


def _dates(text: str) -> set[str]:
    return {re.sub(r"\D", "", t.raw) for t in find_numbers(text) if t.kind != MEASURE and len(t.raw) > 4}


_MONTHS = [("januari", "january"), ("februari", "february"), ("maart", "march"), ("april",), ("mei",),
           ("juni", "june"), ("juli", "july"), ("augustus", "august"), ("september",), ("oktober", "october"),
           ("november",), ("december",)]
_MONTH_NUMBER = {name: str(i + 1) for i, names in enumerate(_MONTHS) for name in names}


def _when(text: str) -> set[str]:
    """The years and months (by number; English 'may' is too often a verb) a text states."""
    months = {_MONTH_NUMBER[w] for w in re.findall(r"[a-z]+", text.lower()) if w in _MONTH_NUMBER}
    return set(parse(text).years) | {"m" + m for m in months}


def _says_all_but_date(claim: str, sentence: str) -> bool:
    """Every specific term of the claim, its months aside, is in the sentence: the same event, dated otherwise."""
    words = plain_set(set(stems(sentence)))
    return all(term_in(t, words) for t in terms_of(subject_stems(claim)) if t not in _MONTH_NUMBER)


_NEGATION = re.compile(r"^(niet|geen|nooit|not|no|never)$", re.I)
# a rank among others ('de grootste uitgever', 'the largest issuer', 'het enige land'): a sentence that only names
# the thing does not support the claim that it ranks first
RANK = re.compile(r"\b(?:grootste|meeste|hoogste|laagste|kleinste|minste|beste|slechtste|belangrijkste|voornaamste|"
                  r"enige|largest|biggest|greatest|highest|lowest|smallest|most|least|best|worst|leading|only)\b", re.I)


# a comparison: 'meer ... dan', 'less than half', 'de helft': the figures decide it, not a passage's words
COMPARED = re.compile(r"\b(?:meer|minder|hoger|lager|groter|kleiner|more|fewer|less|higher|lower|larger|smaller|"
                      r"greater)\b[^.?!]{0,80}?\b(?:dan|than)\b|\b(?:helft|half|verdubbel\w*|doubled?|tripled?)\b",
                      re.I)


def _denies(claim: str, sentence: str) -> bool:
    """The sentence negates one of the claim's own words (a negation within three words of it) while the
    claim has no negation: it says the opposite."""
    claim_words = re.findall(r"\w+", claim.lower())
    if any(_NEGATION.match(w) for w in claim_words):
        return False
    claimed = {_root(t) for t in stems(claim) if len(t) >= 3}
    for clause in re.split(r"[,;:()]|\bmaar\b|\bbut\b", sentence.lower()):
        words = re.findall(r"\w+", clause)
        for i, w in enumerate(words):
            if _NEGATION.match(w):
                near = {_root(t) for t in stems(" ".join(words[max(0, i - 3):i] + words[i + 1:i + 4])) if len(t) >= 3}
                if any(a.startswith(b) or b.startswith(a) for a in claimed for b in near):
                    return True
    return False


def _root(stem: str) -> str:
    """A stem with doubled letters single, cut to four letters: Dutch verb forms meet ('daalt', 'dalen')."""
    return re.sub(r"(.)\1", r"\1", stem)[:4]


def check_passage(assistant: Assistant, claim: str, text: str, docs: frozenset[str] | None = None) -> Verdict:
    q = parse(text, docs)
    hits = assistant.index.search(text, k=5, docs=docs)
    ranked = best_sentences(subject_stems(text), hits, window=0)
    lang = q.lang
    claimed_when = _when(text)
    dated_otherwise: tuple[float, Citation, str] | None = None  # the claim's event, said with another date
    denied: tuple[float, Citation, str] | None = None  # the claim's words, said with a negation
    for score, sents in ranked[:3]:
        if score < SUPPORT_MIN:
            break
        s = sents[0]
        doc = assistant.index.document(s.doc)
        cite = Citation(doc=doc.doc, title=doc.title, page=doc.page_of(s.start), line=doc.line_of(s.start),
                        line_end=doc.line_of(s.end - 1), start=s.start, end=s.end, quote=doc.text[s.start:s.end])
        wanted = _dates(text)
        if wanted and not wanted <= _dates(s.text):  # 'op 1 juli 2022' against 'op 1 juli 2023 in werking getreden'
            if dated_otherwise is None and score >= CONTRADICT_MIN and _dates(s.text) \
                    and _says_all_but_date(text, s.text):
                dated_otherwise = (score, cite, doc.title)
            continue
        if RANK.search(text) and not RANK.search(s.text):  # 'Sodexo is the largest' is not said by 'Sodexo groepeert'
            continue
        if COMPARED.search(text) and not COMPARED.search(s.text):  # 'meer aangevraagd dan beschikbaar' is a
            continue  # comparison of figures, not said by lines that only name them
        if _denies(text, s.text):  # 'dalen de cijfers niet' does not support 'daalt'
            if denied is None and score >= CONTRADICT_MIN and _says_all_but_date(text, s.text):
                denied = (score, cite, doc.title)
            continue
        said_when = _when(s.text)
        if not claimed_when <= said_when:  # 'in september 2016' is not said by 'op 28 april 2017'
            if dated_otherwise is None and score >= CONTRADICT_MIN and {w for w in said_when if not w.startswith("m")} \
                    and _says_all_but_date(text, s.text):
                dated_otherwise = (score, cite, doc.title)
            continue
        msg = (f"Klopt: {doc.title} ({render.where(cite, lang)}) zegt: “{' '.join(s.text.split())}”" if lang == "nl"
               else f"Supported: {doc.title} ({render.where(cite, lang)}) states: “{' '.join(s.text.split())}”")
        return Verdict(claim=claim, verdict="supported", answer=msg, lang=lang, citations=[cite],
                       confidence=round(min(1.0, score), 3))
    if denied is not None and dated_otherwise is None:
        score, cite, title = denied
        quote = " ".join(cite.quote.split())
        msg = (f"Klopt niet: {title} ({render.where(cite, lang)}) zegt het tegendeel: “{quote}”" if lang == "nl"
               else f"Contradicted: {title} ({render.where(cite, lang)}) says the opposite: “{quote}”")
        return Verdict(claim=claim, verdict="contradicted", answer=msg, lang=lang, citations=[cite],
                       confidence=round(min(1.0, score), 3))
    if dated_otherwise is not None:
        score, cite, title = dated_otherwise
        quote = " ".join(cite.quote.split())
        msg = (f"Klopt niet: volgens {title} ({render.where(cite, lang)}) gebeurde dit op een andere datum: “{quote}”"
               if lang == "nl" else
               f"Contradicted: according to {title} ({render.where(cite, lang)}) this happened at another date: “{quote}”")
        return Verdict(claim=claim, verdict="contradicted", answer=msg, lang=lang, citations=[cite],
                       confidence=round(min(1.0, score), 3))
    msg = ("Niet in de documenten: geen passage zegt dit." if lang == "nl"
           else "Not in the documents: no passage states this.")
    return Verdict(claim=claim, verdict="not_in_documents", answer=msg, lang=lang)
