"""What kind of figure a number in a sentence is, by the words of its clause: the size of a change ('steeg
met 300', '312 meer dan een jaar eerder'), a goal ('streefwaarde: 100%'), or the value a change started from
('van 140,25 euro naar 150,07 euro'). Such a figure answers no question about the level reached."""

from __future__ import annotations

import re

from qa.facts.proseyears import OWN_YEAR


# the size of a change, not a level: 'steeg met 300', 'een daling van 2 %', 'verlengd met vier weken'
CHANGE_WORD = re.compile(r"\b(?:stij\w*|steeg|stegen|gestegen|da(?:al|l)\w*|gedaald|toe(?:name|genomen|nam|nemen)|"
                         r"af(?:name|genomen|nam|nemen)|(?:ver|ge)(?:hoog|laag|leng|kort|meerder|minder|dubbel)\w*|"
                         r"groei\w*|gegroeid|increase[ds]?|decrease[ds]?|rise|rose|risen|fell|fallen|fall|drop\w*|"
                         r"grew|grown|growth|reduc\w+|rais\w+|extend\w*|extension|cut)\b", re.I)
_BY = re.compile(r"\b(?:met|by)\s+(?:(?:ongeveer|circa|bijna|ruim|nog|maar|slechts|about|nearly|some|another)\s+)?"
                 r"(?:€\s*|EUR\s*)?$", re.I)
_OF = re.compile(r"\b(?:stijging|daling|toename|afname|verhoging|verlaging|vermindering|groei|increase|decrease|"
                 r"rise|drop|fall|reduction|cut|growth)\s+(?:van|of|met|by)\s+(?:(?:ongeveer|circa|bijna|ruim|about|"
                 r"nearly)\s+)?(?:€\s*|EUR\s*)?$", re.I)
_BY_AND = re.compile(r"\b(?:met|by)\s+(?:€\s*)?\d[\d.,]*\s*(?:[^\W\d]+\s+){0,3}(?:en|and|,)\s*(?:€\s*)?$", re.I)
_TO_AFTER = re.compile(r"\s*(?:[^\W\d]+\s+){0,3}?(?:naar|tot|to)\s+(?:€\s*)?\d", re.I)


# a goal, not a measured level: 'om een werkzaamheidsgraad van 80 procent te behalen', 'streven naar 5.000'
TARGET_WORD = re.compile(r"\b(?:stre(?:ven|eft|efden|efde|efcijfers?|efdoel\w*|efwaarde\w*)|doelstelling\w*|ambitie\w*|"
                         r"beoog\w*|op weg naar|target\w*|goals?|aim\w*|objective\w*)\b", re.I)
_TO_REACH = re.compile(r"^[^.;:]{0,60}?\bte\s+(?:behalen|bereiken|halen|realiseren)\b|^[^.;:]{0,40}?\btegen\s+(?:19|20)\d\d\b",
                       re.I)


_MEASURED_AGAINST = re.compile(r"\b(?:realisatie|resultaat|behaald\w*|gerealiseerd\w*|opzichte|t\.o\.v|versus|tegenover|"
                               r"achieved|against|result)\b", re.I)


def is_target(text: str, lo: int, start: int, end: int, hi: int) -> bool:
    """Is the number at text[start:end] a goal named in its clause, or by the label a colon ends
    ('Streefwaarde: zoveel als mogelijk de 100% benaderend'), rather than a level reached?"""
    parts = re.split(r"[;:]", text[max(lo, start - 120):start])
    said = parts[-2][-40:] if len(parts) > 1 else ""  # a label of a few words, not 'Realisatie t.o.v. de streefwaarde'
    label = re.search(TARGET_WORD.pattern + r"\s*$", said, re.I) and len(said.split()) <= 4 \
        and not _MEASURED_AGAINST.search(said)
    return bool(TARGET_WORD.search(parts[-1]) or label or _TO_REACH.match(text[end:hi]))


# '312 meer dan een jaar eerder', '45 minder dan in 2022': a difference with an earlier level, after the number
_MORE_THAN_BEFORE = re.compile(r"\s*(?:[^\W\d]+\s+)?(?:meer|minder|more|fewer|less)\s+(?:dan|than)\s+"
                               r"(?:een\s+jaar\s+(?:eerder|voordien|daarvoor)|a\s+year\s+(?:earlier|before)|vorig\w*|"
                               r"last\s+year|in\s+(?:19|20)\d\d\b|(?:19|20)\d\d\b(?!\s*(?:euro|€|%|[^\W\d])))", re.I)


_SIGNED_ASIDE = re.compile(r"\(\s?[+−]\s?$")


def is_change(text: str, lo: int, start: int, end: int) -> bool:
    """Is the number at text[start:end] the size of a change named in its clause (lo: sentence start)?"""
    if _MORE_THAN_BEFORE.match(text, end, end + 60) or _SIGNED_ASIDE.search(text, max(lo, start - 3), start):
        return True  # '50 meer dan eind 2022 (+26,3%)'
    before = text[max(lo, start - 120):start]
    clause = re.split(r"[;:]", before)[-1]
    if _OF.search(before[-60:]):
        return not _TO_AFTER.match(text, end, end + 40)
    last = clause.split(",")[-1]  # '..., bereikte het in 2015 met 7,9 miljard euro haar hoogste niveau': the
    if _LEVEL_VERB.search(last) and not CHANGE_WORD.search(last):  # comma clause's own verb says a level reached
        return False
    # 'toenam met 669 keuro VAK en 14.896 keuro VEK': the second size shares the first one's 'met'
    return bool((_BY.search(before[-40:]) or _BY_AND.search(before[-60:])) and CHANGE_WORD.search(clause))


_LEVEL_VERB = re.compile(r"\b(?:bereik\w*|bedr(?:oeg|oegen|aagt|agen)|telde|telden|reach\w*|amounted|stood)\b", re.I)


_FROM_BEFORE = re.compile(r"\b(?:van|from)\s+(?:€\s*|EUR\s*)?$", re.I)


# the value's own clause says it belongs to what came before: 'tegenover 81,75 euro per ton onder het vorige contract'
_OF_PREVIOUS = re.compile(r"[^.;:,()\n]{0,50}?\b(?:(?:het|de|den)\s+vorige|the\s+previous)\s+(?!jaar|year)[^\W\d_]", re.I)


def is_start_value(text: str, start: int, end: int) -> bool:
    """'de vergoeding gaat van 140,25 euro per uur naar 150,07 euro': 140,25 is what it was, not what it is
    (a start value with its own year, 'van 42 miljoen euro in 2015 naar ...', is that year's level); so is a
    value said of the previous contract or scheme ('tegenover 81,75 euro ... onder het vorige contract')."""
    return bool(_FROM_BEFORE.search(text[max(0, start - 12):start]) and _TO_AFTER.match(text, end, end + 40)
                and not OWN_YEAR.match(text, end, end + 40)) or bool(_OF_PREVIOUS.match(text, end, end + 80))
