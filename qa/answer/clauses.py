"""What a number of running text is said of, read from its own clause: what it counts, the part after
'waarvan' that is not it, the item a respective list pairs it with, and whether it counts what lacks something.
Plain functions of a document's text and one of its prose facts (FactMatcher reads each once per fact)."""

from __future__ import annotations

import re

from ..facts.labels import without_regions
from ..facts.respective import respective_items
from ..models import Fact
from ..text import norm_stems, stems
from .verify import GENERIC, counted_noun, plain_set

PART_WORDS = r"waarvan|daarvan|of which|waaronder|onder wie"  # what follows is a part of the number before
PART_OF = re.compile(rf"\b(?:{PART_WORDS}|including)\s*$", re.I)
PART_AFTER = re.compile(rf"\b(?:{PART_WORDS})\b", re.I)
# 'Van de 6. 307 klachten ..., hebben ...', 'Of the 52 inspectors, 31 ...': the number is the whole, what the
# sentence goes on to say after the comma (or the next number) is said of a part of it
_WHOLE_BEFORE = re.compile(r"^\s*(?:van|op|of|out of)\s+(?:de|het|die|the|all|alle)?\s*$", re.I)
_PART_BREAK = re.compile(r",|\d")
# right after a number, in its own clause: what it counts lacks something ('170 gemeenten zonder LIVC')
WITHOUT = re.compile(r"[^\S\n]*(?:[^\W\d_][\w'’-]*[^\S\n]+){0,3}?(?:zonder|without|geen|niet|not|no)\b", re.I)


def counted_by(text: str, fact: Fact) -> list[str]:
    """What a prose number counts: the words after it in its clause; with no noun there ('410 klachten,
    het tweede kwartaal 380') the noun of the number before it in the sentence, plus the words before it."""
    listed = respective_items(fact.quote, fact.start - fact.quote_start)
    if listed:  # 'respectievelijk 466 en 19 klachten': both count complaints
        return counted_noun(without_regions(listed.after[:80]))
    after = counted_noun(without_regions(text[fact.end:min(fact.quote_end, fact.end + 80)]))  # not 'in Wallonie 932'
    before = text[fact.quote_start:fact.start]
    numbers = list(re.finditer(r"(?<![^\W\d_])\d[\d.,]*", before))
    carried = counted_noun(without_regions(before[numbers[-1].end():])) if numbers else []
    for n in reversed(numbers[:-1] if not after and not carried else []):  # '9. 870 erkende opvanglocaties,
        carried = counted_noun(without_regions(before[n.end():]))          # waarvan 5. 210 in Vlaanderen, 1. 340 ...'
        if carried:
            break
    if PART_OF.search(before):  # '5. 553 nummerplaten, waarvan 3. 611 voor privé gebruik': 3. 611 plates
        return after + carried
    if after:
        return after
    return carried + stems(fact.measure)


def elided(text: str, fact: Fact) -> bool:
    """A prose number with no words of its own after it ('waarvan 5. 210 in Vlaanderen, 1. 340 in Brussel'):
    what it counts is said once, before the list."""
    if fact.source != "prose":
        return False
    return not counted_noun(without_regions(text[fact.end:min(fact.quote_end, fact.end + 80)]))


def own_item(text: str, fact: Fact) -> set[str]:
    """What a respective list pairs a prose number with and what it counts ('respectievelijk 312 en 47
    klachten ... over telefonische verkoop en webwinkels': 312 is 'telefonische verkoop', 'klachten')."""
    listed = respective_items(fact.quote, fact.start - fact.quote_start) if fact.source == "prose" else None
    return set(stems(listed.own) + counted_noun(listed.after[:80])) if listed else set()


def part_words(text: str, fact: Fact) -> set[str]:
    """Stems said only of a part that follows a prose number ('..., waarvan 3. 611 voor privé gebruik'):
    they label that part, not this number."""
    if fact.source == "table":
        return set()
    rest = text[fact.end:fact.quote_end]
    listed = respective_items(fact.quote, fact.start - fact.quote_start)
    if listed:  # 'respectievelijk 466 en 19 klachten betreffende bedrijvengidsen en domeinnamen'
        return plain_set(norm_stems(" ".join(listed.others))) - plain_set(norm_stems(listed.own))
    m = PART_AFTER.search(rest)
    if not m and _WHOLE_BEFORE.search(text[fact.quote_start:fact.start]):
        m = _PART_BREAK.search(rest)  # 'Van de 6. 307 klachten ..., hebben slechts enkele betrekking op ...'
    if not m:
        return set()
    mine = plain_set(norm_stems(text[fact.quote_start:fact.end] + " " + rest[:m.start()] + " " + fact.measure))
    return plain_set(norm_stems(rest[m.end():])) - mine


def qualifier(text: str, fact: Fact) -> list[str]:
    """What makes a part after 'waarvan' a part ('waarvan 67 het brevet hebben': 'brevet'); [] for others."""
    if fact.source != "prose":
        return []
    if not PART_OF.search(text[fact.quote_start:fact.start]):
        return []
    clause = re.split(r"[,;:()]|\s(?:en|and|maar|but)\s", text[fact.end:min(fact.quote_end, fact.end + 80)])[0]
    return [w for w in stems(without_regions(clause)) if w not in GENERIC and not w.isdigit()]
