"""A clause of a pasted text read in the sentence it stands in: one without its own subject ('..., en in Limburg
200'), one whose subject points back ('in 2016 was dat gezakt tot 69') or one that names another group ('..., and
within collective maatwerk 2,318') stands for the clause before it with its place, year, group and figure put in."""

from __future__ import annotations

import re

from .asked import _YEAR
from .claimnumbers import claim_numbers
from .context import _add_missing, _replace_places, _replace_years, is_verb, own_words, years_in
from .question import places_in
from .topics import PREPS


# a clause whose subject points back: 'in 2016 was dat gezakt tot 69', 'dat waren er 96', 'that was 96'
SUBJECT_BACK = re.compile(r"\b(?:waren|was|zijn|is|werden|werd|bedroeg|bedroegen)\s+(?:dat|dit|die)\b|"
                          r"^\W*(?:\w+\s+){0,3}?(?:dat|dit|die)\s+(?:waren|was|zijn|is|werden|werd|bedroeg|bedroegen)\b|"
                          r"\b(?:that|this|it)\s+(?:was|were|is|had|has)\b", re.I)


def resolve_clause(clause: str, base: str, lang: str) -> str | None:
    """A clause with no subject of its own ('en in Limburg 200') or one whose subject points back ('in 2016 was
    dat gezakt tot 69') read as the clause it leans on, with the clause's places, years and figures put in;
    None when the clause says enough by itself."""
    swapped = _swap_group(clause, base)
    if swapped is not None:  # 'en binnen collectief maatwerk 2.318' after 'Binnen LDE stroomden 67 mensen door'
        base = swapped
    elif len(own_words(clause)) > 1 and not SUBJECT_BACK.search(clause):
        return None
    new = claim_numbers(clause, lang)
    old = claim_numbers(base, lang)
    if not new or not old:
        return None
    text = base
    for before, after in reversed(list(zip(old, new))):
        text = text[:before.start] + after.raw + text[before.end:]
    text = _replace_places(_replace_years(text, years_in(clause)), places_in(clause))
    return _add_missing(text, clause)  # 'waarvan 332 in West-Vlaanderen' after a clause that named no place


_GROUP_PREPS = [["binnen", "within"], ["bij", "at"], ["voor", "for"], ["onder", "among"], ["in"]]
# 'en binnen collectief maatwerk 2.318': a conjunction, a preposition, a name and a figure, no verb
_ELLIPTIC = re.compile(r"^\s*(?:(?:en|and|maar|but|terwijl|while|whereas)\s+)?(?P<prep>[^\W\d]+)\s+"
                       r"(?P<name>[^\W\d][^\d,;]*?)\s+(?=\d)", re.I)


def _swap_group(clause: str, base: str) -> str | None:
    """`base` with the group after the preposition the clause opens with replaced by the clause's ('Within LDE,
    67 people ...' + 'and within collective maatwerk 2,318' -> 'Within collective maatwerk, 67 people ...'); None
    when the clause is no such fragment or `base` has no group after that preposition."""
    m = _ELLIPTIC.match(clause)
    if not m or any(is_verb(w) for w in m.group("name").split()):
        return None
    group = next((g for g in _GROUP_PREPS if m.group("prep").lower() in g), None)
    if group is None or places_in(m.group("name")) or _YEAR.search(m.group("name")):
        return None  # a place or a year is put in by the rules for places and years
    said = list(re.finditer(rf"\b(?i:{'|'.join(group)})\s+", base))
    if len(said) != 1 or len(own_words(clause[m.end():])) > 1 or len(claim_numbers(base, "nl")) > 1:
        return None  # 'voor ... voor ...' or two figures: which group and which figure the clause replaces is a guess
    said = said[0]
    end = said.end()  # the group's words: up to a comma, a figure, a verb or the next preposition
    for w in re.finditer(r"[^\s,;]+", base[said.end():]):
        if re.match(r"\d", w.group(0)) or is_verb(w.group(0)) or re.fullmatch(PREPS, w.group(0), re.I):
            break
        end = said.end() + w.end()
        if base[end:end + 1] in (",", ";"):
            break
    if end == said.end() or places_in(base[said.end():end]):
        return None
    return base[:said.end()] + m.group("name") + base[end:]
