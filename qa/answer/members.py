"""Members of a numbered or ordinal series: 'categorie 2' is not 'categorie 3', nor 'het derde kwartaal' the
fourth; a question naming one member is not answered by a figure about another."""

from __future__ import annotations

import re

from ..text import stems
from .wordparts import plain


# a noun with its number, naming one of a numbered series ('categorie 2', 'klasse 1', 'fase 3')
_NUMBERED = re.compile(r"\b([^\W\d_]{4,})\s+(\d{1,2})\b(?![.,]\d|\s*(?:%|procent|euro|jaar|dagen|maanden|uur)\b)")


def numbered_names(text: str) -> list[tuple[str, str]]:
    """(stem, number) of each numbered name of a text ('inkomenscategorie 2': ('inkomenscategorie', '2'))."""
    return [(_noun(m.group(1)), m.group(2)) for m in _NUMBERED.finditer(text) if m.group(1).lower() not in _NOT_NAMES]


def _noun(word: str) -> str:
    """The plain stem a numbered or ordinal name is compared by."""
    found = stems(word)
    return plain(found[0]) if found else word.lower()


def _same_noun(a: str, b: str) -> bool:
    """One noun, or a compound of the other ('inkomenscategorie' and 'categorie'; the shorter 5 letters or more)."""
    short, long = sorted((a, b), key=len)
    return a == b or len(short) >= 5 and long.endswith(short)


_NOT_NAMES = {"van", "tot", "over", "voor", "tussen", "tegenover", "sinds", "vanaf", "dan", "en", "of", "nog", "maar",
              "bijna", "ruim", "meer", "minder", "zijn", "waren", "telde", "telden", "kreeg", "kregen", "from", "than",
              "about", "over", "with", "were", "was"}


def numbered_conflict(question: str, fact_text: str) -> str | None:
    """'categorie 2' asked, 'categorie 3' said: another member of the same numbered series (compounds
    count: 'inkomenscategorie 2' is 'categorie 2')."""
    other = _other_member(numbered_names(question), numbered_names(fact_text))
    return f"{other[0]} {other[1]}" if other else None


_ORDINALS = {"eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "first": 1, "second": 2, "third": 3,
             "fourth": 4, "fifth": 5}
_ORDINAL_NOUN = re.compile(r"\b(eerste|tweede|derde|vierde|vijfde|first|second|third|fourth|fifth|[1-9](?:e|ste|de|st|nd|rd|th))"
                           r"\s+([^\W\d_]{4,})", re.I)


def _ordinals(text: str) -> list[tuple[str, int]]:
    out = []
    for m in _ORDINAL_NOUN.finditer(text):
        word = m.group(1).lower()
        n = _ORDINALS.get(word) or int(re.match(r"\d", word).group())
        out.append((_noun(m.group(2)), n))
    return out


def _other_member(asked: list[tuple[str, int | str]], said: list[tuple[str, int | str]]) -> tuple[str, int | str] | None:
    """The (noun, number) asked of a series the fact also names, but with other numbers only: another member
    ('categorie 2' asked, 'categorie 3' said; 'tweede aanpassing' asked, '1e aanpassing' said)."""
    for noun, n in asked:
        same = {m for w, m in said if _same_noun(w, noun)}
        if same and n not in same:
            return noun, n
    return None


def ordinal_conflict(question: str, fact_text: str) -> str | None:
    """'tweede begrotingsaanpassing' asked, '1e aanpassing' said: another one of a numbered sequence (the
    asked noun may be a compound of the said one)."""
    other = _other_member(_ordinals(question), _ordinals(fact_text))
    return f"{other[1]}e {other[0]}" if other else None


def names_member(question: str) -> bool:
    """The question names a member of an ordinal series ('de derde graad')."""
    return bool(_ORDINAL_NOUN.search(question))


def member_unsaid(question: str, labels: str, table: str) -> str | None:
    """'de derde graad' asked of a table with rows '2de graad' and '3de graad': a cell whose labels name no
    member of that series (the 'Totaal TSO' over both) is not the member asked."""
    members = _ordinals(table)
    for noun, n in _ordinals(question):
        if any(_same_noun(w, noun) and m == n for w, m in members) \
                and not any(_same_noun(w, noun) for w, _ in _ordinals(labels)):
            return f"{n}e {noun}"
    return None
