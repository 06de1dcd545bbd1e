"""How a question words what it asks, read once per question: the adjectives of what a count question counts,
the nouns that only describe a name, the adjective used as a noun for people, and the whole a list divides.

These decide whether a term of the question narrows what is counted or only names it otherwise (qa.answer.matching
uses them to refine a fact's Check).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..models import Fact
from ..text import stems, to_dutch
from .question import places_in
from .verify import terms_of
from .wordparts import plain, plain_set

# nouns for people: an adjective used as a noun ('Franstaligen', 'werklozen') counts people, nothing else
PERSONS = set(stems("medewerkers personen mensen werknemers personeelsleden leden inwoners burgers deelnemers "
                    "bewoners kinderen jongeren studenten leerlingen patiënten werkzoekenden"))
GENERIC_PERSONS = set(stems("mensen personen"))  # 'hoeveel mensen': any of PERSONS counts them


# heads of compounds that name people by what they hold, use or do ('kansenpashouders', 'fietsgebruikers')
_PERSON_HEADS = ("houder", "gebruiker", "nemer", "bewoner", "werker", "bezoeker", "aanvrager")


def counts_persons(counted: str | None, words: set[str]) -> bool:
    """'Hoeveel mensen deden mee' is answered by 'Aantal deelnemers' or '214.380 pashouders': a generic count of
    people by a label that names people of some kind."""
    return counted in GENERIC_PERSONS and bool(words & (PERSONS | plain_set(PERSONS)) or any(
        plain(w).endswith(_PERSON_HEADS) for w in words))


def nominalized(text: str, fact: Fact, question: str) -> bool:
    """The word a prose number counts is an adjective of the question used as a noun: 'Franstaligen' are the
    'Franstalige medewerkers' asked, 'werklozen' the 'werkloze personen' (Dutch adds -n to the adjective)."""
    after = re.match(r"\s*([^\W\d_]{4,})", text[fact.end:fact.end + 40])
    return bool(after) and any(after.group(1).lower() == w.lower() + "n"
                               for w in re.findall(r"\b[^\W\d_]{3,}e(?=\s+[^\W\d_])", question))


# the whole a list or clause divides: 'Van de 21 gedetacheerden ..., zijn er: o 19 statutair; o 2 contractueel'
_WHOLE_LEAD = re.compile(r"\b(?:van de|van het|of the)\s+(?:[\d.]+|[^\W\d_]+)\s+([^\W\d_][\w-]*)", re.I)


def whole_noun(measure: str) -> list[str]:
    """Stems of the noun of the whole a fact's lead divides ('Van de 21 gedetacheerden ...'), or []."""
    m = _WHOLE_LEAD.search(measure)
    return stems(m.group(1)) if m else []


_COUNTED_PHRASE = re.compile(r"\bhoeveel\s+((?:[^\W\d_]{3,}e\s+)+)[^\W\d_]", re.I)


@lru_cache(maxsize=256)
def counted_adjectives(question: str) -> tuple[str, ...]:
    """Stems of the adjectives of what a Dutch question counts ('hoeveel Franstalige organisaties': 'franstal'),
    generic ones ('totale', 'gemiddelde') and places ('Waalse', checked as a place) aside."""
    m = _COUNTED_PHRASE.search(question)
    adjectives = [w for w in m.group(1).split() if not places_in(w)] if m else []
    return tuple(terms_of(stems(" ".join(adjectives))))  # asked per candidate fact: read once per question


_APPOSITION = re.compile(r"\b(?:het|de|the)\s+([a-zà-ÿ][\w-]{3,})\s+((?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*)*)")
# English names the kind after the name: '(Beschut Wonen) organisations', 'the Digibank partnerships'
_NAME_THEN_KIND = re.compile(r"\(?((?:[A-Z][\w-]*)(?:\s+[A-Z][\w-]*)*)\)?\s+"
                             r"(organi[sz]ations?|compan(?:y|ies)|institutions?|bodies|body|services?|centres?|"
                             r"centers?|providers?|partnerships?|associations?|agenc(?:y|ies)|facilities|facility)\b")


@lru_cache(maxsize=256)
def described_names(question: str) -> tuple[tuple[str, str], ...]:
    """(stem of the noun, name) of each name a question describes by a noun before it ('het marineschip
    Godetia', 'de vakbond ACV'), or in English by a kind after it ('(Beschut Wonen) organisations'): the noun names
    what the name is, it does not narrow it."""
    out = []
    pairs = [(stems(noun), name) for noun, name in _APPOSITION.findall(question)]
    pairs += [(stems(to_dutch(kind)), name) for name, kind in _NAME_THEN_KIND.findall(question)]  # the Dutch stem
    for stem, name in pairs:  # that a check lists as missing
        if stem:
            out.append((stem[-1], name))
    return tuple(out)  # asked per candidate fact: read once per question


_GLOSS = re.compile(r"([^\W\d_][\w -]{2,60}?)\s*\(\s*([A-Z]{1,4}(?:-[A-Z]{1,4})?)(?:\s+(?:19|20)\d\d)?\s*\)")
_GLOSS_START = re.compile(r".*\b(?:na|van|voor|in|op|met|bij|volgens|onder|de|het|een|after|of|for|under|at|the|a|an)\s+", re.I)


@lru_cache(maxsize=256)
def glossed_codes(question: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The question's own glosses of a code: 'na herverdelingen (BA-JR 2024)' says what BA-JR is in its own
    words; the words after the last preposition before the bracket, as (code, stems)."""
    out = []
    for m in _GLOSS.finditer(question):
        gloss = _GLOSS_START.sub("", m.group(1))
        words = frozenset(stems(gloss))
        if words and len(gloss.split()) <= 4:
            out.append((m.group(2).lower(), words))
    return tuple(out)


_NAMED_ADJECTIVE = re.compile(r"(?<=[a-z,] )([A-Z][a-zë]+(?:se|sche|e))\s+([a-zë]{4,})\b")


@lru_cache(maxsize=256)
def named_kinds(question: str) -> tuple[tuple[str, str, str], ...]:
    """(adjective stem, adjective, noun) of each adjective made of a name that a question puts before a noun
    ('via de Europese schoolregeling'): when the document calls the noun so itself, the adjective is its name
    for it, not a narrower part."""
    out = []
    for adjective, noun in _NAMED_ADJECTIVE.findall(question):
        stem = stems(adjective)
        if stem and not places_in(adjective):  # 'Limburgse': a place, checked as one
            out.append((stem[0], adjective, noun))
    return tuple(out)


def named_so(text: str, adjective: str, noun: str) -> bool:
    """The document says the noun with this adjective and with no other adjective made of a name ('Europese
    schoolregeling', never 'Vlaamse schoolregeling')."""
    said = {m.group(1).lower() for m in re.finditer(rf"\b([A-Z][a-zë]+(?:se|sche|e))\s+{re.escape(noun)}\b", text, re.I)
            if m.group(1)[0].isupper()}
    return said == {adjective.lower()}


def described_by(unsaid: list[str], text: str) -> set[str]:
    """Stems of the nouns that words no document says describe ('energiebesparende werken', 'gezinnen uit de
    laagste inkomensgroep'): one phrase with them, left to meaning together."""
    return {t for w in unsaid for m in re.finditer(
        rf"\b{re.escape(w)}\s+([^\W\d_]+)|\b([^\W\d_]+)\s+(?:uit|van|met|zonder)\s+(?:de\s+|het\s+|een\s+)?"
        rf"(?:[^\W\d_]+\s+)?{re.escape(w)}\b", text, re.I) for t in stems(m.group(1) or m.group(2))}
