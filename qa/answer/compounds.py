"""Two English words that Dutch writes as one word the documents have: 'subsidy call' is 'subsidieoproep',
'operating funds' 'werkingsmiddelen' (any Dutch form of each, joined as written or by a linking -en- or -s-),
'swimming pool' 'zwembad' (the head's own Dutch word already says the modifier)."""

from __future__ import annotations

import re

from ..english_words import LISTED
from ..text import EN_NL, EN_STOP, stems
from .asked import EN_FUNCTION, EN_QUESTION
from .verify import terms_of


def dutch_compound(modifier: str, head: str, vocab: set[str], bridge) -> list[str]:
    """The compound's stem, then the head's terms, or [] when the documents (`vocab`, their stems) have no such
    word; `bridge` (qa.answer.bridge.WordBridge) reads a word the list lacks by its closest in meaning."""
    if not head or head in EN_STOP or head in EN_QUESTION or modifier.isdigit() or head.isdigit():
        return []
    firsts, seconds = _dutch_forms(modifier, vocab, bridge), _dutch_forms(head, vocab, bridge)
    if firsts and not seconds and modifier not in EN_NL:  # 'school streets': the phrase's closest word, when it
        first = firsts[0]  # is a compound of the part ('schoolstraten')
        whole = bridge.translate(f"{modifier} {head}")
        return whole if len(whole) == 1 and len(whole[0]) > len(first) + 3 and whole[0].startswith(
            stems(first)[0] if stems(first) else first) else []
    for first in firsts:  # each Dutch form of each ('operating funds': 'werking' + 'middelen')
        for second in seconds:
            joined = _closed(first, second, vocab)
            if joined:  # the head alone stands for it too ('oproep'), unless other compounds of the documents end
                head = terms_of(stems(second))  # in it ('erfgoedpremie' beside 'archeologiepremie')
                kin = [v for v in vocab for h in head[:1] if v.endswith(h) and v != joined[0] and len(v) > len(h) + 2]
                return list(dict.fromkeys(joined + ([] if kin else head)))
    for second in seconds:  # the head's Dutch word says the modifier already ('swimming pool': 'zwembad')
        own = stems(second)
        if len(own) == 1 and own[0] in vocab and any(
                len(t) >= 4 and own[0].startswith(t) and own[0] != t for first in firsts for t in stems(first)):
            return own
    return []


def _closed(first: str, second: str, vocab: set[str]) -> list[str]:
    """The stem of the documents' word that joins two Dutch words, as written or with a linking -en- or -s-
    ('dierenwelzijn', 'werkingsmiddelen'), or []."""
    joined = stems(first + second)
    if len(joined) == 1 and joined[0] in vocab:
        return joined
    b = stems(second)
    if len(b) != 1:
        return []
    for a in dict.fromkeys([first.lower(), *stems(first)]):
        linked = re.compile(rf"{re.escape(a)}(?:en|e|n|s)?{re.escape(b[0])}")
        # the word itself, or a compound it opens ('loonkloofrapport'); not the same stem with another ending
        # ('amabegeleider' is no 'AMA-begeleiding')
        found = sorted((v for v in vocab for m in [linked.match(v)] if m and (m.end() == len(v) or len(v) - m.end() >= 4)),
                       key=len)[:1]
        if found:
            return found
    return []


def _dutch_forms(word: str, vocab: set[str], bridge) -> list[str]:
    """The Dutch of an English word: the word list's forms, else the word itself when the documents have it,
    else the stem of the closest word in meaning of the documents."""
    if word in EN_FUNCTION:
        return []
    if word in EN_NL:  # (a hand-made entry of several forms is no part of a compound: 'started': 'opgestart in')
        forms = EN_NL[word].split()
        return [f for f in forms if len(f) >= 3] if word in LISTED or len(forms) == 1 else []
    if any(t in vocab for t in stems(word)):
        return [word]  # the same in both ('school', 'project')
    found = bridge.translate(word)
    return found[:1] if len(found) == 1 else []
