"""What a follow-up keeps of the turn before it: the programme, body or code the earlier question was about
('(AMA WSE)', 'for Collectief Maatwerk', 'at Beschut Wonen', '(VAK)'), and the name after a preposition a turn
swaps ('En boven Syrië?')."""

from __future__ import annotations

import re

from .question import places_in

PREPS = r"(?:voor|met|bij|op|van|vanuit|uit|aan|in|tijdens|for|on|with|at|of|to|in|during|from)"


def append(text: str, words: str) -> str:
    """`text` with `words` added before its closing mark ('... in 2022?' + 'in Limburg': '... in 2022 in Limburg?')."""
    body = text.rstrip(" ?.!")
    return f"{body} {words}{text[len(body):]}"


_PREP_TURN = re.compile(r"^\s*(?:en|and|what about|how about|wat met)\s+(boven|onder|uit|naar|tijdens|tegen|zonder|"
                        r"above|over|from|to|against|without|during)\s+((?:[\w'’-]+\s*){1,4}?)\s*\??\s*$", re.I)
_NAME_AFTER = r"\s+((?:[A-ZÀ-Ý][\w'’-]*)(?:\s+[A-ZÀ-Ý][\w'’-]*)*)"


def same_preposition(turn: str, earlier: str) -> str | None:
    """'En boven Syrië?' after 'Hoeveel vluchten ... boven Irak uit?': the name after the same preposition in the
    earlier question is replaced (a place or body no region list knows)."""
    m = _PREP_TURN.match(turn)
    if not m:
        return None
    said = re.search(rf"\b(?i:{m.group(1)}){_NAME_AFTER}", earlier)
    if not said:
        return None
    return earlier[:said.start(1)] + m.group(2).strip() + earlier[said.end(1):]


# a name in capitals ('AMA WSE', 'SPC', "OCMW's") with the preposition before it: what the earlier turn was about
_NAMED = re.compile(rf"\b(?:{PREPS}|binnen|within|onder|under)\s+(?:(?:de|het|the)\s+)?"
                    r"[A-Z][A-Z0-9]+(?:['’]?s)?(?:[\s-][A-Z][A-Z0-9]+(?:['’]?s)?)*\b")


_CAPITALS = re.compile(r"\b[A-Z][A-Z0-9]+\b")
# a name in title case after a preposition ('for Collectief Maatwerk', 'bij Beschut Wonen'): a programme or body
_TITLED = re.compile(rf"\b(?:{PREPS}|binnen|within)\s+(?:(?:de|het|the)\s+)?"
                     r"[A-ZÀ-Ý][a-zà-ÿ'’-]+(?:\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+)+")
# a code in brackets ('(AMA WSE)', '(VAK)', '(BA 2024)'): the earlier turn's programme, credit or budget stage
_BRACKET_CODE = re.compile(r"\(([A-Z][A-Z0-9-]+(?:\s+[A-Z0-9][A-Z0-9-]*)*)\)")


def named_place(earlier: str) -> str | None:
    """The body the earlier question is about, with its preposition ('at Beschut Wonen'), when it names no region."""
    found = [m.group(0) for m in [*_TITLED.finditer(earlier), *_NAMED.finditer(earlier)] if not places_in(m.group(0))]
    return max(found, key=earlier.rfind) if found else None  # the last one named ('at OCMWs', 'bij Beschut Wonen')


def _code_shape(code: str) -> tuple[int, bool]:
    """Codes of one kind have one shape: 'BA 2024' and 'BU 2024' (a word and a year), 'VAK' and 'VEK' (a word)."""
    return len(code.split()), bool(re.search(r"\d", code))


def add_named(text: str, earlier: str) -> str:
    """A follow-up that asks its own question ('En hoeveel werden er beëindigd?') is still about the programme
    or body the earlier turn named ('binnen AMA WSE', 'for Collectief Maatwerk', '(VAK)'), unless it names one
    itself; a code in brackets of the same shape as one the turn names ('(BU 2024)' for '(BA 2024)') is not kept."""
    said = set(_CAPITALS.findall(text))
    lower = text.lower()
    own_body = any(not places_in(m.group(0)) for m in _TITLED.finditer(text)) or bool(_NAMED.search(text))
    named = [m.group(0) for m in _NAMED.finditer(earlier) if not said & set(_CAPITALS.findall(m.group(0)))
             and m.group(0).lower() not in lower]
    # a body of the turn's own ('for Lokale Diensteneconomie') takes the place of the earlier one
    named += [m.group(0) for m in _TITLED.finditer(earlier) if not places_in(m.group(0)) and not own_body
              and m.group(0).split(maxsplit=1)[1].lower() not in lower]
    shapes = {_code_shape(c) for c in _BRACKET_CODE.findall(text)}
    named += [m.group(0) for m in _BRACKET_CODE.finditer(earlier) if _code_shape(m.group(1)) not in shapes
              and not said & set(_CAPITALS.findall(m.group(1))) and not any(m.group(1) in n for n in named)]
    return append(text, " ".join(named)) if named else text
