"""'respectievelijk 466 en 19 klachten ... betreffende bedrijvengidsen en domeinnamen': the n-th amount of a
respective list belongs to the n-th item of the coordinated list beside it. The items of the *other*
amounts label those amounts, not this one, so a question about 'bedrijvengidsen' is not answered by 19."""

from __future__ import annotations

import re
from typing import NamedTuple

_AMOUNT = r"\d+(?:[.,]\d+|\.[^\S\n]\d{3}(?!\d))*(?:[^\S\n]*(?:%|procent|miljoen|miljard|euro|EUR))*"
_LIST = re.compile(rf"\b(?:respectievelijk|respectively)[^\S\n]+((?:{_AMOUNT})(?:[^\S\n]*(?:,|\ben\b|\band\b)[^\S\n]*"
                   rf"(?:{_AMOUNT}))+)", re.I)
_ITEM = r"[^\W\d][\w'’-]*(?:[^\S\n]+[^\W\d][\w'’-]*){0,2}?"  # one to three words
_SEP = r"[^\S\n]*(?:,|\ben\b|\band\b)[^\S\n]*"
_PREPOSITIONS = {"betreffende", "over", "voor", "van", "inzake", "aan", "bij", "met", "in", "op", "naar", "uit", "door",
                 "omtrent", "aangaande", "tot", "regarding", "about", "for", "of", "on", "from", "by", "with", "to"}


class Respective(NamedTuple):
    own: str  # this amount's item: 'bedrijvengidsen'
    others: list[str]  # the other amounts' items: ['domeinnamen']
    after: str  # the words after the last amount, which say what every amount counts: 'klachten heeft ...'


def respective_items(sentence: str, offset: int) -> Respective | None:
    """For the number at `offset` of `sentence`: its own item and the other items of the list its
    'respectievelijk' pairs it with, or None when it is in no such list or the two lists differ in length."""
    m = _LIST.search(sentence)
    if not m or not m.start(1) <= offset < m.end(1):
        return None
    amounts = [a.start() for a in re.finditer(_AMOUNT, m.group(1))]
    n = len(amounts)
    k = max(i for i, a in enumerate(amounts) if a <= offset - m.start(1))
    items = _items_after(sentence[m.end():], n) or _items_before(sentence[:m.start()], n)
    if not items:
        return None
    return Respective(items[k], items[:k] + items[k + 1:], sentence[m.end():])


def _items_after(rest: str, n: int) -> list[str] | None:
    """'... klachten heeft ontvangen betreffende bedrijvengidsen en domeinnamen': the first run of n items
    joined by commas and 'en' in the rest of the clause."""
    clause = re.split(r"[.;:()]", rest, maxsplit=1)[0]
    m = _run(n, r"[^\S\n]*(?=$|[,.;:)]|\b(?:voor|in|van|op|bij|met|werden|werd|zijn|is)\b)").search(clause)
    if not m:
        return None
    items = list(m.groups())
    first = items[0].split()  # 'ontvangen betreffende bedrijvengidsen en domeinnamen': from the preposition on
    cut = max((i + 1 for i, w in enumerate(first) if w.lower() in _PREPOSITIONS), default=None)
    size = max(len(i.split()) for i in items[1:])
    return [" ".join(first[cut:] if cut is not None and cut < len(first) else first[-size:])] + items[1:]


def _items_before(head: str, n: int) -> list[str] | None:
    """'voor het Vlaamse Gewest en het Waalse Gewest respectievelijk ...': n items right before it."""
    m = _run(n, r"[^\S\n,]*$").search(head)
    return list(m.groups()) if m else None


def _run(n: int, end: str) -> re.Pattern:
    """n items joined by commas and 'en', each after an optional article, followed by `end`."""
    item = rf"(?:\b(?:het|de|een|the)[^\S\n]+)?({_ITEM})"
    return re.compile(item + rf"{_SEP}(?:(?:het|de|een|the)[^\S\n]+)?({_ITEM})" * (n - 1) + end, re.I)
